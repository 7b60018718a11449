# --8<-- [start:dataset]
import torch
from torch.utils.data import DataLoader, Dataset


class PointsDataset(Dataset):
    def __init__(self, features: torch.Tensor, labels: torch.Tensor) -> None:
        self.features = features
        self.labels = labels

    def __len__(self) -> int:
        return len(self.features)

    def __getitem__(self, idx: int) -> tuple[torch.Tensor, torch.Tensor]:
        return self.features[idx], self.labels[idx]


dataset = PointsDataset(torch.arange(20.0).reshape(10, 2), torch.arange(10) % 2)
features, label = dataset[3]
print(len(dataset), features.tolist(), label.item())
#> 10 [6.0, 7.0] 1
# --8<-- [end:dataset]

# --8<-- [start:batching]
loader = DataLoader(dataset, batch_size=4)
print([len(xb) for xb, _ in loader], len(loader))
#> [4, 4, 2] 3
xb, yb = next(iter(loader))
print(xb.shape, yb.shape, yb.dtype)
#> torch.Size([4, 2]) torch.Size([4]) torch.int64
print(len(DataLoader(dataset, batch_size=4, drop_last=True)))
#> 2
# --8<-- [end:batching]


# --8<-- [start:shuffle]
def epoch_order(loader: DataLoader) -> list[int]:
    return [int(row[0]) // 2 for xb, _ in loader for row in xb]


shuffled = DataLoader(
    dataset, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0)
)
first, second = epoch_order(shuffled), epoch_order(shuffled)
print(first)
#> [3, 7, 5, 2, 0, 8, 1, 6, 9, 4]
print(first != second, sorted(first) == list(range(10)))
#> True True
again = DataLoader(dataset, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))
print(epoch_order(again) == first)
#> True
# --8<-- [end:shuffle]


# --8<-- [start:workers]
def main() -> None:
    num_workers = 0
    loader = DataLoader(
        dataset, batch_size=4, num_workers=num_workers, persistent_workers=num_workers > 0
    )
    print(sum(len(xb) for xb, _ in loader))


if __name__ == "__main__":
    main()
    #> 10
# --8<-- [end:workers]

if torch.cuda.is_available():
    # --8<-- [start:pin-memory]
    device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
    pinned = DataLoader(dataset, batch_size=4, pin_memory=True)
    xb, yb = next(iter(pinned))
    print(xb.is_pinned())
    #> True
    xb = xb.to(device, non_blocking=True)
    yb = yb.to(device, non_blocking=True)
    print(xb.device.type, (xb.sum() + yb.sum()).item())
    #> cuda 30.0
    # --8<-- [end:pin-memory]
