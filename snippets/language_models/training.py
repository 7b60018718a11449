# --8<-- [start:shift]
import torch

pad_id = eos_id = 3
ids = torch.tensor([[2, 41, 53, 88, 5, 3, 3, 3], [2, 41, 80, 78, 25, 71, 36, 3]])
attention_mask = torch.tensor([[1, 1, 1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1]])
inputs = ids[:, :-1]
labels = ids[:, 1:].masked_fill(attention_mask[:, 1:] == 0, -100)
print(inputs[0].tolist())
#> [2, 41, 53, 88, 5, 3, 3]
print(labels[0].tolist())
#> [41, 53, 88, 5, 3, -100, -100]
# fr: masquer par l'identifiant efface aussi le vrai EOS
# en: masking by id also erases the real EOS
print(ids[0, 1:].masked_fill(ids[0, 1:] == pad_id, -100).tolist())
#> [41, 53, 88, 5, -100, -100, -100]
# --8<-- [end:shift]

# --8<-- [start:loss]
import math

import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
vocab_size = 90
bigram = nn.Sequential(nn.Embedding(vocab_size, 16), nn.Linear(16, vocab_size))
logits = bigram(inputs)
loss = F.cross_entropy(logits.reshape(-1, vocab_size), labels.reshape(-1), ignore_index=-100)
print(tuple(logits.shape), (labels != -100).sum().item())
#> (2, 7, 90) 12
print(round(loss.item(), 3), round(loss.exp().item(), 1), round(math.log(vocab_size), 3))
#> 4.573 96.9 4.5
# --8<-- [end:loss]

# --8<-- [start:loss-check]
log_probs = logits.log_softmax(dim=-1)
kept = labels != -100
nll = -log_probs[kept].gather(-1, labels[kept, None]).squeeze(-1)
print(torch.allclose(loss, nll.mean(), rtol=1e-5, atol=1e-6))
#> True
with_padding = F.cross_entropy(logits.reshape(-1, vocab_size), ids[:, 1:].reshape(-1))
print(torch.allclose(loss, with_padding, rtol=1e-5, atol=1e-6))
#> False
# --8<-- [end:loss-check]
