"""The review page's view of one article: aligned units cut into highlighted segments.

Span offsets are into the text as the user gave it (maybe with CRLF); segments are cut from that
text, so offsets stay exact, and only then are line breaks folded for display. Overlapping and
nested spans are split at every span boundary: each segment lists all findings covering it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mtqa.records import Severity
from mtqa.report.palette import category_class

SCORE_NAMES = ("qe", "bleu", "chrf", "ter")
KIND_LABEL = {"omitted": "Not translated (omitted)", "added": "Not in the source (added)"}


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same findings (``fids``: finding numbers)."""

    text: str
    fids: tuple[int, ...] = ()
    css: str = ""
    anchors: tuple[str, ...] = ()  # element ids of findings that start here (first one used)


@dataclass
class Row:
    """One aligned unit as shown: both sides' segments, its kind and score badges."""

    index: int
    kind: str
    gap: str | None  # "omitted" (1-0), "added" (0-1) or None
    badges: list[tuple[str, str]]
    source: list[Segment]
    target: list[Segment]
    para_break: bool = False


@dataclass
class FindingView:
    """A finding with its number, located spans and display classes."""

    n: int
    data: dict[str, Any]
    severity: str
    cat_class: str
    source: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    anchor: str = ""

    @property
    def fid(self) -> str:
        return f"f{self.n}"


@dataclass
class ArticleView:
    doc_id: str
    rows: list[Row]
    findings: list[FindingView]
    categories: list[str] = field(default_factory=list)
    rules: list[tuple[str, str]] = field(default_factory=list)


def display(text: str) -> str:
    """Fold CRLF and lone CR to LF for display (after offsets were applied)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def headline(text: str, limit: int = 100) -> str:
    """The first non-empty line of a text, shortened to ``limit`` characters."""
    for line in display(text or "").split("\n"):
        line = " ".join(line.split())
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


def severity_name(value: Any) -> str:
    try:
        return str(Severity.parse(str(value)))
    except ValueError:
        return "minor"


def locate(text: str, span: Mapping[str, Any] | None) -> tuple[int, int] | None:
    """The span's (start, end) in ``text``; if the offsets disagree with the span's text, the
    nearest occurrence of that text; None when it cannot be found."""
    if not span:
        return None
    start, end, want = span.get("start"), span.get("end"), span.get("text")
    ok = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
    if ok and (want is None or text[start:end] == want):
        return start, end  # type: ignore[return-value]
    if not want or not isinstance(want, str):
        return None
    best, pos = None, text.find(want)
    anchor = start if isinstance(start, int) else 0
    while pos >= 0:
        if best is None or abs(pos - anchor) < abs(best - anchor):
            best = pos
        pos = text.find(want, pos + 1)
    return None if best is None else (best, best + len(want))


def cut(
    text: str, lo: int, hi: int, spans: Sequence[tuple[int, int, FindingView]], side: str
) -> list[Segment]:
    """Segments of ``text[lo:hi]``, split at every boundary of the spans that touch it."""
    inside = [(max(a, lo), min(b, hi), f) for a, b, f in spans if a < hi and b > lo]
    points = [(a, f) for a, b, f in spans if a == b and lo <= a <= hi]
    bounds = sorted({lo, hi, *(a for a, _, _ in inside), *(b for _, b, _ in inside)})
    bounds += sorted({a for a, _ in points} - set(bounds))
    bounds.sort()
    out: list[Segment] = []
    seen: set[int] = set()
    for x, y in zip(bounds, bounds[1:] + [None], strict=False):
        for a, f in points:
            if a == x and f.n not in seen:
                out.append(_segment("", [f], side, seen))
        if y is None or y <= x:
            continue
        cover = [f for a, b, f in inside if a <= x and b >= y]
        out.append(_segment(text[x:y], cover, side, seen))
    return out


def _segment(text: str, cover: list[FindingView], side: str, seen: set[int]) -> Segment:
    if not cover:
        return Segment(display(text))
    top = max(cover, key=lambda f: (Severity.parse(f.severity), f.data.get("confidence") or 0))
    css = f"hl cat-{top.cat_class} sev-{top.severity}" + (" multi" if len(cover) > 1 else "")
    if not text:
        css += " point"
    anchors = []
    for f in cover:
        if f.n not in seen:
            seen.add(f.n)
            anchors.append(f"{f.fid}-{side[0]}")
    return Segment(display(text), tuple(f.n for f in cover), css, tuple(anchors))


def _ranges(side: Mapping[str, Any] | None, units: list[dict[str, Any]], key: str) -> list[Any]:
    """Per unit: (start, end, first paragraph) of its sentences on this side, or None."""
    sents = {s.get("index"): s for s in (side or {}).get("sentences") or []}
    out: list[Any] = []
    for u in units:
        chosen = [sents[i] for i in u.get(key) or [] if i in sents]
        if chosen:
            lo = min(int(s["start"]) for s in chosen)
            hi = max(int(s["end"]) for s in chosen)
            out.append((lo, hi, chosen[0].get("paragraph", 0)))
        else:
            out.append(None)
    return out


def _units(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    units = [dict(u) for u in doc.get("units") or []]
    if units:
        return units
    # No alignment: show each side whole, as one unit.
    return [{"index": 0, "source": [], "target": [], "kind": "doc", "whole": True}]


def _badges(scores: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    out = []
    for name in SCORE_NAMES:
        value = (scores or {}).get(name)
        if isinstance(value, int | float):
            out.append((name.upper() if name != "chrf" else "chrF", f"{value:.2f}"))
    return out


def build(doc: Mapping[str, Any]) -> ArticleView:
    """Everything the article template needs, from a ``mtqa.document/1`` dict."""
    src_text = (doc.get("source") or {}).get("text") or ""
    tgt_text = (doc.get("target") or {}).get("text") or ""
    raw = sorted(
        doc.get("findings") or [],
        key=lambda f: (
            f.get("unit") if isinstance(f.get("unit"), int) else 1 << 30,
            ((f.get("target") or f.get("source") or {}).get("start") or 0),
            str(f.get("code", "")),
        ),
    )
    findings = []
    for n, f in enumerate(raw, 1):
        sev = severity_name(f.get("severity"))
        fv = FindingView(n, dict(f), sev, category_class(str(f.get("category", ""))))
        fv.source = locate(src_text, f.get("source"))
        fv.target = locate(tgt_text, f.get("target"))
        findings.append(fv)
    src_spans = [(a, b, f) for f in findings if f.source for a, b in [f.source]]
    tgt_spans = [(a, b, f) for f in findings if f.target for a, b in [f.target]]
    units = _units(doc)
    src_r = _ranges(doc.get("source"), units, "source")
    tgt_r = _ranges(doc.get("target"), units, "target")
    rows: list[Row] = []
    seen_s: set[int] = set()
    seen_t: set[int] = set()
    last_para = None
    for u, sr, tr in zip(units, src_r, tgt_r, strict=True):
        if u.get("whole"):
            sr, tr = (0, len(src_text), 0), (0, len(tgt_text), 0)
        gap = "omitted" if sr and not tr else "added" if tr and not sr else None
        para = (sr or tr or (0, 0, None))[2]
        row = Row(
            index=int(u.get("index", len(rows))),
            kind=str(u.get("kind", "")),
            gap=gap,
            badges=_badges(u.get("scores")),
            source=_cut_side(src_text, sr, src_spans, "source", seen_s),
            target=_cut_side(tgt_text, tr, tgt_spans, "target", seen_t),
            para_break=bool(rows) and para != last_para,
        )
        last_para = para
        rows.append(row)
    anchored = _anchors(rows, "target") | _anchors(rows, "source")
    for f in findings:
        if f"{f.fid}-t" in anchored:
            f.anchor = f"{f.fid}-t"
        elif f"{f.fid}-s" in anchored:
            f.anchor = f"{f.fid}-s"
        elif isinstance(f.data.get("unit"), int):
            f.anchor = f"u{f.data['unit']}"
    categories = sorted({str(f.data.get("category", "")) for f in findings})
    rules = sorted({(str(f.data.get("code", "")), str(f.data.get("rule", ""))) for f in findings})
    return ArticleView(str(doc.get("doc_id", "")), rows, findings, categories, rules)


def _anchors(rows: list[Row], side: str) -> set[str]:
    return {a for r in rows for s in getattr(r, side) for a in s.anchors}


def _cut_side(
    text: str,
    rng: tuple[int, int, Any] | None,
    spans: list[tuple[int, int, FindingView]],
    side: str,
    seen: set[int],
) -> list[Segment]:
    if rng is None:
        return []
    lo, hi = rng[0], rng[1]
    # Spans already anchored in an earlier unit keep their anchor there.
    segs = cut(text, lo, hi, spans, side)
    out = []
    for s in segs:
        fresh = tuple(a for a in s.anchors if int(a[1:].split("-")[0]) not in seen)
        out.append(Segment(s.text, s.fids, s.css, fresh))
    seen.update(int(a[1:].split("-")[0]) for s in out for a in s.anchors)
    return out
