"""Rules with stable codes, in the style of flake8/pylint.

A rule is metadata plus a ``check`` function. ``check`` receives a :class:`UnitView` (one aligned
unit with its source and target text) and yields :class:`Hit` records whose offsets are relative
to ``view.source_text`` / ``view.target_text``. The engine turns hits into
:class:`~mtqa.records.Finding` records with offsets into the original documents.

Codes are never reused: retired codes go into ``RETIRED``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from mtqa.records import DocumentPair, Sentence, Severity, Unit

if TYPE_CHECKING:
    from mtqa.resources import Resources


@dataclass(frozen=True)
class Hit:
    """What a check reports; offsets are relative to the unit's source/target text."""

    message: str
    source: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    suggestion: str | None = None
    confidence: float = 1.0
    severity: Severity | None = None  # None: the rule's default


@dataclass(frozen=True)
class Example:
    """A documented example: Korean source, English translation, why it is flagged."""

    source: str
    target: str
    note: str


class UnitView:
    """One aligned unit as the checks see it (normalized text, lazily analysed)."""

    def __init__(self, doc: DocView, unit: Unit) -> None:
        self.doc = doc
        self.unit = unit
        src = [doc.source_sentences[i] for i in unit.source]
        tgt = [doc.target_sentences[i] for i in unit.target]
        self.source_offset, self.source_text = _slice(doc.pair.source.text, src)
        self.target_offset, self.target_text = _slice(doc.pair.target.text, tgt)

    @property
    def resources(self) -> Resources:
        return self.doc.resources

    def sentence_spans(self, source: bool) -> list[tuple[int, int, str]]:
        """(start, end, text) of each sentence of one side, offsets into that side's text."""
        doc = self.doc
        ids, sents = (
            (self.unit.source, doc.source_sentences)
            if source
            else (self.unit.target, doc.target_sentences)
        )
        offset = self.source_offset if source else self.target_offset
        return [(sents[i].start - offset, sents[i].end - offset, sents[i].text) for i in ids]

    @cached_property
    def source_tokens(self) -> list[Any]:
        """kiwipiepy tokens of the source text (offsets relative to ``source_text``)."""
        return self.resources.korean.tokenize(self.source_text) if self.source_text else []


def _slice(text: str, chosen: list[Sentence]) -> tuple[int, str]:
    """(offset, text) of a unit side in the document; an empty side is ("", offset 0)."""
    if not chosen:
        return 0, ""
    start, end = chosen[0].start, chosen[-1].end
    return start, text[start:end]


@dataclass
class DocView:
    """A document pair after segmentation and alignment, with shared resources."""

    pair: DocumentPair
    source_sentences: list[Sentence]
    target_sentences: list[Sentence]
    units: list[Unit]
    resources: Resources
    cache: dict[str, Any] = field(default_factory=dict)

    def views(self) -> Iterator[UnitView]:
        for unit in self.units:
            yield UnitView(self, unit)


def first_unit(view: UnitView) -> bool:
    """The unit is its article's first: in news, the headline."""
    return view.unit.index == view.doc.units[0].index


def neighbour_views(view: UnitView, reach: int = 1) -> list[UnitView]:
    """The units up to ``reach`` before and after ``view``'s unit in its document."""
    units = view.doc.units
    pos = next((i for i, u in enumerate(units) if u.index == view.unit.index), None)
    if pos is None:
        return []
    return [
        UnitView(view.doc, units[j])
        for j in range(max(0, pos - reach), min(len(units), pos + reach + 1))
        if j != pos
    ]


CheckFn = Callable[[UnitView], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A check with a stable code, an MQM category and documentation."""

    code: str
    name: str
    category: str
    severity: Severity
    summary: str
    description: str
    check: CheckFn
    examples: tuple[Example, ...] = ()
    merge_runs: bool = False  # findings of consecutive units merge into one (omitted paragraphs)
    default: bool = True  # False: runs only when selected explicitly (costly or experimental)
    uses_encoder: bool = False  # needs the run's sentence encoder (recorded in signatures)

    def meta(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "summary": self.summary,
        }


_REGISTRY: dict[str, Rule] = {}
RETIRED: dict[str, str] = {}  # code -> why it was retired; never reuse these


def rule(
    code: str,
    name: str,
    category: str,
    severity: Severity,
    summary: str,
    description: str,
    examples: tuple[Example, ...] = (),
    merge_runs: bool = False,
    default: bool = True,
    uses_encoder: bool = False,
) -> Callable[[CheckFn], CheckFn]:
    """Decorator: register ``fn`` as the check of a new rule."""

    def deco(fn: CheckFn) -> CheckFn:
        if code in _REGISTRY or code in RETIRED:
            raise ValueError(f"rule code {code} is already used")
        _REGISTRY[code] = Rule(
            code,
            name,
            category,
            severity,
            summary,
            description,
            fn,
            examples,
            merge_runs,
            default,
            uses_encoder,
        )
        return fn

    return deco


def all_rules() -> list[Rule]:
    """Every registered rule, sorted by code."""
    import mtqa.rules  # noqa: F401  (registers the rule families)

    return [_REGISTRY[c] for c in sorted(_REGISTRY)]


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose code starts with a ``select`` prefix (all if none) and no ``ignore`` prefix.

    The longest matching prefix wins, as in flake8: ``select=MT4, ignore=MT40, select=MT401``.
    Rules that are off by default (``Rule.default`` False) run only when a ``select`` prefix
    names them.
    """
    sel = [s.strip().upper() for s in select if s.strip()]
    ign = [s.strip().upper() for s in ignore if s.strip()]
    out = []
    for r in all_rules():
        s_len = max((len(p) for p in sel if r.code.startswith(p)), default=0 if sel else 1)
        i_len = max((len(p) for p in ign if r.code.startswith(p)), default=0)
        if s_len and s_len > i_len and (r.default or sel):
            out.append(r)
    return out
