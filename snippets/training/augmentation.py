# --8<-- [start:augment]
import torch
import torch.nn.functional as F


def augment(images: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Random crop (padding 4), horizontal flip, Gaussian noise, on a batch (N, C, H, W)."""
    n, _, h, w = images.shape
    padded = F.pad(images, (4, 4, 4, 4), mode="reflect")
    tops = torch.randint(0, 9, (n,), generator=generator).tolist()
    lefts = torch.randint(0, 9, (n,), generator=generator).tolist()
    crops = [p[:, t : t + h, s : s + w] for p, t, s in zip(padded, tops, lefts, strict=True)]
    out = torch.stack(crops)
    flip = torch.rand(n, generator=generator) < 0.5
    out = torch.where(flip[:, None, None, None], out.flip(-1), out)
    return out + 0.05 * torch.randn(out.shape, generator=generator)


generator = torch.Generator().manual_seed(0)
images = torch.rand(16, 3, 32, 32, generator=generator)
augmented = augment(images, generator)
print(augmented.shape, augmented.dtype)
#> torch.Size([16, 3, 32, 32]) torch.float32
# --8<-- [end:augment]

# --8<-- [start:check]
image = images[0]
mirrored = image.flip(-1)
print(torch.equal(mirrored.flip(-1), image), torch.equal(mirrored[..., 0], image[..., -1]))
#> True True
noise = augment(torch.zeros(64, 3, 32, 32), generator)
print(round(noise.std().item(), 2))
#> 0.05
# --8<-- [end:check]


def torchvision_pipeline() -> object:
    # --8<-- [start:torchvision]
    import torch
    from torchvision.transforms import v2

    train_transform = v2.Compose(
        [
            v2.ToImage(),
            v2.RandomResizedCrop(224),
            v2.RandomHorizontalFlip(p=0.5),
            v2.ToDtype(torch.float32, scale=True),
            v2.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
        ]
    )
    # --8<-- [end:torchvision]
    return train_transform
