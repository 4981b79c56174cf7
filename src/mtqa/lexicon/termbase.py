"""The desk's termbase: expected English forms for Korean terms, from CSV or TBX.

CSV columns: ``ko``, ``en`` (required), ``variants`` (other accepted English forms separated by
``|`` or ``;``), ``notes``, ``type``. TBX: TBX-Basic / TBX v2 (``termEntry/langSet/tig/term``)
and TBX v3 (``conceptEntry/langSec/termSec/term``); the first English term is preferred, the
others are variants, and terms whose administrativeStatus is deprecated are kept as
``deprecated`` forms. Terms are matched in Korean with particles and endings stripped
(김지사는, 김지사의 match 김지사) but never inside a longer word, and with or without spaces
between their parts: 국제통화기금 matches 국제 통화 기금, 김지사 matches 김 지사 (a title is written
apart from the name), and an entry written with a space matches the text without it (see
:func:`mtqa.lexicon.korean_bounds.match_spaced`).
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mtqa.errors import InputError
from mtqa.lexicon.korean_bounds import (
    TokenIndex,
    TokenLike,
    compact,
    ends_cleanly,
    match_spaced,
    scan,
    spaces_of,
)
from mtqa.lexicon.titles import title_suffix

if TYPE_CHECKING:
    from mtqa.rules.base import UnitView

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
VARIANT_SEP = re.compile(r"\s*[|;]\s*")


@dataclass(frozen=True)
class Term:
    """One termbase entry: Korean form, preferred English, accepted variants, notes, kind."""

    ko: str
    en: str
    variants: tuple[str, ...] = ()
    notes: str = ""
    kind: str = ""
    deprecated: tuple[str, ...] = ()

    @property
    def accepted(self) -> tuple[str, ...]:
        """The preferred form followed by the variants."""
        return (self.en, *self.variants)


class Termbase:
    """Terms indexed by Korean form; finds them in Korean text."""

    def __init__(self, terms: Iterable[Term], origin: str = "") -> None:
        self.terms = list(terms)
        self.origin = origin
        self._by_ko: dict[str, Term] = {}
        self._breaks: dict[str, frozenset[int]] = {}  # where entries of a key had spaces
        for t in self.terms:
            key = compact(t.ko)
            self._by_ko.setdefault(key, t)
            self._breaks[key] = self._breaks.get(key, frozenset()) | _breaks(t.ko)
        self._by_first: dict[str, list[str]] = {}
        for ko in sorted(self._by_ko, key=len, reverse=True):
            self._by_first.setdefault(ko[0], []).append(ko)

    def __len__(self) -> int:
        return len(self.terms)

    def get(self, ko: str) -> Term | None:
        return self._by_ko.get(compact(ko))

    def find(
        self, text: str, tokens: Sequence[TokenLike] | None = None
    ) -> list[tuple[int, int, Term]]:
        """Term mentions in Korean ``text`` as (start, end, term), longest first.

        With kiwipiepy ``tokens`` (offsets into ``text``) a term must end on a token boundary
        or before a known suffix inside a noun; without them the rest of the word must be a
        particle sequence.
        """
        index = TokenIndex(tokens) if tokens is not None else None

        def match_at(i: int) -> tuple[int, int, str] | None:
            for ko in self._by_first[text[i]]:
                end = match_spaced(text, i, ko, breaks=self._breaks[ko])
                if end is not None and ends_cleanly(text, i, end, index, strict=True):
                    return i, end, ko
            return None

        return [(a, b, self._by_ko[ko]) for a, b, ko in scan(text, self._by_first, match_at)]


def _breaks(ko: str) -> frozenset[int]:
    """Where a space may stand in a Korean entry: where it has one, and before a title that
    ends it (Korean spelling writes 김 지사 and 서울 시장 apart)."""
    split = title_suffix(compact(ko))
    before_title = {len(split[0])} if split is not None and split[0] else set()
    return spaces_of(ko) | before_title


def _variants(cell: str | None) -> tuple[str, ...]:
    return tuple(v for v in VARIANT_SEP.split(cell or "") if v)


def read_csv(path: Path) -> list[Term]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            header = [h.strip().lower() for h in reader.fieldnames or []]
            missing = {"ko", "en"} - set(header)
            if missing:
                raise InputError(path, f"termbase CSV lacks column(s) {', '.join(sorted(missing))}")
            reader.fieldnames = header
            terms = []
            for row in reader:
                ko, en = (row.get("ko") or "").strip(), (row.get("en") or "").strip()
                if not ko and not en:
                    continue
                if not ko or not en:
                    raise InputError(path, f"line {reader.line_num}: both ko and en are needed")
                terms.append(
                    Term(
                        ko,
                        en,
                        _variants(row.get("variants")),
                        (row.get("notes") or "").strip(),
                        (row.get("type") or "").strip(),
                    )
                )
            return terms
    except UnicodeDecodeError:
        raise InputError(path, "termbase is not UTF-8 text") from None
    except csv.Error as err:
        raise InputError(path, f"malformed CSV: {err}") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el: ET.Element, *names: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) in names]


def _text(el: ET.Element) -> str:
    return "".join(el.itertext()).strip()


def _lang_terms(lang_el: ET.Element) -> tuple[list[str], list[str]]:
    """(accepted, deprecated) terms of one langSet/langSec."""
    accepted: list[str] = []
    deprecated: list[str] = []
    for holder in _children(lang_el, "tig", "ntig", "termSec"):
        term_el = next(iter(holder.iter()), None)
        terms = [e for e in holder.iter() if _local(e.tag) == "term"]
        if term_el is None or not terms or not _text(terms[0]):
            continue
        status = " ".join(
            _text(e)
            for e in holder.iter()
            if _local(e.tag) == "termNote" and e.get("type") == "administrativeStatus"
        )
        (deprecated if "deprecated" in status or "superseded" in status else accepted).append(
            _text(terms[0])
        )
    return accepted, deprecated


def read_tbx(path: Path) -> list[Term]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise InputError(path, f"malformed TBX (XML error: {err})") from None
    entries = [e for e in root.iter() if _local(e.tag) in ("termEntry", "conceptEntry")]
    if _local(root.tag) not in ("martif", "tbx") or not entries:
        raise InputError(path, "not a TBX termbase (no martif/tbx root with termEntry elements)")
    terms: list[Term] = []
    for entry in entries:
        by_lang: dict[str, tuple[list[str], list[str]]] = {}
        for lang_el in _children(entry, "langSet", "langSec"):
            lang = (lang_el.get(XML_LANG) or lang_el.get("lang") or "").lower().split("-")[0]
            acc, dep = _lang_terms(lang_el)
            old = by_lang.setdefault(lang, ([], []))
            old[0].extend(acc)
            old[1].extend(dep)
        ko_terms = by_lang.get("ko", ([], []))[0]
        en_terms, en_dep = by_lang.get("en", ([], []))
        if not ko_terms or not en_terms:
            continue
        notes = " ".join(
            _text(e) for e in entry.iter() if _local(e.tag) in ("note", "descrip", "definition")
        )
        kind = next(
            (
                _text(e)
                for e in entry.iter()
                if _local(e.tag) in ("descrip", "termNote") and e.get("type") == "termType"
            ),
            "",
        )
        for ko in ko_terms:
            terms.append(Term(ko, en_terms[0], tuple(en_terms[1:]), notes, kind, tuple(en_dep)))
    if not terms:
        raise InputError(path, "TBX termbase has no entry with both a Korean and an English term")
    return terms


@lru_cache(maxsize=8)
def _load(path: Path, mtime: float) -> Termbase:
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml"):
        terms = read_tbx(path)
    elif suffix in (".csv", ".tsv", ".txt"):
        terms = read_csv(path)
    else:
        raise InputError(path, "unknown termbase format (expected .csv or .tbx)")
    return Termbase(terms, str(path))


def load_termbase(path: Path | None) -> Termbase | None:
    """The termbase at ``path`` (cached by path and modification time); None without a path."""
    if path is None:
        return None
    path = Path(path)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        raise InputError(path, "termbase file not found") from None
    return _load(path.resolve(), mtime)


def view_terms(view: UnitView) -> list[tuple[int, int, Term]]:
    """Termbase mentions in the unit's source text (cached per unit on the document)."""
    key = f"termbase.terms:{view.unit.index}"
    cache = view.doc.cache
    if key not in cache:
        tb = load_termbase(view.resources.termbase_path)
        found = tb.find(view.source_text, view.source_tokens) if tb and view.source_text else []
        cache[key] = found
    hits: list[tuple[int, int, Term]] = cache[key]
    return hits
