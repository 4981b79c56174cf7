"""The stages in order, and nothing else: segment -> align -> score -> check.

:func:`check_pair` is a pure function of one document pair and the run's read-only
:class:`RunContext`, so batches can be cut into chunks and run anywhere (an executor for a
cluster is planned); :func:`run_batch` streams results to a writer as they finish.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import mtqa
from mtqa.align.base import Aligner, check_cover
from mtqa.config import RunConfig
from mtqa.errors import InputError
from mtqa.metrics.reference import ReferenceMetrics
from mtqa.records import DocumentPair, Sentence, Unit
from mtqa.resources import Resources
from mtqa.result import REPORT_SCHEMA, DocumentResult
from mtqa.rules.base import DocView, Rule, select_rules
from mtqa.rules.engine import run_rules
from mtqa.text.segment import segment
from mtqa.threads import small_blas


@dataclass
class RunContext:
    """Read-only things shared by every document of a run (built once, lazily)."""

    config: RunConfig
    resources: Resources = field(default_factory=Resources)
    decisions: Any = None  # mtqa.decisions.Decisions, applied to findings when given

    @cached_property
    def rules(self) -> list[Rule]:
        return select_rules(self.config.select, self.config.ignore)

    @cached_property
    def metrics(self) -> ReferenceMetrics:
        return ReferenceMetrics()

    @cached_property
    def encoder(self) -> Any:
        if self.resources.encoder_name == self.config.encoder:
            return self.resources.encoder  # one encoder for the aligner, QE and the rules
        return Resources(encoder_name=self.config.encoder).encoder

    @cached_property
    def aligner(self) -> Aligner:
        if self.config.aligner == "embedding":
            from mtqa.align.embedding import EmbeddingAligner

            return EmbeddingAligner(self.encoder)
        from mtqa.align.length import LengthAligner

        return LengthAligner()

    @cached_property
    def qe(self) -> Any:
        if not self.config.qe or self.config.qe == "none":
            return None
        from mtqa.models.qe import get_backend

        name, _, model = self.config.qe.partition(":")  # "hf-classifier:/path/to/model"
        if model:
            return get_backend(name, model=model)
        return get_backend(name, encoder=self.encoder)

    def signature(self) -> dict[str, Any]:
        """What produced the scores and findings of this run."""
        codes = [r.code for r in self.rules]
        uses_encoder = (
            self.config.aligner == "embedding"
            or bool(self.qe)
            or any(r.uses_encoder for r in self.rules)
        )
        return {
            "mtqa": mtqa.__version__,
            "rules": {
                "codes": codes,
                "hash": hashlib.sha256(",".join(codes).encode()).hexdigest()[:16],
            },
            "metrics": self.metrics.signatures,
            "encoder": {
                "model_id": self.encoder.model_id,
                "weights_hash": self.encoder.weights_hash,
                # fp32, or bf16 where the CPU runs it natively (embeddings agree to 0.99999)
                "precision": getattr(self.encoder, "precision", "fp32"),
            }
            if uses_encoder
            else None,
            "qe": self.qe.signature() if self.qe else None,
            "aligner": self.aligner.name,
            "korean_analyzer": f"kiwipiepy {self.resources.korean.version}",
            "config": self.config.to_dict(),
        }


def _unit_text(sentences: Sequence[Sentence], indices: Iterable[int]) -> str:
    return " ".join(sentences[i].text for i in indices)


def _reference_by_source(units: Sequence[Unit]) -> dict[int, tuple[int, ...]]:
    """Source sentence index -> reference sentence indices of the unit that holds it."""
    out: dict[int, tuple[int, ...]] = {}
    for u in units:
        for i in u.source:
            out[i] = u.target
    return out


def reference_scores(
    ctx: RunContext,
    units: Sequence[Unit],
    source: Sequence[Sentence],
    target: Sequence[Sentence],
    reference: Sequence[Sentence],
) -> tuple[list[dict[str, float | None]], dict[str, float | None]]:
    """Per-unit and document BLEU/chrF++/TER against the reference (aligned via the source)."""
    ref_units = ctx.aligner.align(source, reference)
    by_source = _reference_by_source(ref_units)
    per_unit: list[dict[str, float | None]] = []
    for u in units:
        ref_idx = sorted({j for i in u.source for j in by_source.get(i, ())})
        if u.source and u.target and ref_idx:
            per_unit.append(
                dict(
                    ctx.metrics.sentence(
                        _unit_text(target, u.target), _unit_text(reference, ref_idx)
                    )
                )
            )
        else:
            per_unit.append({"bleu": None, "chrf": None, "ter": None})
    doc = ctx.metrics.corpus(
        [_unit_text(target, range(len(target)))], [_unit_text(reference, range(len(reference)))]
    )
    return per_unit, dict(doc)


def qe_scores(
    ctx: RunContext,
    units: Sequence[Unit],
    source: Sequence[Sentence],
    target: Sequence[Sentence],
) -> tuple[list[float | None], float | None]:
    """Per-unit QE in [0, 1] (None where a side is empty) and the length-weighted document QE."""
    from mtqa.models.qe import QEUnit

    both = [u for u in units if u.source and u.target]
    results = ctx.qe.predict(
        [QEUnit(_unit_text(source, u.source), _unit_text(target, u.target)) for u in both]
    )
    scores: list[float | None] = [None] * len(units)
    for u, r in zip(both, results, strict=True):
        scores[u.index] = float(r.score)
    # Omitted and added units count as zero quality, weighted by their length.
    weights = [len(_unit_text(source, u.source)) + len(_unit_text(target, u.target)) for u in units]
    total = sum(weights)
    if not total:
        return scores, None
    doc = sum((s or 0.0) * w for s, w in zip(scores, weights, strict=True)) / total
    return scores, round(doc, 4)


# The source, target and reference sentences of one pair (no reference: an empty list).
Segments = tuple[list[Sentence], list[Sentence], list[Sentence]]


def segment_pair(pair: DocumentPair, ctx: RunContext) -> Segments:
    """The source, target and (when given) reference sentences of one pair."""
    korean = ctx.resources.korean
    reference = segment(pair.reference, korean) if pair.reference is not None else []
    return segment(pair.source, korean), segment(pair.target, korean), reference


def check_pair(
    pair: DocumentPair, ctx: RunContext, segments: Segments | None = None
) -> DocumentResult:
    """Segment (unless ``segments`` are given), align, score and check one document pair."""
    with small_blas():
        return _check_pair(pair, ctx, segments or segment_pair(pair, ctx))


def _check_pair(pair: DocumentPair, ctx: RunContext, segments: Segments) -> DocumentResult:
    source, target, reference = segments
    units = ctx.aligner.align(source, target)
    check_cover(units, len(source), len(target))
    view = DocView(pair, source, target, units, ctx.resources)
    findings = run_rules(view, ctx.rules)
    if ctx.decisions is not None:
        from mtqa.decisions import apply

        findings = apply(findings, ctx.decisions)
    unit_scores: list[dict[str, float | None]] = [{} for _ in units]
    scores: dict[str, float | None] = {}
    if pair.reference is not None:
        per_unit, doc = reference_scores(ctx, units, source, target, reference)
        for s, p in zip(unit_scores, per_unit, strict=True):
            s.update(p)
        scores.update(doc)
    if ctx.qe is not None:
        per_qe, doc_qe = qe_scores(ctx, units, source, target)
        for s, q in zip(unit_scores, per_qe, strict=True):
            s["qe"] = None if q is None else round(q, 4)
        scores["qe"] = doc_qe
    return DocumentResult(
        pair=pair,
        source_sentences=source,
        target_sentences=target,
        units=units,
        reference_sentences=reference,
        unit_scores=unit_scores,
        scores=scores,
        findings=findings,
        aligner=ctx.aligner.name,
    )


@dataclass
class BatchOutcome:
    """What happened to each input of a batch."""

    checked: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)


# Sentences (both sides and any reference) of the next documents embedded in one encoder call
# before they are
# checked: one batch across documents ran 1.8x faster than a call per document side (604 NTREX
# sentences: 108 vs 60 per second on 2 cores). Kept small enough that the token states the
# encoder keeps from that pass (STATE_MEMO_TOKENS) still hold the documents' sentences.
PREFETCH_SENTENCES = 400


def _prefetch(ctx: RunContext, batch: Sequence[Segments]) -> None:
    """Embed every sentence of ``batch`` at once (the embedding aligner then reads them from
    the cache)."""
    if ctx.config.aligner != "embedding":
        return
    texts = list(dict.fromkeys(s.text for pair in batch for side in pair for s in side))
    if texts:
        with small_blas():
            ctx.encoder.embed_sums(texts)


def iter_results(
    items: Iterable[Any],
    ctx: RunContext,
    outcome: BatchOutcome,
    on_progress: Callable[[str], None] | None = None,
) -> Iterator[DocumentResult]:
    """Load and check each planned pair in turn; bad inputs are recorded, never silently lost.

    Pairs are loaded and segmented a few documents ahead (:data:`PREFETCH_SENTENCES`) so that
    their sentences are embedded in one batch; results still come one pair at a time, in order.
    """
    pending: list[tuple[Any, DocumentPair | None, Segments | None]] = []
    count = 0

    def flush() -> Iterator[DocumentResult]:
        _prefetch(ctx, [seg for _, _, seg in pending if seg is not None])
        for item, pair, seg in pending:
            if pair is not None:
                yield check_pair(pair, ctx, seg)
                outcome.checked += 1
            if on_progress is not None:
                on_progress(getattr(item, "doc_id", ""))
        pending.clear()

    for item in items:
        try:
            pair = item.load()
        except InputError as e:
            outcome.errors.append({"origin": e.path or "", "message": str(e)})
            pending.append((item, None, None))
        else:
            seg = segment_pair(pair, ctx)
            pending.append((item, pair, seg))
            count += sum(len(side) for side in seg)
        if count >= PREFETCH_SENTENCES:
            yield from flush()
            count = 0
    yield from flush()


def run_header(ctx: RunContext) -> dict[str, Any]:
    """The run dict every reporter receives (schema, signature, start time)."""
    return {
        "schema": REPORT_SCHEMA,
        "signature": ctx.signature(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
