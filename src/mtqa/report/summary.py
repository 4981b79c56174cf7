"""Small per-article and per-run summaries: what the dashboard, CSV and terminal need."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mtqa.gate import GatePolicy, counts_against, evaluate
from mtqa.report.review import SCORE_NAMES, headline, severity_name

SEVERITIES = ("critical", "major", "minor")


@dataclass(frozen=True)
class DocSummary:
    """One article in a line: no text beyond its headline, so a batch stays small in memory."""

    doc_id: str
    page: str | None  # relative path of the article page
    source_headline: str
    target_headline: str
    origin: str
    scores: dict[str, float | None]
    counts: dict[str, int]  # by severity, findings that count (not dismissed, confident enough)
    dismissed: int
    rules: dict[str, int]
    reasons: tuple[str, ...]
    meta: dict[str, Any] = field(default_factory=dict)
    gated: bool = True  # a gate is set: without one no article passes or fails

    @property
    def passed(self) -> bool:
        return not self.reasons

    @property
    def status(self) -> str:
        """ "pass", "fail", or "none" where no gate is set (no severity, QE floor or limit)."""
        if not self.gated:
            return "none"
        return "pass" if self.passed else "fail"

    def badness(self) -> tuple[Any, ...]:
        """Sort key: failing first, then by critical, major, minor counts, then lowest QE."""
        qe = self.scores.get("qe")
        return (
            self.passed,
            -self.counts.get("critical", 0),
            -self.counts.get("major", 0),
            -self.counts.get("minor", 0),
            qe if isinstance(qe, int | float) else float("inf"),
            self.doc_id,
        )


def summarize(doc: Mapping[str, Any], policy: GatePolicy, page: str | None) -> DocSummary:
    findings = doc.get("findings") or []
    counted = [f for f in findings if counts_against(f, policy)]
    counts = Counter(severity_name(f.get("severity")) for f in counted)
    scores = doc.get("scores") or {}
    return DocSummary(
        doc_id=str(doc.get("doc_id", "")),
        page=page,
        source_headline=headline((doc.get("source") or {}).get("text") or ""),
        target_headline=headline((doc.get("target") or {}).get("text") or ""),
        origin=str((doc.get("target") or {}).get("origin") or ""),
        scores={k: scores.get(k) for k in SCORE_NAMES},
        counts={s: counts.get(s, 0) for s in SEVERITIES},
        dismissed=sum(1 for f in findings if f.get("status") == "dismissed"),
        rules=dict(Counter(str(f.get("code", "")) for f in counted)),
        reasons=tuple(evaluate(doc, policy)),
        meta={k: v for k, v in (doc.get("meta") or {}).items() if _scalar(v)},
        gated=policy.active,
    )


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


@dataclass
class RunSummary:
    """What a finished report run wrote and how the batch did."""

    outdir: Path
    documents: list[DocSummary]
    files: list[str]
    inputs: dict[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return sum(1 for d in self.documents if not d.passed)

    @property
    def passed(self) -> bool:
        return self.failed == 0

    def counts(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for d in self.documents:
            total.update(d.counts)
        return {s: total.get(s, 0) for s in SEVERITIES}

    def rules(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for d in self.documents:
            total.update(d.rules)
        return dict(total.most_common())

    def worst(self, n: int = 10) -> list[DocSummary]:
        return sorted(self.documents, key=DocSummary.badness)[:n]
