# --8<-- [start:save]
import tempfile
from pathlib import Path

import torch
from torch import nn

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")


def make_model() -> nn.Module:
    return nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 2)).to(device)


torch.manual_seed(0)
model = make_model()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
model(torch.randn(8, 2, device=device)).pow(2).mean().backward()
optimizer.step()
folder = tempfile.TemporaryDirectory()
path = Path(folder.name) / "checkpoint.pt"
state = {"epoch": 10, "model": model.state_dict(), "optimizer": optimizer.state_dict()}
torch.save(state, path)
# --8<-- [end:save]

# --8<-- [start:load]
checkpoint = torch.load(path, map_location=device)
restored = make_model()
restored.load_state_dict(checkpoint["model"])
restored_optimizer = torch.optim.AdamW(restored.parameters(), lr=1e-2)
restored_optimizer.load_state_dict(checkpoint["optimizer"])
restored.eval()
batch = torch.randn(4, 2, device=device)
with torch.no_grad():
    print(checkpoint["epoch"], torch.allclose(restored(batch), model(batch)))
#> 10 True
print(restored_optimizer.state_dict()["state"][0]["step"].item())
#> 1.0
folder.cleanup()
# --8<-- [end:load]

# --8<-- [start:whole-model]
import pickle

with tempfile.TemporaryDirectory() as tmp:
    whole = Path(tmp) / "whole.pt"
    # fr: tout l'objet, picklé : sa classe doit être importable au chargement
    # en: the whole object, pickled: its class must be importable when loading
    torch.save(model, whole)
    try:
        torch.load(whole)
    except pickle.UnpicklingError as error:
        print(type(error).__name__, str(error).split(".")[0])
    #> UnpicklingError Weights only load failed
    # fr: seulement pour un fichier de confiance : le dépicklage peut exécuter du code
    # en: only for a file you trust: unpickling can run code
    loaded = torch.load(whole, weights_only=False)
    print(type(loaded).__name__)
    #> Sequential
# --8<-- [end:whole-model]
