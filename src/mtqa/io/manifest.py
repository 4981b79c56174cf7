"""Reading a manifest (.csv, .tsv or .jsonl) of articles with pandas."""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtqa.errors import InputError
from mtqa.io.decode import read_text

if TYPE_CHECKING:
    import pandas as pd

MANIFEST_SUFFIXES = (".csv", ".tsv", ".jsonl")
REQUIRED = ("id", "source", "translation")
TEXT_COLUMNS = ("source", "translation", "reference")


@dataclass(frozen=True)
class ManifestRow:
    """One row: its id, where it is (``manifest.csv:row 3``), its non-empty text cells, metadata."""

    doc_id: str
    number: int
    origin: str
    cells: dict[str, str]  # "source"/"translation"/"reference" -> non-blank cell value
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Manifest:
    path: Path
    rows: list[ManifestRow]
    has_reference: bool


def read_manifest(path: Path, encoding: str | None = None) -> Manifest:
    """Read and validate a manifest; rows are numbered from 1 (the first row after a header).

    Raises :class:`InputError` for an unreadable file, missing required columns, an empty id, a
    duplicate id, or no rows.
    """
    frame = _read_frame(path, read_text(path, encoding))
    frame.columns = [str(c).strip() for c in frame.columns]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise InputError(
            path,
            f"manifest is missing required column(s): {', '.join(missing)} "
            f"(found: {', '.join(frame.columns) or 'none'})",
        )
    if frame.empty:
        raise InputError(path, "manifest has no rows")
    rows: list[ManifestRow] = []
    seen: dict[str, int] = {}
    for number, record in enumerate(frame.to_dict(orient="records"), start=1):
        values = {str(k): _cell(v) for k, v in record.items()}
        doc_id = (values["id"] or "").strip()
        if not doc_id:
            raise InputError(path, f"row {number} has an empty id")
        if doc_id in seen:
            raise InputError(path, f"duplicate id {doc_id!r} (rows {seen[doc_id]} and {number})")
        seen[doc_id] = number
        cells = {c: v for c in TEXT_COLUMNS if (v := values.get(c)) and v.strip()}
        meta = {k: record[k] for k in frame.columns if k not in REQUIRED and k != "reference"}
        meta = {k: (None if _is_missing(v) else v) for k, v in meta.items()}
        rows.append(ManifestRow(doc_id, number, f"{path}:row {number}", cells, meta))
    return Manifest(path, rows, "reference" in frame.columns)


def _read_frame(path: Path, text: str) -> pd.DataFrame:
    import pandas as pd  # only manifests need it

    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            return pd.DataFrame(_json_records(path, text))
        return pd.read_csv(
            io.StringIO(text),
            sep="\t" if suffix == ".tsv" else ",",
            dtype=str,
            keep_default_na=False,
        )
    except (ValueError, pd.errors.ParserError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise InputError(path, f"cannot read manifest: {first}") from None


def _json_records(path: Path, text: str) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(path, f"cannot read manifest: line {number}: {err.msg}") from None
        if not isinstance(record, dict):
            raise InputError(path, f"cannot read manifest: line {number} is not a JSON object")
        records.append(record)
    return records


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _cell(value: Any) -> str | None:
    """A cell as text: ``None`` when missing; numbers as written (``7``, not ``7.0``)."""
    if _is_missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
