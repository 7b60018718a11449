# --8<-- [start:train]
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

corpus = Path("corpus.txt")
corpus.write_text(
    "The cat sleeps on the sofa.\n"
    "The dog sleeps in the garden.\n"
    "The cat and the dog play in the garden.\n"
    "The children play with the cat.\n"
    "A small model predicts the next word.\n"
    "The model reads the text and predicts the next token.\n"
    "Le chat dort sur le canapé.\n"
    "Le chien joue dans le jardin.\n",
    encoding="utf-8",
)
tokenizer = Tokenizer(models.BPE(unk_token="[UNK]"))
tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
tokenizer.decoder = decoders.Metaspace()
specials = ["[PAD]", "[UNK]", "[BOS]", "[EOS]"]
trainer = trainers.BpeTrainer(
    vocab_size=200, min_frequency=2, special_tokens=specials, show_progress=False
)
tokenizer.train([str(corpus)], trainer)
print(tokenizer.get_vocab_size(), [tokenizer.token_to_id(t) for t in specials])
#> 90 [0, 1, 2, 3]
# --8<-- [end:train]

# --8<-- [start:round-trip]
text = "The cat plays in the garden."
encoding = tokenizer.encode(text)
print(encoding.tokens)
#> ['▁The', '▁cat', '▁play', 's', '▁in', '▁the', '▁gard', 'en', '.']
print(encoding.ids)
#> [41, 53, 78, 25, 71, 36, 73, 39, 5]
print(tokenizer.decode(encoding.ids) == text)
#> True
# --8<-- [end:round-trip]

# --8<-- [start:levels]
example = "The children play in the garden."
print(len(example), len(example.split()), len(tokenizer.encode(example).ids))
#> 32 6 12
# --8<-- [end:levels]

# --8<-- [start:unknown]
print(tokenizer.encode("Zoë").tokens)
#> ['▁', '[UNK]', 'o', '[UNK]']
print(len(pre_tokenizers.ByteLevel.alphabet()))
#> 256
# --8<-- [end:unknown]

# --8<-- [start:padding]
from tokenizers import processors

tokenizer.post_processor = processors.TemplateProcessing(
    single="[BOS] $A [EOS]", special_tokens=[("[BOS]", 2), ("[EOS]", 3)]
)
tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
tokenizer.enable_truncation(max_length=8)
batch = tokenizer.encode_batch(["The cat sleeps.", "The dog plays in the garden with the cat."])
for row in batch:
    print(row.ids, row.attention_mask)
#> [2, 41, 53, 88, 5, 3, 0, 0] [1, 1, 1, 1, 1, 1, 0, 0]
#> [2, 41, 80, 78, 25, 71, 36, 3] [1, 1, 1, 1, 1, 1, 1, 1]
print(tokenizer.decode(batch[0].ids))
#> The cat sleeps.
# --8<-- [end:padding]

# --8<-- [start:languages]
tokenizer.no_padding()
tokenizer.no_truncation()
tokenizer.post_processor = None
for sentence in ["The dog sleeps in the garden.", "Le chien dort dans le jardin."]:
    tokens = tokenizer.encode(sentence).tokens
    print(len(sentence.split()), len(tokens), tokens)
#> 6 8 ['▁The', '▁dog', '▁sleeps', '▁in', '▁the', '▁gard', 'en', '.']
#> 6 14 ['▁Le', '▁chi', 'en', '▁do', 'r', 't', '▁d', 'an', 's', '▁le', '▁j', 'ard', 'in', '.']
print(len("canapé"), len("canapé".encode()))
#> 6 7
# --8<-- [end:languages]
