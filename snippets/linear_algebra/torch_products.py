# --8<-- [start:torch]
import torch

torch.manual_seed(0)
a, b = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0, 5.0, 6.0])
A, B = torch.randn(3, 4), torch.randn(4, 5)
batch_A, batch_B = torch.randn(10, 3, 4), torch.randn(10, 4, 5)
print(torch.dot(a, b).item(), (A @ B).shape, torch.bmm(batch_A, batch_B).shape)
#> 32.0 torch.Size([3, 5]) torch.Size([10, 3, 5])
print(torch.matmul(batch_A, B).shape, torch.outer(a, b).shape)
#> torch.Size([10, 3, 5]) torch.Size([3, 3])
# --8<-- [end:torch]

# --8<-- [start:strict]
for call in (lambda: torch.dot(A, A), lambda: torch.bmm(batch_A, B)):
    try:
        call()
    except RuntimeError as error:
        print(str(error).splitlines()[0])
#> 1D tensors expected, but got 2D and 2D tensors
#> batch2 must be a 3D tensor
# --8<-- [end:strict]
