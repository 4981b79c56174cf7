"""Throughput of the whole `mtqa check` on a 1,000-sentence batch of real news (NTREX-128).

Writes reports/bench/pipeline.json: sentences/second cold (empty embedding cache, model loads
included) and warm (re-run of the same batch), peak RSS, resident memory after each stage (imports,
Korean analyzer, encoder, each run; with each stage's own peak, anonymous and file-backed), the
encoder's forward-pass reuse counters, the load average, and the machine's details. Needs
../shared/corpora.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# $MTQA_CACHE when set (its embedding cache is emptied for the cold run), else the benchmarks' own.
CACHE = Path(os.environ.setdefault("MTQA_CACHE", str(Path("reports/bench/.cache").resolve())))

from mtqa.benchutil import peak_rss_mb, write_result  # noqa: E402
from mtqa.config import RunConfig  # noqa: E402
from mtqa.corpora import documents, require_shared_corpora  # noqa: E402
from mtqa.runner import run_check  # noqa: E402

TARGET_SENTENCES = 1000
STAGES: dict[str, dict[str, float]] = {}


def memory_stage(name: str) -> None:
    """Record resident memory now and the peak since the last stage (Linux /proc), then reset
    the peak so the next stage has its own."""
    status = Path("/proc/self/status")
    if not status.exists():
        return
    fields: dict[str, float] = {}
    for line in status.read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    STAGES[name] = {
        "rss_mb": fields.get("VmRSS", 0.0),
        "stage_peak_mb": fields.get("VmHWM", 0.0),
        "anon_mb": fields.get("RssAnon", 0.0),
        # Mapped files: libraries and the encoder's weights file (the parts a run has touched).
        "file_mb": fields.get("RssFile", 0.0),
    }
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM


def load_models() -> float:
    """Load what a default check loads before its first document; returns seconds."""
    from mtqa.models.encoder import load_encoder
    from mtqa.resources import Resources

    start = time.perf_counter()
    Resources().korean.tokenize("한국은행은 기준금리를 동결했다.")
    memory_stage("korean_analyzer_loaded")
    load_encoder(RunConfig().encoder)
    memory_stage("encoder_loaded")
    return time.perf_counter() - start


def encoder_counters() -> dict[str, Any]:
    from mtqa.models.encoder import load_encoder

    enc = load_encoder(RunConfig().encoder)
    return {
        "model_id": enc.model_id,
        "precision": enc.precision,  # bf16 by default on CPUs with native bf16 (MTQA_BF16)
        "token_state_reuses": enc.state_hits,
    }


def build_batch(folder: Path) -> int:
    root = require_shared_corpora()
    n = 0
    for side in ("ko", "en"):
        (folder / side).mkdir(parents=True, exist_ok=True)
    for doc_id, ko, en in documents(root / "ntrex128"):
        (folder / "ko" / f"{doc_id}.txt").write_text("\n\n".join(ko) + "\n", encoding="utf-8")
        (folder / "en" / f"{doc_id}.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
        n += len(ko)
        if n >= TARGET_SENTENCES:
            break
    return n


def timed_run(batch: Path, out: Path, config: RunConfig) -> float:
    start = time.perf_counter()
    code = run_check(config, batch / "ko", batch / "en", None, out, quiet=True)
    if code not in (0, 1):
        sys.exit(f"mtqa check failed with exit code {code}")
    return time.perf_counter() - start


def main() -> None:
    memory_stage("imports")
    (CACHE / "embeddings.sqlite3").unlink(missing_ok=True)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch"
        n = build_batch(batch)
        config = RunConfig()
        load = load_models()
        cold = load + timed_run(batch, Path(tmp) / "out1", config)
        memory_stage("cold_run")
        warm = timed_run(batch, Path(tmp) / "out2", config)
        memory_stage("warm_run")
        fast = timed_run(batch, Path(tmp) / "out3", RunConfig(aligner="length", qe=None))
        memory_stage("length_aligner_run")
    result = {
        "batch": {"corpus": "ntrex128", "source_sentences": n},
        "default_config": RunConfig().to_dict(),
        "model_load_seconds": round(load, 2),
        "cold_seconds": round(cold, 2),
        "cold_sentences_per_second": round(n / cold, 1),
        "warm_seconds": round(warm, 2),
        "warm_sentences_per_second": round(n / warm, 1),
        "length_aligner_no_qe_sentences_per_second": round(n / fast, 1),
        # The stages reset the kernel's peak, so the overall peak is the largest stage peak.
        "peak_rss_mb": round(
            max([peak_rss_mb(), *(st["stage_peak_mb"] for st in STAGES.values())]), 1
        ),
        "memory_by_stage": STAGES,
        "encoder": encoder_counters(),
        "threads_env": os.environ.get("MTQA_THREADS"),
        "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "note": "cold includes loading models (weights cache already converted); warm re-uses "
        "the embedding cache. Other processes shared the CPUs when the load average exceeds the "
        "core count.",
    }
    path = write_result("pipeline", result)
    print(path, result)


if __name__ == "__main__":
    main()
