# plot.awk: writes results/README.md from the newest benchmark rows
# (scripts/plot passes them tab-separated: bench mode harts size_kb metric
# unit median p10 p90 n clock host date commit). Variables from scripts/plot:
# dir, qemu, gnuplot (1 if the plots exist), hf (hyperfine Markdown file or
# ""), hftxt (hyperfine.txt, lines joined by "|").

# ------------------------------------------------------------------ helpers
function key(b, m, h, s, met, c) { return b SUBSEP m SUBSEP h SUBSEP s SUBSEP met SUBSEP c }
# The median of a figure, or "" when it was not measured.
function g(b, m, h, s, met, c,   k) { k = key(b, m, h, s, met, c); return (k in med) ? med[k] : "" }
function gp(b, m, h, s, met, c, which,   k) {
  k = key(b, m, h, s, met, c); return (k in med) ? (which == 10 ? p10[k] : p90[k]) : ""
}
function harts(h) { return h == "" ? "no run" : h (h == 1 ? " hart" : " harts") }
function abs(x) { return x < 0 ? -x : x }
# A number with about three significant digits.
function num(x,   a) {
  if (x == "") return "–"
  a = abs(x + 0)
  if (a >= 100) return sprintf("%.0f", x)
  if (a >= 10) return sprintf("%.1f", x)
  if (a >= 1) return sprintf("%.2f", x)
  return sprintf("%.3f", x)
}
# Large counts with k/M/G suffixes (instructions, rates).
function si(x,   a) {
  if (x == "") return "–"
  a = abs(x + 0)
  if (a >= 1e9) return sprintf("%.2f G", x / 1e9)
  if (a >= 1e6) return sprintf("%.2f M", x / 1e6)
  if (a >= 1e4) return sprintf("%.1f k", x / 1e3)
  return num(x)
}
# A time in us shown with a fitting unit.
function us(x,   a) {
  if (x == "") return "–"
  a = abs(x + 0)
  if (a >= 1e6) return sprintf("%.2f s", x / 1e6)
  if (a >= 1e3) return sprintf("%.2f ms", x / 1e3)
  return num(x) " us"
}
function val(x, c) { return c == "icount" ? si(x) : us(x) }
function ratio(a, b) { return (a == "" || b == "" || b + 0 == 0) ? "" : (a + 0) / (b + 0) }
function rx(r) { return r == "" ? "–" : num(r) "x" }
# A value with its p10-p90 spread.
function spread(b, m, h, s, met, c,   x) {
  x = g(b, m, h, s, met, c)
  if (x == "") return "–"
  return val(x, c) " (" val(gp(b, m, h, s, met, c, 10), c) "–" val(gp(b, m, h, s, met, c, 90), c) ")"
}
function kib(s) {
  s += 0
  if (s >= 1024 && s % 1024 == 0) return (s / 1024) " MiB"
  return s " KiB"
}
# The smallest and largest hart counts measured for a bench and clock.
function hmin(b, c,   h, best) { best = ""; for (h = 1; h <= 64; h++) if ((b, c, h) in hs) return h; return "" }
function hmax(b, c,   h, best) { best = ""; for (h = 1; h <= 64; h++) if ((b, c, h) in hs) best = h; return best }
function target(name, measured, ok, how) {
  ntargets++
  tname[ntargets] = name; tval[ntargets] = measured; thow[ntargets] = how
  tok[ntargets] = ok == "" ? "not measured" : (ok ? "**met**" : "**missed**")
  tmiss[ntargets] = (ok != "" && !ok)
}

# ------------------------------------------------------------------ input
BEGIN { maxipis = 0 }
{
  k = key($1, $2, $3, $4, $5, $11)
  med[k] = $7; p10[k] = $8; p90[k] = $9; unit[k] = $6; nsamp[k] = $10
  hs[$1, $11, $3] = 1
  sizes[$1, $4] = 1
  host = $12; date[$1] = $13; commit[$1] = $14
  if ($13 > newest) { newest = $13; newcommit = $14 }
  if ($13 < oldest || oldest == "") oldest = $13
  if (($1 == "fork" || $1 == "forkexec") && $5 == "ipis" && $7 + 0 > maxipis) maxipis = $7 + 0
  if (($1 == "fork" || $1 == "forkexec") && $5 == "ipis") sawipis = 1
}

END {
  cores = host; sub(/^[^(]*\(/, "", cores); sub(/ cores.*/, "", cores)
  h1 = hmin("fork", "time"); h1i = hmin("fork", "icount")
  if (h1 == "") h1 = 1
  if (h1i == "") h1i = h1

  # ---------------------------------------------------------------- facts
  fe32c = g("forkexec", "cow", h1, 32768, "latency", "time")
  fe32e = g("forkexec", "eager", h1, 32768, "latency", "time")
  fe32ci = g("forkexec", "cow", h1i, 32768, "latency", "icount")
  fe32ei = g("forkexec", "eager", h1i, 32768, "latency", "icount")
  fe64c = g("forkexec", "cow", h1, 64, "latency", "time")
  f64c = g("fork", "cow", h1, 64, "latency", "time")
  f64e = g("fork", "eager", h1, 64, "latency", "time")
  f16c = g("fork", "cow", h1, 16384, "latency", "time")
  f16e = g("fork", "eager", h1, 16384, "latency", "time")
  f64Mc = g("fork", "cow", h1, 65536, "latency", "time")
  f64Me = g("fork", "eager", h1, 65536, "latency", "time")
  f64ci = g("fork", "cow", h1i, 64, "latency", "icount")
  f64Mci = g("fork", "cow", h1i, 65536, "latency", "icount")
  f64Mei = g("fork", "eager", h1i, 65536, "latency", "icount")
  f64ei = g("fork", "eager", h1i, 64, "latency", "icount")
  pages = (65536 - 64) / 4
  slope_c = (f64Mc != "" && f64c != "") ? (f64Mc - f64c) * 1000 / pages : ""
  slope_e = (f64Me != "" && f64e != "") ? (f64Me - f64e) * 1000 / pages : ""
  slope_ci = (f64Mci != "" && f64ci != "") ? (f64Mci - f64ci) / pages : ""
  slope_ei = (f64Mei != "" && f64ei != "") ? (f64Mei - f64ei) / pages : ""
  hc = hmin("cowfault", "icount"); hct = hmin("cowfault", "time")
  cf_i = g("cowfault", "cow", hc, 4096, "copy_fault", "icount")
  fl_i = g("cowfault", "cow", hc, 4, "floor", "icount")
  tr_i = g("cowfault", "cow", hc, 0, "trap", "icount")
  pc_i = g("cowfault", "cow", hc, 4, "page_copy", "icount")
  ru_i = g("cowfault", "cow", hc, 4096, "reuse_fault", "icount")
  cf_t = g("cowfault", "cow", hct, 4096, "copy_fault", "time")
  fl_t = g("cowfault", "cow", hct, 4, "floor", "time")
  ru_t = g("cowfault", "cow", hct, 4096, "reuse_fault", "time")
  rc_i = g("cowfault", "cow", hc, 4096, "reuse_fault_copies", "icount")
  rc_t = g("cowfault", "cow", hct, 4096, "reuse_fault_copies", "time")
  wsize = ""
  for (k in med) { split(k, kk, SUBSEP); if (kk[1] == "cowfault" && kk[5] == "fork_write_all") wsize = kk[4] }
  wa_e = g("cowfault", "eager", hct, wsize, "fork_write_all", "time")
  wa_c = g("cowfault", "cow", hct, wsize, "fork_write_all", "time")
  wa_ei = g("cowfault", "eager", hc, wsize, "fork_write_all", "icount")
  wa_ci = g("cowfault", "cow", hc, wsize, "fork_write_all", "icount")

  # ---------------------------------------------------------------- targets
  target("fork+exec of a 32 MiB parent, COW, " h1 " hart: under 1 ms", us(fe32c) " (icount " si(fe32ci) " insn)",
         fe32c == "" ? "" : fe32c < 1000,
         "every fork and exit still visits each of the parent's 8192 PTEs (write-protect, reference, drop)")
  r1 = ratio(fe32e, fe32c); r1i = ratio(fe32ei, fe32ci)
  target("... and at least 50x faster than eager fork+exec in the same boot", rx(r1) " (icount " rx(r1i) ")",
         r1 == "" ? "" : r1 >= 50,
         "50x needs COW fork+exec at or below eager's " us(fe32e) " / 50 = " us(fe32e / 50) ", but its fixed cost (exec, process setup, exit, wait: COW fork+exec of a 64 KiB parent) is already " us(fe64c) " and the per-PTE work adds " num(slope_c) " ns per page (" us(slope_c * 8192 / 1000) " for 8192 pages: rule 1 gives every PTE its own reference, so fork and exit each pay an AMO per page); the page-proportional parts alone differ " rx(ratio(slope_e, slope_c)))
  target("fork of a 64 KiB parent under 0.1 ms", us(f64c) " (icount " si(f64ci) " insn)",
         f64c == "" ? "" : f64c < 100, "the fixed cost of fork, exit and wait: process and page-table setup, two context switches")
  target("a child writing every page of a " kib(wsize) " parent finishes faster in COW than eager mode",
         "COW " us(wa_c) " vs eager " us(wa_e) "; icount " si(wa_ci) " vs " si(wa_ei) " insn",
         wa_c == "" || wa_e == "" ? "" : (wa_c < wa_e),
         "each COW fault pays a trap round trip on top of the same 4 KiB copy that eager fork does in a tight loop, so COW cannot win when every page is written; in wall time QEMU's exception and TLB-flush costs widen the gap")
  r2 = ratio(cf_i, fl_i)
  target("a copying COW fault costs at most 1.2x its floor (trap + 4 KiB copy, instructions)",
         si(cf_i) " insn against " si(fl_i) " = " rx(r2) " (wall clock: " rx(ratio(cf_t, fl_t)) ")",
         r2 == "" ? "" : r2 <= 1.2,
         "the fault path adds a page-table walk, the reference-count AMOs, the PTE compare-and-swap and a local sfence.vma to the floor")
  r3 = ratio(ru_i, cf_i)
  target("a reuse fault costs at most a quarter of a copying fault, with no copy",
         rx(r3) " (" si(ru_i) " against " si(cf_i) " insn), " num(rc_i) " copies per reuse fault",
         r3 == "" ? "" : (r3 <= 0.25 && rc_i + 0 == 0),
         "a reuse fault still makes the trap round trip (" si(tr_i) " insn, " rx(ratio(tr_i, cf_i)) " of a copying fault on its own), so the ratio cannot go below that")
  mr = ""; mrs = ""; allh = ""
  for (h = 1; h <= 64; h++) for (ci = 1; ci <= 2; ci++) {
    c = ci == 1 ? "time" : "icount"
    rr = g("refcount", "amo", h, 0, "amo_vs_lock", c)
    if (rr == "") continue
    allh = allh (allh == "" ? "" : ", ") h "h " (c == "icount" ? "icount " : "") rx(rr)
    if (h > 1 && (mr == "" || rr + 0 < mr + 0)) { mr = rr; mrs = h " harts " c }
  }
  target("refcount throughput on all harts: AMO at least 3x the spinlock", allh,
         mr == "" ? "" : mr >= 3,
         "with few harts the lock is rarely contended and costs only its two extra atomics; the gap opens with contention")
  target("zero IPIs for forks of single-threaded processes",
         sawipis ? sprintf("max %s IPIs per fork over every fork row", num(maxipis)) : "–",
         sawipis ? maxipis == 0 : "", "a fork sends a shootdown only to other harts running the parent's address space")
  target("report how COW fork latency grows from 64 KiB to 64 MiB",
         us(f64c) " to " us(f64Mc) " (" rx(ratio(f64Mc, f64c)) "): " num(slope_c) " ns, " num(slope_ci) " insn per page (eager: " num(slope_e) " ns, " num(slope_ei) " insn per page)",
         "", "")
  tok[ntargets] = "reported"

  # ---------------------------------------------------------------- text
  print "# cowos benchmark results"
  print ""
  print "Generated by `scripts/bench` (`make bench`) from the newest run of each benchmark in"
  print "the CSV files here: runs from " oldest " to " newest " (UTC), commit " newcommit "."
  print "Host: **" host "**; " qemu "; every guest booted with `-m 1G`. Regenerate with"
  print "`make bench` (the full matrix, about 3 minutes), `scripts/bench --quick` (under a"
  print "minute), `scripts/bench --hyperfine` (whole boots) or `scripts/bench --report` (this"
  print "file and the plots only)."
  print ""
  print "**The host has " cores " cores.** With 1 or 2 harts every hart can have a host core to itself;"
  print "with 4 and 8 harts QEMU's hart threads are time-shared on " cores " cores, so wall-clock"
  print "figures at 4 and 8 harts measure the host's scheduler as much as the kernel: a hart that"
  print "waits for another (a shootdown acknowledgement, a lock holder) may wait for a whole host"
  print "time slice. The instruction counts (runs under `-icount shift=0`, where QEMU runs the harts"
  print "round-robin on one host thread and the clock advances one nanosecond per instruction) and"
  print "the counters per operation do not depend on the host, but cross-hart waits under icount"
  print "last as long as QEMU's round-robin slice, so shootdown figures there are upper bounds too."
  print "Compare hart counts by instructions and counters; read 4- and 8-hart wall times as"
  print "\"how it behaves when overcommitted\", not as scaling."
  print ""
  print "## What the results show"
  print ""
  printf "COW fork removes the copy from fork. With %s hart, forking a 64 KiB parent takes %s in COW\n", h1, us(f64c)
  printf "mode (eager %s); at 16 MiB it is %s against %s eager (%s), at 64 MiB %s against %s\n", us(f64e), us(f16c), us(f16e), rx(ratio(f16e, f16c)), us(f64Mc), us(f64Me)
  printf "(%s; %s in instructions), and fork+exec of a 32 MiB parent takes %s against %s (%s).\n", rx(ratio(f64Me, f64Mc)), rx(ratio(f64Mei, f64Mci)), us(fe32c), us(fe32e), rx(r1)
  printf "COW fork latency still grows with the parent, %s from 64 KiB to 64 MiB: about %s ns\n", rx(ratio(f64Mc, f64c)), num(slope_c)
  printf "(%s instructions) per resident page, which is the per-PTE work that remains (write-protect\n", num(slope_ci)
  printf "and take a reference at fork, drop it when the child exits or execs) against %s ns (%s\n", num(slope_e), num(slope_ei)
  print "instructions) per page for eager's allocate-and-copy. No fork of a single-threaded parent sent"
  printf "an IPI (max %s per fork).\n", num(maxipis)
  print ""
  printf "The price moves to the first write. A copying COW fault costs %s instructions against a floor\n", si(cf_i)
  printf "of %s (a %s-instruction trap round trip plus a %s-instruction page copy): %s; a reuse\n", si(fl_i), si(tr_i), si(pc_i), rx(r2)
  printf "fault (sole owner, no copy) costs %s (%s of a copying fault). In wall-clock time the same\n", si(ru_i), rx(r3)
  printf "copying fault takes %s against a %s floor (%s): QEMU spends far more host time on a page-fault\n", us(cf_t), us(fl_t), rx(ratio(cf_t, fl_t))
  print "exception and the TLB flush that follows it than their instruction counts suggest. So a child"
  printf "that writes every page of a %s parent takes %s in COW mode against %s eager\n", kib(wsize), us(wa_c), us(wa_e)
  printf "(%s vs %s instructions): COW wins when a child writes few of its pages, the common case\n", si(wa_ci), si(wa_ei)
  hm = hmax("refcount", "time")
  printf "of fork+exec, and loses when it writes them all. Across harts, the lock-free AMO reference count\n"
  printf "outruns the spinlocked one %s at %s harts (%s under icount at %s); faults of single-threaded\n", rx(g("refcount", "amo", hm, 0, "amo_vs_lock", "time")), hm, rx(g("refcount", "amo", hmax("refcount", "icount"), 0, "amo_vs_lock", "icount")), hmax("refcount", "icount")
  hp2 = hmax("pwrite", "time")
  printf "processes need no shootdown, while each copying fault in a process of %s threads shoots down the\n", hp2
  printf "other harts (%s IPIs per fault), which is what limits threaded fault throughput (%s\n", num(pw("thread", hp2, "ipis", "time")), si(pw("thread", hp2, "faults_per_s", "time"))
  print "faults/s against " si(pw("proc", hp2, "faults_per_s", "time")) " for processes) together with the overcommitted host described above."
  print ""

  # ---------------------------------------------------------------- targets table
  print "## Performance targets"
  print ""
  print "From the benchmark issue; measured at the fewest harts in the run unless the row says otherwise."
  print ""
  print "| target | measured | status |"
  print "|---|---|---|"
  for (i = 1; i <= ntargets; i++) printf "| %s | %s | %s |\n", tname[i], tval[i], tok[i]
  print ""
  nm = 0
  for (i = 1; i <= ntargets; i++) if (tmiss[i]) nm++
  if (nm > 0) {
    print "What bounds the missed ones:"
    print ""
    for (i = 1; i <= ntargets; i++) if (tmiss[i]) printf "- *%s*: %s.\n", tname[i], thow[i]
    print ""
  }
  print "Reference points from the issue (xv6-riscv on this kind of host, 1 hart): eager fork+exec of"
  print "a 32 MiB parent 156 ms and a 64 KiB fork 0.96 ms; a COW-lab solution 16 ms and 0.69 ms, 43 us per"
  print "copying fault against 19 us per eagerly copied page; Linux forks a 64 MiB parent in 2.5 ms."
  print ""

  # ---------------------------------------------------------------- plots
  print "## Plots"
  print ""
  if (gnuplot) {
    print "Bars span p10 to p90; left panels wall clock, right panels guest instructions."
    print ""
    print "![fork latency by parent size](fork_latency.png)"
    print ""
    print "![fork+exec latency by parent size](forkexec_latency.png)"
    print ""
    print "![COW faults per second by harts](pwrite_faults.png)"
    print ""
    print "![shootdown latency by target harts](shootdown_latency.png)"
    print ""
    print "![refcount throughput by harts](refcount_throughput.png)"
  } else print "gnuplot was not installed when this file was generated: no plots (run scripts/setup)."
  print ""

  # ---------------------------------------------------------------- fork tables
  for (bi = 1; bi <= 2; bi++) {
    b = bi == 1 ? "fork" : "forkexec"
    if (hmin(b, "time") == "" && hmin(b, "icount") == "") continue
    ht = hmin(b, "time"); hi = hmin(b, "icount")
    printf "## %s: latency by parent size (%s wall clock, %s icount)\n\n", b == "fork" ? "fork + exit + wait" : "fork + exec /nop + exit + wait", harts(ht), harts(hi)
    print "Median (p10–p90); eager and COW alternate in one boot; the parent rewrites its pages before each fork."
    print ""
    print "| parent | eager | COW | eager/COW | eager (insn) | COW (insn) | eager/COW (insn) |"
    print "|---|---|---|---|---|---|---|"
    n = 0
    for (s in sizes) { split(s, ss, SUBSEP); if (ss[1] == b) list[++n] = ss[2] + 0 }
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (list[j] < list[i]) { t = list[i]; list[i] = list[j]; list[j] = t }
    for (i = 1; i <= n; i++) {
      s = list[i]
      e = g(b, "eager", ht, s, "latency", "time"); c = g(b, "cow", ht, s, "latency", "time")
      ei = g(b, "eager", hi, s, "latency", "icount"); ci = g(b, "cow", hi, s, "latency", "icount")
      if (e == "" && ei == "") continue
      printf "| %s | %s | %s | %s | %s | %s | %s |\n", kib(s), spread(b, "eager", ht, s, "latency", "time"), spread(b, "cow", ht, s, "latency", "time"), rx(ratio(e, c)), si(ei), si(ci), rx(ratio(ei, ci))
    }
    print ""
    printf "By harts (medians; wall clock, then instructions):\n\n"
    print "| harts | 64 KiB COW | 16 MiB eager | 16 MiB COW | 16 MiB eager/COW | 64 KiB COW (insn) | 16 MiB eager (insn) | 16 MiB COW (insn) |"
    print "|---|---|---|---|---|---|---|---|"
    for (h = 1; h <= 64; h++) {
      if (!((b, "time", h) in hs) && !((b, "icount", h) in hs)) continue
      printf "| %d | %s | %s | %s | %s | %s | %s | %s |\n", h, us(g(b, "cow", h, 64, "latency", "time")), us(g(b, "eager", h, 16384, "latency", "time")), us(g(b, "cow", h, 16384, "latency", "time")), rx(ratio(g(b, "eager", h, 16384, "latency", "time"), g(b, "cow", h, 16384, "latency", "time"))), si(g(b, "cow", h, 64, "latency", "icount")), si(g(b, "eager", h, 16384, "latency", "icount")), si(g(b, "cow", h, 16384, "latency", "icount"))
    }
    print ""
  }

  # ---------------------------------------------------------------- cowfault
  print "## Page faults against their floors (cowfault)"
  print ""
  print "Per fault, median over iterations; floor = trap round trip (a null system call) + one 4 KiB"
  print "kernel copy, measured in the same boot. fork+write-all: fork, the child writes every page of"
  printf "the %s region, exit, wait.\n\n", kib(wsize)
  print "| harts | clock | trap | page copy | floor | copying fault | copy/floor | reuse fault | reuse/copy | first touch | fork+write-all eager | fork+write-all COW |"
  print "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for (h = 1; h <= 64; h++) for (ci = 1; ci <= 2; ci++) {
    c = ci == 1 ? "time" : "icount"
    if (!(("cowfault", c, h) in hs)) continue
    printf "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", h, c, val(g("cowfault", "cow", h, 0, "trap", c), c), val(g("cowfault", "cow", h, 4, "page_copy", c), c), val(g("cowfault", "cow", h, 4, "floor", c), c), val(g("cowfault", "cow", h, 4096, "copy_fault", c), c), rx(g("cowfault", "cow", h, 4096, "copy_vs_floor", c)), val(g("cowfault", "cow", h, 4096, "reuse_fault", c), c), rx(g("cowfault", "cow", h, 4096, "reuse_vs_copy", c)), val(g("cowfault", "cow", h, 512, "first_touch", c), c), val(g("cowfault", "eager", h, wsize, "fork_write_all", c), c), val(g("cowfault", "cow", h, wsize, "fork_write_all", c), c)
  }
  print ""
  print "Counters per fault (from vmstat, first row): copying faults " num(g("cowfault", "cow", hct, 4096, "copy_fault_copies", "time")) " copies, reuse faults " num(g("cowfault", "cow", hct, 4096, "reuse_fault_reuses", "time")) " reuses and " num(rc_t) " copies, first touches " num(g("cowfault", "cow", hct, 512, "first_touch_zero_fills", "time")) " zero fills."
  print ""

  # ---------------------------------------------------------------- pwrite
  print "## Parallel COW faults (pwrite)"
  print ""
  print "One writer per hart: P processes each writing every page of its own COW copy of the region, or"
  print "T threads of one process writing the same pages (a forked holder keeps them shared); each"
  print "writer checks its data. Rates are writer pages over the round (first start to last end);"
  print "counters are per writer page."
  print ""
  print "| harts | variant | faults/s | faults/1e9 insn | copies | reuses | CAS lost | shootdowns | IPIs |"
  print "|---|---|---|---|---|---|---|---|---|"
  for (h = 1; h <= 64; h++) for (vi = 1; vi <= 2; vi++) {
    v = vi == 1 ? "proc" : "thread"
    if (!(("pwrite", "time", h) in hs) && !(("pwrite", "icount", h) in hs)) continue
    c = (("pwrite", "time", h) in hs) ? "time" : "icount"
    printf "| %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", h, v, si(pw(v, h, "faults_per_s", "time")), si(pw(v, h, "faults_per_s", "icount")), num(pw(v, h, "copies", c)), num(pw(v, h, "reuses", c)), num(pw(v, h, "cas_lost", c)), num(pw(v, h, "shootdowns", c)), num(pw(v, h, "ipis", c))
  }
  print ""

  # ---------------------------------------------------------------- refcount
  print "## Reference counts on one hot page (refcount)"
  print ""
  print "Every hart runs kbench get+put pairs at once; throughput in million pairs per second (or per"
  print "1e9 instructions under icount)."
  print ""
  print "| harts | AMO | spinlock | AMO/lock | AMO (icount) | spinlock (icount) | AMO/lock (icount) |"
  print "|---|---|---|---|---|---|---|"
  for (h = 1; h <= 64; h++) {
    if (!(("refcount", "time", h) in hs) && !(("refcount", "icount", h) in hs)) continue
    printf "| %d | %s | %s | %s | %s | %s | %s |\n", h, num(g("refcount", "amo", h, 0, "throughput", "time")), num(g("refcount", "lock", h, 0, "throughput", "time")), rx(g("refcount", "amo", h, 0, "amo_vs_lock", "time")), num(g("refcount", "amo", h, 0, "throughput", "icount")), num(g("refcount", "lock", h, 0, "throughput", "icount")), rx(g("refcount", "amo", h, 0, "amo_vs_lock", "icount"))
  }
  print ""

  # ---------------------------------------------------------------- shootdown
  print "## TLB shootdown (shootdown)"
  print ""
  print "One round against every other hart (each runs a thread of the address space, spinning in"
  print "user mode); targets = IPIs sent per round, i.e. the harts actually reached."
  print ""
  print "| harts | targets | own IPI | SBI RFENCE | RFENCE/IPI | own IPI (insn) | SBI RFENCE (insn) | targets (icount) |"
  print "|---|---|---|---|---|---|---|---|"
  for (h = 1; h <= 64; h++) {
    if (!(("shootdown", "time", h) in hs) && !(("shootdown", "icount", h) in hs)) continue
    a = g("shootdown", "ipi", h, 0, "latency", "time"); b2 = g("shootdown", "rfence", h, 0, "latency", "time")
    printf "| %d | %s | %s | %s | %s | %s | %s | %s |\n", h, num(g("shootdown", "ipi", h, 0, "targets", "time")), us(a), us(b2), rx(ratio(b2, a)), si(g("shootdown", "ipi", h, 0, "latency", "icount")), si(g("shootdown", "rfence", h, 0, "latency", "icount")), num(g("shootdown", "ipi", h, 0, "targets", "icount"))
  }
  print ""

  # ---------------------------------------------------------------- hyperfine
  print "## Whole boots (hyperfine)"
  print ""
  if (hf != "") {
    n = split(hftxt, hl, "|")
    for (i = 1; i <= n; i++) if (hl[i] != "") print "- " hl[i]
    print ""
    while ((getline line < hf) > 0) print line
    close(hf)
    print ""
    print "Raw data: [hyperfine.json](hyperfine.json)."
  } else print "Not run yet: `scripts/bench --hyperfine`."
  print ""

  # ---------------------------------------------------------------- runs
  print "## Runs"
  print ""
  print "The last runs (`runs.txt`; load average = host load before and after, on " cores " cores):"
  print ""
  print "```"
  nr = 0
  while ((getline line < (dir "/runs.txt")) > 0) runs[++nr] = line
  for (i = (nr > 6 ? nr - 5 : 1); i <= nr; i++) print runs[i]
  print "```"
  print ""

  # ---------------------------------------------------------------- files
  print "## Files"
  print ""
  print "- `fork.csv`, `forkexec.csv`, `cowfault.csv`, `pwrite.csv`, `refcount.csv`, `shootdown.csv`:"
  print "  every run appends rows `bench,mode,harts,size_kb,metric,unit,median,p10,p90,n,clock,host,date,commit`"
  print "  (`clock` is `time` or `icount`; units: `us`, `insn` = instructions, `count`, `per_fault`,"
  print "  `x` = a ratio, `per_s` / `per_Ginsn`, `Mops_per_s` / `Mops_per_Ginsn`). This file uses the"
  print "  newest run of each benchmark and clock."
  print "- `*.png`: the plots above; `hyperfine.json`, `hyperfine.md`, `hyperfine.txt`: whole-boot timings."
  print "- `runs.txt`: one line per run of `scripts/bench`."
  print "- What each benchmark measures and how: the comment at the top of `bench/NAME.c`."
}

# pwrite rows carry the per-writer region size, which the calibration picks:
# find the row whatever its size.
function pw(v, h, met, c,   k, kk) {
  for (k in med) {
    split(k, kk, SUBSEP)
    if (kk[1] == "pwrite" && kk[2] == v && kk[3] == h && kk[5] == met && kk[6] == c) return med[k]
  }
  return ""
}
