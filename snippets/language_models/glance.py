# --8<-- [start:setup]
import torch
import torch.nn.functional as F
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from torch import nn
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

tok = Tokenizer(models.BPE(unk_token="[UNK]"))
tok.pre_tokenizer, tok.decoder = pre_tokenizers.Metaspace(), decoders.Metaspace()
trainer = trainers.BpeTrainer(special_tokens=["[PAD]", "[UNK]", "[EOS]"], show_progress=False)
tok.train_from_iterator(["the cat sleeps", "the cats play", "the dog sleeps"], trainer)
# fr: un petit modèle enregistré comme ceux du Hub, pour les cartes Hugging Face
# en: a tiny model saved as Hub models are, for the Hugging Face cards
hf_tok = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="[PAD]", eos_token="[EOS]")
hf_tok.save_pretrained("tiny-llm")
torch.manual_seed(0)
config = LlamaConfig(
    vocab_size=len(hf_tok),
    hidden_size=32,
    intermediate_size=64,
    num_hidden_layers=2,
    num_attention_heads=4,
    eos_token_id=hf_tok.eos_token_id,
)
LlamaForCausalLM(config).save_pretrained("tiny-llm")
# --8<-- [end:setup]

# --8<-- [start:bpe]
enc = tok.encode("the cats sleep")
print(enc.tokens, len(enc.ids))
#> ['▁the', '▁cats', '▁slee', 'p'] 4
print(tok.decode(enc.ids))
#> the cats sleep
# --8<-- [end:bpe]

# --8<-- [start:pad]
tok.enable_padding(pad_id=tok.token_to_id("[PAD]"), pad_token="[PAD]")
tok.enable_truncation(max_length=4)
batch = tok.encode_batch(["the cat", "the dog sleeps the cat plays"])
print([e.ids for e in batch], [e.attention_mask for e in batch])
#> [[18, 25, 0, 0], [18, 35, 27, 18]] [[1, 1, 0, 0], [1, 1, 1, 1]]
# --8<-- [end:pad]

# --8<-- [start:hf-generate]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-llm")
model = AutoModelForCausalLM.from_pretrained("tiny-llm")
inputs = tokenizer(["the cat"], return_tensors="pt")
out = model.generate(**inputs, max_new_tokens=5, do_sample=False)
new_tokens = out[:, inputs.input_ids.shape[1] :]
print(tuple(new_tokens.shape))
#> (1, 5)
text = tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
# --8<-- [end:hf-generate]

# --8<-- [start:hf-chat]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-llm")
# fr: un modèle instruct fournit le sien ; celui-ci n'en a pas
# en: an instruct model ships its own; this one has none
tokenizer.chat_template = "{% for m in messages %}<{{ m.role }}> {{ m.content }}{% endfor %}"
messages = [{"role": "user", "content": "the cat"}]
print(tokenizer.apply_chat_template(messages, tokenize=False))
#> <user> the cat
# --8<-- [end:hf-chat]

# --8<-- [start:hf-pad]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-llm", padding_side="left")
padded = tokenizer(["the cat", "the dog sleeps"], padding=True, return_tensors="pt")
print(padded.attention_mask.tolist())
#> [[0, 1, 1], [1, 1, 1]]
# --8<-- [end:hf-pad]

# --8<-- [start:hf-lora]
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

lora = LoraConfig(r=8, lora_alpha=16, task_type="CAUSAL_LM")
lm = get_peft_model(AutoModelForCausalLM.from_pretrained("tiny-llm"), lora)
print(lm.get_nb_trainable_parameters())
#> (2048, 24992)
# --8<-- [end:hf-lora]

# --8<-- [start:embedding]
embed = nn.Embedding(100, 8, padding_idx=0)
vectors = embed(torch.tensor([[5, 7, 0]]))
print(tuple(vectors.shape), vectors[0, 2].abs().sum().item())
#> (1, 3, 8) 0.0
# --8<-- [end:embedding]

# --8<-- [start:tied]
embed = nn.Embedding(100, 8)
head = nn.Linear(8, 100, bias=False)
head.weight = embed.weight
both = nn.ModuleList([embed, head])
print(sum(p.numel() for p in both.parameters()))
#> 800
# --8<-- [end:tied]

# --8<-- [start:swiglu]
x = torch.randn(1, 3, 8)
gate, up = nn.Linear(8, 24, bias=False), nn.Linear(8, 24, bias=False)
down = nn.Linear(24, 8, bias=False)
y = down(F.silu(gate(x)) * up(x))
print(tuple(y.shape))
#> (1, 3, 8)
# --8<-- [end:swiglu]

# --8<-- [start:gqa]
n_heads, n_kv_heads = 8, 2
q = torch.randn(1, n_heads, 5, 16)
k = v = torch.randn(1, n_kv_heads, 5, 16)
out = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
print(tuple(out.shape))
#> (1, 8, 5, 16)
# --8<-- [end:gqa]

# --8<-- [start:loss]
ids = torch.tensor([[2, 7, 9, 4, 0, 0]])
attention_mask = torch.tensor([[1, 1, 1, 1, 0, 0]])
labels = ids[:, 1:].masked_fill(attention_mask[:, 1:] == 0, -100)
logits = torch.zeros(1, 5, 100)
loss = F.cross_entropy(logits.transpose(1, 2), labels)
print(round(loss.item(), 4), round(loss.exp().item(), 1))
#> 4.6052 100.0
# --8<-- [end:loss]

# --8<-- [start:sampling]
logits = torch.tensor([2.0, 1.0, 0.5, 0.0, -1.0])
greedy = logits.argmax().item()
scaled = logits / 0.7
scaled[scaled < scaled.topk(2).values[-1]] = float("-inf")
probs = scaled.softmax(-1)
g = torch.Generator().manual_seed(0)
next_id = torch.multinomial(probs, 1, generator=g).item()
print(greedy, [round(p, 3) for p in probs.tolist()], next_id)
#> 0 [0.807, 0.193, 0.0, 0.0, 0.0] 0
# --8<-- [end:sampling]

# --8<-- [start:top-p]
probs = torch.tensor([2.0, 1.0, 0.5, 0.0, -1.0]).softmax(-1)
sorted_probs, order = probs.sort(descending=True)
keep = sorted_probs.cumsum(-1) - sorted_probs < 0.8
print(order[keep].tolist())
#> [0, 1, 2]
# --8<-- [end:top-p]

# --8<-- [start:memory]
for dtype in (torch.float32, torch.bfloat16, torch.int8):
    print(f"8B in {dtype} → {8e9 * dtype.itemsize / 2**30:.1f} GiB")
#> 8B in torch.float32 → 29.8 GiB
#> 8B in torch.bfloat16 → 14.9 GiB
#> 8B in torch.int8 → 7.5 GiB
train = {"bf16 weights": 2, "bf16 grads": 2, "fp32 weights": 4, "adam m, v": 8}
per_param = sum(train.values())
print(per_param, f"{8e9 * per_param / 2**30:.0f} GiB")
#> 16 119 GiB
# --8<-- [end:memory]
