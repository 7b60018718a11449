import torch

from snippets.cnn import linear_features as lf


def test_formula_dummy_input_and_lazy_linear_agree() -> None:
    with torch.no_grad():
        measured = lf.features(torch.zeros(1, 3, 32, 32)).flatten(1).shape[1]
    assert 32 * lf.side * lf.side == measured == lf.model[2].in_features == 1568


def test_lazy_linear_became_an_ordinary_linear() -> None:
    assert type(lf.model[2]) is torch.nn.Linear
    assert lf.model[2].weight.shape == (10, 1568)
