"""GitHub Actions workflow commands (``::error file=...,line=...,col=...::message``).

Escaping follows the runner's rules: in data ``%``, CR and LF become ``%25``, ``%0D``, ``%0A``;
in property values ``:`` and ``,`` also become ``%3A`` and ``%2C``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from mtqa.gate import GatePolicy, counts_against, describe, evaluate, gating_findings
from mtqa.report.textpos import line_col


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: Any) -> str:
    """One workflow command line; properties with a value of None are left out."""
    given = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level}{' ' + given if given else ''}::{escape_data(message)}"


def _position(side: Mapping[str, Any], span: Mapping[str, Any]) -> dict[str, Any]:
    text = side.get("text") or ""
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return {}
    line, col = line_col(text, start)
    end_line, end_col = line_col(text, max(start, end - 1))
    pos: dict[str, Any] = {"line": line, "col": col}
    if end_line == line:
        pos["endColumn"] = end_col
    else:
        pos["endLine"] = end_line
    return pos


def annotation_lines(doc: Mapping[str, Any], policy: GatePolicy) -> Iterator[str]:
    """Annotation lines for one article: each finding that counts, then article-level reasons."""
    failing = {id(f) for f in gating_findings(doc.get("findings") or [], policy)}
    for f in doc.get("findings") or []:
        if not counts_against(f, policy):
            continue
        which = "target" if f.get("target") else "source"
        side = doc.get(which) or {}
        props: dict[str, Any] = {"file": side.get("origin") or doc.get("doc_id")}
        span = f.get(which)
        if span:
            props.update(_position(side, span))
        props["title"] = f"{f.get('code')} {f.get('rule', '')}".strip()
        level = (
            "error"
            if id(f) in failing
            else ("notice" if f.get("severity") == "minor" else "warning")
        )
        message = describe(f)
        if f.get("suggestion"):
            message += f"\nSuggestion: {f['suggestion']}"
        yield command(level, message, **props)
    origin = (doc.get("target") or {}).get("origin") or doc.get("doc_id")
    finding_lines = {describe(f) for f in doc.get("findings") or []}
    for reason in evaluate(doc, policy):
        if reason not in finding_lines:
            yield command("error", f"{doc.get('doc_id')}: {reason}", file=origin, title="mtqa gate")
