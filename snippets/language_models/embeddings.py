# --8<-- [start:padding-idx]
import torch
from torch import nn

torch.manual_seed(0)
embedding = nn.Embedding(num_embeddings=10, embedding_dim=4, padding_idx=0)
ids = torch.tensor([[5, 3, 0, 0], [7, 7, 2, 0]])
vectors = embedding(ids)
print(tuple(vectors.shape), embedding.weight[0].tolist())
#> (2, 4, 4) [0.0, 0.0, 0.0, 0.0]
vectors.sum().backward()
print(embedding.weight.grad[0].tolist(), embedding.weight.grad[7].tolist())
#> [0.0, 0.0, 0.0, 0.0] [2.0, 2.0, 2.0, 2.0]
# --8<-- [end:padding-idx]

# --8<-- [start:tied]
head = nn.Linear(4, 10, bias=False)
head.weight = embedding.weight
print(head.weight is embedding.weight)
#> True
model = nn.ModuleDict({"embed": embedding, "head": head})
print(sum(p.numel() for p in model.parameters()), head.weight.numel() * 2)
#> 40 80
# --8<-- [end:tied]

# --8<-- [start:cosine]
import torch.nn.functional as F

words = ["chat", "chien", "voiture"]  # [fr]
words = ["cat", "dog", "car"]  # [en]
table = torch.tensor([[0.9, 0.8, 0.1], [0.8, 0.9, 0.2], [0.1, 0.2, 0.9]])
lookup = nn.Embedding.from_pretrained(table)
cat, dog, car = lookup(torch.tensor([0, 1, 2]))
print(words[1], round(F.cosine_similarity(cat, dog, dim=0).item(), 3))
#> chien 0.99  # [fr]
#> dog 0.99  # [en]
print(words[2], round(F.cosine_similarity(cat, car, dim=0).item(), 3))
#> voiture 0.303  # [fr]
#> car 0.303  # [en]
unit = F.normalize(lookup.weight, dim=1)
print([round(c, 3) for c in (unit @ unit.T)[0].tolist()], lookup.weight.requires_grad)
#> [1.0, 0.99, 0.303] False
# --8<-- [end:cosine]
