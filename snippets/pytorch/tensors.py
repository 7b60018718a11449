# --8<-- [start:create]
import torch

x = torch.tensor([1, 2, 3])
zeros = torch.zeros(3, 4)
ones = torch.ones(2, 3)
steps = torch.arange(0, 10, 2)
generator = torch.Generator().manual_seed(0)
noise = torch.randn(5, 5, generator=generator)
print(x.shape, zeros.shape, ones.shape, noise.shape)
#> torch.Size([3]) torch.Size([3, 4]) torch.Size([2, 3]) torch.Size([5, 5])
print(steps.tolist(), torch.linspace(0, 1, 5).tolist())
#> [0, 2, 4, 6, 8] [0.0, 0.25, 0.5, 0.75, 1.0]
# --8<-- [end:create]

# --8<-- [start:dtypes]
print(x.dtype, torch.tensor([1.0, 2.0]).dtype, torch.tensor([True, False]).dtype)
#> torch.int64 torch.float32 torch.bool
half = torch.ones(3, dtype=torch.float16)
print(half.element_size(), x.float().dtype, x.to(torch.bfloat16).dtype)
#> 2 torch.float32 torch.bfloat16
print((x / 2).dtype, (x // 2).dtype, (x + 0.5).dtype)
#> torch.float32 torch.int64 torch.float32
# --8<-- [end:dtypes]

# --8<-- [start:ops]
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
print((a + b).tolist(), (a * b).tolist(), torch.dot(a, b).item())
#> [5.0, 7.0, 9.0] [4.0, 10.0, 18.0] 32.0
A = torch.randn(3, 4, generator=generator)
B = torch.randn(4, 5, generator=generator)
print((A @ B).shape, torch.equal(A @ B, torch.matmul(A, B)))
#> torch.Size([3, 5]) True
# --8<-- [end:ops]

# --8<-- [start:shapes]
t = torch.arange(12).view(3, 4)
print(t.view(-1, 2).shape, t.reshape(2, 6).shape, t.unsqueeze(0).shape, t.T.shape)
#> torch.Size([6, 2]) torch.Size([2, 6]) torch.Size([1, 3, 4]) torch.Size([4, 3])
print(t.T.is_contiguous())
#> False
try:
    t.T.view(12)
except RuntimeError:
    print("view: RuntimeError")
#> view: RuntimeError
print(t.T.reshape(12)[:6].tolist())
#> [0, 4, 8, 1, 5, 9]
# --8<-- [end:shapes]

# --8<-- [start:view-permute]
grid = torch.arange(6).view(2, 3)
print(grid.tolist())
#> [[0, 1, 2], [3, 4, 5]]
# fr: même forme, contenu différent
# en: same shape, different content
print(grid.view(3, 2).tolist(), grid.transpose(0, 1).tolist())
#> [[0, 1], [2, 3], [4, 5]] [[0, 3], [1, 4], [2, 5]]
# fr: permute donne l'ordre de tous les axes, transpose en échange deux
# en: permute gives the order of every axis, transpose swaps two
cube = torch.zeros(2, 3, 4)
print(cube.permute(2, 0, 1).shape, cube.transpose(0, 2).shape)
#> torch.Size([4, 2, 3]) torch.Size([4, 3, 2])
print(grid.transpose(0, 1).data_ptr() == grid.data_ptr(), grid.T.is_contiguous())
#> True False
# --8<-- [end:view-permute]
