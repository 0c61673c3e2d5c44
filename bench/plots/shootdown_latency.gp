# shootdown_latency.gp: one shootdown round against the other harts, the
# kernel's own IPI protocol against SBI RFENCE (data: target harts =
# harts - 1, ipi, rfence).
plot_title = 'shootdown: one round against the other harts running the address space'
x_label = 'target harts'
log_x = 0
y_label_time = 'latency per round (us)'
y_label_icount = 'instructions per round'
name_a = 'own IPI protocol'
name_b = 'SBI RFENCE'
load 'bench/plots/panels.gp'
