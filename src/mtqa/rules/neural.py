"""Neural evidence rules (MT8xx): word alignment and degenerate repetition.

MT801/MT802 use SimAlign-style word alignment on the bundled encoder's middle layer
(:mod:`mtqa.align.words`). Alignment misses some correct words, so these rules are conservative:
they only report a run of several adjacent content words that align to nothing *and* are far
from every word on the other side, at low confidence. MT803 reports repetition loops.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from mtqa.align.words import (
    ALIGN_LAYER,
    WordLink,
    content_spans_en,
    content_spans_ko,
    links_from,
    similarity,
)
from mtqa.models.base import TokenStates
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, rule
from mtqa.text.repetition import find_loops

MIN_RUN = 3  # adjacent unaligned content words before a run is reported
MAX_SIMILARITY = 0.45  # mean best cosine of the run's words to any token on the other side
_CACHE = "mt8xx-token-states"

Spans = list[tuple[int, int, str]]


@dataclass(frozen=True)
class _Aligned:
    links: list[WordLink]
    src_best: np.ndarray  # per source token: best cosine to any target token
    tgt_best: np.ndarray
    src_offsets: np.ndarray
    tgt_offsets: np.ndarray


def _encoder(view: UnitView) -> Any:
    enc = getattr(view.resources, "encoder", None)
    if enc is not None:
        return enc
    from mtqa.models.encoder import load_encoder

    return load_encoder(view.resources.encoder_name)


def _states(view: UnitView) -> tuple[TokenStates, TokenStates] | None:
    """Token states of this unit, computed for every unit of the document in one batch."""
    cache: dict[int, tuple[TokenStates, TokenStates]] | None = view.doc.cache.get(_CACHE)
    if cache is None:
        views = [v for v in view.doc.views() if v.source_text.strip() and v.target_text.strip()]
        texts = [v.source_text for v in views] + [v.target_text for v in views]
        states = _encoder(view).token_states(texts, layer=ALIGN_LAYER) if texts else []
        n = len(views)
        cache = {v.unit.index: (states[i], states[n + i]) for i, v in enumerate(views)}
        view.doc.cache[_CACHE] = cache
    return cache.get(view.unit.index)


def _aligned(view: UnitView) -> _Aligned | None:
    key = f"{_CACHE}:{view.unit.index}"
    if key not in view.doc.cache:
        pair = _states(view)
        result = None
        if pair is not None and len(pair[0].vectors) and len(pair[1].vectors):
            src, tgt = pair
            sim = similarity(src, tgt)
            result = _Aligned(
                links_from(sim, src, tgt),
                sim.max(axis=1),
                sim.max(axis=0),
                src.offsets,
                tgt.offsets,
            )
        view.doc.cache[key] = result
    out: _Aligned | None = view.doc.cache[key]
    return out


def unaligned_runs(
    spans: Spans, links: Sequence[WordLink], side: str, offsets: np.ndarray, best: np.ndarray
) -> list[tuple[Spans, float]]:
    """Runs of adjacent content words with no link, with their mean best similarity."""
    ends = [lk.source if side == "source" else lk.target for lk in links]
    runs: list[tuple[Spans, float]] = []
    current: Spans = []
    sims: list[float] = []

    def close() -> None:
        if current:
            runs.append((list(current), float(np.mean(sims))))
        current.clear()
        sims.clear()

    for a, b, w in spans:
        if any(a < e and s < b for s, e in ends):
            close()
            continue
        toks = [k for k, (s, e) in enumerate(offsets) if a < e and s < b]
        current.append((a, b, w))
        sims.append(float(best[toks].max()) if toks else 0.0)
    close()
    return runs


def _suspect(runs: list[tuple[Spans, float]]) -> Iterator[tuple[int, int, float]]:
    for run, sim in runs:
        if len(run) >= MIN_RUN and sim < MAX_SIMILARITY:
            confidence = 0.3 if len(run) < 2 * MIN_RUN else 0.45
            yield run[0][0], run[-1][1], confidence


@rule(
    "MT801",
    "unaligned-target-words",
    "Accuracy/Addition",
    Severity.MINOR,
    "Several translated words align to nothing in the source (possible addition).",
    "Word alignment (cosine of the encoder's contextual token vectors, kept where both "
    f"directions agree) links no source word to a run of {MIN_RUN} or more adjacent English "
    "content words, and none of them resembles any source word: the words may have been added "
    "or hallucinated. Alignment is imperfect, so the confidence is low; read the sentence.",
    (
        Example(
            "정부는 30일 새 대책을 발표했다.",
            "The government announced new measures on the 30th, ending a decade of bitter "
            "disputes with neighbouring Japan.",
            "The clause about a decade of disputes with Japan has no Korean source.",
        ),
    ),
    default=False,
    uses_encoder=True,
)
def unaligned_target(view: UnitView) -> Iterator[Hit]:
    al = _aligned(view)
    if al is None:
        return
    spans = content_spans_en(view.target_text)
    runs = unaligned_runs(spans, al.links, "target", al.tgt_offsets, al.tgt_best)
    for a, b, conf in _suspect(runs):
        yield Hit(
            f"possible addition: {view.target_text[a:b]!r} aligns to nothing in the source",
            source=(0, len(view.source_text)),
            target=(a, b),
            confidence=conf,
        )


@rule(
    "MT802",
    "unaligned-source-words",
    "Accuracy/Omission",
    Severity.MINOR,
    "Several source words align to nothing in the translation (possible omission).",
    "Word alignment links no English word to a run of "
    f"{MIN_RUN} or more adjacent Korean content morphemes (nouns, verbs, adjectives, numbers, "
    "foreign words), and none of them resembles any English word: that part of the sentence may "
    "be missing from the translation. Alignment is imperfect, so the confidence is low.",
    (
        Example(
            "정부는 30일 부동산 대책을 발표하고 다음 달부터 전국에서 시행하기로 했다.",
            "The government announced real estate measures on the 30th.",
            "'to take effect nationwide from next month' is missing.",
        ),
    ),
    default=False,
    uses_encoder=True,
)
def unaligned_source(view: UnitView) -> Iterator[Hit]:
    al = _aligned(view)
    if al is None:
        return
    spans = content_spans_ko(view.source_tokens)
    runs = unaligned_runs(spans, al.links, "source", al.src_offsets, al.src_best)
    for a, b, conf in _suspect(runs):
        yield Hit(
            f"possible omission: {view.source_text[a:b]!r} is not rendered in the translation",
            source=(a, b),
            target=(0, len(view.target_text)),
            confidence=conf,
        )


@rule(
    "MT803",
    "repetition-loop",
    "Accuracy/Addition",
    Severity.MAJOR,
    "The translation repeats a word or phrase over and over (a degenerate MT loop).",
    "A word or phrase is repeated back to back many times (at least 4 times and 6 words, or a "
    "letter chunk 5 times inside a word), as neural MT does when it fails: 'viral viral viral "
    "...'. Not reported when the source repeats itself the same way.",
    (
        Example(
            "그 영상은 소셜 미디어에서 화제가 됐다.",
            "The video went viral viral viral viral viral viral viral on social media.",
            "'viral' is repeated seven times.",
        ),
    ),
)
def repetition_loop(view: UnitView) -> Iterator[Hit]:
    if not view.target_text or not view.unit.target:
        return
    loops = find_loops(view.target_text)
    if not loops:
        return
    source_loops = find_loops(view.source_text)
    for lp in loops:
        if source_loops or lp.unit.lower() * 3 in view.source_text.lower():
            continue
        yield Hit(
            f"repetition loop: {lp.unit!r} repeated {lp.repeats} times",
            source=(0, len(view.source_text)) if view.source_text else None,
            target=(lp.start, lp.end),
            confidence=0.9 if lp.repeats >= 6 else 0.7,
            severity=Severity.CRITICAL if lp.repeats >= 10 else None,
        )
