# panels.gp: the layout every plot of results/README.md shares, loaded by
# the plot's own script after it has set the names below. One panel per
# clock measured: wall clock (time CSR) on the left, guest instructions
# (-icount shift=0) on the right; bars span p10 to p90.
#
# Set by scripts/report (gnuplot -e): out (the PNG), dat_time and
# dat_icount (data files, '' for a clock not measured; columns: x, then
# median p10 p90 of series a, then of series b, then of series c if any;
# '?' where a series was not measured at that x).
# Set by the plot's script: plot_title, x_label, log_x (1: logarithmic x;
# 0: one tick per hart count), y_label_time, y_label_icount, name_a, name_b,
# and name_c for a third series (or '' for none).
if (!exists('name_c')) name_c = ''
panels = (dat_time ne '' ? 1 : 0) + (dat_icount ne '' ? 1 : 0)
set terminal pngcairo size 560 * panels, 440 font 'sans,10' noenhanced
set output out
set multiplot layout 1, panels title plot_title
set grid
set datafile missing '?'
set key bmargin center horizontal
set bmargin 5
set logscale y
set xlabel x_label
if (log_x) {
  set logscale x
} else {
  set xtics 1
  set autoscale xfix
  set offsets 0.3, 0.3, 0, 0
}
if (dat_time ne '') {
  set ylabel y_label_time
  set title 'wall clock (time CSR)'
  if (name_c ne '') {
    plot dat_time u 1:2:3:4 w yerrorlines lw 2 pt 7 t name_a, \
      '' u 1:5:6:7 w yerrorlines lw 2 pt 5 t name_b, '' u 1:8:9:10 w yerrorlines lw 2 pt 9 t name_c
  } else {
    plot dat_time u 1:2:3:4 w yerrorlines lw 2 pt 7 t name_a, \
      '' u 1:5:6:7 w yerrorlines lw 2 pt 5 t name_b
  }
}
if (dat_icount ne '') {
  set ylabel y_label_icount
  set title 'guest instructions (-icount shift=0)'
  if (name_c ne '') {
    plot dat_icount u 1:2:3:4 w yerrorlines lw 2 pt 7 t name_a, \
      '' u 1:5:6:7 w yerrorlines lw 2 pt 5 t name_b, '' u 1:8:9:10 w yerrorlines lw 2 pt 9 t name_c
  } else {
    plot dat_icount u 1:2:3:4 w yerrorlines lw 2 pt 7 t name_a, \
      '' u 1:5:6:7 w yerrorlines lw 2 pt 5 t name_b
  }
}
unset multiplot
