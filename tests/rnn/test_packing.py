import torch

from snippets.rnn import packing as pk
from tests.tolerances import FLOAT32


def test_pad_sequence_pads_to_the_longest_with_zeros() -> None:
    assert tuple(pk.padded.shape) == (3, 8, 3)
    assert pk.padded[2, 2:].abs().sum().item() == 0.0
    assert pk.padded[0, 5:].abs().sum().item() == 0.0


def test_packed_batch_sizes_count_sequences_still_running_at_each_step() -> None:
    expected = [sum(int(n) > t for n in pk.lengths) for t in range(8)]
    assert pk.packed.batch_sizes.tolist() == expected == [3, 3, 2, 2, 2, 1, 1, 1]


def test_unpacked_output_is_zero_after_each_length() -> None:
    assert tuple(pk.output.shape) == (3, 8, 4)
    assert pk.out_lengths.tolist() == [5, 8, 2]
    for row, length in zip(pk.output, pk.lengths, strict=True):
        assert row[length:].abs().sum().item() == 0.0


def test_final_state_is_taken_at_each_true_last_step_in_original_order() -> None:
    assert torch.allclose(pk.h_n[-1], pk.last_steps, **FLOAT32)


def test_without_packing_padding_changes_the_final_state_of_short_sequences() -> None:
    _, (h_padded, _) = pk.lstm(pk.padded)
    close = [torch.allclose(a, b, **FLOAT32) for a, b in zip(pk.h_n[-1], h_padded[-1], strict=True)]
    assert close == [False, True, False]
