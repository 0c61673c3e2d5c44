# fork_cycle.gp: the honest total of the fork bench by parent size: fork +
# exit + wait, then the parent rewriting every page (its refaults), eager,
# COW and ODF, at the fewest harts measured (data: size_kb, eager, COW, ODF).
plot_title = 'fork cycle: fork + exit + wait + the parent rewriting every page, by parent size (fewest harts measured; bars p10-p90)'
x_label = 'parent resident size (KiB)'
log_x = 1
y_label_time = 'cycle (us)'
y_label_icount = 'cycle (instructions)'
name_a = 'eager'
name_b = 'COW'
name_c = 'ODF'
load 'bench/plots/panels.gp'
