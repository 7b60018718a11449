# --8<-- [start:list]
squares = [x**2 for x in range(10) if x % 2 == 0]
print(squares)
#> [0, 4, 16, 36, 64]
# --8<-- [end:list]

# --8<-- [start:dict]
import torch

torch.manual_seed(0)
weights = {f"layer_{i}": torch.randn(10) for i in range(3)}
norms = {name: round(w.norm().item(), 2) for name, w in weights.items()}
print(norms)
#> {'layer_0': 3.49, 'layer_1': 2.65, 'layer_2': 2.86}
# --8<-- [end:dict]

# --8<-- [start:set]
dataset = [[0, 1, 1], [2, 1, 0], [3, 3, 2]]
unique_labels = {label for batch in dataset for label in batch}
print(sorted(unique_labels))
#> [0, 1, 2, 3]
# --8<-- [end:set]

# --8<-- [start:nested]
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix)
#> [[0, 0, 0, 0], [0, 1, 2, 3], [0, 2, 4, 6]]
flat = [value for row in matrix for value in row if value]
print(flat)
#> [1, 2, 3, 2, 4, 6]
# --8<-- [end:nested]
