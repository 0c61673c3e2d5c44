/* cow.pml: a SPIN model of cowos's copy-on-write protocol (docs/DESIGN.md:
 * the COW write fault, fork's write-protect, the TLB shootdown handshake,
 * the active-harts mask on context switch, kernel copies from user
 * memory), checked for use-after-free, break-before-make, fork isolation,
 * count underflow and deadlock. scripts/model/check runs every
 * configuration; `make model` runs that.
 *
 * What models what (kernel function <- Promela):
 *   Hart(h)            one hart running threads of one address space vs;
 *                      each loop turn is a context switch, a user load or
 *                      store through the TLB, a kernel copy or a fork.
 *   switch_in/out      arch/riscv/pmap.c pmap_activate / pmap_deactivate: amoor active
 *                      |= me; fence rw,rw; csrw satp; sfence.vma (all);
 *                      only then may the hart's walker fill (satp_on).
 *                      Switch-out: satp to the kernel's table, amoand.rl.
 *   user_read/write    a user load or store: through the hart's TLB entry,
 *                      or a page fault.
 *   vm_fault           mm/fault.c vm_fault + resolve: read-lock vs->lock,
 *                      load the PTE; W: a spurious fault (local flush after
 *                      unlock); COW: cow_break; BUSY: retry the access.
 *   cow_break          mm/fault.c cow_break, docs/DESIGN.md steps 1-7: reuse
 *                      at count 1 (one full CAS); else copy, full CAS to
 *                      BUSY, local flush, load active, shootdown (mm/vm.c
 *                      pmap_invalidate_page), store the writable copy, put the
 *                      old page.
 *   kcopy              mm/uaccess.c for_each_piece (copyin, copyinstr) and
 *                      mm/fault.c vm_user_page: read-lock, load the PTE
 *                      (spin while BUSY, answering shootdowns), pin by
 *                      inc-unless-zero, reload and compare, copy (two
 *                      steps: a copy takes time), unpin.
 *   fork               mm/vm.c vm_fork + arch/riscv/pmap.c pmap_fork_cow:
 *                      write-lock, store the PTE as RO|COW, take the child's
 *                      reference, fence rw,rw, load active, local flush and
 *                      one shootdown, unlock.
 *   shootdown          arch/riscv/pmap.c pmap_invalidate_*: load of active, then
 *                      arch/riscv/tlb.c tlb_shootdown: post a request to
 *                      each hart read from active (amoor.rl) and wait for
 *                      every acknowledgement, polling.
 *   HW(h)              the hart's hardware, at any moment: drains its
 *                      store buffer, fills its TLB from the PTE while satp
 *                      holds vs's table, answers a shootdown request
 *                      (flush, then acknowledge; tlb.c tlb_poll, or the
 *                      firmware in SBI RFENCE mode).
 *   Child              the process fork made: holds one reference to the
 *                      shared page until it exits (or breaks its own COW,
 *                      the same thing seen from vs), at any moment.
 *   put / tryget       mm/page.h page_ref_put / page_ref_tryget.
 *
 * The memory model: each hart has a store buffer with one entry for the
 * PTE and one for its own bit of active. A store waits there past later
 * loads of other words (RVWMO's store->load reordering) until the
 * hardware drains it, or a fence rw,rw or a release drains it first.
 * Loads of other harts read memory; a hart's own loads and its walker see
 * its buffered store (the walker after the sfence.vma that every PTE
 * change here is followed by). While one hart's PTE store is buffered no
 * other hart stores the PTE (an SC must be atomic with its LR; the loser
 * of the race is simply delayed, which is one of its real outcomes).
 *
 * Granularity: each atomic step is a point where other harts may come in
 * between. Steps are merged only where nothing another hart could see
 * lies between them: a store and the fence right after it; a lock taken
 * and the PTE load after it (only other readers run between, and their
 * steps could as well come first); the PTE load, count load and
 * allocation that open cow_break (if the PTE changed between them, the
 * CAS fails and the loop starts again).
 *
 * Start: harts 0..NH-2 run vs with empty TLBs, the last hart is switched
 * out (so a switch-in races with the rest). Default: just after a fork,
 * the PTE is RO|COW and the child holds the page's second reference; with
 * FORK the PTE is writable, the count 1, and hart 0 may fork. With NH=3,
 * hart 2 only switches and loads (ROLE2) for STEPS2 turns: enough to be
 * the third hart of the make-before-break race, small enough to check.
 *
 * Abstracted away: one virtual page (one PTE, one TLB entry per hart; a
 * TLB flush of va or of everything is the same); page contents (only who
 * reads or writes which physical page, as ghost state); physical pages are
 * never reused after they are freed (a page that reached count 0 stays
 * dead, so any later access to it is a use-after-free); A/D bits and the
 * walker's writes; sbrk/unmap; copyout (it breaks COW as a user store
 * does, then copies as copyin); OOM (allocation fails when the pool is
 * empty: the fault gives up); the rwlock's writer preference; only hart 0
 * forks, at most once.
 *
 * Properties (assertions; pan also reports invalid end states = deadlock):
 *   - no hart reads or writes, through its TLB or a kernel copy, a page
 *     whose count reached zero;
 *   - break-before-make: once any thread wrote the copy that replaced a
 *     page, no hart reads the replaced page through its TLB;
 *   - fork isolation (rule 5): once fork returned, no hart writes a page
 *     the child still shares;
 *   - no count goes below zero;
 *   - no leak (rule 9): when every hart is done, each page's count is the
 *     number of references to it (vs's PTE, the child's).
 *
 * Switches (spin -DNAME): the fixed protocol has none. Scenario: FORK
 * (start with a private writable page that hart 0 may fork; default:
 * start just after a fork, the page shared with the child), IPI (harts
 * answer shootdowns only with interrupts on or while polling; default:
 * SBI RFENCE, at any moment), NH (harts, 2 or 3), STEPS (loop turns per
 * hart), NP (physical pages). Bugs put back, each must be found:
 * MAKE_BEFORE_BREAK (install the writable copy by CAS, then shoot down:
 * the old code), NO_FENCE_COW / NO_FENCE_SWITCH / NO_FENCE_FORK (no fence
 * between the PTE store and the load of active, or between the set of the
 * active bit and the walk), NO_FENCE (all three), NO_PIN (kernel copy
 * without pinning), PUT_BEFORE_SHOOTDOWN (drop the old page before the
 * shootdown), NO_POLL (with IPI: the kernel copy spins on BUSY without
 * answering shootdowns: a deadlock), LEAK_LOST_COPY (the loser of the
 * CAS race keeps its copy). */

#ifndef NH
#define NH 3
#endif
#ifndef STEPS
#define STEPS 3
#endif
#ifndef STEPS2
#define STEPS2 STEPS
#endif
#ifndef NP
#define NP 3
#endif
/* What each hart may do in a turn (a bit set): switch in or out, user
 * load, user store, kernel copy, fork (hart 0 only, with FORK). */
#define R_SWITCH 1
#define R_READ 2
#define R_WRITE 4
#define R_KCOPY 8
#define R_ALL 15
#ifndef ROLE0
#define ROLE0 R_ALL
#endif
#ifndef ROLE1
#define ROLE1 R_ALL
#endif
#ifndef ROLE2
#define ROLE2 (R_SWITCH | R_READ)
#endif
#define ROLE(h) (h == 0 -> ROLE0 : (h == 1 -> ROLE1 : ROLE2))
#define MAY(h, r) ((ROLE(h) & (r)) != 0)
#ifdef NO_FENCE
#define NO_FENCE_COW
#define NO_FENCE_SWITCH
#define NO_FENCE_FORK
#endif

#define MAXH 3
#define NONE 255

/* A PTE value: physical page << 2 | kind; 0 is "nothing" (empty TLB
 * entry, empty store-buffer slot). */
#define K_W 1    /* valid, writable, private */
#define K_COW 2  /* valid, read-only, COW */
#define K_BUSY 3 /* V=0, old page kept: a COW break is replacing it */
#define MK(p, k) (((p) << 2) | (k))
#define PPN(v) ((v) >> 2)
#define KIND(v) ((v)&3)

byte pte;           /* the PTE in memory */
byte sb_pte[MAXH];  /* buffered PTE store per hart, 0 = none */
bit act[MAXH];      /* pmap->active, one bit per hart, in memory */
byte sb_act[MAXH];  /* buffered store to my active bit: 0 none, 1 set, 2 clear */
bit satp_on[MAXH];  /* satp holds vs's table: the walker may fill */
byte tlb[MAXH];     /* the TLB entry for va, 0 = none */
bit pending[MAXH * MAXH]; /* [target*MAXH+initiator]: a shootdown request */
bit can_ack[MAXH];  /* IPI mode: interrupts on or polling */

byte readers;       /* vs->lock */
bit writer;

byte cnt[NP];       /* reference counts */
byte next_page;     /* the allocator: pages next_page.. are free */

/* Ghost state for the properties. */
bit dead[NP];            /* the count reached zero */
bit written[NP];         /* a user store went to the page */
byte replaced_by[NP];    /* the copy that replaced this page, or NONE */
byte child_page = NONE;  /* the page the child shares, or NONE */
bit forked;              /* fork returned */
byte done;               /* harts that took all their turns */

/* What a hart's own load of the PTE sees. */
#define VIEW(h) (sb_pte[h] != 0 -> sb_pte[h] : pte)
/* No other hart has a PTE store in its buffer. */
#define OTHERS_CLEAR(h) ((h == 0 || sb_pte[0] == 0) && (h == 1 || sb_pte[1] == 0) && \
                         (h == 2 || sb_pte[2] == 0))
#ifdef IPI
#define ACKABLE(h) can_ack[h]
#define IRQ(h, on) can_ack[h] = on
#else
#define ACKABLE(h) 1
#define IRQ(h, on) skip
#endif

/* The Hart proctype's locals (inlines are expanded in place). */
#define LOCALS byte n, v, old, copy, t, mask, path; bit ok

/* fence rw,rw (and the store half of a release): this hart's buffered
 * stores reach memory before anything later. */
inline drain(h) {
  atomic {
    if
    :: sb_pte[h] != 0 -> pte = sb_pte[h]; sb_pte[h] = 0
    :: else
    fi;
    if
    :: sb_act[h] != 0 -> act[h] = (sb_act[h] == 1 -> 1 : 0); sb_act[h] = 0
    :: else
    fi
  }
}

/* A store to the PTE, into the buffer (an earlier one drains first). */
inline store_pte(h, val) {
  atomic {
    OTHERS_CLEAR(h) ->
    if
    :: sb_pte[h] != 0 -> pte = sb_pte[h]
    :: else
    fi;
    sb_pte[h] = val
  }
}

/* LR/SC compare-and-swap on the PTE (ok: it swapped); the SC's store is
 * buffered like any other. */
inline cas_pte(h, expect, val) {
  atomic {
    OTHERS_CLEAR(h) ->
    if
    :: VIEW(h) == expect -> store_pte(h, val); ok = 1
    :: else -> ok = 0
    fi
  }
}

/* atomic.h cas64: fence rw,w; LR/SC; fence rw,rw after a success. The
 * fences around it with nothing between make it one step. */
inline cas_full(h, expect, val) {
  atomic {
    OTHERS_CLEAR(h) ->
    drain(h);
    cas_pte(h, expect, val);
    drain(h)
  }
}

/* The decrement of page_ref_put (inside an atomic step): panics on
 * underflow, frees at zero. */
inline dec(p) {
  assert(cnt[p] > 0);
  cnt[p]--;
  if
  :: cnt[p] == 0 -> dead[p] = 1
  :: else
  fi
}

/* page_ref_put: a release, so this hart's stores drain first. */
inline put(h, p) {
  atomic { drain(h); dec(p) }
}

/* page_alloc: copy = a fresh page with count 1, or NONE. */
inline alloc() {
  if
  :: next_page < NP -> copy = next_page; next_page++; cnt[copy] = 1
  :: else -> copy = NONE
  fi
}

/* rw_read_lock / rw_write_lock poll for shootdowns while they wait, then
 * hold with interrupts off; the unlocks are releases. */
inline read_lock(h) {
  atomic { IRQ(h, 1); !writer -> readers++; IRQ(h, 0) }
}
inline read_unlock(h) {
  atomic { drain(h); readers-- }
}

/* tlb_shootdown(active & ~me): one load of active, a request to each
 * target (amoor.rl, so this hart's stores drain first), then wait for
 * every acknowledgement, polling. */
inline shootdown(h) {
  atomic {
    mask = 0;
    t = 0;
    do
    :: t < NH -> if
                 :: t != h && act[t] -> mask = mask | (1 << t)
                 :: else
                 fi;
                 t++
    :: else -> break
    od
  }
  if
  :: mask != 0 ->
     atomic {
       drain(h);
       t = 0;
       do
       :: t < NH -> if
                    :: mask & (1 << t) -> pending[t * MAXH + h] = 1
                    :: else
                    fi;
                    t++
       :: else -> break
       od
     }
     atomic {
       IRQ(h, 1);
       pending[0 * MAXH + h] == 0 && pending[1 * MAXH + h] == 0 && pending[2 * MAXH + h] == 0 ->
       IRQ(h, 0)
     }
  :: else
  fi
}

/* cow_break: docs/DESIGN.md steps 1-7, under vs->lock read. Step 1 (load
 * the PTE), the count load of step 2 and step 3's allocation are one
 * step: with the PTE unchanged meanwhile they are, and if it changed the
 * CAS fails and the loop starts again. */
inline cow_break(h) {
  do
  :: atomic {
       v = VIEW(h);
       old = PPN(v);
       if
       :: KIND(v) != K_COW -> path = 0 /* resolved (or BUSY): retry the access */
       :: KIND(v) == K_COW && cnt[old] == 1 -> path = 1
       :: KIND(v) == K_COW && cnt[old] != 1 ->
          alloc();
          path = (copy == NONE -> 0 : 2) /* OOM: the real fault kills */
       fi
     }
     if
     :: path == 0 -> break
     :: path == 1 -> /* 2. reuse: one full CAS, no flush */
        cas_full(h, v, MK(old, K_W));
        if
        :: ok -> break
        :: else
        fi
     :: path == 2 -> /* 3. memcpy(copy, old) happens here */
#ifdef MAKE_BEFORE_BREAK
        atomic {
          cas_full(h, v, MK(copy, K_W));
          if
          :: !ok -> dec(copy)
          :: else -> replaced_by[old] = copy; tlb[h] = 0
          fi
        }
        if
        :: ok ->
           shootdown(h);
           put(h, old);
           break
        :: else
        fi
#else
        atomic { /* 4. park the PTE: BUSY; 5. begins with the local flush */
#ifdef NO_FENCE_COW
          cas_pte(h, v, MK(old, K_BUSY));
#else
          cas_full(h, v, MK(old, K_BUSY));
#endif
          if
#ifdef LEAK_LOST_COPY
          :: !ok
#else
          :: !ok -> dec(copy)
#endif
          :: else -> tlb[h] = 0
          fi
        }
        if
        :: ok ->
#ifdef PUT_BEFORE_SHOOTDOWN
           put(h, old);
#endif
           shootdown(h); /* 5. the other harts running vs */
           atomic { /* 6. the writable copy (ordered after the CAS) */
             store_pte(h, MK(copy, K_W));
             replaced_by[old] = copy
           }
#ifndef PUT_BEFORE_SHOOTDOWN
           put(h, old); /* 7. */
#endif
           break
        :: else
        fi
#endif
     fi
  od
}

/* vm_fault for a store: lock and PTE load are one step (only other
 * readers, whose steps could as well come first, run between them). */
inline vm_fault_write(h) {
  atomic { read_lock(h); v = VIEW(h) }
  if
  :: KIND(v) == K_W -> atomic { read_unlock(h); tlb[h] = 0 } /* spurious: local flush */
  :: KIND(v) == K_COW -> cow_break(h); read_unlock(h)
  :: KIND(v) == K_BUSY -> read_unlock(h) /* retry the access */
  fi
}

/* A user load through the TLB (on a miss the walker fills, or the access
 * faults on BUSY and retries: either way a later turn). */
inline user_read(h) {
  atomic {
    if
    :: tlb[h] != 0 ->
       assert(!dead[PPN(tlb[h])]);
       assert(replaced_by[PPN(tlb[h])] == NONE || !written[replaced_by[PPN(tlb[h])]])
    :: else
    fi
  }
}

/* A user store through the TLB, or a write fault on a read-only entry. */
inline user_write(h) {
  if
  :: atomic {
       KIND(tlb[h]) == K_W ->
       assert(!dead[PPN(tlb[h])]);
       assert(!forked || child_page != PPN(tlb[h]));
       written[PPN(tlb[h])] = 1
     }
  :: KIND(tlb[h]) == K_COW -> vm_fault_write(h)
  :: tlb[h] == 0 -> skip
  fi
}

/* for_each_piece for a read (copyin): load the PTE (spinning while BUSY,
 * answering shootdowns), pin, reload and compare, copy, unpin. The copy
 * takes two steps: it starts, other harts run, it ends. */
inline kcopy(h) {
  read_lock(h);
  do
  :: atomic {
#ifndef NO_POLL
       IRQ(h, 1);
#endif
       KIND(VIEW(h)) != K_BUSY ->
       IRQ(h, 0);
       v = VIEW(h);
#ifdef NO_PIN
       assert(!dead[PPN(v)]); /* the copy starts */
       path = 1
#else
       path = 0
#endif
     }
#ifndef NO_PIN
     atomic { /* page_ref_tryget (acquire), then the reload */
       if
       :: cnt[PPN(v)] > 0 ->
          cnt[PPN(v)]++;
          if
          :: VIEW(h) == v -> assert(!dead[PPN(v)]); path = 1 /* the copy starts */
          :: else -> dec(PPN(v)) /* changed: unpin, again */
          fi
       :: else
       fi
     }
#endif
     if
     :: path == 1 -> break
     :: else
     fi
  od;
  atomic {
    assert(!dead[PPN(v)]); /* the copy ends */
#ifndef NO_PIN
    drain(h);
    dec(PPN(v)); /* unpin */
#endif
    read_unlock(h)
  }
}

/* vm_activate: amoor active |= me; fence rw,rw; satp; sfence.vma. */
inline switch_in(h) {
  atomic {
    drain(h); /* an earlier clear of the bit, first */
    sb_act[h] = 1;
#ifndef NO_FENCE_SWITCH
    drain(h);
#endif
    tlb[h] = 0;
    satp_on[h] = 1
  }
}

/* vm_deactivate: satp to the kernel's table, then amoand.rl. Entries left
 * behind are unusable (satp no longer holds vs) and the next switch-in
 * flushes them: drop them here. */
inline switch_out(h) {
  atomic {
    satp_on[h] = 0;
    tlb[h] = 0;
    drain(h);
    sb_act[h] = 2
  }
}

/* vm_fork + pmap_fork_cow under the write lock. */
inline fork(h) {
  atomic {
    IRQ(h, 1);
    !writer && readers == 0 ->
    writer = 1;
    IRQ(h, 0);
    v = VIEW(h);
    assert(KIND(v) != K_BUSY) /* every COW break ends under the read lock */
  }
  atomic {
    if
    :: KIND(v) == K_W -> store_pte(h, MK(PPN(v), K_COW))
    :: else
    fi;
    cnt[PPN(v)]++; /* the child's PTE */
#ifndef NO_FENCE_FORK
    drain(h);
#endif
    tlb[h] = 0
  }
  shootdown(h);
  atomic { forked = 1; child_page = PPN(v); drain(h); writer = 0 }
}

proctype Hart(byte h) {
  LOCALS;
  IRQ(h, 1);
  do
  :: n < (h == 2 -> STEPS2 : STEPS) ->
     n++;
     if
     :: !satp_on[h] -> switch_in(h)
     :: satp_on[h] && MAY(h, R_SWITCH) -> switch_out(h)
     :: satp_on[h] && MAY(h, R_READ) -> user_read(h)
     :: satp_on[h] && MAY(h, R_WRITE) -> user_write(h)
     :: satp_on[h] && MAY(h, R_KCOPY) -> kcopy(h)
#ifdef FORK
     :: satp_on[h] && h == 0 && !forked -> fork(h)
#endif
     fi;
     /* Forget this turn's locals: fewer states, same behaviours. */
     atomic { v = 0; old = 0; copy = 0; t = 0; mask = 0; path = 0; ok = 0; IRQ(h, 1) }
  :: else -> break
  od;
  done++
}

proctype HW(byte h) {
end:
  do
  :: atomic { sb_pte[h] != 0 -> pte = sb_pte[h]; sb_pte[h] = 0 }
  :: atomic { sb_act[h] != 0 -> act[h] = (sb_act[h] == 1 -> 1 : 0); sb_act[h] = 0 }
  :: atomic { satp_on[h] && KIND(VIEW(h)) != K_BUSY && VIEW(h) != tlb[h] -> tlb[h] = VIEW(h) }
  :: atomic { ACKABLE(h) && pending[h * MAXH + 0] -> tlb[h] = 0; pending[h * MAXH + 0] = 0 }
  :: atomic { ACKABLE(h) && pending[h * MAXH + 1] -> tlb[h] = 0; pending[h * MAXH + 1] = 0 }
  :: atomic { ACKABLE(h) && pending[h * MAXH + 2] -> tlb[h] = 0; pending[h * MAXH + 2] = 0 }
  od
}

proctype Child() {
end:
  atomic {
    child_page != NONE ->
    assert(cnt[child_page] > 0);
    cnt[child_page]--;
    if
    :: cnt[child_page] == 0 -> dead[child_page] = 1
    :: else
    fi;
    child_page = NONE
  }
}

init {
  byte i;
  atomic {
    i = 0;
    do
    :: i < NP -> replaced_by[i] = NONE; i++
    :: else -> break
    od;
#ifdef FORK
    pte = MK(0, K_W);
    cnt[0] = 1;
#else
    pte = MK(0, K_COW);
    cnt[0] = 2;
    child_page = 0;
    forked = 1;
#endif
    next_page = 1;
    /* Every hart but the last runs vs; the last is switched out. */
    i = 0;
    do
    :: i < NH - 1 -> satp_on[i] = 1; act[i] = 1; i++
    :: else -> break
    od;
    i = 0;
    do
    :: i < NH -> run HW(i); run Hart(i); i++
    :: else -> break
    od;
    run Child()
  };
  /* No leak (rule 9): once every hart is done and every store drained,
   * each page's count is the references to it: vs's PTE, the child's. */
  atomic {
    done == NH && sb_pte[0] == 0 && sb_pte[1] == 0 && sb_pte[2] == 0 ->
    i = 0;
    do
    :: i < NP ->
       assert(cnt[i] == (PPN(pte) == i -> 1 : 0) + (child_page == i -> 1 : 0));
       i++
    :: else -> break
    od
  }
}
