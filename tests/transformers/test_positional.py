import math

import pytest
import torch

from snippets.transformers import positional as po


@pytest.mark.parametrize("d_model", [1, 2, 7, 8, 15, 16, 33])
def test_any_width_works_and_matches_the_formula(d_model: int) -> None:
    pe = po.sinusoidal_encoding(20, d_model)
    assert tuple(pe.shape) == (20, d_model)
    for pos in (0, 3, 19):
        for j in range(d_model):
            i = j // 2
            angle = pos / 10000 ** (2 * i / d_model)
            expected = math.sin(angle) if j % 2 == 0 else math.cos(angle)
            assert pe[pos, j].item() == pytest.approx(expected, abs=1e-5)


def test_the_usual_recipe_breaks_on_an_odd_width() -> None:
    d_model = 7
    position = torch.arange(10.0)[:, None]
    div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
    pe = torch.zeros(10, d_model)
    pe[:, 0::2] = torch.sin(position * div_term)
    with pytest.raises(RuntimeError):
        pe[:, 1::2] = torch.cos(position * div_term)


def test_position_zero_alternates_zero_and_one() -> None:
    assert po.sinusoidal_encoding(1, 7)[0].tolist() == [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0]


def test_dot_product_depends_only_on_the_offset() -> None:
    pe = po.sinusoidal_encoding(50, 16)
    assert torch.isclose(pe[10] @ pe[13], pe[30] @ pe[33], atol=1e-5)
    assert torch.isclose(pe[0] @ pe[7], pe[40] @ pe[47], atol=1e-5)
    assert f"{pe[10] @ pe[13]:.4f}" == "5.5431"


def test_module_adds_a_buffer_that_is_neither_parameter_nor_saved() -> None:
    assert tuple(po.encoding(po.tokens).shape) == (2, 10, 16)
    assert list(po.encoding.parameters()) == []
    assert "pe" not in po.encoding.state_dict()
    assert torch.equal(po.encoding(torch.zeros(1, 4, 16))[0], po.sinusoidal_encoding(4, 16))
