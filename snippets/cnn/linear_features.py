# --8<-- [start:three-ways]
import torch
from torch import nn

features = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, kernel_size=3),
    nn.ReLU(),
    nn.MaxPool2d(2),
)
# fr: par la formule : côté de la dernière carte, puis canaux * côté * côté
# en: by the formula: side of the last map, then channels * side * side
side = (32 // 2 - 3 + 1) // 2
print(side, 32 * side * side)
#> 7 1568
# fr: avec une entrée factice, en lisant .shape
# en: with a dummy input, reading .shape
with torch.no_grad():
    print(tuple(features(torch.zeros(1, 3, 32, 32)).shape))
#> (1, 32, 7, 7)
# fr: LazyLinear déduit in_features au premier appel
# en: LazyLinear infers in_features on the first call
model = nn.Sequential(features, nn.Flatten(), nn.LazyLinear(10))
print(tuple(model(torch.zeros(4, 3, 32, 32)).shape), model[2].in_features)
#> (4, 10) 1568
# --8<-- [end:three-ways]
