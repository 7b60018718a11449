# --8<-- [start:batches]
from collections.abc import Iterator

import torch


def batches(
    n_samples: int, batch_size: int, seed: int = 0
) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    generator = torch.Generator().manual_seed(seed)
    for start in range(0, n_samples, batch_size):
        size = min(batch_size, n_samples - start)
        x = torch.randn(size, 784, generator=generator)
        y = torch.randint(0, 10, (size,), generator=generator)
        yield x, y


print([tuple(x.shape) for x, _ in batches(100, 32)])
#> [(32, 784), (32, 784), (32, 784), (4, 784)]
# --8<-- [end:batches]

# --8<-- [start:lazy]
stream = batches(100, 32)
x, y = next(stream)
print(x.shape, y.shape)
#> torch.Size([32, 784]) torch.Size([32])
print(sum(1 for _ in stream), sum(1 for _ in stream))
#> 3 0
# --8<-- [end:lazy]

# --8<-- [start:memory]
import sys

squares_list = [x**2 for x in range(1_000_000)]
squares_gen = (x**2 for x in range(1_000_000))
print(f"{sys.getsizeof(squares_list):,} {sys.getsizeof(squares_gen)}")
#> 8,448,728 208
print(sum(squares_gen) == sum(squares_list))
#> True
# --8<-- [end:memory]
