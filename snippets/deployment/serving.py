# --8<-- [start:app]
from contextlib import asynccontextmanager
from typing import Annotated

import torch
from fastapi import FastAPI
from pydantic import BaseModel, Field
from torch import nn

models: dict[str, nn.Module] = {}


@asynccontextmanager
async def lifespan(app: FastAPI):
    # fr: exécuté une fois, au démarrage : en vrai, load_state_dict(torch.load(...))
    # en: runs once, at start-up: in practice, load_state_dict(torch.load(...))
    torch.manual_seed(0)
    models["net"] = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3)).eval()
    yield
    models.clear()


Features = Annotated[list[float], Field(min_length=4, max_length=4)]


class Batch(BaseModel):
    inputs: list[Features] = Field(min_length=1, max_length=64)


app = FastAPI(lifespan=lifespan)


@app.post("/predict")
def predict(batch: Batch) -> dict[str, list[int]]:
    with torch.inference_mode():
        logits = models["net"](torch.tensor(batch.inputs))
    return {"classes": logits.argmax(dim=1).tolist()}


# --8<-- [end:app]

# --8<-- [start:client]
from fastapi.testclient import TestClient

with TestClient(app) as client:
    ok = client.post("/predict", json={"inputs": [[0.5, -1, 2, 0], [3, 1, -2, 1]]})
    print(ok.status_code, ok.json())
    #> 200 {'classes': [0, 1]}
    bad = client.post("/predict", json={"inputs": [[0.5, -1]]})
    print(bad.status_code, bad.json()["detail"][0]["msg"])
    #> 422 List should have at least 4 items after validation, not 2
    text = client.post("/predict", json={"inputs": [["a", 1, 2, 3]]})
    print(text.status_code, text.json()["detail"][0]["loc"])
    #> 422 ['body', 'inputs', 0, 0]
# --8<-- [end:client]
