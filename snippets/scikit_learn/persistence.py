# --8<-- [start:skops]
import tempfile
from pathlib import Path

import skops.io as sio
from sklearn.datasets import load_wine
from sklearn.ensemble import RandomForestClassifier
from skops.io.exceptions import UntrustedTypesFoundException

X, y = load_wine(return_X_y=True)
model = RandomForestClassifier(n_estimators=20, random_state=0).fit(X, y)
folder = Path(tempfile.mkdtemp())
sio.dump(model, folder / "forest.skops")
unknown = sio.get_untrusted_types(file=folder / "forest.skops")
print(unknown)
try:
    sio.load(folder / "forest.skops")
except UntrustedTypesFoundException:
    print("refused")
# fr: après avoir relu la liste, on nomme les types auxquels on fait confiance
# en: after reviewing the list, name the types you trust
loaded = sio.load(folder / "forest.skops", trusted=["sklearn.tree._tree.Tree"])
print((loaded.predict(X) == model.predict(X)).all())
#> ['sklearn.tree._tree.Tree']
#> refused
#> True
# --8<-- [end:skops]

# --8<-- [start:joblib]
import joblib

joblib.dump(model, folder / "forest.joblib")
restored = joblib.load(folder / "forest.joblib")
print((restored.predict(X) == model.predict(X)).all())
#> True
# --8<-- [end:joblib]

# --8<-- [start:pickle-runs-code]
import pickle


class Payload:
    # fr: pickle appelle ce que renvoie cette méthode : n'importe quelle fonction
    # en: pickle calls whatever this method returns: any function at all
    def __reduce__(self):
        return print, ("this code ran while loading",)


data = pickle.dumps(Payload())
result = pickle.loads(data)
#> this code ran while loading
# --8<-- [end:pickle-runs-code]
