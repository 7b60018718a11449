import torch

from snippets.transformers import vit


def test_a_224_image_gives_196_patches_of_width_d_model() -> None:
    assert vit.grid.shape == (1, 64, 14, 14)
    assert vit.tokens.shape == (1, 196, 64)
    assert 224 // 16 * (224 // 16) == 196


def test_class_token_and_positions_give_197_tokens() -> None:
    assert vit.x.shape == (1, 197, 64)
    assert torch.equal(vit.x[:, 0], (vit.cls_token[:, 0] + vit.pos_embedding[:, 0]).detach())


def test_strided_conv_equals_unfold_then_linear() -> None:
    assert vit.flat.shape == (1, 196, 3 * 16 * 16)
    assert torch.allclose(vit.linear(vit.flat), vit.tokens, atol=1e-5)
