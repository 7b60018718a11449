import numpy as np

# --8<-- [start:reshape]
x = np.arange(12)
print(x.reshape(3, 4).shape, x.reshape(-1, 2).shape)
#> (3, 4) (6, 2)
# --8<-- [end:reshape]

# --8<-- [start:transpose]
m = x.reshape(3, 4)
cube = x.reshape(2, 3, 2)
print(m.T.shape, cube.swapaxes(0, 1).shape, cube.transpose(2, 0, 1).shape)
#> (4, 3) (3, 2, 2) (2, 2, 3)
# --8<-- [end:transpose]

# --8<-- [start:flatten]
flat = m.flatten()
view = m.ravel()
# fr: ravel renvoie une vue quand c'est possible : modifier la vue modifie m
# en: ravel returns a view when it can: writing to it writes to m
view[0] = 100
print(flat[0], m[0, 0], np.shares_memory(view, m), np.shares_memory(flat, m))
#> 0 100 True False
# --8<-- [end:flatten]

# --8<-- [start:new-axis]
v = np.arange(12)
print(v[np.newaxis, :].shape, v[:, None].shape, np.expand_dims(v, axis=0).shape)
#> (1, 12) (12, 1) (1, 12)
# --8<-- [end:new-axis]

# --8<-- [start:vector-vs-column]
y = np.array([1.0, 2.0, 3.0])
y_pred = y.reshape(3, 1)
# fr: aucune erreur : la diffusion fait un tableau carré
# en: no error: broadcasting makes a square table
print(y.shape, y_pred.shape, (y - y_pred).shape)
#> (3,) (3, 1) (3, 3)
print((y - y_pred.ravel()).shape, (y[:, None] - y_pred).shape)
#> (3,) (3, 1)
# --8<-- [end:vector-vs-column]
