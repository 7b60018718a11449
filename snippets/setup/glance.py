# --8<-- [start:cuda]
import torch

print(torch.cuda.is_available(), torch.version.cuda)
#> False None
print(torch.cuda.device_count())
#> 0
# --8<-- [end:cuda]

# --8<-- [start:device]
import torch

# fr: cuda (NVIDIA), mps (Mac Apple silicon)… ou, à défaut, le CPU
# en: cuda (NVIDIA), mps (Apple silicon Mac)… or, failing that, the CPU
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
x = torch.ones(2, 3, device=device)
print(x.sum().item())
#> 6.0
# --8<-- [end:device]

# --8<-- [start:sync]
import torch
from torch.utils import benchmark

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
a = torch.rand(512, 512, device=device)
# fr: échauffe, attend le GPU avant de lire l'horloge ; m.median en secondes
# en: warms up, waits for the GPU before reading the clock; m.median in seconds
m = benchmark.Timer("a @ a", globals={"a": a}).timeit(100)
print(m.number_per_run, m.median > 0)
#> 100 True
# --8<-- [end:sync]
