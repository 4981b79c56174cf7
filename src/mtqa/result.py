"""What checking one article produces, and its JSON form (schema ``mtqa.document/1``).

The JSON form is the contract between the pipeline and every reporter (HTML, CSV, JUnit...):
reporters read these dicts, never pipeline internals. All offsets are into the original text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mtqa.records import Document, DocumentPair, Finding, Sentence, Unit

DOCUMENT_SCHEMA = "mtqa.document/1"
REPORT_SCHEMA = "mtqa.report/1"


@dataclass
class DocumentResult:
    """Everything known about one article after a check."""

    pair: DocumentPair
    source_sentences: list[Sentence]
    target_sentences: list[Sentence]
    units: list[Unit]
    reference_sentences: list[Sentence] = field(default_factory=list)
    unit_scores: list[dict[str, float | None]] = field(default_factory=list)
    scores: dict[str, float | None] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    aligner: str = ""

    def to_dict(self) -> dict[str, Any]:
        units = []
        for u in self.units:
            scores = self.unit_scores[u.index] if u.index < len(self.unit_scores) else {}
            units.append(
                {
                    "index": u.index,
                    "source": list(u.source),
                    "target": list(u.target),
                    "kind": u.kind,
                    "cost": round(u.cost, 4),
                    "scores": scores,
                }
            )
        out: dict[str, Any] = {
            "schema": DOCUMENT_SCHEMA,
            "doc_id": self.pair.doc_id,
            "meta": self.pair.meta,
            "pair_confidence": self.pair.pair_confidence,
            "source": side_dict(self.pair.source, self.source_sentences),
            "target": side_dict(self.pair.target, self.target_sentences),
            "reference": side_dict(self.pair.reference, self.reference_sentences)
            if self.pair.reference
            else None,
            "aligner": self.aligner,
            "units": units,
            "scores": self.scores,
            "findings": [f.to_dict() for f in self.findings],
        }
        return out


def side_dict(doc: Document, sentences: list[Sentence]) -> dict[str, Any]:
    """One side of an article: its text as given and its sentences (original offsets)."""
    sents = []
    for s in sentences:
        start, end = doc.original_span(s.start, s.end)
        sents.append(
            {"index": s.index, "start": start, "end": end, "text": s.text, "paragraph": s.paragraph}
        )
    return {"origin": doc.origin, "lang": doc.lang, "text": doc.raw, "sentences": sents}
