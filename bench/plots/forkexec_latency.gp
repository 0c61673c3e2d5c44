# forkexec_latency.gp: fork + exec /nop + exit + wait latency by parent
# size, eager, COW and ODF, at the fewest harts measured (data: size_kb,
# eager, COW, ODF).
plot_title = 'forkexec: fork + exec /nop + exit + wait, by parent size (fewest harts measured; bars p10-p90)'
x_label = 'parent resident size (KiB)'
log_x = 1
y_label_time = 'latency (us)'
y_label_icount = 'latency (instructions)'
name_a = 'eager'
name_b = 'COW'
name_c = 'ODF'
load 'bench/plots/panels.gp'
