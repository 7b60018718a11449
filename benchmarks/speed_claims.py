"""Measure the speed claims that pages show, and store them in benchmarks/results.json.

Run by `make bench`; `python benchmarks/speed_claims.py NAME ...` measures only those claims.
Pages read the figures with `[[measured:<claim>.<field>]]` (cheatsheet/measured.py).
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import os
import platform
import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results.json"

with contextlib.redirect_stdout(io.StringIO()):  # the snippets print what their page shows
    from snippets.numpy.vectorization import sum_of_squares_loop, sum_of_squares_numpy
    from snippets.pandas.apply_map import make_orders, total_apply, total_vectorised
    from snippets.pandas.parquet import file_sizes, make_table
    from snippets.pandas.query import filter_mask, filter_query, make_frame


def machine() -> str:
    """Describe the machine in a few words, for the pages."""
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def median_seconds(func: Callable[[], object], repeat: int = 5) -> float:
    """Time one call of func, median of `repeat` runs."""
    return statistics.median(timeit.repeat(func, number=1, repeat=repeat))


def numpy_vectorization(size: int = 1_000_000) -> dict[str, object]:
    values = np.arange(size, dtype=np.float64)
    as_list = values.tolist()
    loop = median_seconds(lambda: sum_of_squares_loop(as_list))
    vector = median_seconds(lambda: sum_of_squares_numpy(values))
    return {"size": size, "loop_s": loop, "numpy_s": vector, "speedup": loop / vector}


def pandas_query(size: int = 1_000_000) -> dict[str, object]:
    from importlib.util import find_spec

    frame = make_frame(size)
    mask = median_seconds(lambda: filter_mask(frame))
    query = median_seconds(lambda: filter_query(frame))
    return {
        "size": size,
        "mask_s": mask,
        "query_s": query,
        "mask_ms": mask * 1000,
        "query_ms": query * 1000,
        "ratio": query / mask,
        "engine": "numexpr" if find_spec("numexpr") else "python",
    }


def pandas_apply(size: int = 100_000) -> dict[str, object]:
    """The same row computation with `apply(axis=1)` and with whole columns."""
    frame = make_orders(size)
    apply = median_seconds(lambda: total_apply(frame), repeat=3)
    vectorised = median_seconds(lambda: total_vectorised(frame))
    return {
        "size": size,
        "apply_s": apply,
        "vectorised_s": vectorised,
        "apply_ms": apply * 1000,
        "vectorised_ms": vectorised * 1000,
        "ratio": apply / vectorised,
    }


def pandas_parquet_size(rows: int = 1_000_000) -> dict[str, object]:
    """File size of the same table written as CSV and as Parquet (pyarrow's defaults)."""
    import tempfile

    import pyarrow

    with tempfile.TemporaryDirectory() as folder:
        sizes = file_sizes(make_table(rows), Path(folder))
    csv_mb, parquet_mb = sizes["csv"] / 1e6, sizes["parquet"] / 1e6
    return {
        "rows": rows,
        "csv_mb": csv_mb,
        "parquet_mb": parquet_mb,
        "ratio": csv_mb / parquet_mb,
        "pyarrow": pyarrow.__version__,
    }


def rnn_gru_vs_lstm(
    batch: int = 32, seq_len: int = 50, hidden_size: int = 128, repeat: int = 15
) -> dict[str, object]:
    """Forward + backward of one-layer LSTM and GRU of the same sizes, on one CPU thread.

    The two are timed in turn, and each keeps its best time: on a shared machine, the
    minimum is the figure least disturbed by other processes.
    """
    import torch

    torch.manual_seed(0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    x = torch.randn(batch, seq_len, hidden_size)
    models = {
        kind: getattr(torch.nn, kind)(hidden_size, hidden_size, batch_first=True)
        for kind in ("LSTM", "GRU")
    }

    def step(model: torch.nn.Module) -> None:
        model.zero_grad()
        model(x)[0].sum().backward()

    best = dict.fromkeys(models, float("inf"))
    for _ in range(repeat):
        for kind, model in models.items():
            seconds = timeit.timeit(lambda m=model: step(m), number=1)
            best[kind] = min(best[kind], seconds)
    torch.set_num_threads(threads)
    return {
        "batch": batch,
        "seq_len": seq_len,
        "hidden_size": hidden_size,
        "lstm_ms": best["LSTM"] * 1000,
        "gru_ms": best["GRU"] * 1000,
        "ratio": best["LSTM"] / best["GRU"],
    }


def pin_memory_copy(
    batch: tuple[int, ...] = (64, 3, 224, 224), repeat: int = 20
) -> dict[str, object]:
    """Host-to-GPU copy of one batch: pageable memory vs pinned memory with non_blocking=True."""
    import torch

    pageable = torch.randn(batch)
    pinned = pageable.pin_memory()

    def copy(tensor: torch.Tensor, non_blocking: bool) -> float:
        torch.cuda.synchronize()
        start = timeit.default_timer()
        tensor.to("cuda", non_blocking=non_blocking)
        torch.cuda.synchronize()
        return timeit.default_timer() - start

    copy(pageable, False)  # warm-up: CUDA context and allocator
    pageable_s = statistics.median(copy(pageable, False) for _ in range(repeat))
    pinned_s = statistics.median(copy(pinned, True) for _ in range(repeat))
    return {
        "megabytes": pageable.numel() * 4 / 1e6,
        "pageable_ms": pageable_s * 1e3,
        "pinned_ms": pinned_s * 1e3,
        "speedup": pageable_s / pinned_s,
        "gpu": torch.cuda.get_device_name(0),
    }


def kv_cache(prompt_len: int = 16, new_tokens: int = 112, repeat: int = 5) -> dict[str, object]:
    """Greedy generation with and without the KV cache, time per new token, one CPU thread.

    The language-models page's TinyLM and generate(), in a wider configuration (a few hundred
    thousand parameters) so that the time is not all Python overhead; each way keeps its best
    time, as in rnn_gru_vs_lstm.
    """
    import torch

    with contextlib.redirect_stdout(io.StringIO()):
        from snippets.language_models.decoder import Config, TinyLM, generate

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    torch.manual_seed(0)
    config = Config(
        vocab_size=256, d_model=128, n_layers=4, n_heads=8, n_kv_heads=2, d_hidden=344,
        max_len=prompt_len + new_tokens,
    )  # fmt: skip
    model = TinyLM(config).eval()
    prompt = torch.randint(0, config.vocab_size, (1, prompt_len))
    cached = generate(model, prompt, new_tokens)
    if not torch.equal(cached, generate(model, prompt, new_tokens, use_cache=False)):
        raise RuntimeError("the KV cache changed the generated tokens")
    best = {True: float("inf"), False: float("inf")}
    for _ in range(repeat):
        for use_cache in best:
            seconds = timeit.timeit(
                lambda u=use_cache: generate(model, prompt, new_tokens, use_cache=u), number=1
            )
            best[use_cache] = min(best[use_cache], seconds)
    torch.set_num_threads(threads)
    return {
        "parameters": sum(p.numel() for p in model.parameters()),
        "prompt_len": prompt_len,
        "new_tokens": new_tokens,
        "cached_ms": best[True] / new_tokens * 1000,
        "full_ms": best[False] / new_tokens * 1000,
        "speedup": best[False] / best[True],
    }


def page_gelu() -> Callable:
    """Return the deployment page's gelu_tanh, defined without running the rest of its snippet."""
    source = (ROOT / "snippets" / "deployment" / "compile.py").read_text(encoding="utf-8")
    node = next(n for n in ast.parse(source).body if getattr(n, "name", "") == "gelu_tanh")
    namespace: dict[str, object] = {}
    exec("import torch\n" + ast.get_source_segment(source, node), namespace)
    return namespace["gelu_tanh"]


def first_call(size: int) -> None:
    """Print the seconds of a compiled function's first call (run in a fresh interpreter)."""
    import torch

    x = torch.randn(size)
    fast_gelu = torch.compile(page_gelu())
    print(timeit.timeit(lambda: fast_gelu(x), number=1))


def torch_compile(size: int = 1_000_000, repeat: int = 20) -> dict[str, object]:
    """torch.compile on the page's function (a tanh GELU, seven element-wise operations).

    The first call (tracing, code generation, C++ compilation by gcc, run) is timed in fresh
    interpreters on one thread: with an empty compile cache (a new machine), then with the
    cache that run filled (the next runs of a script). The calls that follow are timed here,
    eager against compiled, on one CPU thread, best of `repeat`.
    """
    import subprocess
    import tempfile

    import torch

    def first_call_s(cache: str) -> float:
        env = os.environ | {"TORCHINDUCTOR_CACHE_DIR": cache, "OMP_NUM_THREADS": "1"}
        code = f"from benchmarks.speed_claims import first_call; first_call({size})"
        command = [sys.executable, "-c", code]
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        return float(done.stdout.split()[-1])

    with tempfile.TemporaryDirectory() as cache:
        cold, warm = first_call_s(cache), first_call_s(cache)
    gelu_tanh = page_gelu()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    x = torch.randn(size, generator=torch.Generator().manual_seed(0))
    fast_gelu = torch.compile(gelu_tanh)
    fast_gelu(x)
    eager = min(timeit.repeat(lambda: gelu_tanh(x), number=1, repeat=repeat))
    compiled = min(timeit.repeat(lambda: fast_gelu(x), number=1, repeat=repeat))
    torch.set_num_threads(threads)
    return {
        "size": size,
        "first_call_cold_s": cold,
        "first_call_warm_s": warm,
        "eager_ms": eager * 1000,
        "compiled_ms": compiled * 1000,
        "speedup": eager / compiled,
    }


CLAIMS: dict[str, Callable[[], dict[str, object]]] = {
    "numpy-vectorization": numpy_vectorization,
    "rnn-gru-vs-lstm": rnn_gru_vs_lstm,
    "pandas-query": pandas_query,
    "kv-cache": kv_cache,
    "pandas-apply": pandas_apply,
    "pandas-parquet-size": pandas_parquet_size,
    "torch-compile": torch_compile,
}
# Measured by the GPU workflow (`speed_claims.py --gpu`), never on the CPU machines.
GPU_CLAIMS: dict[str, Callable[[], dict[str, object]]] = {
    "pin-memory": pin_memory_copy,
}


def main() -> None:
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    claims = CLAIMS
    if "--gpu" in sys.argv:
        import torch

        if not torch.cuda.is_available():
            sys.exit("speed_claims.py --gpu: no CUDA device (torch.cuda.is_available() is False)")
        claims = GPU_CLAIMS
    if names := [a for a in sys.argv[1:] if not a.startswith("--")]:  # measure only these
        if unknown := sorted(set(names) - set(claims)):
            sys.exit(f"speed_claims.py: no claim {unknown}; the claims are {sorted(claims)}")
        claims = {name: claims[name] for name in names}
    failed = []
    for name, measure in claims.items():
        try:
            figures = measure() | {"machine": machine()}
        except Exception as error:  # noqa: BLE001 - report it, measure the next claim
            print(f"{name}: FAILED ({type(error).__name__}: {error})", flush=True)
            failed.append(name)
            continue
        results[name] = figures
        print(
            f"{name}: "
            + ", ".join(
                f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()
            )
        )
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    if failed:
        sys.exit(f"speed_claims.py: {len(failed)} claim(s) failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
