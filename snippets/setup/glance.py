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
device = torch.accelerator.current_accelerator() or torch.device("cpu")
x = torch.ones(2, 3, device=device)
print(x.sum().item())
#> 6.0
# --8<-- [end:device]

# --8<-- [start:sync]
import time

import torch

device = torch.accelerator.current_accelerator() or torch.device("cpu")
a = torch.rand(512, 512, device=device)
start = time.perf_counter()
b = a @ a
if device.type == "cuda":
    # fr: les noyaux CUDA sont asynchrones : attendre leur fin
    # en: CUDA kernels are asynchronous: wait for them to finish
    torch.cuda.synchronize()
elapsed = time.perf_counter() - start
print(b.shape)
#> torch.Size([512, 512])
# --8<-- [end:sync]
