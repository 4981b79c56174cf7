"""findings.csv (appended per article) and documents.csv (one row per article), via pandas."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from mtqa.report.safe import csv_cell
from mtqa.report.summary import SEVERITIES, DocSummary

FINDING_COLUMNS = [
    "doc_id",
    "code",
    "rule",
    "category",
    "severity",
    "confidence",
    "status",
    "unit",
    "source_start",
    "source_end",
    "source_text",
    "target_start",
    "target_end",
    "target_text",
    "message",
    "suggestion",
    "fingerprint",
]
_FREE_TEXT = ("source_text", "target_text", "message", "suggestion", "rule")


def finding_rows(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One flat row per finding of a ``mtqa.document/1`` dict."""
    rows = []
    for f in doc.get("findings") or []:
        row = {k: f.get(k) for k in FINDING_COLUMNS if k in f}
        row["doc_id"] = doc.get("doc_id", f.get("doc_id"))
        for side in ("source", "target"):
            span = f.get(side) or {}
            row[f"{side}_start"] = span.get("start")
            row[f"{side}_end"] = span.get("end")
            row[f"{side}_text"] = span.get("text")
        for key in _FREE_TEXT:
            row[key] = csv_cell(row.get(key))
        rows.append(row)
    return rows


def append_findings(path: Path, doc: Mapping[str, Any]) -> int:
    """Append the article's findings to ``path`` (header written when the file is new)."""
    rows = finding_rows(doc)
    if not path.exists():
        pd.DataFrame(columns=FINDING_COLUMNS).to_csv(path, index=False)
    if rows:
        frame = pd.DataFrame(rows, columns=FINDING_COLUMNS)
        frame["unit"] = frame["unit"].astype("Int64")
        for col in ("source_start", "source_end", "target_start", "target_end"):
            frame[col] = frame[col].astype("Int64")
        frame.to_csv(path, mode="a", header=False, index=False)
    return len(rows)


def document_rows(docs: Iterable[DocSummary]) -> pd.DataFrame:
    """documents.csv: id, headlines, scores, counts by severity, gate status, metadata."""
    rows = []
    for d in docs:
        row: dict[str, Any] = {
            "doc_id": d.doc_id,
            "source_headline": csv_cell(d.source_headline),
            "target_headline": csv_cell(d.target_headline),
            **{k: d.scores.get(k) for k in ("qe", "bleu", "chrf", "ter")},
            **{s: d.counts.get(s, 0) for s in SEVERITIES},
            "dismissed": d.dismissed,
            "gate": d.status,
            "reasons": csv_cell(" | ".join(d.reasons)),
            "page": d.page,
        }
        for k, v in d.meta.items():
            row[f"meta.{k}"] = csv_cell(v)
        rows.append(row)
    return pd.DataFrame(rows)


def write_documents(path: Path, docs: Iterable[DocSummary]) -> None:
    document_rows(docs).to_csv(path, index=False)
