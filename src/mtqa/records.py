"""The plain, immutable records that flow between stages.

load -> pair -> segment -> align -> score -> check -> findings -> report.  Offsets inside a
:class:`Document` are into its normalized ``text``; :meth:`Document.original_span` maps them to
the text as the user gave it, which is what every output reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Literal

from mtqa.textmap import MappedText, normalize

Side = Literal["source", "target", "reference"]


@dataclass(frozen=True)
class Document:
    """One article on one side: its id, where it came from, and its text."""

    doc_id: str
    origin: str  # file path, or "manifest.csv:row 3"
    mapped: MappedText
    lang: str  # "ko" or "en"
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(
        cls, doc_id: str, raw: str, lang: str, origin: str = "", meta: dict[str, Any] | None = None
    ) -> Document:
        return cls(doc_id, origin or doc_id, normalize(raw), lang, dict(meta or {}))

    @property
    def text(self) -> str:
        """The NFC, LF-only text all analysis runs on."""
        return self.mapped.text

    @property
    def raw(self) -> str:
        """The text as the user gave it (decoded, BOM removed)."""
        return self.mapped.original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.mapped.to_original(start, end)


@dataclass(frozen=True)
class DocumentPair:
    """A source article with its translation and, optionally, a reference translation."""

    doc_id: str
    source: Document
    target: Document
    reference: Document | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    pair_confidence: float = 1.0


@dataclass(frozen=True)
class Sentence:
    """A sentence: its index in the document, its span in normalized text, and its text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True)
class Unit:
    """An alignment bead: source and target sentence indices (either side may be empty)."""

    index: int
    source: tuple[int, ...]
    target: tuple[int, ...]
    cost: float = 0.0

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


class Severity(IntEnum):
    """How bad a finding is, ordered so that comparisons work (MQM levels)."""

    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected minor, major or critical)"
            ) from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Span:
    """A character span in a document: ``side`` says which; offsets are into the original text."""

    side: Side
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One flagged problem, pointing at both sides where it can."""

    doc_id: str
    code: str
    rule: str
    category: str
    severity: Severity
    confidence: float
    message: str
    unit: int | None
    source: Span | None = None
    target: Span | None = None
    suggestion: str | None = None
    fingerprint: str = ""
    status: str = "open"  # "open", "accepted", "dismissed" (from an editor's decisions)

    def to_dict(self) -> dict[str, Any]:
        def span(s: Span | None) -> dict[str, Any] | None:
            return None if s is None else {"start": s.start, "end": s.end, "text": s.text}

        return {
            "doc_id": self.doc_id,
            "code": self.code,
            "rule": self.rule,
            "category": self.category,
            "severity": str(self.severity),
            "confidence": round(self.confidence, 3),
            "message": self.message,
            "unit": self.unit,
            "source": span(self.source),
            "target": span(self.target),
            "suggestion": self.suggestion,
            "fingerprint": self.fingerprint,
            "status": self.status,
        }
