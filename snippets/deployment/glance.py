# --8<-- [start:compile]
import torch
from torch import nn

model = nn.Sequential(nn.Linear(8, 32), nn.GELU(), nn.Linear(32, 1))
compiled = torch.compile(model)
x = torch.randn(16, 8)
print(torch.allclose(compiled(x), model(x), rtol=1e-5, atol=1e-6))
#> True
# --8<-- [end:compile]

# --8<-- [start:tf32]
import torch

# fr: ancienne forme : torch.backends.cuda.matmul.allow_tf32 = True
# en: older form: torch.backends.cuda.matmul.allow_tf32 = True
torch.backends.cuda.matmul.fp32_precision = "tf32"
torch.backends.cudnn.conv.fp32_precision = "tf32"
print(torch.backends.cuda.matmul.fp32_precision)
#> tf32
# fr: retour au float32 complet pour les produits matriciels
# en: back to full float32 for matrix products
torch.backends.cuda.matmul.fp32_precision = "ieee"
# --8<-- [end:tf32]

# --8<-- [start:export]
import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 2), nn.ReLU()).eval()
ep = torch.export.export(model, (torch.randn(3, 4),))
print(type(ep).__name__, ep.module()(torch.randn(3, 4)).shape)
#> ExportedProgram torch.Size([3, 2])
# --8<-- [end:export]

# --8<-- [start:export-save]
torch.export.save(ep, "model.pt2")
loaded = torch.export.load("model.pt2")
print(loaded.module()(torch.randn(3, 4)).shape)
#> torch.Size([3, 2])
# --8<-- [end:export-save]

# --8<-- [start:onnx]
import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 2), nn.ReLU()).eval()
args = (torch.randn(3, 4),)
torch.onnx.export(model, args, "model.onnx", input_names=["x"], verbose=False)
# --8<-- [end:onnx]

# --8<-- [start:onnxruntime]
import numpy as np
import onnxruntime as ort

session = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
(out,) = session.run(None, {"x": np.ones((3, 4), dtype=np.float32)})
print(out.shape)
#> (3, 2)
# --8<-- [end:onnxruntime]

# --8<-- [start:sampler]
import torch
from torch.utils.data import DistributedSampler, TensorDataset

dataset = TensorDataset(torch.arange(10))
# fr: sans torchrun, on donne num_replicas et rank à la main
# en: without torchrun, num_replicas and rank are given by hand
sampler = DistributedSampler(dataset, num_replicas=2, rank=1, shuffle=False)
print(list(sampler))
#> [1, 3, 5, 7, 9]
# --8<-- [end:sampler]
