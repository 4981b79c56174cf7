"""Rendering the review page and the dashboard with Jinja2 (autoescape on, assets inlined)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

import mtqa
from mtqa.gate import GatePolicy
from mtqa.report import review, svg
from mtqa.report.palette import CATEGORY_COLOURS, highlight_css
from mtqa.report.safe import script_json
from mtqa.report.summary import DocSummary


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("mtqa.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = _num
    return env


@cache
def asset(name: str) -> Markup:
    """A CSS or JS file from templates/, to be inlined (trusted, shipped with mtqa)."""
    text = resources.files("mtqa.report").joinpath("templates", name).read_text("utf-8")
    if name.endswith(".css"):
        text = text + "\n" + highlight_css()
    return Markup(text)


def _num(value: Any, digits: int = 2) -> str:
    return f"{value:.{digits}f}" if isinstance(value, int | float) else "–"


def finding_payload(f: review.FindingView, doc_id: str) -> dict[str, Any]:
    d = f.data
    return {
        "n": f.n,
        "doc_id": doc_id,
        "code": d.get("code", ""),
        "rule": d.get("rule", ""),
        "category": d.get("category", ""),
        "severity": f.severity,
        "confidence": d.get("confidence"),
        "fingerprint": d.get("fingerprint") or f"{d.get('code', '')}:{f.n}",
        "status": d.get("status", "open"),
        "source_text": (d.get("source") or {}).get("text", ""),
        "target_text": (d.get("target") or {}).get("text", ""),
        "anchor": f.anchor,
    }


def render_article(
    doc: Mapping[str, Any],
    summary: DocSummary,
    policy: GatePolicy,
    index_href: str | None = "../index.html",
) -> str:
    """The review page of one article."""
    view = review.build(doc)
    data = {
        "doc_id": view.doc_id,
        "findings": [finding_payload(f, view.doc_id) for f in view.findings],
        "min_confidence": policy.min_confidence,
    }
    ref = doc.get("reference") or None
    return (
        environment()
        .get_template("article.html.j2")
        .render(
            doc=doc,
            view=view,
            summary=summary,
            policy=policy,
            meta=sorted((doc.get("meta") or {}).items(), key=lambda kv: str(kv[0])),
            scores=[(k, (doc.get("scores") or {}).get(k)) for k in review.SCORE_NAMES],
            reference=review.display(ref.get("text") or "") if ref else None,
            index_href=index_href,
            css=asset("common.css") + asset("article.css"),
            js=asset("common.js") + asset("article.js"),
            data=Markup(script_json(data)),
            palette=list(CATEGORY_COLOURS),
            kind_label=review.KIND_LABEL,
            version=mtqa.__version__,
        )
    )


def render_index(
    docs: Sequence[DocSummary],
    run: Mapping[str, Any],
    inputs: Mapping[str, Any],
    policy: GatePolicy,
    rules: Mapping[str, int],
    totals: Mapping[str, int],
) -> str:
    """The batch dashboard."""
    ordered = sorted(docs, key=DocSummary.badness)
    qe = [d.scores.get("qe") for d in docs]
    has_ref = any(d.scores.get(k) is not None for d in docs for k in ("bleu", "chrf", "ter"))
    return (
        environment()
        .get_template("index.html.j2")
        .render(
            docs=ordered,
            run=run,
            signature=run.get("signature") or {},
            inputs=inputs,
            policy=policy,
            has_ref=has_ref,
            totals=totals,
            failed=sum(1 for d in docs if not d.passed),
            qe_chart=svg.histogram([v for v in qe if v is not None], "QE across the batch"),
            rule_chart=svg.bars(list(rules.items()), "Findings per rule"),
            css=asset("common.css") + asset("index.css"),
            js=asset("common.js") + asset("index.js"),
            version=mtqa.__version__,
        )
    )
