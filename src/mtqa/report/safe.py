"""Making untrusted article text safe for file names, inline scripts, CSV cells and XML."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
# Characters XML 1.0 cannot carry, even escaped.
_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


class SafeNames:
    """File names for arbitrary ids: ASCII, short, stable, and unique even on a
    case-insensitive file system. An id that is already safe keeps its name."""

    def __init__(self, max_len: int = 80) -> None:
        self.max_len = max_len
        self._used: set[str] = set()

    def name(self, doc_id: str) -> str:
        slug = _UNSAFE.sub("_", doc_id).strip("._-")[: self.max_len] or "article"
        if slug != doc_id or slug.lower() in _RESERVED:
            slug = f"{slug}-{short_hash(doc_id)}"
        candidate, n = slug, 1
        while candidate.lower() in self._used:
            n += 1
            candidate = f"{slug}-{n}"
        self._used.add(candidate.lower())
        return candidate


def script_json(value: Any) -> str:
    """JSON that can sit inside ``<script>`` without ending it or opening a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def xml_text(value: Any) -> str:
    """Text XML 1.0 can hold: characters it forbids become U+FFFD (ElementTree escapes the rest)."""
    return _XML_BAD.sub("\ufffd", "" if value is None else str(value))


def csv_cell(value: Any) -> Any:
    """Free text for a spreadsheet: a leading ``=``, ``+``, ``-`` or ``@`` starts no formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
