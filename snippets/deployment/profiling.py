# --8<-- [start:profile]
import torch
from torch import nn
from torch.profiler import ProfilerActivity, profile

torch.manual_seed(0)
mlp = nn.Sequential(nn.Linear(256, 1024), nn.GELU(), nn.Linear(1024, 256)).eval()
batch = torch.randn(64, 256)
with torch.inference_mode():
    with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
        for _ in range(5):
            mlp(batch)
table = prof.key_averages().table(sort_by="cpu_time_total", row_limit=5)
# fr: print(table) affiche le tableau ; ses durées changent à chaque exécution
# en: print(table) shows the table; its timings change from run to run
calls = {event.key: event.count for event in prof.key_averages()}
print(calls["aten::linear"], calls["aten::addmm"], calls["aten::gelu"])
#> 10 10 5
# --8<-- [end:profile]

# --8<-- [start:shapes]
by_shape = prof.key_averages(group_by_input_shape=True)
print(sorted(e.input_shapes[1:3] for e in by_shape if e.key == "aten::addmm"))
#> [[[64, 256], [256, 1024]], [[64, 1024], [1024, 256]]]
# --8<-- [end:shapes]

# --8<-- [start:timer]
from torch.utils import benchmark

small = benchmark.Timer(stmt="mlp(batch)", globals={"mlp": mlp, "batch": batch})
big = benchmark.Timer(stmt="a @ a", globals={"a": torch.randn(1024, 1024)})
m_small, m_big = small.blocked_autorange(min_run_time=0.2), big.blocked_autorange()
print(type(m_small).__name__, m_small.task_spec.num_threads)
#> Measurement 1
print(m_big.median > m_small.median)
#> True
print(small.timeit(100).number_per_run)
#> 100
# --8<-- [end:timer]
