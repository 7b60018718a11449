from snippets.cnn import glance
from snippets.cnn import receptive_field as rf


def test_gradient_reaches_exactly_the_receptive_field() -> None:
    expected = glance.receptive_field([(3, 1), (2, 2)] * 3)
    assert rf.seen.any(dim=0).sum().item() == expected == 22
    assert rf.seen.any(dim=1).sum().item() == expected
