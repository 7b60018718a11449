# --8<-- [start:rnn]
import torch
from torch import nn

torch.manual_seed(0)
batch, seq_len, input_size, hidden_size, num_layers = 4, 6, 10, 16, 2
rnn = nn.RNN(input_size, hidden_size, num_layers=num_layers, batch_first=True, dropout=0.2)
x = torch.randn(batch, seq_len, input_size)
h0 = torch.zeros(num_layers, batch, hidden_size)
output, h_n = rnn(x, h0)
print(tuple(output.shape), tuple(h_n.shape))
#> (4, 6, 16) (2, 4, 16)
# --8<-- [end:rnn]

# --8<-- [start:rnn-check]
print(torch.equal(output[:, -1], h_n[-1]))
#> True
# --8<-- [end:rnn-check]

# --8<-- [start:by-hand]
cell = nn.RNN(input_size, hidden_size, batch_first=True)
h = torch.zeros(batch, hidden_size)
steps = []
for t in range(seq_len):
    h = torch.tanh(
        x[:, t] @ cell.weight_ih_l0.T + cell.bias_ih_l0 + h @ cell.weight_hh_l0.T + cell.bias_hh_l0
    )
    steps.append(h)
print(torch.allclose(torch.stack(steps, dim=1), cell(x)[0], atol=1e-6))
#> True
# --8<-- [end:by-hand]

# --8<-- [start:lstm]
lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers, batch_first=True, bidirectional=True)
output, (h_n, c_n) = lstm(x)
print(tuple(output.shape), tuple(h_n.shape), tuple(c_n.shape))
#> (4, 6, 32) (4, 4, 16) (4, 4, 16)
# --8<-- [end:lstm]

# --8<-- [start:bidirectional]
forward_last, backward_last = h_n[-2], h_n[-1]
sentence_vector = torch.cat([forward_last, backward_last], dim=1)
print(tuple(sentence_vector.shape))
#> (4, 32)
# --8<-- [end:bidirectional]

# --8<-- [start:bidirectional-check]
print(
    torch.equal(forward_last, output[:, -1, :hidden_size]),
    torch.equal(backward_last, output[:, 0, hidden_size:]),
)
#> True True
# --8<-- [end:bidirectional-check]

# --8<-- [start:gru]
gru = nn.GRU(input_size, hidden_size, num_layers=num_layers, batch_first=True)
output, h_n = gru(x)
print(tuple(output.shape), tuple(h_n.shape))
#> (4, 6, 16) (2, 4, 16)
# --8<-- [end:gru]
