# --8<-- [start:from-scratch]
import torch


def adam_step(p, g, m, v, t, lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, decoupled=False):
    beta1, beta2 = betas
    if decoupled:
        p = p * (1 - lr * weight_decay)
    else:
        g = g + weight_decay * p
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return p - lr * m_hat / (v_hat.sqrt() + eps), m, v


one = torch.ones(1)
first = [adam_step(one, g * one, 0 * one, 0 * one, t=1, lr=0.1)[0] for g in (1e-3, 1.0, 1e3)]
print(" ".join(f"{p.item():.4f}" for p in first))
#> 0.9000 0.9000 0.9000
# --8<-- [end:from-scratch]


# --8<-- [start:check]
torch.manual_seed(0)
X, y = torch.randn(16, 3), torch.randn(16)


def largest_gap(optimizer_class, decoupled, steps=50, lr=0.1, weight_decay=0.1):
    w_torch = torch.ones(3, requires_grad=True)
    opt = optimizer_class([w_torch], lr=lr, weight_decay=weight_decay)
    w, m, v = torch.ones(3), torch.zeros(3), torch.zeros(3)
    gap = 0.0
    for t in range(1, steps + 1):
        opt.zero_grad()
        ((X @ w_torch - y) ** 2).mean().backward()
        opt.step()
        grad = 2 * X.T @ (X @ w - y) / len(y)
        w, m, v = adam_step(w, grad, m, v, t, lr, weight_decay=weight_decay, decoupled=decoupled)
        gap = max(gap, (w - w_torch.detach()).abs().max().item())
    return gap


atol = 1e-6
adam_gap = largest_gap(torch.optim.Adam, decoupled=False)
adamw_gap = largest_gap(torch.optim.AdamW, decoupled=True)
print(f"Adam:  écart max < {atol:.0e} {adam_gap < atol}")  # [fr]
print(f"Adam:  max gap < {atol:.0e} {adam_gap < atol}")  # [en]
print(f"AdamW: écart max < {atol:.0e} {adamw_gap < atol}")  # [fr]
print(f"AdamW: max gap < {atol:.0e} {adamw_gap < atol}")  # [en]
#> Adam:  écart max < 1e-06 True  # [fr]
#> Adam:  max gap < 1e-06 True  # [en]
#> AdamW: écart max < 1e-06 True  # [fr]
#> AdamW: max gap < 1e-06 True  # [en]
# --8<-- [end:check]


# --8<-- [start:decay]
def after_decay_only(optimizer_class, weight_decay, steps=10):
    w = torch.ones(1, requires_grad=True)
    opt = optimizer_class([w], lr=0.1, weight_decay=weight_decay)
    for _ in range(steps):
        w.grad = torch.zeros(1)
        opt.step()
    return w.item()


for wd in (0.01, 0.1):
    adam = after_decay_only(torch.optim.Adam, wd)
    adamw = after_decay_only(torch.optim.AdamW, wd)
    print(f"wd={wd}: Adam {adam:.4f} AdamW {adamw:.4f} (1-lr*wd)^10={(1 - 0.1 * wd) ** 10:.4f}")
#> wd=0.01: Adam 0.0763 AdamW 0.9900 (1-lr*wd)^10=0.9900
#> wd=0.1: Adam 0.0762 AdamW 0.9044 (1-lr*wd)^10=0.9044
# --8<-- [end:decay]
