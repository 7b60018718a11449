# --8<-- [start:writer]
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.tensorboard import SummaryWriter

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
xb, yb = torch.randn(64, 20), torch.randint(0, 10, (64,))

writer = SummaryWriter("runs/adam-lr0.01")
writer.add_text("config", "Adam, lr=0.01, batch 64")
for step in range(50):
    optimizer.zero_grad()
    loss = F.cross_entropy(model(xb), yb)
    loss.backward()
    grad_norm = nn.utils.get_total_norm([p.grad for p in model.parameters()])
    optimizer.step()
    writer.add_scalar("loss/train", loss.item(), step)
    writer.add_scalar("grad_norm", grad_norm.item(), step)
writer.close()
# --8<-- [end:writer]

# --8<-- [start:read]
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

events = EventAccumulator("runs/adam-lr0.01").Reload()
print(events.Tags()["scalars"])
#> ['loss/train', 'grad_norm']
logged = events.Scalars("loss/train")
print(len(logged), logged[0].step, logged[-1].step)
#> 50 0 49
print(round(logged[0].value, 2), logged[-1].value < logged[0].value)
#> 2.31 True
# --8<-- [end:read]
