# refcount_throughput.gp: get+put pairs on one hot page from every hart,
# the AMO counter against the global spinlock (data: harts, amo, lock).
plot_title = 'refcount: get+put pairs on one hot page from every hart'
x_label = 'harts'
log_x = 0
y_label_time = 'Mops per second'
y_label_icount = 'Mops per 1e9 instructions'
name_a = 'AMO counter'
name_b = 'global spinlock'
load 'bench/plots/panels.gp'
