# --8<-- [start:no-grad]
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 2)
inputs = torch.randn(3, 4)
with torch.no_grad():
    out = layer(inputs)
print(out.requires_grad, layer.weight.requires_grad)
#> False True
with torch.inference_mode():
    out_inference = layer(inputs)
print(out_inference.requires_grad, torch.is_inference(out_inference))
#> False True
try:
    nn.Linear(2, 1)(out_inference).sum().backward()
except RuntimeError as error:
    print(str(error).split(".")[0])
#> Inference tensors cannot be saved for backward
# --8<-- [end:no-grad]


# --8<-- [start:decorator]
@torch.inference_mode()
def predict(model: nn.Module, batch: torch.Tensor) -> torch.Tensor:
    return model(batch).argmax(dim=1)


print(predict(layer, inputs).shape)
#> torch.Size([3])
# --8<-- [end:decorator]
