"""iter_results embeds the sentences of the next documents in one encoder call, and still
returns every pair, in order, with bad inputs recorded where they stood."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np

import mtqa.pipeline as pipeline
from mtqa.config import RunConfig
from mtqa.errors import InputError
from mtqa.pipeline import BatchOutcome, RunContext, iter_results
from mtqa.records import Document, DocumentPair


class CountingEncoder:
    """Deterministic fake vectors per text; records the texts of each ``embed_sums`` call."""

    dim = 16
    model_id = "fake"
    weights_hash = "0" * 16

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.cache: dict[str, np.ndarray] = {}

    def embed_sums(self, texts: Any, batch_size: int = 32) -> np.ndarray:
        todo = [t for t in texts if t not in self.cache]
        if todo:
            self.calls.append(todo)
        for t in todo:
            rng = np.random.default_rng(zlib.crc32(t.encode()))
            self.cache[t] = rng.normal(size=self.dim) * (1 + len(t))
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, self.dim))

    def embed(self, texts: Any, batch_size: int = 32) -> np.ndarray:
        v = self.embed_sums(texts, batch_size)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


@dataclass
class Item:
    doc_id: str
    ko: str
    en: str
    bad: bool = False
    ref: str | None = None

    def load(self) -> DocumentPair:
        if self.bad:
            raise InputError(f"{self.doc_id}.txt", "not UTF-8")
        ref = Document.from_text(self.doc_id, self.ref, "en") if self.ref else None
        return DocumentPair(
            self.doc_id,
            Document.from_text(self.doc_id, self.ko, "ko"),
            Document.from_text(self.doc_id, self.en, "en"),
            ref,
        )


KO = "정부는 30일 대책을 발표했다. 시행은 다음 달부터다."
EN = "The government announced measures on the 30th. They take effect next month."


def _context() -> tuple[RunContext, CountingEncoder]:
    ctx = RunContext(RunConfig(aligner="embedding", qe="none", select=["MT301"]))
    fake = CountingEncoder()
    ctx.__dict__["encoder"] = fake  # the cached property, as the aligner reads it
    return ctx, fake


def test_sentences_of_the_next_documents_are_embedded_in_one_call() -> None:
    ctx, fake = _context()
    items = [
        Item(f"d{i}", KO.replace("30", str(10 + i)), EN.replace("30", str(10 + i)))
        for i in range(5)
    ]
    outcome = BatchOutcome()
    results = list(iter_results(items, ctx, outcome))
    assert [r.pair.doc_id for r in results] == [f"d{i}" for i in range(5)]
    assert outcome.checked == 5
    # The first call holds every sentence of the five documents (both sides).
    singles = {
        s.text for r in results for side in (r.source_sentences, r.target_sentences) for s in side
    }
    assert set(fake.calls[0]) == singles and len(singles) == 12  # 5 + 5 + 2 shared


def test_bad_inputs_are_recorded_and_progress_follows_the_input_order(monkeypatch: Any) -> None:
    monkeypatch.setattr(pipeline, "PREFETCH_SENTENCES", 4)  # flush after every second document
    ctx, _ = _context()
    items = [
        Item("a", KO, EN),
        Item("b", KO, EN, bad=True),
        Item("c", KO.replace("30", "31"), EN.replace("30", "31")),
        Item("d", KO.replace("30", "29"), EN.replace("30", "29")),
    ]
    seen: list[str] = []
    outcome = BatchOutcome()
    results = list(iter_results(items, ctx, outcome, seen.append))
    assert [r.pair.doc_id for r in results] == ["a", "c", "d"]
    assert seen == ["a", "b", "c", "d"]
    assert outcome.checked == 3 and [e["origin"] for e in outcome.errors] == ["b.txt"]


def test_reference_sentences_are_embedded_with_the_rest() -> None:
    ctx, fake = _context()
    ref = "The government unveiled measures on the 30th. They apply from next month."
    (result,) = iter_results([Item("r", KO, EN, ref=ref)], ctx, BatchOutcome())
    assert [s.text for s in result.reference_sentences] == [
        "The government unveiled measures on the 30th.",
        "They apply from next month.",
    ]
    assert set(s.text for s in result.reference_sentences) <= set(fake.calls[0])
