"""Sentence alignment benchmark: F1 per test set and variant, and time per 1,000 sentences.

Runs the length and the embedding aligner side by side on NTREX-128 and FLORES-200 devtest
documents (../shared/corpora): plain (gold line alignment), hard (seeded one-sided merges and
deletions) and re-segmented (lines joined and re-split by mtqa.text.segment; block F1). The
embedding aligner runs once per way of embedding runs of sentences ("pooled" from the sentences'
token sums, "encoded" as joined text), and the hard-variant F1 of the two is compared. Writes
reports/bench/alignment.json. ``--measure`` prints the length statistics behind the constants of
mtqa.align.measure instead.

    python bench/alignment.py [--no-embedding] [--runs pooled,encoded] [--limit N] [--measure]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from mtqa.align.base import Aligner
from mtqa.align.evaluate import (
    AlignmentCase,
    perturb,
    plain_case,
    resegmented_case,
    score_cases,
)
from mtqa.align.length import LengthAligner
from mtqa.align.measure import SYLLABLE_WEIGHT, text_length
from mtqa.benchutil import write_result
from mtqa.corpora import documents, read_lines, require_shared_corpora
from mtqa.records import Document, Sentence

SETS = {"ntrex128": ("ntrex128", "ko.txt"), "flores": ("flores200-devtest", "ko.quotes-fixed.txt")}
MEASURE = {
    "ntrex128": ("ntrex128/ko.txt", "ntrex128/en.txt"),
    "flores": ("flores200-devtest/ko.quotes-fixed.txt", "flores200-devtest/en.txt"),
    "park-dev": ("park-news-koen/dev/ko.txt", "park-news-koen/dev/en.txt"),
}


def resplit(text: str, lang: str) -> list[Sentence]:
    from mtqa.text.segment import segment

    return segment(Document.from_text("doc", text, lang))


def cases(corpora: Path, limit: int | None) -> dict[str, dict[str, list[AlignmentCase]]]:
    out: dict[str, dict[str, list[AlignmentCase]]] = {}
    for name, (folder, ko) in SETS.items():
        docs = documents(corpora / folder, ko=ko)[:limit]
        rng = random.Random(0)
        out[name] = {
            "plain": [plain_case(k, e) for _, k, e in docs],
            "hard": [perturb(k, e, rng) for _, k, e in docs],
            "resegmented": [resegmented_case(k, e, resplit) for _, k, e in docs],
        }
    return out


def run(aligner: Aligner, sets: dict[str, dict[str, list[AlignmentCase]]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, variants in sets.items():
        for variant, cs in variants.items():
            n = sum(len(c.source) + len(c.target) for c in cs)
            start = time.perf_counter()
            score = score_cases(aligner, cs)
            seconds = time.perf_counter() - start
            result[f"{name}/{variant}"] = {
                "f1": round(score.f1, 4),
                "documents": len(cs),
                "sentences": n,
                "seconds_per_1000_sentences": round(1000 * seconds / n, 3),
            }
            print(aligner.name, name, variant, result[f"{name}/{variant}"], flush=True)
    return result


def measure(corpora: Path) -> None:
    """Ratio and variance of English to weighted Korean length (see mtqa.align.measure)."""
    pooled: list[tuple[np.ndarray, np.ndarray]] = []
    for ko, en in MEASURE.values():
        lk = np.array([text_length(x) for x in read_lines(corpora / ko)], dtype=float)
        le = np.array([text_length(x) for x in read_lines(corpora / en)], dtype=float)
        keep = (lk > 0) & (le > 0)
        pooled.append((lk[keep], le[keep]))
    for name, (lk, le) in [*zip(MEASURE, pooled, strict=True), ("pooled", _concat(pooled))]:
        c = le.sum() / lk.sum()
        s2 = ((le - c * lk) ** 2).sum() / ((lk + le / c) / 2).sum()
        sd = np.std(np.log(le / lk))
        print(f"{name}: pairs {len(lk)} c {c:.4f} s2 {s2:.3f} sd(log ratio) {sd:.3f}")
    print(f"(Hangul syllable weight {SYLLABLE_WEIGHT}, spaces counted)")


def _concat(pairs: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    return np.concatenate([p[0] for p in pairs]), np.concatenate([p[1] for p in pairs])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-embedding", action="store_true", help="length aligner only")
    parser.add_argument("--limit", type=int, default=None, help="first N documents per set")
    parser.add_argument("--measure", action="store_true", help="print length statistics")
    parser.add_argument(
        "--runs", default="pooled,encoded", help="EmbeddingAligner run modes to compare"
    )
    args = parser.parse_args(argv)
    corpora = require_shared_corpora()
    if args.measure:
        measure(corpora)
        return 0
    sets = cases(corpora, args.limit)
    result: dict[str, Any] = {"length": run(LengthAligner(), sets)}
    if not args.no_embedding:
        from mtqa.align.embedding import EmbeddingAligner
        from mtqa.models.encoder import load_encoder

        start = time.perf_counter()
        encoder = load_encoder()
        load_seconds = round(time.perf_counter() - start, 2)
        result["encoder"] = {"model_id": encoder.model_id, "load_seconds": load_seconds}
        result["embedding_default_runs"] = EmbeddingAligner(encoder).runs
        modes = [m.strip() for m in args.runs.split(",") if m.strip()]
        for mode in modes:
            # Time includes embedding every sentence (and, encoded, every run of sentences):
            # nothing is cached beforehand.
            result[f"embedding/{mode}"] = run(EmbeddingAligner(encoder, runs=mode), sets)
        if {"pooled", "encoded"} <= set(modes):
            result["pooled_minus_encoded_f1"] = {
                key: round(result["embedding/pooled"][key]["f1"] - value["f1"], 4)
                for key, value in result["embedding/encoded"].items()
            }
    print(write_result("alignment", result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
