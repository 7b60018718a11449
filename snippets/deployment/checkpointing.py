# --8<-- [start:checkpoint]
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
block = nn.Sequential(nn.Linear(64, 512), nn.GELU(), nn.Linear(512, 64))
x = torch.randn(32, 64)

block(x).pow(2).mean().backward()
plain = [p.grad.clone() for p in block.parameters()]
block.zero_grad()
# fr: les activations internes du bloc ne sont pas gardées : backward les recalcule
# en: the block's inner activations are not kept: backward recomputes them
checkpoint(block, x, use_reentrant=False).pow(2).mean().backward()
grads = [p.grad for p in block.parameters()]
print(all(map(torch.equal, plain, grads)))
#> True
# --8<-- [end:checkpoint]
