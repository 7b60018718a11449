# --8<-- [start:pad]
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
sequences = [torch.randn(5, 3), torch.randn(8, 3), torch.randn(2, 3)]
lengths = torch.tensor([len(s) for s in sequences])
padded = pad_sequence(sequences, batch_first=True)
print(tuple(padded.shape), lengths.tolist(), padded[2, 2:].abs().sum().item())
#> (3, 8, 3) [5, 8, 2] 0.0
# --8<-- [end:pad]

# --8<-- [start:pack]
lstm = nn.LSTM(input_size=3, hidden_size=4, batch_first=True)
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print(packed.batch_sizes.tolist())
#> [3, 3, 2, 2, 2, 1, 1, 1]
packed_output, (h_n, c_n) = lstm(packed)
output, out_lengths = pad_packed_sequence(packed_output, batch_first=True)
print(tuple(output.shape), out_lengths.tolist(), output[2, 2:].abs().sum().item())
#> (3, 8, 4) [5, 8, 2] 0.0
# --8<-- [end:pack]

# --8<-- [start:last-step]
last_steps = output[torch.arange(len(sequences)), lengths - 1]
print(torch.allclose(h_n[-1], last_steps))
#> True
_, (h_padded, _) = lstm(padded)
print([torch.allclose(a, b) for a, b in zip(h_n[-1], h_padded[-1], strict=True)])
#> [False, True, False]
# --8<-- [end:last-step]
