# --8<-- [start:int8]
import copy
import io

import torch
from torch import nn
from torchao.quantization import Int8WeightOnlyConfig, quantize_

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(512, 1024), nn.ReLU(), nn.Linear(1024, 256)).eval()
x = torch.randn(8, 512)


def saved_mib(m: nn.Module) -> float:
    buffer = io.BytesIO()
    torch.save(m.state_dict(), buffer)
    return round(buffer.tell() / 2**20, 2)


int8_model = copy.deepcopy(model)
# fr: remplace sur place les poids de chaque nn.Linear par des int8 et une échelle par ligne
# en: replaces in place each nn.Linear's weights with int8 values and one scale per row
quantize_(int8_model, Int8WeightOnlyConfig())
weight = int8_model[0].weight
print(type(weight).__name__, weight.qdata.dtype, weight.scale.shape)
#> Int8Tensor torch.int8 torch.Size([1024, 1])
print(saved_mib(model), saved_mib(int8_model))
#> 3.01 0.76
# --8<-- [end:int8]

# --8<-- [start:error]
with torch.inference_mode():
    reference, output = model(x), int8_model(x)
error = (output - reference).abs().max().item()
print(round(error, 3), error < 0.01)
#> 0.004 True
# --8<-- [end:error]

# --8<-- [start:dynamic]
from torchao.quantization import Int8DynamicActivationInt8WeightConfig

dynamic_model = copy.deepcopy(model)
quantize_(dynamic_model, Int8DynamicActivationInt8WeightConfig())
with torch.inference_mode():
    dynamic_error = (dynamic_model(x) - reference).abs().max().item()
print(saved_mib(dynamic_model), dynamic_error < 0.02)
#> 0.76 True
# --8<-- [end:dynamic]
