"""Throughput of the whole `mtqa check` on a 1,000-sentence batch of real news (NTREX-128).

Writes reports/bench/pipeline.json: sentences/second cold (empty embedding cache) and warm
(re-run of the same batch), peak RSS, and the machine's details. Needs ../shared/corpora.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path("reports/bench/.cache").resolve()
os.environ.setdefault("MTQA_CACHE", str(CACHE))

from mtqa.benchutil import peak_rss_mb, write_result  # noqa: E402
from mtqa.config import RunConfig  # noqa: E402
from mtqa.corpora import documents, require_shared_corpora  # noqa: E402
from mtqa.runner import run_check  # noqa: E402

TARGET_SENTENCES = 1000


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
    (CACHE / "embeddings.sqlite3").unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch"
        n = build_batch(batch)
        config = RunConfig()
        cold = timed_run(batch, Path(tmp) / "out1", config)
        warm = timed_run(batch, Path(tmp) / "out2", config)
        fast = timed_run(batch, Path(tmp) / "out3", RunConfig(aligner="length", qe=None))
    result = {
        "batch": {"corpus": "ntrex128", "source_sentences": n},
        "default_config": RunConfig().to_dict(),
        "cold_seconds": round(cold, 2),
        "cold_sentences_per_second": round(n / cold, 1),
        "warm_seconds": round(warm, 2),
        "warm_sentences_per_second": round(n / warm, 1),
        "length_aligner_no_qe_sentences_per_second": round(n / fast, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "note": "cold includes loading models (weights cache already converted); warm re-uses "
        "the embedding cache.",
    }
    path = write_result("pipeline", result)
    print(path, result)


if __name__ == "__main__":
    main()
