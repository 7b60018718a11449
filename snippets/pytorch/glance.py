# --8<-- [start:setup]
import torch
from torch import nn

# --8<-- [end:setup]

# --8<-- [start:create]
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
z = torch.zeros(2, 3, dtype=torch.int64)
r = torch.randn(4, 2, generator=torch.Generator().manual_seed(0))
print(x.dtype, z.dtype, r.shape, x.device)
#> torch.float32 torch.int64 torch.Size([4, 2]) cpu
# --8<-- [end:create]

# --8<-- [start:reshape]
t = torch.arange(6)
print(t.view(2, 3).shape, t.reshape(3, -1).shape)
#> torch.Size([2, 3]) torch.Size([3, 2])
# fr: NHWC vers NCHW : lot, canaux, hauteur, largeur
# en: NHWC to NCHW: batch, channels, height, width
img = torch.zeros(8, 32, 32, 3)
print(img.permute(0, 3, 1, 2).shape)
#> torch.Size([8, 3, 32, 32])
# --8<-- [end:reshape]

# --8<-- [start:squeeze]
m = torch.zeros(3, 4)
print(m.unsqueeze(0).shape, m.unsqueeze(0).squeeze(0).shape)
#> torch.Size([1, 3, 4]) torch.Size([3, 4])
print(m.transpose(0, 1).shape)
#> torch.Size([4, 3])
# --8<-- [end:squeeze]

# --8<-- [start:cat-stack]
a, b = torch.zeros(2, 3), torch.ones(2, 3)
print(torch.cat([a, b]).shape, torch.cat([a, b], dim=1).shape)
#> torch.Size([4, 3]) torch.Size([2, 6])
print(torch.stack([a, b]).shape)
#> torch.Size([2, 2, 3])
# --8<-- [end:cat-stack]

# --8<-- [start:device]
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
inputs = torch.ones(2, 3, device=device)
model = nn.Linear(3, 1).to(device)
print(model(inputs).shape)
#> torch.Size([2, 1])
# --8<-- [end:device]

# --8<-- [start:autograd]
w = torch.tensor(3.0, requires_grad=True)
loss = w**2 + 2 * w
loss.backward()
print(w.grad.item())
#> 8.0
# --8<-- [end:autograd]


# --8<-- [start:module]
class MLP(nn.Module):
    def __init__(self, d_in: int, d_out: int) -> None:
        super().__init__()
        self.hidden = nn.Linear(d_in, 16)
        self.out = nn.Linear(16, d_out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(torch.relu(self.hidden(x)))


print(MLP(4, 3)(torch.randn(5, 4)).shape)
#> torch.Size([5, 3])
# --8<-- [end:module]

# --8<-- [start:sequential]
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
print(model(torch.randn(5, 4)).shape, len(model))
#> torch.Size([5, 3]) 3
print(model[0])
#> Linear(in_features=4, out_features=16, bias=True)
# --8<-- [end:sequential]

# --8<-- [start:count]
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
print(sum(p.numel() for p in model.parameters()))
#> 131
# fr: gèle la première couche
# en: freeze the first layer
model[0].requires_grad_(False)
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
#> 51
# --8<-- [end:count]

# --8<-- [start:dataloader]
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.randn(10, 4), torch.arange(10))
loader = DataLoader(ds, batch_size=4, shuffle=True)
xb, yb = next(iter(loader))
print(xb.shape, yb.shape, len(loader))
#> torch.Size([4, 4]) torch.Size([4]) 3
# --8<-- [end:dataloader]

# --8<-- [start:loop]
torch.manual_seed(0)
X, y = torch.randn(64, 4), torch.randint(0, 3, (64,))
model = nn.Linear(4, 3)
opt = torch.optim.AdamW(model.parameters(), lr=0.1)
loss_fn = nn.CrossEntropyLoss()
for _ in range(20):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
print(f"{loss.item():.2f}")
#> 1.04
# --8<-- [end:loop]

# --8<-- [start:item]
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
w = torch.tensor(2.0, device=device, requires_grad=True)
total = torch.zeros((), device=device)
for step in range(3):
    loss = (w * step) ** 2
    # fr: pas de .item() ici : le CPU attendrait le GPU à chaque pas
    # en: no .item() here: the CPU would wait for the GPU at every step
    total += loss.detach()
print(total.item())
#> 20.0
# --8<-- [end:item]

# --8<-- [start:eval]
model = nn.Sequential(nn.Linear(4, 3), nn.Dropout(0.5))
model.eval()
with torch.inference_mode():
    preds = model(torch.randn(5, 4)).argmax(dim=1)
print(preds.shape, preds.requires_grad)
#> torch.Size([5]) False
# --8<-- [end:eval]

# --8<-- [start:save]
model = nn.Linear(4, 3)
torch.save(model.state_dict(), "model.pt")
print(model.load_state_dict(torch.load("model.pt")))
#> <All keys matched successfully>
# --8<-- [end:save]
