import math

from snippets.optimizers import lr_range as r


def test_loss_decreases_then_explodes_as_the_rate_grows() -> None:
    low = r.losses.index(min(r.losses))
    assert 0 < low < len(r.losses) - 1
    assert all(a > b for a, b in zip(r.losses[:low], r.losses[1 : low + 1], strict=True))
    assert all(a < b for a, b in zip(r.losses[low:-1], r.losses[low + 1 :], strict=True))
    assert r.losses[-1] > 1e6 * r.losses[0] and math.isfinite(r.losses[-1])


def test_best_rate_is_the_largest_stable_one() -> None:
    assert r.best == 0.3
    assert r.loss_after(r.best) < 0.02
