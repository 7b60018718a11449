"""The tolerances of the tests' float comparisons, stated once, with why.

The same float computation gives results that differ in their last bits from one x86-64 CPU to
another: BLAS and reductions sum in an order set by the SIMD width (AVX2, AVX-512, AMX), the
number of threads and the library build. A test that compares two computations of the same
value (by hand versus library, two algorithms) must allow for that; a default tolerance hides
it, and `atol=1e-8` fails float32 results near zero (seen: `torch.bmm` versus `@`, 4.8e-7).
Exact `==` stays for what is exact by construction: masked zeros, small integers, copies.
"""

# float32 (torch's default): eps 1.2e-7; a few dozen operations drift by ~1e-6 near zero.
FLOAT32 = {"rtol": 1e-5, "atol": 1e-6}
# float64 (NumPy's default): eps 2.2e-16; different summation orders drift by ~1e-13.
FLOAT64 = {"rtol": 1e-9, "atol": 1e-11}
# The same tolerances, spelt as pytest.approx takes them.
APPROX32 = {"rel": FLOAT32["rtol"], "abs": FLOAT32["atol"]}
APPROX64 = {"rel": FLOAT64["rtol"], "abs": FLOAT64["atol"]}
