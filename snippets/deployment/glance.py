# --8<-- [start:setup]
import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.GELU(), nn.Linear(8, 2)).eval()
x = torch.randn(3, 4)
# --8<-- [end:setup]

# --8<-- [start:compile]
compiled = torch.compile(model)
print(compiled(x).shape)
#> torch.Size([3, 2])
# --8<-- [end:compile]

# --8<-- [start:tf32]
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
ep = torch.export.export(model, (x,))
print(type(ep).__name__, ep.module()(x).shape)
#> ExportedProgram torch.Size([3, 2])
# --8<-- [end:export]

# --8<-- [start:export-save]
torch.export.save(torch.export.export(model, (x,)), "model.pt2")
loaded = torch.export.load("model.pt2")
print(loaded.module()(x).shape)
#> torch.Size([3, 2])
# --8<-- [end:export-save]

# --8<-- [start:onnx]
# fr: l'entrée s'appelle comme l'argument de forward : "input" pour nn.Sequential
# en: the input is named after the argument of forward: "input" for nn.Sequential
torch.onnx.export(model, (x,), "model.onnx", verbose=False)
# --8<-- [end:onnx]

# --8<-- [start:onnxruntime]
import onnxruntime as ort

torch.onnx.export(model, (x,), "model.onnx", verbose=False)
session = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
(out,) = session.run(None, {"input": x.numpy()})
print(out.shape)
#> (3, 2)
# --8<-- [end:onnxruntime]

# --8<-- [start:sampler]
from torch.utils.data import DistributedSampler, TensorDataset

dataset = TensorDataset(torch.arange(10))
# fr: sans torchrun, on donne num_replicas et rank à la main
# en: without torchrun, num_replicas and rank are given by hand
sampler = DistributedSampler(dataset, num_replicas=2, rank=1, shuffle=False)
print(list(sampler))
#> [1, 3, 5, 7, 9]
# --8<-- [end:sampler]

# --8<-- [start:profile]
from torch.profiler import ProfilerActivity, profile

with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
    model(x)
calls = {e.key: e.count for e in prof.key_averages()}
print(calls["aten::linear"], calls["aten::gelu"])
#> 2 1
# --8<-- [end:profile]

# --8<-- [start:timer]
from torch.utils import benchmark

timer = benchmark.Timer(stmt="model(x)", globals={"model": model, "x": x})
m = timer.blocked_autorange(min_run_time=0.2)
print(m.task_spec.num_threads, m.median < 1)
#> 1 True
# --8<-- [end:timer]

# --8<-- [start:quantise]
import copy

from torchao.quantization import Int8WeightOnlyConfig, quantize_

int8_model = copy.deepcopy(model)
quantize_(int8_model, Int8WeightOnlyConfig())
print(int8_model[0].weight.qdata.dtype, int8_model(x).shape)
#> torch.int8 torch.Size([3, 2])
# --8<-- [end:quantise]
