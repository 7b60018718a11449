# --8<-- [start:device]
import torch

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
x = torch.arange(6.0).to(device)
y = torch.randn(3, 4, device=device)
print(x.device.type == device.type, y.device.type == device.type)
#> True True
print((x * 2).cpu().tolist())
#> [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
# --8<-- [end:device]

# --8<-- [start:numpy]
import numpy as np

array = np.array([1.0, 2.0, 3.0])
shared = torch.from_numpy(array)
copied = torch.tensor(array)
array[0] = 100.0
print(shared.tolist(), copied.tolist(), shared.dtype)
#> [100.0, 2.0, 3.0] [1.0, 2.0, 3.0] torch.float64
back = shared.numpy()
back[1] = -1.0
print(array.tolist(), np.shares_memory(array, back))
#> [100.0, -1.0, 3.0] True
# --8<-- [end:numpy]

# --8<-- [start:to-numpy]
weights = torch.ones(3, requires_grad=True)
try:
    (weights * 2).numpy()
except RuntimeError:
    print("numpy(): RuntimeError")
#> numpy(): RuntimeError
on_device = (weights * 2).to(device)
result = on_device.detach().cpu().numpy()
print(type(result).__name__, result.tolist())
#> ndarray [2.0, 2.0, 2.0]
# --8<-- [end:to-numpy]
