# --8<-- [start:export]
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).eval()
onnx_program = torch.onnx.export(
    model,
    (torch.randn(3, 4),),
    "tiny.onnx",
    input_names=["x"],
    output_names=["logits"],
    dynamic_shapes=({0: "batch"},),
    external_data=False,
    verbose=False,
)
print(type(onnx_program).__name__)
#> ONNXProgram
# --8<-- [end:export]

# --8<-- [start:inspect]
import onnx

proto = onnx.load("tiny.onnx")
onnx.checker.check_model(proto)
print([node.op_type for node in proto.graph.node], proto.opset_import[0].version)
#> ['Gemm', 'Relu', 'Gemm'] 20
# --8<-- [end:inspect]

# --8<-- [start:session]
import numpy as np
import onnxruntime as ort

session = ort.InferenceSession("tiny.onnx", providers=["CPUExecutionProvider"])
print([(i.name, i.shape, i.type) for i in session.get_inputs()])
#> [('x', ['batch', 4], 'tensor(float)')]
batch = np.random.default_rng(0).standard_normal((5, 4), dtype=np.float32)
(logits,) = session.run(["logits"], {"x": batch})
print(logits.shape, logits.dtype)
#> (5, 2) float32
# --8<-- [end:session]

# --8<-- [start:check]
with torch.no_grad():
    expected = model(torch.from_numpy(batch)).numpy()
print(np.allclose(logits, expected, rtol=1e-5, atol=1e-6))
#> True
# --8<-- [end:check]
