# --8<-- [start:model]
import torch
from torch import nn


class TinyNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.out = nn.Linear(8, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(torch.relu(self.hidden(x)))


torch.manual_seed(0)
model = TinyNet().eval()
x = torch.randn(3, 4)
# --8<-- [end:model]

# --8<-- [start:export]
ep = torch.export.export(model, (x,))
print(type(ep).__name__)
#> ExportedProgram
print(ep.graph_signature.user_inputs, ep.graph_signature.parameters)
#> ('x',) ('hidden.weight', 'hidden.bias', 'out.weight', 'out.bias')
print([str(node.target) for node in ep.graph.nodes if node.op == "call_function"])
#> ['aten.linear.default', 'aten.relu.default', 'aten.linear.default']
# --8<-- [end:export]

# --8<-- [start:run]
exported = ep.module()
with torch.no_grad():
    print(exported(x).shape, torch.allclose(exported(x), model(x), rtol=1e-5, atol=1e-6))
#> torch.Size([3, 2]) True
# --8<-- [end:run]

# --8<-- [start:static]
try:
    exported(torch.randn(5, 4))
except AssertionError as error:
    print(str(error).splitlines()[0])
    #> Guard failed: x.size()[0] == 3
# --8<-- [end:static]

# --8<-- [start:dynamic]
batch = torch.export.Dim("batch", min=1, max=1024)
ep = torch.export.export(model, (x,), dynamic_shapes={"x": {0: batch}})
print(ep.module()(torch.randn(5, 4)).shape)
#> torch.Size([5, 2])
# --8<-- [end:dynamic]

# --8<-- [start:save]
torch.export.save(ep, "tiny.pt2")
loaded = torch.export.load("tiny.pt2")
batch_of_seven = torch.randn(7, 4)
print(torch.equal(loaded.module()(batch_of_seven), ep.module()(batch_of_seven)))
#> True
# --8<-- [end:save]
