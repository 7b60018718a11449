def from_the_hub() -> None:
    """Never called by the tests: it downloads a tokenizer and a model from the Hugging Face Hub."""
    # --8<-- [start:hub]
    from transformers import AutoModelForCausalLM, AutoTokenizer

    name = "HuggingFaceTB/SmolLM2-135M-Instruct"
    tokenizer = AutoTokenizer.from_pretrained(name, padding_side="left")
    model = AutoModelForCausalLM.from_pretrained(name, dtype="auto", device_map="auto")
    messages = [{"role": "user", "content": "What does a tokenizer do?"}]
    inputs = tokenizer.apply_chat_template(
        messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
    ).to(model.device)
    output = model.generate(
        **inputs, max_new_tokens=60, do_sample=True, temperature=0.7, top_k=50, top_p=0.9
    )
    new_tokens = output[:, inputs["input_ids"].shape[1] :]
    print(tokenizer.batch_decode(new_tokens, skip_special_tokens=True)[0])
    # --8<-- [end:hub]
