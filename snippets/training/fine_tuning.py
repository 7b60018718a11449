# --8<-- [start:pretrained]
import torch
from torch import nn


def make_backbone() -> nn.Sequential:
    return nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU())


class Net(nn.Module):
    def __init__(self, n_classes: int) -> None:
        super().__init__()
        self.backbone = make_backbone()
        self.head = nn.Linear(32, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.backbone(x))


torch.manual_seed(0)
torch.save(Net(n_classes=10).state_dict(), "pretrained.pt")
# --8<-- [end:pretrained]

# --8<-- [start:new-head]
state = torch.load("pretrained.pt")
model = Net(n_classes=10)
model.load_state_dict(state)
model.head = nn.Linear(model.head.in_features, 3)
generator = torch.Generator().manual_seed(0)
X, y = torch.randn(64, 16, generator=generator), torch.randint(0, 3, (64,), generator=generator)
print(model(X).shape)
#> torch.Size([64, 3])
# --8<-- [end:new-head]

# --8<-- [start:freeze]
model.backbone.requires_grad_(False)
print([name for name, p in model.named_parameters() if p.requires_grad])
#> ['head.weight', 'head.bias']
optimizer = torch.optim.AdamW((p for p in model.parameters() if p.requires_grad), lr=1e-3)
for _ in range(5):
    optimizer.zero_grad()
    nn.functional.cross_entropy(model(X), y).backward()
    optimizer.step()
# --8<-- [end:freeze]

# --8<-- [start:freeze-check]
unchanged = torch.equal(model.backbone[0].weight, state["backbone.0.weight"])
print(unchanged, model.backbone[0].weight.grad is None)
#> True True
# --8<-- [end:freeze-check]

# --8<-- [start:param-groups]
model.backbone.requires_grad_(True)
optimizer = torch.optim.AdamW(
    [
        {"params": model.backbone.parameters(), "lr": 1e-4},
        {"params": model.head.parameters()},
    ],
    lr=1e-3,
    weight_decay=0.01,
)
print([group["lr"] for group in optimizer.param_groups])
#> [0.0001, 0.001]
# --8<-- [end:param-groups]


# --8<-- [start:strict]
class Classifier(nn.Module):
    def __init__(self, n_classes: int) -> None:
        super().__init__()
        self.backbone = make_backbone()
        self.classifier = nn.Linear(32, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.backbone(x))


renamed = Classifier(n_classes=3)
result = renamed.load_state_dict(state, strict=False)
print(result.missing_keys)
#> ['classifier.weight', 'classifier.bias']
print(result.unexpected_keys)
#> ['head.weight', 'head.bias']
try:
    Net(n_classes=3).load_state_dict(state, strict=False)
except RuntimeError as error:
    print("size mismatch" in str(error))
#> True
# --8<-- [end:strict]


def real_weights() -> None:
    # --8<-- [start:hub]
    import timm
    from torchvision.models import ResNet50_Weights, resnet50
    from transformers import AutoModelForSequenceClassification

    resnet = resnet50(weights=ResNet50_Weights.DEFAULT)
    resnet.fc = nn.Linear(resnet.fc.in_features, 3)
    vit = timm.create_model("vit_small_patch16_224", pretrained=True, num_classes=3)
    bert = AutoModelForSequenceClassification.from_pretrained(
        "google-bert/bert-base-uncased", num_labels=3
    )
    # --8<-- [end:hub]
    print(resnet, vit, bert)
