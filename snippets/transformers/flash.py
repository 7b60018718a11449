# --8<-- [start:call]
import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

torch.manual_seed(0)
q, k, v = torch.randn(3, 2, 8, 128, 64).unbind(0)
out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
# fr: forcer l'implémentation de référence (C++, « math »)
# en: force the reference implementation (C++, "math")
with sdpa_kernel(SDPBackend.MATH):
    by_math = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(tuple(out.shape), torch.allclose(out, by_math, atol=1e-5))
#> (2, 8, 128, 64) True
# --8<-- [end:call]

# --8<-- [start:no-backend]
try:
    with sdpa_kernel(SDPBackend.EFFICIENT_ATTENTION):
        F.scaled_dot_product_attention(q, k, v, is_causal=True)
except RuntimeError as error:
    print(str(error).split(".")[0])
#> No viable backend for scaled_dot_product_attention was found
# --8<-- [end:no-backend]

if torch.cuda.is_available():
    # --8<-- [start:gpu]
    q, k, v = torch.randn(3, 2, 8, 1024, 64, device="cuda", dtype=torch.bfloat16).unbind(0)
    with sdpa_kernel(SDPBackend.FLASH_ATTENTION):
        out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    print(out.dtype, tuple(out.shape))
    #> torch.bfloat16 (2, 8, 1024, 64)
    # --8<-- [end:gpu]
