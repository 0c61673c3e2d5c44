/* odf.pml: a SPIN model of cowos's page-table sharing (forkmode=odf, on-
 * demand fork: arch/riscv/pmap.c, mm/fault.c): fork shares the parent's
 * L0 tables instead of write-protecting their leaves; the first access by
 * either side after the fork unshares (or revalidates) the table. Checked
 * for isolation, lost writes, use-after-free of tables and pages, leaks and
 * deadlock. scripts/model/check runs every configuration; `make model` runs
 * that.
 *
 * What models what (kernel <- Promela):
 *   Thread(th, p)      one thread of process p; each loop turn is a user
 *                      load or store to a leaf (through the thread's TLB
 *                      entry or a walk; at most two faults, each followed
 *                      by a retry of the access), or a
 *                      fork (the first thread of a process that has a
 *                      child to make; it forks on its last turn if not
 *                      before). The last thread of a process to finish
 *                      tears the space down (exit).
 *   slot[p]            process p's L1 entry for the region: empty, VALID(T)
 *                      (V, the L0 table T), SHARED(T) (PTE_SHARED, V=0, one
 *                      reference on T), BUSY(T) (PTE_BUSY, V=0: a claim).
 *   tcnt[t], leaf[]    an L0 table's count of sharers (page_pt_sharers:
 *                      one per L1 entry holding it; get relaxed, put
 *                      release, read acquire) and its NL leaves: page | W
 *                      (writable) or page | COW.
 *   fork               vm_fork in odf mode under the write lock: VALID(T)
 *                      -> get(T), child and parent SHARED(T), one
 *                      shootdown of the parent's harts; SHARED(T) -> get(T),
 *                      child SHARED(T), no shootdown (grandchildren).
 *   odf_fault          the fault path on a SHARED or BUSY entry, under the
 *                      read lock: BUSY -> wait until the claim ends (a user
 *                      fault faults again, a kernel copy spins); CAS SHARED
 *                      -> BUSY (a lost CAS retries); count(T) == 1 (acquire) -> VALID(T)
 *                      (revalidate); else allocate C (OOM: revalidate if
 *                      the count is 1 now, else put SHARED(T) back and kill
 *                      the process), per leaf of T: write-protect it (W ->
 *                      COW, a plain store), get its page, copy it to C;
 *                      VALID(C) (after fence rw,w); put(T) (release; the
 *                      last put frees T and puts its leaves' pages); local
 *                      flush.
 *   cow_break          mm/fault.c cow_break on a leaf of a VALID table, as
 *                      one step: reuse at page count 1, else copy the data
 *                      to a fresh page, install it writable, put the old
 *                      page, and flush the process's TLB entries. cow.pml
 *                      checks how that step is made safe; here it is
 *                      atomic.
 *   teardown           exit / exec: VALID(T): put T's leaves' pages, free T;
 *                      SHARED(T): put(T), the last put frees T and puts its
 *                      leaves' pages.
 *   tlb[th]            the hart's TLB entry (one leaf) for the thread: the
 *                      walk fills it, a later access uses it until a flush.
 *
 * Page data is one value per page: 0 before the fork, p+1 once process p
 * wrote it. mine[p][k] is what process p must read at leaf k: its own last
 * write, or what it inherited at fork. Every read (and, at exit, a ghost
 * read of every leaf through the process's table) checks that the page
 * holds mine[p][k]: a lost write or a write of another process seen after
 * the fork both fail it.
 *
 * Memory model: sequentially consistent, each atomic step one point of
 * interleaving. That stands for the fences the protocol has: put(T) is a
 * release and the count read an acquire, so an unsharer's protection of
 * T's leaves is seen by whoever later sees its put; fence rw,w orders C's
 * leaves before VALID(C); the fork's shootdown (cow.pml checks the
 * handshake) flushes the other harts at once. With RELAXED_COUNT the
 * unsharer's protection stores wait in a store buffer that a put without
 * release does not drain (the same outcome as a count read without
 * acquire: the revalidator sees T's old writable leaves).
 *
 * Granularity: steps are merged only where nothing another thread could
 * observe lies between them: the read lock and the L1 load; the count read
 * and the revalidating store (nobody can raise a count of 1: only a holder
 * can fork a reference, and the holder is this process, whose fork waits
 * for the read lock); per leaf, its protection, page get and copy into C
 * (other unsharers write the same value; nobody else reaches T); the last
 * put and the release of the leaves (the putter owns T then); teardown
 * (no thread runs the space).
 *
 * Abstracted away: one region (one L1 slot per process, one L0 table of NL
 * leaves at the start); the leaf-level COW protocol and the TLB shootdown
 * handshake (cow.pml); A/D bits; kernel copies (one is an access here, and
 * its spin on BUSY the wait above); cow and eager fork of a SHARED
 * parent, sbrk and exec loading into a SHARED region; tables and pages are
 * never reused once freed (so any later access to one is a use-after-free;
 * and a pin's page_ref_tryget on a table page, the reason the sharers are
 * a count of their own, cannot happen); invalid non-leaf entries cached by
 * a TLB (they cost a spurious fault, which retries);
 * page OOM in a COW break (the access gives up); the rwlock's writer
 * preference. Each process forks at most once: the parent (process 0) a
 * child, and with GEN=3 the child a grandchild.
 *
 * Properties (assertions; pan also reports invalid end states = deadlock):
 *   - isolation and no lost write: every read sees mine[p][k];
 *   - no table or page is read, written or referenced after its count
 *     reached zero (dead[], tdead[]); no count goes below zero;
 *   - no leak: when every process has exited, every table and page that
 *     was ever allocated has count 0 and was freed once;
 *   - no BUSY entry outlives its fault (fork and teardown never see one).
 *
 * Switches (spin -DNAME): the fixed protocol has none. Scenario: GEN
 * (processes: 2, or 3 with a grandchild), THREADS0 (threads of the
 * parent: 1 or 2), NL (leaves of the table: 1 or 2), STEPS (turns per
 * thread), NT (tables in the pool, the first included: with 2 processes 3
 * are enough, with fewer an unshare can fail with OOM). Bugs put back, each must be found:
 * PUT_TABLE_BEFORE_PROTECT (the unsharer puts T before it write-protects
 * T's leaves and takes the page references), NO_CLAIM (no BUSY claim:
 * threads of one process may unshare the same entry at once, each storing
 * its result), RELAXED_COUNT (put(T) without release: the protection
 * stores may land after it), NO_SHOOTDOWN (fork makes the entry SHARED
 * without the shootdown), VALID_AS_ABSENT (a fault whose walk saw the
 * entry shared, and then finds it valid, calls the page absent). */

#ifndef GEN
#define GEN 2
#endif
#ifndef THREADS0
#define THREADS0 2
#endif
#ifndef NL
#define NL 1
#endif
#ifndef STEPS
#define STEPS 3
#endif
#ifndef NT
#define NT 3
#endif
#define NPG (NL + 2) /* pages: the NL mapped at the start, two COW copies */
#define NTH (THREADS0 + GEN - 1)
#define MAXP 3
#define MAXL 2
#define MAXTH 4

/* An L1 entry: table << 2 | state; 0 is empty. */
#define S_VALID 1
#define S_SHARED 2
#define S_BUSY 3
#define E(t, s) (((t) << 2) | (s))
#define TAB(e) ((e) >> 2)
#define ST(e) ((e)&3)
/* A leaf: page << 2 | kind; 0 is "no page" (empty TLB entry too). */
#define K_W 1
#define K_COW 2
#define L(pg, k) (((pg) << 2) | (k))
#define PG(v) ((v) >> 2)
#define KIND(v) ((v)&3)

byte slot[MAXP];         /* each process's L1 entry for the region */
byte tcnt[NT];           /* table reference counts */
byte leaf[NT * MAXL];    /* [table*MAXL+k] */
byte next_tab;           /* tables next_tab.. are free */
byte cnt[NPG];           /* page reference counts */
byte data[NPG];          /* page contents: 0, or p+1 once p wrote */
byte next_page;          /* pages next_page.. are free */
byte tlb[MAXTH];         /* each thread's hart's TLB entry (a leaf value) */
byte tlbk[MAXTH];        /* which leaf it translates */
byte readers[MAXP];      /* each space's rwlock */
bit writer[MAXP];
bit started[MAXP];       /* the process exists (forked) */
bit killed[MAXP];        /* an unshare ran out of tables: the process dies */
byte pdone[MAXP];        /* its threads that finished */
bit gone[MAXP];          /* torn down, or never forked */
#ifdef RELAXED_COUNT
byte sbt[MAXTH];         /* a buffered protection store: table+1, 0 none */
byte sbk[MAXTH];         /* its leaf */
byte sbv[MAXTH];         /* its value */
#endif

/* Ghost state for the properties. */
bit dead[NPG];           /* the page's count reached zero */
bit tdead[NT];           /* the table was freed */
byte mine[MAXP * MAXL];  /* what process p must read at leaf k */

#define THREADS(p) (p == 0 -> THREADS0 : 1)
#define FIRST(p) (p == 0 -> 0 : THREADS0 + p - 1)
/* Thread th of p has a child to make. */
#define FORKER(th, p) (th == FIRST(p) && p + 1 < GEN && !started[p + 1])

#ifdef VALID_AS_ABSENT
bit false_kill; /* a fault took a mapped page for an absent one */
#endif

/* The Thread proctype's locals (inlines are expanded in place). */
#define LOCALS byte n, k, e, t, c, v, i, j, tries; bit wr, ok, fault

/* page_ref_get: only a holder takes one, so the page is live. */
inline get_page(pg) {
  assert(!dead[pg] && cnt[pg] > 0);
  cnt[pg]++
}

/* page_ref_put (inside an atomic step): no underflow, free at zero. */
inline put_page(pg) {
  assert(!dead[pg] && cnt[pg] > 0);
  cnt[pg]--;
  if
  :: cnt[pg] == 0 -> dead[pg] = 1
  :: else
  fi
}

/* The table's leaves give their pages back (release_leaves), then the
 * table is freed. */
inline free_table(tt) {
  assert(!tdead[tt]);
  i = 0;
  do
  :: i < NL ->
     if
     :: leaf[tt * MAXL + i] != 0 -> put_page(PG(leaf[tt * MAXL + i]))
     :: else
     fi;
     i++
  :: else -> break
  od;
  tcnt[tt] = 0;
  tdead[tt] = 1
}

#ifdef RELAXED_COUNT
/* This thread's buffered protection store reaches memory. */
inline drain(th) {
  if
  :: sbt[th] != 0 ->
     assert(!tdead[sbt[th] - 1]);
     leaf[(sbt[th] - 1) * MAXL + sbk[th]] = sbv[th];
     sbt[th] = 0; sbk[th] = 0; sbv[th] = 0
  :: else
  fi
}
#endif

/* put(T): release (this thread's earlier stores first); the last put
 * (acquire fence) frees T and its leaves' references. */
inline put_table(th, tt) {
  atomic { /* (with RELAXED_COUNT no drain: a buffered store may stay behind) */
    assert(!tdead[tt] && tcnt[tt] > 0);
    tcnt[tt]--;
    if
    :: tcnt[tt] == 0 -> free_table(tt)
    :: else
    fi
  }
}

/* Flush the TLB entries of every thread of p. */
inline flush_all(p) {
  i = FIRST(p);
  do
  :: i < FIRST(p) + THREADS(p) -> tlb[i] = 0; tlbk[i] = 0; i++
  :: else -> break
  od
}

/* cow_break on leaf k of the VALID table t (one step, see above). */
inline cow_break(p, tt, k) {
  assert(!tdead[tt]);
  v = leaf[tt * MAXL + k];
  if
  :: KIND(v) != K_COW -> skip /* resolved meanwhile */
  :: KIND(v) == K_COW && cnt[PG(v)] == 1 -> leaf[tt * MAXL + k] = L(PG(v), K_W)
  :: KIND(v) == K_COW && cnt[PG(v)] > 1 && next_page < NPG ->
     assert(!dead[PG(v)]);
     cnt[next_page] = 1;
     data[next_page] = data[PG(v)];
     leaf[tt * MAXL + k] = L(next_page, K_W);
     next_page++;
     put_page(PG(v));
     flush_all(p)
  :: KIND(v) == K_COW && cnt[PG(v)] > 1 && next_page == NPG -> skip /* OOM: gives up */
  fi
}

/* The unshare of SHARED(t) by a thread of p that holds the claim: copy T
 * into a fresh table C, publish VALID(C), put T. */
inline unshare(th, p, tt) {
  atomic {
    if
    :: next_tab < NT -> c = next_tab; next_tab++; tcnt[c] = 1; ok = 1
    :: else -> ok = 0
    fi
  }
  if
  :: !ok -> /* OOM: revalidate if T is ours alone now, else give the claim back and die */
     atomic {
       assert(!tdead[tt]);
       if
       :: tcnt[tt] == 1 -> slot[p] = E(tt, S_VALID)
       :: else -> slot[p] = E(tt, S_SHARED); killed[p] = 1
       fi
     }
  :: else ->
#ifdef PUT_TABLE_BEFORE_PROTECT
     put_table(th, tt);
#endif
     j = 0;
     do
     :: j < NL ->
        atomic {
          assert(!tdead[tt]);
#ifdef RELAXED_COUNT
          drain(th); /* an earlier buffered store first: one buffer entry */
#endif
          v = leaf[tt * MAXL + j];
          if
          :: KIND(v) == K_W ->
             v = L(PG(v), K_COW);
#ifdef RELAXED_COUNT
             sbt[th] = tt + 1; sbk[th] = j; sbv[th] = v
#else
             leaf[tt * MAXL + j] = v
#endif
          :: else
          fi;
          if
          :: v != 0 -> get_page(PG(v))
          :: else
          fi;
          leaf[c * MAXL + j] = v
        }
        j++
     :: else -> break
     od;
     slot[p] = E(c, S_VALID); /* after fence rw,w: C's leaves first */
#ifndef PUT_TABLE_BEFORE_PROTECT
     put_table(th, tt);
#endif
     skip
  fi
}

/* The fault path after the walk found the L1 entry SHARED(t) or BUSY(t),
 * read lock held. pmap_unshare loads the entry again: a sibling may have
 * taken the table since the walk, and then the access must walk again.
 * (With VALID_AS_ABSENT it is taken for an absent page instead, and the
 * process killed as for a bad address: the bug a review found.) */
inline odf_fault(th, p) {
  e = slot[p];
  if
  :: ST(e) == S_VALID ->
#ifdef VALID_AS_ABSENT
     false_kill = 1;
     assert(!false_kill)
#else
     skip
#endif
  :: ST(e) == S_BUSY -> /* a sibling's claim: wait until it ends (a user
                        * fault faults again, a kernel copy spins) */
     ST(slot[p]) != S_BUSY
  :: ST(e) == S_SHARED ->
     t = TAB(e);
#ifdef NO_CLAIM
     ok = 1;
#else
     atomic { /* CAS(slot, e, BUSY(T)) */
       ok = (slot[p] == e);
       if
       :: ok -> slot[p] = E(t, S_BUSY)
       :: else
       fi
     }
#endif
     if
     :: ok ->
        atomic {
          assert(!tdead[t]);
          if
          :: tcnt[t] == 1 -> slot[p] = E(t, S_VALID); ok = 0 /* revalidate */
          :: else
          fi
        }
        if
        :: ok -> unshare(th, p, t)
        :: else
        fi
     :: else
     fi
  fi
}

/* One user load (wr=0) or store (wr=1) of leaf k: through the TLB entry,
 * or a walk; fault=1 when it needs the fault path. The access itself is
 * the property check. */
inline access(th, p) {
  atomic {
    fault = 0;
    if
    :: tlb[th] != 0 && tlbk[th] == k -> skip
    :: else ->
       tlb[th] = 0; tlbk[th] = 0;
       e = slot[p];
       if
       :: ST(e) == S_VALID ->
          assert(!tdead[TAB(e)]);
          tlb[th] = leaf[TAB(e) * MAXL + k];
          tlbk[th] = k
       :: else -> fault = 1 /* V=0 below the L1 entry */
       fi
    fi;
    if
    :: fault -> skip
    :: !fault && !wr ->
       assert(!dead[PG(tlb[th])]);
       assert(data[PG(tlb[th])] == mine[p * MAXL + k])
    :: !fault && wr && KIND(tlb[th]) == K_W ->
       assert(!dead[PG(tlb[th])]);
       data[PG(tlb[th])] = p + 1;
       mine[p * MAXL + k] = p + 1
    :: !fault && wr && KIND(tlb[th]) != K_W -> fault = 1 /* a store to a COW page */
    fi
  }
}

/* vm_fault: read lock and L1 load in one step; the COW break or the ODF
 * path; unlock; local flush. */
inline vm_fault(th, p) {
  atomic { !writer[p] -> readers[p]++; e = slot[p] }
  if
  :: ST(e) == S_VALID -> atomic { cow_break(p, TAB(e), k) }
  :: else -> odf_fault(th, p)
  fi;
  atomic { readers[p]--; tlb[th] = 0; tlbk[th] = 0 }
}

/* vm_fork in odf mode, process p makes process p+1. */
inline fork(th, p) {
  atomic { !writer[p] && readers[p] == 0 -> writer[p] = 1; e = slot[p] }
  atomic {
    assert(ST(e) != S_BUSY); /* every claim ends under the read lock */
    t = TAB(e);
    if
    :: ST(e) == S_VALID || ST(e) == S_SHARED ->
       assert(!tdead[t] && tcnt[t] > 0);
       tcnt[t]++;
       slot[p + 1] = E(t, S_SHARED)
    :: else
    fi;
    if
    :: ST(e) == S_VALID -> slot[p] = E(t, S_SHARED); ok = 1 /* changed */
    :: else -> ok = 0
    fi
  }
#ifndef NO_SHOOTDOWN
  if
  :: ok -> atomic { flush_all(p) } /* pmap_invalidate_all: local + one round */
  :: else
  fi;
#endif
  atomic {
    i = 0;
    do
    :: i < NL -> mine[(p + 1) * MAXL + i] = mine[p * MAXL + i]; i++
    :: else -> break
    od;
    started[p + 1] = 1;
    writer[p] = 0
  }
}

/* Exit: no thread runs the space. First a ghost read of every leaf (the
 * process's memory is what it wrote), then the teardown. A child never
 * forked is gone too. */
inline teardown(p) {
  atomic {
    e = slot[p];
    assert(ST(e) != S_BUSY);
    t = TAB(e);
    if
    :: ST(e) == S_VALID || ST(e) == S_SHARED ->
       assert(!tdead[t]);
       k = 0;
       do
       :: k < NL ->
          v = leaf[t * MAXL + k];
          assert(!dead[PG(v)]);
          assert(data[PG(v)] == mine[p * MAXL + k]);
          k++
       :: else -> break
       od
    :: else
    fi;
    if
    :: ST(e) == S_VALID -> free_table(t)
    :: ST(e) == S_SHARED -> put_table(0, t)
    :: else
    fi;
    slot[p] = 0;
    flush_all(p);
    gone[p] = 1;
    i = p + 1;
    do
    :: i < GEN && !started[i] -> gone[i] = 1; i++
    :: else -> break
    od
  }
}

proctype Thread(byte th; byte p) {
  LOCALS;
end_unborn:
  started[p];
  do
  :: n < STEPS && !killed[p] ->
     n++;
     if
     :: FORKER(th, p) -> fork(th, p)
     :: !(FORKER(th, p) && n == STEPS) -> /* a forker forks on its last turn at the latest */
        if
        :: k = 0
#if NL > 1
        :: k = 1
#endif
        fi;
        if
        :: wr = 0
        :: wr = 1
        fi;
        tries = 0;
        do
        :: access(th, p);
           if
           :: fault && tries < 2 && !killed[p] -> vm_fault(th, p); tries++
           :: else -> break
           fi
        od
     fi;
     /* Forget this turn's locals: fewer states, same behaviours. */
     atomic { k = 0; e = 0; t = 0; c = 0; v = 0; i = 0; j = 0; tries = 0; wr = 0; ok = 0; fault = 0 }
  :: else -> break
  od;
  atomic {
#ifdef RELAXED_COUNT
    drain(th);
#endif
    pdone[p]++;
    if
    :: pdone[p] == THREADS(p) -> teardown(p)
    :: else
    fi
  }
}

#ifdef RELAXED_COUNT
/* The hardware drains a buffered store at any moment. */
proctype Drain() {
  byte th;
end:
  do
  :: atomic {
       th = 0;
       do
       :: th < NTH && sbt[th] == 0 -> th++
       :: th < NTH && sbt[th] != 0 -> drain(th); break
       :: else -> break
       od;
       th = 0
     }
  od
}
#endif

init {
  byte p, i;
  atomic {
    /* The parent: VALID(T0), T0's leaves map pages 0..NL-1 writable. */
    slot[0] = E(0, S_VALID);
    tcnt[0] = 1;
    next_tab = 1;
    i = 0;
    do
    :: i < NL -> leaf[i] = L(i, K_W); cnt[i] = 1; i++
    :: else -> break
    od;
    next_page = NL;
    started[0] = 1;
    i = 0;
    do
    :: i < NTH -> run Thread(i, (i < THREADS0 -> 0 : i - THREADS0 + 1)); i++
    :: else -> break
    od;
#ifdef RELAXED_COUNT
    run Drain()
#endif
  };
  /* No leak: once every process is gone, every table and page ever
   * allocated has count 0 and was freed. */
  atomic {
    gone[0] && gone[1] && (GEN < 3 || gone[2]) ->
    i = 0;
    do
    :: i < next_tab -> assert(tcnt[i] == 0 && tdead[i]); i++
    :: else -> break
    od;
    i = 0;
    do
    :: i < next_page -> assert(cnt[i] == 0 && dead[i]); i++
    :: else -> break
    od
  }
}
