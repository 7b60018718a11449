# --8<-- [start:precision]
import torch

for precision in ("highest", "high", "medium"):
    torch.set_float32_matmul_precision(precision)
    c = torch.randn(4, 8) @ torch.randn(8, 2)
    print(torch.get_float32_matmul_precision(), c.dtype)
#> highest torch.float32
#> high torch.float32
#> medium torch.float32
torch.set_float32_matmul_precision("highest")
# --8<-- [end:precision]
