# --8<-- [start:compile]
import torch


def gelu_tanh(x: torch.Tensor) -> torch.Tensor:
    return 0.5 * x * (1 + torch.tanh(0.7978845608 * (x + 0.044715 * x**3)))


fast_gelu = torch.compile(gelu_tanh)
x = torch.randn(10_000, generator=torch.Generator().manual_seed(0))
# fr: premier appel : trace puis compile (quelques secondes)
# en: first call: traces then compiles (a few seconds)
y = fast_gelu(x)
print(y.shape, y.dtype)
#> torch.Size([10000]) torch.float32
# --8<-- [end:compile]

# --8<-- [start:compile-check]
eager = gelu_tanh(x)
print(torch.allclose(y, eager, rtol=1e-5, atol=1e-6))
#> True
print(torch.allclose(y, torch.nn.functional.gelu(x, approximate="tanh"), rtol=1e-5, atol=1e-6))
#> True
# --8<-- [end:compile-check]

# --8<-- [start:recompile]
# fr: nouvelle taille : une recompilation, avec une taille symbolique
# en: new size: one recompilation, with a symbolic size
fast_gelu(torch.randn(500))
torch.compiler.set_stance("fail_on_recompile")
# fr: autre taille : le code à taille symbolique est réutilisé, sans recompilation
# en: another size: the symbolic-size code is reused, no recompilation
print(fast_gelu(torch.randn(300)).shape)
#> torch.Size([300])
try:
    fast_gelu(torch.randn(300, dtype=torch.float64))
except RuntimeError as error:
    print(type(error).__name__, "dtype mismatch" in str(error))
    #> RuntimeError True
torch.compiler.set_stance("default")
# --8<-- [end:recompile]
