# --8<-- [start:rmsnorm]
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 5, 16)
norm = nn.RMSNorm(16, eps=1e-6)
rms = norm(x).pow(2).mean(dim=-1).sqrt()
print(round(rms.min().item(), 4), round(rms.max().item(), 4))
#> 1.0 1.0
print(len(list(norm.parameters())), len(list(nn.LayerNorm(16).parameters())))
#> 1 2
# --8<-- [end:rmsnorm]

# --8<-- [start:rmsnorm-check]
by_hand = x / torch.sqrt(x.pow(2).mean(dim=-1, keepdim=True) + 1e-6) * norm.weight
print(torch.allclose(norm(x), by_hand, rtol=1e-5, atol=1e-6))
#> True
# --8<-- [end:rmsnorm-check]

# --8<-- [start:swiglu]
import torch.nn.functional as F


class SwiGLU(nn.Module):
    def __init__(self, d_model: int, d_hidden: int) -> None:
        super().__init__()
        self.gate = nn.Linear(d_model, d_hidden, bias=False)
        self.up = nn.Linear(d_model, d_hidden, bias=False)
        self.down = nn.Linear(d_hidden, d_model, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.down(F.silu(self.gate(x)) * self.up(x))


ffn = SwiGLU(d_model=16, d_hidden=32)
print(tuple(ffn(x).shape), sum(p.numel() for p in ffn.parameters()))
#> (2, 5, 16) 1536
# --8<-- [end:swiglu]

# --8<-- [start:swiglu-check]
z = torch.linspace(-3, 3, 7)
print(torch.allclose(F.silu(z), z * torch.sigmoid(z), rtol=1e-5, atol=1e-6))
#> True
W, V, W2 = ffn.gate.weight.T, ffn.up.weight.T, ffn.down.weight.T
by_hand = (F.silu(x @ W) * (x @ V)) @ W2
print(torch.allclose(ffn(x), by_hand, rtol=1e-5, atol=1e-6))
#> True
# --8<-- [end:swiglu-check]


# --8<-- [start:rope]
def rope_angles(seq_len: int, head_dim: int, base: float = 10000.0) -> torch.Tensor:
    frequencies = base ** (-torch.arange(0, head_dim, 2) / head_dim)
    return torch.outer(torch.arange(seq_len, dtype=torch.float32), frequencies)


def apply_rope(x: torch.Tensor, angles: torch.Tensor) -> torch.Tensor:
    x1, x2 = x[..., 0::2], x[..., 1::2]
    cos, sin = angles.cos(), angles.sin()
    return torch.stack((x1 * cos - x2 * sin, x1 * sin + x2 * cos), dim=-1).flatten(-2)


angles = rope_angles(seq_len=64, head_dim=8)
print(tuple(angles.shape))
#> (64, 4)
# --8<-- [end:rope]

# --8<-- [start:rope-relative]
torch.manual_seed(0)
query, key = torch.randn(8), torch.randn(8)


def score(m: int, n: int) -> float:
    return (apply_rope(query, angles[m]) @ apply_rope(key, angles[n])).item()


print([round(score(m, n), 3) for m, n in [(5, 2), (12, 9), (40, 37)]])
#> [1.178, 1.178, 1.178]
print(round(score(7, 7), 3), round((query @ key).item(), 3))
#> -0.526 -0.526
# --8<-- [end:rope-relative]

# --8<-- [start:rope-check]
# fr: chaque paire (x1, x2) est le complexe x1 + i x2, multiplié par exp(i angle)
# en: each pair (x1, x2) is the complex number x1 + i x2, multiplied by exp(i angle)
rotation = torch.polar(torch.ones(4), angles[5])
by_formula = torch.view_as_real(torch.view_as_complex(query.view(4, 2)) * rotation).flatten()
print(torch.allclose(apply_rope(query, angles[5]), by_formula, rtol=1e-5, atol=1e-6))
#> True
print(torch.allclose(apply_rope(query, angles[5]).norm(), query.norm(), rtol=1e-5, atol=1e-6))
#> True
# --8<-- [end:rope-check]

# --8<-- [start:rope-base]
for base in (10_000.0, 500_000.0):
    slowest = rope_angles(seq_len=2, head_dim=128, base=base)[1, -1].item()
    print(base, f"{2 * torch.pi / slowest:.2e}")
#> 10000.0 5.44e+04
#> 500000.0 2.56e+06
# --8<-- [end:rope-base]

# --8<-- [start:gqa]
torch.manual_seed(0)
n_heads, n_kv_heads = 4, 2
q = torch.randn(1, n_heads, 6, 8)
k, v = torch.randn(2, 1, n_kv_heads, 6, 8).unbind(0)
out = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
print(tuple(out.shape))
#> (1, 4, 6, 8)
# --8<-- [end:gqa]

# --8<-- [start:gqa-check]
allowed = torch.ones(6, 6, dtype=torch.bool).tril()
k_rep, v_rep = k.repeat_interleave(2, dim=1), v.repeat_interleave(2, dim=1)
by_hand = (q @ k_rep.transpose(-2, -1) / 8**0.5).masked_fill(~allowed, float("-inf"))
by_hand = by_hand.softmax(dim=-1) @ v_rep
print(torch.allclose(out, by_hand, rtol=1e-5, atol=1e-6))
#> True
# --8<-- [end:gqa-check]

# --8<-- [start:causal-offset]
from torch.nn.attention.bias import causal_lower_right

new_queries = q[:, :, -2:]
top_left = F.scaled_dot_product_attention(new_queries, k, v, is_causal=True, enable_gqa=True)
print(torch.allclose(top_left, out[:, :, -2:], rtol=1e-5, atol=1e-6))
#> False
bottom_right = F.scaled_dot_product_attention(
    new_queries, k, v, attn_mask=causal_lower_right(2, 6), enable_gqa=True
)
print(torch.allclose(bottom_right, out[:, :, -2:], rtol=1e-5, atol=1e-6))
#> True
# --8<-- [end:causal-offset]

# --8<-- [start:attention]
KVCache = tuple[torch.Tensor, torch.Tensor] | None


class Attention(nn.Module):
    def __init__(self, d_model: int, n_heads: int, n_kv_heads: int) -> None:
        super().__init__()
        self.n_heads, self.n_kv_heads = n_heads, n_kv_heads
        self.head_dim = d_model // n_heads
        self.q = nn.Linear(d_model, d_model, bias=False)
        self.kv = nn.Linear(d_model, 2 * n_kv_heads * self.head_dim, bias=False)
        self.out = nn.Linear(d_model, d_model, bias=False)

    def forward(self, x: torch.Tensor, angles: torch.Tensor, cache: KVCache = None):
        batch, length, _ = x.shape
        start = 0 if cache is None else cache[0].size(2)
        q = self.q(x).view(batch, length, self.n_heads, self.head_dim).transpose(1, 2)
        kv = self.kv(x).view(batch, length, 2, self.n_kv_heads, self.head_dim)
        k, v = kv.permute(2, 0, 3, 1, 4)
        positions = angles[start : start + length]
        q, k = apply_rope(q, positions), apply_rope(k, positions)
        if cache is not None:
            k, v = torch.cat([cache[0], k], dim=2), torch.cat([cache[1], v], dim=2)
        mask = None if cache is None else causal_lower_right(length, start + length)
        y = F.scaled_dot_product_attention(
            q, k, v, attn_mask=mask, is_causal=cache is None, enable_gqa=True
        )
        return self.out(y.transpose(1, 2).reshape(batch, length, -1)), (k, v)


attention = Attention(d_model=16, n_heads=4, n_kv_heads=2)
y, (k_cache, v_cache) = attention(x, rope_angles(seq_len=5, head_dim=4))
print(tuple(y.shape), tuple(k_cache.shape))
#> (2, 5, 16) (2, 2, 5, 4)
# --8<-- [end:attention]


# --8<-- [start:block]
class DecoderBlock(nn.Module):
    def __init__(self, d_model: int, n_heads: int, n_kv_heads: int, d_hidden: int) -> None:
        super().__init__()
        self.attn_norm = nn.RMSNorm(d_model)
        self.attn = Attention(d_model, n_heads, n_kv_heads)
        self.ffn_norm = nn.RMSNorm(d_model)
        self.ffn = SwiGLU(d_model, d_hidden)

    def forward(self, x: torch.Tensor, angles: torch.Tensor, cache: KVCache = None):
        h, cache = self.attn(self.attn_norm(x), angles, cache)
        x = x + h
        return x + self.ffn(self.ffn_norm(x)), cache


block = DecoderBlock(d_model=16, n_heads=4, n_kv_heads=2, d_hidden=32)
print(tuple(block(x, rope_angles(5, 4))[0].shape), sum(p.numel() for p in block.parameters()))
#> (2, 5, 16) 2336
# --8<-- [end:block]


# --8<-- [start:model]
from dataclasses import dataclass


@dataclass
class Config:
    vocab_size: int = 64
    d_model: int = 16
    n_layers: int = 2
    n_heads: int = 4
    n_kv_heads: int = 2
    d_hidden: int = 32
    max_len: int = 128


class TinyLM(nn.Module):
    def __init__(self, c: Config) -> None:
        super().__init__()
        self.embed = nn.Embedding(c.vocab_size, c.d_model)
        nn.init.normal_(self.embed.weight, std=0.02)
        self.blocks = nn.ModuleList(
            DecoderBlock(c.d_model, c.n_heads, c.n_kv_heads, c.d_hidden) for _ in range(c.n_layers)
        )
        self.norm = nn.RMSNorm(c.d_model)
        self.head = nn.Linear(c.d_model, c.vocab_size, bias=False)
        self.head.weight = self.embed.weight
        angles = rope_angles(c.max_len, c.d_model // c.n_heads)
        self.register_buffer("angles", angles, persistent=False)

    def forward(self, ids: torch.Tensor, caches: list[KVCache] | None = None):
        x = self.embed(ids)
        caches = caches or [None] * len(self.blocks)
        new_caches = []
        for block, cache in zip(self.blocks, caches, strict=True):
            x, cache = block(x, self.angles, cache)
            new_caches.append(cache)
        return self.head(self.norm(x)), new_caches


torch.manual_seed(2)
lm = TinyLM(Config()).eval()
print(sum(p.numel() for p in lm.parameters()))
#> 5712
# --8<-- [end:model]


# --8<-- [start:generate]
@torch.inference_mode()
def generate(model: TinyLM, ids: torch.Tensor, n_new: int, use_cache: bool = True):
    caches = None
    for _ in range(n_new):
        if use_cache:
            logits, caches = model(ids if caches is None else ids[:, -1:], caches)
        else:
            logits, _ = model(ids)
        ids = torch.cat([ids, logits[:, -1].argmax(dim=-1, keepdim=True)], dim=1)
    return ids


prompt = torch.tensor([[1, 2, 3]])
print(generate(lm, prompt, n_new=8).tolist())
#> [[1, 2, 3, 7, 53, 21, 21, 21, 5, 6, 6]]
# --8<-- [end:generate]

# --8<-- [start:kv-cache]
ids = generate(lm, prompt, n_new=8)
with torch.inference_mode():
    full, _ = lm(ids)
    step, caches = lm(ids[:, :3])
    steps = [step]
    for t in range(3, ids.size(1)):
        step, caches = lm(ids[:, t : t + 1], caches)
        steps.append(step)
print(torch.allclose(torch.cat(steps, dim=1), full, rtol=1e-5, atol=1e-6))
#> True
print(torch.equal(ids, generate(lm, prompt, n_new=8, use_cache=False)))
#> True
print(len(caches), tuple(caches[0][0].shape))
#> 2 (1, 2, 11, 4)
# --8<-- [end:kv-cache]


# --8<-- [start:kv-cache-size]
def kv_cache_bytes(layers: int, kv_heads: int, head_dim: int, tokens: int, batch: int = 1) -> int:
    bytes_per_value = torch.bfloat16.itemsize
    return 2 * layers * kv_heads * head_dim * bytes_per_value * tokens * batch


llama_3_8b = {"layers": 32, "kv_heads": 8, "head_dim": 128}
print(kv_cache_bytes(**llama_3_8b, tokens=1) / 2**10, "KiB")
#> 128.0 KiB
print(kv_cache_bytes(**llama_3_8b, tokens=8192) / 2**30, "GiB")
#> 1.0 GiB
print(kv_cache_bytes(**llama_3_8b, tokens=8192, batch=32) / 2**30, "GiB")
#> 32.0 GiB
# --8<-- [end:kv-cache-size]

# --8<-- [start:memory-bits]
bits = {
    "float32": torch.finfo(torch.float32).bits,
    "bfloat16": torch.finfo(torch.bfloat16).bits,
    "int8": torch.iinfo(torch.int8).bits,
    # fr: int4 : deux valeurs par octet
    # en: int4: two values per byte
    "int4": torch.iinfo(torch.int8).bits // 2,
}
print({dtype: b / 8 for dtype, b in bits.items()})
#> {'float32': 4.0, 'bfloat16': 2.0, 'int8': 1.0, 'int4': 0.5}


def model_memory_gib(params: float, dtype: str) -> float:
    return params * bits[dtype] / 8 / 2**30


for dtype in bits:
    print(f"8B in {dtype} → {model_memory_gib(8e9, dtype):.1f} GiB")
#> 8B in float32 → 29.8 GiB
#> 8B in bfloat16 → 14.9 GiB
#> 8B in int8 → 7.5 GiB
#> 8B in int4 → 3.7 GiB
# --8<-- [end:memory-bits]

# --8<-- [start:memory-serve]
weights = model_memory_gib(8e9, "bfloat16")
cache = kv_cache_bytes(**llama_3_8b, tokens=8192, batch=4) / 2**30
print(f"{weights:.1f} + {cache:.1f} = {weights + cache:.1f} GiB")
#> 14.9 + 4.0 = 18.9 GiB
# --8<-- [end:memory-serve]

# --8<-- [start:memory-train]
fp32, bf16 = torch.float32.itemsize, torch.bfloat16.itemsize
adamw_mixed = {
    "bf16 weights": bf16,
    "bf16 gradients": bf16,
    "fp32 master weights": fp32,
    "Adam m (fp32)": fp32,
    "Adam v (fp32)": fp32,
}
per_param = sum(adamw_mixed.values())
print(per_param, f"{8e9 * per_param / 2**30:.0f} GiB")
#> 16 119 GiB
# --8<-- [end:memory-train]

# --8<-- [start:memory-check]
real = sum(p.numel() * p.element_size() for p in lm.parameters())
n_params = sum(p.numel() for p in lm.parameters())
print(real, model_memory_gib(n_params, "float32") * 2**30)
#> 22848 22848.0
half = TinyLM(Config()).to(torch.bfloat16)
print(sum(p.numel() * p.element_size() for p in half.parameters()))
#> 11424
# --8<-- [end:memory-check]
