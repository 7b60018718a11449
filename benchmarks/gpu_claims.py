"""Measure the GPU speed claims into benchmarks/results.json (keys `gpu-*`), on a CUDA machine.

Run by `make test-gpu-offline` (.ci/gpu_offline.py); `python benchmarks/gpu_claims.py NAME ...`
measures only those claims. Each figure is timed with torch.utils.benchmark's Timer, which warms
up, synchronises the GPU around each timed block and repeats until the time is stable
(`blocked_autorange`); each claim stores the GPU's name, the driver, torch's version and the date.
The file keeps speed_claims.py's format; with $OUT set, a copy is written there too.
`--check` runs each claim once on the CPU with tiny sizes, to check the code: it writes nothing.
"""

from __future__ import annotations

import ast
import contextlib
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results.json"
MIN_RUN_S = 0.5  # blocked_autorange's minimum time per figure


def median_s(stmt: str, env: dict[str, Any], min_run_time: float = MIN_RUN_S) -> float:
    """Median seconds of one `stmt`, timed in blocks until stable (GPU synchronised)."""
    from torch.utils.benchmark import Timer

    return Timer(stmt, globals=env).blocked_autorange(min_run_time=min_run_time).median


def pinned_memory(device: str, small: bool) -> dict[str, object]:
    """Host-to-GPU copy of one image batch: pageable memory vs pinned with non_blocking=True."""
    import torch

    if device != "cuda":
        raise RuntimeError("pinned memory needs a CUDA device")
    batch = (4, 3, 8, 8) if small else (64, 3, 224, 224)
    pageable = torch.randn(batch)
    pinned = pageable.pin_memory()
    megabytes = pageable.numel() * pageable.element_size() / 1e6
    env = {"pageable": pageable, "pinned": pinned}
    pageable_s = median_s("pageable.to('cuda')", env)
    pinned_s = median_s("pinned.to('cuda', non_blocking=True)", env)
    return {
        "batch": "x".join(map(str, batch)),
        "megabytes": megabytes,
        "pageable_ms": pageable_s * 1e3,
        "pinned_ms": pinned_s * 1e3,
        "pageable_gb_s": megabytes / 1e3 / pageable_s,
        "pinned_gb_s": megabytes / 1e3 / pinned_s,
        "speedup": pageable_s / pinned_s,
    }


def tf32_matmul(device: str, small: bool) -> dict[str, object]:
    """One n-by-n float32 matrix product: full float32 ("highest"), TF32 ("high"), and bfloat16."""
    import torch

    n = 64 if small else 4096
    generator = torch.Generator(device).manual_seed(0)
    a = torch.randn(n, n, device=device, generator=generator)
    b = torch.randn(n, n, device=device, generator=generator)
    env = {"a": a, "b": b, "a16": a.bfloat16(), "b16": b.bfloat16()}
    before = torch.get_float32_matmul_precision()
    try:
        torch.set_float32_matmul_precision("highest")
        fp32_s = median_s("a @ b", env)
        torch.set_float32_matmul_precision("high")
        tf32_s = median_s("a @ b", env)
    finally:
        torch.set_float32_matmul_precision(before)
    bf16_s = median_s("a16 @ b16", env)
    flop = 2 * n**3
    return {
        "n": n,
        "fp32_ms": fp32_s * 1e3,
        "tf32_ms": tf32_s * 1e3,
        "bf16_ms": bf16_s * 1e3,
        "fp32_tflops": flop / fp32_s / 1e12,
        "tf32_tflops": flop / tf32_s / 1e12,
        "bf16_tflops": flop / bf16_s / 1e12,
        "speedup": fp32_s / tf32_s,
        "bf16_speedup": fp32_s / bf16_s,
    }


def bf16_training(device: str, small: bool) -> dict[str, object]:
    """One training step of an MLP (forward, backward, AdamW): float32 vs autocast bfloat16."""
    import torch
    from torch import nn

    width, depth, batch = (32, 2, 16) if small else (4096, 4, 2048)
    torch.manual_seed(0)
    layers = [m for _ in range(depth) for m in (nn.Linear(width, width), nn.ReLU())]
    model = nn.Sequential(*layers, nn.Linear(width, 10)).to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
    x = torch.randn(batch, width, device=device)
    y = torch.randint(0, 10, (batch,), device=device)

    def step(bf16: bool) -> None:
        optimizer.zero_grad(set_to_none=True)
        with torch.autocast(device_type=device, dtype=torch.bfloat16, enabled=bf16):
            loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()

    fp32_s = median_s("step(False)", {"step": step})
    bf16_s = median_s("step(True)", {"step": step})
    return {
        "width": width,
        "depth": depth,
        "batch": batch,
        "parameters": sum(p.numel() for p in model.parameters()),
        "fp32_ms": fp32_s * 1e3,
        "bf16_ms": bf16_s * 1e3,
        "speedup": fp32_s / bf16_s,
    }


def page_function(snippet: str, name: str) -> Callable:
    """Return a function of a snippet, defined without running the rest of the snippet."""
    source = (ROOT / "snippets" / snippet).read_text(encoding="utf-8")
    node = next(n for n in ast.parse(source).body if getattr(n, "name", "") == name)
    namespace: dict[str, object] = {}
    exec("import torch\n" + ast.get_source_segment(source, node), namespace)
    return namespace[name]


def compile_speedup(device: str, small: bool) -> dict[str, object]:
    """torch.compile on the deployment page's tanh GELU (seven element-wise operations, one
    kernel once compiled); the first call with an empty compile cache, then eager vs compiled."""
    import time

    import torch

    size = 10_000 if small else 2**24
    gelu_tanh = page_function("deployment/compile.py", "gelu_tanh")
    x = torch.randn(size, device=device, generator=torch.Generator(device).manual_seed(0))
    with tempfile.TemporaryDirectory() as cache:
        os.environ["TORCHINDUCTOR_CACHE_DIR"] = cache  # a cold cache: a new machine's first call
        fast_gelu = torch.compile(gelu_tanh)
        start = time.perf_counter()
        fast_gelu(x)
        if device == "cuda":
            torch.cuda.synchronize()
        first_call_s = time.perf_counter() - start
        env = {"f": gelu_tanh, "g": fast_gelu, "x": x}
        eager_s, compiled_s = median_s("f(x)", env), median_s("g(x)", env)
    del os.environ["TORCHINDUCTOR_CACHE_DIR"]
    return {
        "size": size,
        "first_call_cold_s": first_call_s,
        "eager_ms": eager_s * 1e3,
        "compiled_ms": compiled_s * 1e3,
        "speedup": eager_s / compiled_s,
    }


def kv_cache(device: str, small: bool) -> dict[str, object]:
    """Greedy generation with and without the KV cache (the language-models page's TinyLM and
    generate()), in a wider configuration; time per new token."""
    import torch

    with contextlib.redirect_stdout(io.StringIO()):  # the snippet prints what its page shows
        from snippets.language_models.decoder import Config, TinyLM, generate

    prompt_len, new_tokens = (4, 4) if small else (128, 128)
    torch.manual_seed(0)
    config = Config(
        vocab_size=256, d_model=256, n_layers=4, n_heads=8, n_kv_heads=2, d_hidden=688,
        max_len=prompt_len + new_tokens,
    )  # fmt: skip
    model = TinyLM(config).to(device).eval()
    prompt = torch.randint(0, config.vocab_size, (1, prompt_len), device=device)
    env = {"generate": generate, "model": model, "prompt": prompt, "n": new_tokens}
    with torch.inference_mode():
        same = torch.equal(
            generate(model, prompt, new_tokens),
            generate(model, prompt, new_tokens, use_cache=False),
        )
        cached_s = median_s("generate(model, prompt, n)", env, min_run_time=1)
        full_s = median_s("generate(model, prompt, n, use_cache=False)", env, min_run_time=1)
    return {
        "parameters": sum(p.numel() for p in model.parameters()),
        "prompt_len": prompt_len,
        "new_tokens": new_tokens,
        "same_tokens": same,
        "cached_ms": cached_s / new_tokens * 1e3,
        "full_ms": full_s / new_tokens * 1e3,
        "speedup": full_s / cached_s,
    }


CLAIMS: dict[str, Callable[[str, bool], dict[str, object]]] = {
    "gpu-pinned-memory": pinned_memory,
    "gpu-tf32": tf32_matmul,
    "gpu-bf16-training": bf16_training,
    "gpu-compile": compile_speedup,
    "gpu-kv-cache": kv_cache,
}


def gpu_facts() -> dict[str, str]:
    """The GPU's name, the driver, torch's and CUDA's versions, today's date (no `machine`
    field: that of the CPU claims says how many cores, which a page shows in its language)."""
    import torch

    query = ["nvidia-smi", "--query-gpu=driver_version", "--format=csv,noheader"]
    try:
        driver = subprocess.run(query, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        driver = "unknown"
    gpu = torch.cuda.get_device_name(0)
    driver = driver.split("\n")[0].strip() or "unknown"
    return {
        "gpu": gpu,
        "driver": driver,
        "torch": torch.__version__,
        "cuda": str(torch.version.cuda),
        "date": datetime.date.today().isoformat(),
    }


def shown(figures: dict[str, object]) -> str:
    return ", ".join(
        f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()
    )


def main() -> None:
    import torch

    check = "--check" in sys.argv
    claims = CLAIMS
    if names := [a for a in sys.argv[1:] if not a.startswith("--")]:  # measure only these
        if unknown := sorted(set(names) - set(claims)):
            sys.exit(f"gpu_claims.py: no claim {unknown}; the claims are {sorted(claims)}")
        claims = {name: claims[name] for name in names}
    if not check and not torch.cuda.is_available():
        sys.exit(
            "gpu_claims.py: no CUDA device (torch.cuda.is_available() is False); nothing measured"
        )
    device = "cpu" if check else "cuda"
    facts = {} if check else gpu_facts()
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    failed = []
    for name, measure in claims.items():
        if check and measure is pinned_memory:
            print(f"{name}: not checked on the CPU (pinned memory needs a CUDA device)")
            continue
        try:
            figures = measure(device, check) | facts
        except Exception as error:  # noqa: BLE001 - report it, measure the next claim
            print(f"{name}: FAILED ({type(error).__name__}: {error})", flush=True)
            failed.append(name)
            continue
        results[name] = figures
        print(f"{name}: {shown(figures)}", flush=True)
    if not check:
        text = json.dumps(results, indent=2, sort_keys=True) + "\n"
        RESULTS.write_text(text, encoding="utf-8")
        if out := os.environ.get("OUT"):
            shutil.copyfile(RESULTS, Path(out) / "results.json")
            print(f"gpu_claims.py: wrote benchmarks/results.json and {out}/results.json")
    if failed:
        sys.exit(f"gpu_claims.py: {len(failed)} claim(s) failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
