import numpy as np

# --8<-- [start:indexing-errors]
a = np.arange(10)
try:
    a[10]
except IndexError as error:
    print(error)
#> index 10 is out of bounds for axis 0 with size 10
try:
    a[0, 1]
except IndexError as error:
    print(error)
#> too many indices for array: array is 1-dimensional, but 2 were indexed
print(a[-1], a.reshape(2, 5)[0, 1])
#> 9 1
# --8<-- [end:indexing-errors]

# --8<-- [start:removed-aliases]
try:
    np.zeros(3, dtype=np.float)
except AttributeError as error:
    print(str(error).splitlines()[0])
#> module 'numpy' has no attribute 'float'.
print(np.array([1, 2], dtype=float).dtype, np.float64(1.5))
#> float64 1.5
# --8<-- [end:removed-aliases]

# --8<-- [start:print-all]
import sys

big = np.arange(2000)
print(big)
#> [   0    1    2 ... 1997 1998 1999]
with np.printoptions(threshold=sys.maxsize):
    shown = str(big)
print("..." in str(big), "..." in shown)
#> True False
# --8<-- [end:print-all]
