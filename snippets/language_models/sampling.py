# --8<-- [start:greedy]
import torch

logits = torch.tensor([2.0, 1.0, 0.5, 0.0, -1.0])
print(logits.argmax().item(), [round(p, 3) for p in logits.softmax(dim=-1).tolist()])
#> 0 [0.563, 0.207, 0.126, 0.076, 0.028]
# --8<-- [end:greedy]

# --8<-- [start:temperature]
for temperature in (0.5, 1.0, 2.0):
    probs = (logits / temperature).softmax(dim=-1)
    print(temperature, [round(p, 3) for p in probs.tolist()])
#> 0.5 [0.829, 0.112, 0.041, 0.015, 0.002]
#> 1.0 [0.563, 0.207, 0.126, 0.076, 0.028]
#> 2.0 [0.375, 0.227, 0.177, 0.138, 0.084]
# --8<-- [end:temperature]


# --8<-- [start:top-k]
def top_k_filter(logits: torch.Tensor, k: int) -> torch.Tensor:
    kth_largest = logits.topk(k, dim=-1).values[..., -1:]
    return logits.masked_fill(logits < kth_largest, float("-inf"))


print([round(p, 3) for p in top_k_filter(logits, k=2).softmax(dim=-1).tolist()])
#> [0.731, 0.269, 0.0, 0.0, 0.0]
# --8<-- [end:top-k]


# --8<-- [start:top-p]
def top_p_filter(logits: torch.Tensor, p: float) -> torch.Tensor:
    probs, order = logits.softmax(dim=-1).sort(dim=-1, descending=True)
    mass_before = probs.cumsum(dim=-1) - probs
    drop_sorted = mass_before >= p
    drop = drop_sorted.scatter(-1, order, drop_sorted)
    return logits.masked_fill(drop, float("-inf"))


for p in (0.5, 0.8, 0.95):
    kept = top_p_filter(logits, p).isfinite().nonzero().flatten()
    print(p, kept.tolist())
#> 0.5 [0]
#> 0.8 [0, 1, 2]
#> 0.95 [0, 1, 2, 3]
# --8<-- [end:top-p]

# --8<-- [start:sample]
generator = torch.Generator().manual_seed(0)
filtered = top_p_filter(top_k_filter(logits / 0.8, k=4), p=0.9)
draws = torch.multinomial(filtered.softmax(dim=-1), 1000, replacement=True, generator=generator)
print(sorted(set(draws.tolist())))
#> [0, 1, 2]
# --8<-- [end:sample]
