# --8<-- [start:setup]
import torch
from torch import nn

torch.manual_seed(0)
# fr: un lot de séquences en (lot, pas, variables)
# en: a batch of sequences as (batch, steps, features)
x = torch.randn(4, 6, 10)
# --8<-- [end:setup]

# --8<-- [start:lstm]
lstm = nn.LSTM(input_size=10, hidden_size=16, num_layers=2, batch_first=True)
output, (h_n, c_n) = lstm(x)
print(tuple(output.shape), tuple(h_n.shape), tuple(c_n.shape))
#> (4, 6, 16) (2, 4, 16) (2, 4, 16)
# --8<-- [end:lstm]

# --8<-- [start:gru-rnn]
gru = nn.GRU(10, 16, batch_first=True)
rnn = nn.RNN(10, 16, batch_first=True, nonlinearity="tanh")
gru_out, gru_h = gru(x)
rnn_out, rnn_h = rnn(x)
print(tuple(gru_out.shape), tuple(gru_h.shape), tuple(rnn_h.shape))
#> (4, 6, 16) (1, 4, 16) (1, 4, 16)
# --8<-- [end:gru-rnn]

# --8<-- [start:bidirectional]
bi = nn.LSTM(10, 16, num_layers=2, batch_first=True, bidirectional=True)
bi_out, (bi_h, _) = bi(x)
print(tuple(bi_out.shape), tuple(bi_h.shape))
#> (4, 6, 32) (4, 4, 16)
# --8<-- [end:bidirectional]

# --8<-- [start:last-step]
one = nn.LSTM(10, 16, batch_first=True)
out, (h_n, _) = one(x)
# fr: une couche, un sens : le dernier état est le dernier pas de la sortie
# en: one layer, one direction: the last state is the last step of the output
last = h_n[-1]
print(tuple(last.shape))
#> (4, 16)
# --8<-- [end:last-step]

# --8<-- [start:classifier]
encoder = nn.LSTM(10, 16, num_layers=2, batch_first=True)
head = nn.Linear(16, 3)
_, (h_n, _) = encoder(x)
# fr: état caché final de la dernière couche -> logits
# en: final hidden state of the last layer -> logits
logits = head(h_n[-1])
print(tuple(logits.shape))
#> (4, 3)
# --8<-- [end:classifier]

# --8<-- [start:pad]
from torch.nn.utils.rnn import pad_sequence

seqs = [torch.randn(5, 10), torch.randn(3, 10), torch.randn(2, 10)]
lengths = torch.tensor([len(s) for s in seqs])
padded = pad_sequence(seqs, batch_first=True)
print(tuple(padded.shape), lengths.tolist())
#> (3, 5, 10) [5, 3, 2]
# --8<-- [end:pad]

# --8<-- [start:pack]
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

padded = pad_sequence([torch.randn(5, 10), torch.randn(3, 10)], batch_first=True)
packed = pack_padded_sequence(padded, [5, 3], batch_first=True, enforce_sorted=False)
packed_out, (packed_h, _) = nn.LSTM(10, 16, batch_first=True)(packed)
unpacked, out_lengths = pad_packed_sequence(packed_out, batch_first=True)
print(tuple(unpacked.shape), out_lengths.tolist(), tuple(packed_h.shape))
#> (2, 5, 16) [5, 3] (1, 2, 16)
# --8<-- [end:pack]

# --8<-- [start:params]
i, h = 10, 16
count = sum(p.numel() for p in nn.LSTM(i, h).parameters())
print(count, 4 * (h * (i + h) + 2 * h))
#> 1792 1792
# --8<-- [end:params]

# --8<-- [start:clip]
torch.manual_seed(0)
model = nn.LSTM(10, 16, batch_first=True)
model(x)[0].pow(2).sum().backward()
before = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = nn.utils.get_total_norm([p.grad for p in model.parameters()])
print(round(before.item(), 2), round(after.item(), 2))
#> 11.41 1.0
# --8<-- [end:clip]
