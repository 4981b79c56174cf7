"""Run selected rules over a document and turn their hits into findings."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from mtqa.records import Document, Finding, Span
from mtqa.rules.base import DocView, Hit, Rule, UnitView


def fingerprint(code: str, source_text: str, target_text: str, src: str, tgt: str) -> str:
    """A content-based id: the same span in the same unit text gets the same fingerprint."""
    h = hashlib.sha1()
    for part in (code, source_text, target_text, src, tgt):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


def _span(doc: Document, side: str, offset: int, rel: tuple[int, int] | None) -> Span | None:
    if rel is None:
        return None
    a, b = offset + rel[0], offset + rel[1]
    start, end = doc.original_span(a, b)
    return Span(side, start, end, doc.raw[start:end])  # type: ignore[arg-type]


def to_finding(rule: Rule, view: UnitView, hit: Hit) -> Finding:
    pair = view.doc.pair
    src = _span(pair.source, "source", view.source_offset, hit.source)
    tgt = _span(pair.target, "target", view.target_offset, hit.target)
    fp = fingerprint(
        rule.code,
        view.source_text,
        view.target_text,
        src.text if src else "",
        tgt.text if tgt else "",
    )
    return Finding(
        doc_id=pair.doc_id,
        code=rule.code,
        rule=rule.name,
        category=rule.category,
        severity=hit.severity or rule.severity,
        confidence=hit.confidence,
        message=hit.message,
        unit=view.unit.index,
        source=src,
        target=tgt,
        suggestion=hit.suggestion,
        fingerprint=fp,
    )


def _join(a: Span | None, b: Span | None, doc: Document) -> Span | None:
    if a is None or b is None:
        return a or b
    start, end = min(a.start, b.start), max(a.end, b.end)
    return Span(a.side, start, end, doc.raw[start:end])


def _merge(prev: Finding, nxt: Finding, doc: DocView) -> Finding:
    """One finding for two consecutive units (e.g. an omitted paragraph of three sentences)."""
    src = _join(prev.source, nxt.source, doc.pair.source)
    tgt = _join(prev.target, nxt.target, doc.pair.target)
    fp = fingerprint(prev.code, prev.fingerprint, nxt.fingerprint, "", "")
    return replace(
        prev,
        source=src,
        target=tgt,
        confidence=max(prev.confidence, nxt.confidence),
        fingerprint=fp,
    )


def run_rules(doc: DocView, rules: Iterable[Rule]) -> list[Finding]:
    """All findings of ``rules`` on ``doc``, in unit order then code order.

    For rules with ``merge_runs``, the findings of consecutive units become one finding.
    """
    rules = list(rules)
    findings: list[Finding] = []
    # code -> (position in findings, last unit) of the run a mergeable rule is building
    runs: dict[str, tuple[int, int]] = {}
    for view in doc.views():
        for r in rules:
            for hit in r.check(view):
                f = to_finding(r, view, hit)
                if r.merge_runs:
                    k, unit = runs.get(r.code, (-1, -2))
                    if unit == view.unit.index - 1:
                        findings[k] = _merge(findings[k], f, doc)
                        runs[r.code] = (k, view.unit.index)
                        continue
                    runs[r.code] = (len(findings), view.unit.index)
                findings.append(f)
    return findings
