# --8<-- [start:local-model]
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

texts = ["the cat sleeps", "the cats play", "the dog sleeps", "the dog plays with the cat"]
bpe = Tokenizer(models.BPE(unk_token="<unk>"))
bpe.pre_tokenizer, bpe.decoder = pre_tokenizers.Metaspace(), decoders.Metaspace()
specials = ["<pad>", "<unk>", "<s>", "</s>"]
trainer = trainers.BpeTrainer(special_tokens=specials, show_progress=False)
bpe.train_from_iterator([*texts, "user: assistant:"], trainer)
chat = (
    "{% for m in messages %}<s>{{ m.role }}: {{ m.content }}</s>{% endfor %}"
    "{% if add_generation_prompt %}<s>assistant:{% endif %}"
)
tok = PreTrainedTokenizerFast(
    tokenizer_object=bpe,
    pad_token="<pad>",
    unk_token="<unk>",
    bos_token="<s>",
    eos_token="</s>",
    chat_template=chat,
    model_max_length=64,
)
config = LlamaConfig(
    vocab_size=len(tok),
    hidden_size=32,
    intermediate_size=64,
    num_hidden_layers=2,
    num_attention_heads=4,
    num_key_value_heads=2,
    max_position_embeddings=64,
    pad_token_id=tok.pad_token_id,
    bos_token_id=tok.bos_token_id,
    eos_token_id=tok.eos_token_id,
)
torch.manual_seed(0)
LlamaForCausalLM(config).save_pretrained("tiny-llm")
tok.save_pretrained("tiny-llm")
print(*sorted(p.name for p in Path("tiny-llm").iterdir()), sep="\n")
#> chat_template.jinja
#> config.json
#> generation_config.json
#> model.safetensors
#> tokenizer.json
#> tokenizer_config.json
# --8<-- [end:local-model]

# --8<-- [start:load]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-llm")
model = AutoModelForCausalLM.from_pretrained("tiny-llm", dtype=torch.bfloat16, device_map="auto")
print(type(model).__name__, model.dtype, model.num_parameters())
#> LlamaForCausalLM torch.bfloat16 22560
print(len(tokenizer), tokenizer.pad_token, tokenizer.eos_token)
#> 62 <pad> </s>
# --8<-- [end:load]

# --8<-- [start:generate]
inputs = tokenizer(["the cat"], return_tensors="pt")
out = model.generate(**inputs, max_new_tokens=5, do_sample=False)
new_tokens = out[:, inputs.input_ids.shape[1] :]
texts_out = tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
print(inputs.input_ids.shape[1], out.shape[1], new_tokens.shape[1], type(texts_out[0]).__name__)
#> 2 7 5 str
# --8<-- [end:generate]

# --8<-- [start:generation-config]
from transformers import GenerationConfig

sampling = GenerationConfig(do_sample=True, temperature=0.7, top_k=50, top_p=0.9, max_new_tokens=5)
torch.manual_seed(0)
out = model.generate(**inputs, generation_config=sampling)
print(out.shape[1] - inputs.input_ids.shape[1])
#> 5
# --8<-- [end:generation-config]

# --8<-- [start:repetition]
dog = tokenizer(["the dog"], return_tensors="pt")
greedy = model.generate(**dog, max_new_tokens=10, do_sample=False)
print(greedy[0, 2:].tolist())
#> [36, 38, 17, 0, 17, 0, 17, 0, 17, 0]
penalised = model.generate(
    **dog, max_new_tokens=10, do_sample=False, repetition_penalty=1.3, no_repeat_ngram_size=2
)
print(penalised[0, 2:].tolist())
#> [36, 38, 17, 0, 57, 53, 27, 12, 56, 28]
# --8<-- [end:repetition]

# --8<-- [start:pipeline]
from transformers import pipeline

generator = pipeline("text-generation", model=model, tokenizer=tokenizer)
result = generator("the cat", max_new_tokens=5, do_sample=False, return_full_text=False)
print(type(result[0]["generated_text"]).__name__)
#> str
# --8<-- [end:pipeline]

# --8<-- [start:chat-template]
messages = [{"role": "user", "content": "the cat"}]
prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
print(prompt)
#> <s>user: the cat</s><s>assistant:
chat_inputs = tokenizer.apply_chat_template(
    messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
)
out = model.generate(**chat_inputs, max_new_tokens=5, do_sample=False)
print(tokenizer.convert_ids_to_tokens(chat_inputs["input_ids"][0]))
#> ['<s>', '▁user:', '▁the', '▁cat', '</s>', '<s>', '▁assistant:']
print(chat_inputs["input_ids"].shape[1], out.shape[1])
#> 7 12
# --8<-- [end:chat-template]

# --8<-- [start:left-padding]
prompts = ["the cat", "the dog plays with the cat"]
f32 = AutoModelForCausalLM.from_pretrained("tiny-llm")
alone = f32.generate(
    **tokenizer(prompts[:1], return_tensors="pt"), max_new_tokens=4, do_sample=False
)
for side in ("right", "left"):
    tokenizer.padding_side = side
    batch = tokenizer(prompts, return_tensors="pt", padding=True)
    out = f32.generate(**batch, max_new_tokens=4, do_sample=False)
    print(side, batch.attention_mask[0].tolist(), out[0, -4:].tolist() == alone[0, -4:].tolist())
#> right [1, 1, 0, 0, 0, 0] False
#> left [0, 0, 0, 0, 1, 1] True
# --8<-- [end:left-padding]

# --8<-- [start:pad-token]
no_pad = AutoTokenizer.from_pretrained("tiny-llm", pad_token=None, padding_side="left")
print(no_pad.pad_token)
#> None
try:
    no_pad(prompts, padding=True)
except ValueError as error:
    print(str(error).split(".")[0])
#> Asking to pad but the tokenizer does not have a padding token
no_pad.pad_token = no_pad.eos_token
print(no_pad(prompts, padding=True)["attention_mask"][0])
#> [0, 0, 0, 0, 1, 1]
model.generation_config.pad_token_id = no_pad.pad_token_id
# --8<-- [end:pad-token]

# --8<-- [start:context]
print(model.config.max_position_embeddings, tokenizer.model_max_length)
#> 64 64
long_text = " ".join(texts * 6)
ids = tokenizer(long_text).input_ids
cut = tokenizer(long_text, truncation=True, max_length=16).input_ids
print(len(ids), len(cut))
#> 90 16
chunks = tokenizer(
    long_text, truncation=True, max_length=16, stride=4, return_overflowing_tokens=True
)
print([len(c) for c in chunks.input_ids])
#> [16, 16, 16, 16, 16, 16, 16, 6]
print(chunks.input_ids[0][-4:] == chunks.input_ids[1][:4])
#> True
# --8<-- [end:context]

# --8<-- [start:datasets]
import json

from datasets import load_dataset

with open("texts.jsonl", "w") as f:
    f.writelines(json.dumps({"text": t}) + "\n" for t in texts * 5)
data = load_dataset("json", data_files="texts.jsonl", split="train", cache_dir="hf-cache")
print(data.num_rows, data.column_names)
#> 20 ['text']


def tokenize(batch):
    return tokenizer(batch["text"], truncation=True, max_length=32)


data = data.map(tokenize, batched=True, remove_columns=["text"])
splits = data.train_test_split(test_size=0.2, seed=0)
print(splits["train"].num_rows, splits["test"].num_rows, splits["train"].column_names)
#> 16 4 ['input_ids', 'attention_mask']
print(type(splits["train"].with_format("torch")[0]["input_ids"]).__name__)
#> Tensor
# --8<-- [end:datasets]

# --8<-- [start:lora]
from peft import LoraConfig, get_peft_model

lora_config = LoraConfig(
    r=8,
    lora_alpha=16,
    target_modules=["q_proj", "v_proj"],
    lora_dropout=0.0,
    task_type="CAUSAL_LM",
)
lora_model = get_peft_model(AutoModelForCausalLM.from_pretrained("tiny-llm"), lora_config)
trainable, total = lora_model.get_nb_trainable_parameters()
print(trainable, total, f"{trainable / total:.1%}")
#> 1792 24352 7.4%
# --8<-- [end:lora]

# --8<-- [start:lora-step]
before = {n: p.detach().clone() for n, p in lora_model.named_parameters()}
optimizer = torch.optim.AdamW([p for p in lora_model.parameters() if p.requires_grad], lr=1e-2)
batch = tokenizer(texts, return_tensors="pt", padding=True)
labels = batch.input_ids.masked_fill(batch.attention_mask == 0, -100)
lora_model(**batch, labels=labels).loss.backward()
optimizer.step()
changed = [n for n, p in lora_model.named_parameters() if not torch.equal(p, before[n])]
print(len(changed), all("lora_" in n for n in changed))
#> 8 True
# --8<-- [end:lora-step]

# --8<-- [start:merge]
lora_model.eval()
with torch.no_grad():
    adapted = lora_model(**batch).logits
    merged = lora_model.merge_and_unload()
    plain = merged(**batch).logits
print(type(merged).__name__, torch.allclose(adapted, plain, atol=1e-5))
#> LlamaForCausalLM True
# --8<-- [end:merge]

# --8<-- [start:trainer]
from transformers import DataCollatorForLanguageModeling, Trainer, TrainingArguments

torch.manual_seed(0)
args = TrainingArguments(
    output_dir="tiny-llm-run",
    max_steps=10,
    per_device_train_batch_size=4,
    learning_rate=1e-2,
    logging_steps=5,
    save_strategy="no",
    report_to="none",
    # fr: le petit modèle s'entraîne sur le CPU : retirez cette ligne pour le GPU
    # en: the tiny model trains on the CPU: remove this line to use the GPU
    use_cpu=True,
)
trainer = Trainer(
    model=AutoModelForCausalLM.from_pretrained("tiny-llm"),
    args=args,
    train_dataset=splits["train"],
    data_collator=DataCollatorForLanguageModeling(tokenizer, mlm=False),
)
trainer.train()
losses = [log["loss"] for log in trainer.state.log_history if "loss" in log]
print(trainer.state.global_step, len(losses), losses[-1] < losses[0])
#> 10 2 True
# --8<-- [end:trainer]

# --8<-- [start:rag]
import torch.nn.functional as F

docs = ["the dog plays", "the cat sleeps", "a cat and a dog play"]


def bag_of_tokens(batch: list[str]) -> torch.Tensor:
    enc = tokenizer(batch, padding=True, return_tensors="pt")
    counts = F.one_hot(enc.input_ids, len(tokenizer)) * enc.attention_mask[..., None]
    return counts.sum(dim=1).float()


question = "where is the cat"
scores = F.cosine_similarity(bag_of_tokens([question]), bag_of_tokens(docs))
top = scores.topk(2).indices.tolist()
print([round(s, 2) for s in scores.tolist()], top)
#> [0.17, 0.35, 0.5] [2, 1]
context = " / ".join(docs[i] for i in top)
messages = [
    {"role": "system", "content": context},
    {"role": "user", "content": question},
]
print(tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False))
#> <s>system: a cat and a dog play / the cat sleeps</s><s>user: where is the cat</s><s>assistant:
# --8<-- [end:rag]


if torch.cuda.is_available():  # bitsandbytes' quantised layers need an NVIDIA GPU
    # --8<-- [start:quantise]
    from transformers import BitsAndBytesConfig

    four_bits = BitsAndBytesConfig(
        load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16
    )
    base = AutoModelForCausalLM.from_pretrained(
        "tiny-llm", quantization_config=four_bits, dtype=torch.bfloat16, device_map="auto"
    )
    up = base.model.layers[0].mlp.up_proj
    print(type(up).__name__, up.weight.dtype, up.weight.numel(), up.in_features * up.out_features)
    #> Linear4bit torch.uint8 1024 2048
    bf16 = AutoModelForCausalLM.from_pretrained("tiny-llm", dtype=torch.bfloat16)
    print(base.get_memory_footprint(), bf16.get_memory_footprint())
    #> 17504 45152
    # --8<-- [end:quantise]

    # --8<-- [start:qlora]
    from peft import prepare_model_for_kbit_training

    base = prepare_model_for_kbit_training(base)
    qlora_model = get_peft_model(base, lora_config)
    qlora_model.print_trainable_parameters()
    #> trainable params: 1,792 || all params: 24,352 || trainable%: 7.3587
    # --8<-- [end:qlora]
