# pwrite_faults.gp: COW faults per second with one writer per hart,
# processes against threads (data: harts, proc, thread).
plot_title = 'pwrite: COW faults per second, one writer per hart'
x_label = 'harts (= writers)'
log_x = 0
y_label_time = 'faults per second'
y_label_icount = 'faults per 1e9 instructions'
name_a = 'P processes'
name_b = 'T threads'
load 'bench/plots/panels.gp'
