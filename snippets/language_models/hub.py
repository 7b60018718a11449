def from_the_hub() -> None:
    """Never called by the tests: it downloads a tokenizer and a model from the Hugging Face Hub."""
    # --8<-- [start:hub]
    from transformers import AutoModelForCausalLM, AutoTokenizer

    name = "HuggingFaceTB/SmolLM2-135M"
    tokenizer = AutoTokenizer.from_pretrained(name)
    model = AutoModelForCausalLM.from_pretrained(name)
    inputs = tokenizer(["The cat sleeps on the"], return_tensors="pt")
    output = model.generate(
        **inputs, max_new_tokens=20, do_sample=True, temperature=0.7, top_k=50, top_p=0.9
    )
    print(tokenizer.batch_decode(output, skip_special_tokens=True)[0])
    # --8<-- [end:hub]
