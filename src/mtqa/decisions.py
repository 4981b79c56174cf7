"""An editor's decisions on findings (schema ``mtqa.decisions/1``), exported by the review page.

A decision says a finding was a real error (``accept``) or a false alarm (``dismiss``). Findings
are matched by ``(doc_id, fingerprint)``: the fingerprint is computed from the rule code and the
text of the unit and spans, so the same span in the same text gets the same decision on a later
run even if the article moved around. Dismissed findings never fail a gate.

File format::

    {"schema": "mtqa.decisions/1",
     "decisions": [{"doc_id": "...", "fingerprint": "...", "code": "MT101",
                    "decision": "accept" | "dismiss", "comment": "...",
                    "source_text": "...", "target_text": "...",
                    "decided_at": "2026-01-31T12:00:00Z"}]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from mtqa.errors import InputError
from mtqa.records import Finding

DECISIONS_SCHEMA = "mtqa.decisions/1"
STATUS = {"accept": "accepted", "dismiss": "dismissed"}


@dataclass(frozen=True)
class Decision:
    """One editor's verdict on one finding."""

    doc_id: str
    fingerprint: str
    code: str
    decision: str  # "accept" or "dismiss"
    comment: str = ""
    source_text: str = ""
    target_text: str = ""
    decided_at: str = ""

    @property
    def status(self) -> str:
        return STATUS[self.decision]

    def to_dict(self) -> dict[str, str]:
        return {
            "doc_id": self.doc_id,
            "fingerprint": self.fingerprint,
            "code": self.code,
            "decision": self.decision,
            "comment": self.comment,
            "source_text": self.source_text,
            "target_text": self.target_text,
            "decided_at": self.decided_at,
        }


@dataclass
class Decisions:
    """Decisions indexed by (doc_id, fingerprint); a later ``decided_at`` wins."""

    by_key: dict[tuple[str, str], Decision] = field(default_factory=dict)

    def add(self, d: Decision) -> None:
        key = (d.doc_id, d.fingerprint)
        old = self.by_key.get(key)
        if old is None or d.decided_at >= old.decided_at:
            self.by_key[key] = d

    def get(self, doc_id: str, fingerprint: str) -> Decision | None:
        return self.by_key.get((doc_id, fingerprint))

    def __iter__(self) -> Iterator[Decision]:
        return iter(self.by_key.values())

    def __len__(self) -> int:
        return len(self.by_key)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": DECISIONS_SCHEMA, "decisions": [d.to_dict() for d in self]}


def _decision(item: Any, path: Path, i: int) -> Decision:
    if not isinstance(item, Mapping):
        raise InputError(path, f"decision {i} is not an object")
    missing = [k for k in ("doc_id", "fingerprint", "decision") if not item.get(k)]
    if missing:
        raise InputError(path, f"decision {i} lacks {', '.join(missing)}")
    if item["decision"] not in STATUS:
        raise InputError(path, f"decision {i}: {item['decision']!r} is not 'accept' or 'dismiss'")
    values = {}
    for key in Decision.__dataclass_fields__:
        value = item.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InputError(path, f"decision {i}: {key} must be a string")
        values[key] = value
    return Decision(**values)


def read_file(path: Path) -> list[Decision]:
    """The decisions in one exported file; anything malformed raises InputError naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read decisions: {err}") from None
    except json.JSONDecodeError as err:
        raise InputError(path, f"not valid JSON ({err.msg} at line {err.lineno})") from None
    if not isinstance(data, Mapping) or data.get("schema") != DECISIONS_SCHEMA:
        raise InputError(path, f"not a decisions file (expected schema {DECISIONS_SCHEMA!r})")
    items = data.get("decisions")
    if not isinstance(items, list):
        raise InputError(path, "'decisions' must be a list")
    return [_decision(item, path, i) for i, item in enumerate(items)]


def load_decisions(path: Path | str) -> Decisions:
    """Decisions from an exported file, or from every ``*.json`` file in a folder."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if p.is_file())
    elif path.is_file():
        files = [path]
    else:
        raise InputError(path, "no such decisions file or folder")
    out = Decisions()
    for f in files:
        for d in read_file(f):
            out.add(d)
    return out


F = TypeVar("F", Finding, dict[str, Any])


def apply(findings: Sequence[F], decisions: Decisions) -> list[F]:
    """The findings with ``status`` set from matching decisions (copies; inputs are unchanged).

    Works on :class:`~mtqa.records.Finding` records and on their ``to_dict()`` form.
    """
    out: list[F] = []
    for f in findings:
        if isinstance(f, Finding):
            d = decisions.get(f.doc_id, f.fingerprint) if f.fingerprint else None
            out.append(replace(f, status=d.status) if d else f)
        else:
            fp = str(f.get("fingerprint") or "")
            d = decisions.get(str(f.get("doc_id", "")), fp) if fp else None
            out.append({**f, "status": d.status} if d else f)
    return out


@dataclass(frozen=True)
class RuleStats:
    """How often editors agreed with a rule."""

    code: str
    accepted: int
    dismissed: int

    @property
    def decided(self) -> int:
        return self.accepted + self.dismissed

    @property
    def precision(self) -> float | None:
        return self.accepted / self.decided if self.decided else None


def precision_by_rule(decisions: Iterable[Decision]) -> list[RuleStats]:
    """Accepted / (accepted + dismissed) per rule code, worst precision first."""
    counts: dict[str, list[int]] = {}
    for d in decisions:
        c = counts.setdefault(d.code or "?", [0, 0])
        c[0 if d.decision == "accept" else 1] += 1
    stats = [RuleStats(code, a, r) for code, (a, r) in counts.items()]
    return sorted(stats, key=lambda s: (s.precision if s.precision is not None else 2.0, s.code))
