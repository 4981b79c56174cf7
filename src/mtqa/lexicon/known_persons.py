"""Foreign persons Korean news names often, with the English forms wire services use.

Phonetic matching (:mod:`mtqa.lexicon.transliterate`) can say that 'Emmanuel Macaroon' or
'Angela Merkle' sounds like 에마뉘엘 마크롱 / 앙겔라 메르켈, but not that it is misspelled: for an
arbitrary foreign name any close transliteration may be right. For the people Korean news names
most (heads of state and government, ministers, central bankers, business leaders), the spelling
is a public fact. The table lives in ``src/mtqa/data/known_persons.tsv`` (each row with its
source); a desk's termbase takes precedence over it, as over every built-in list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class KnownPerson:
    ko: str  # the full Korean name
    en: str  # the English full name
    accepted: tuple[str, ...]  # every accepted English form: full, short and variants
    source: str


def _split(cell: str) -> list[str]:
    return [s.strip() for s in cell.split("|") if s.strip()]


@lru_cache(maxsize=1)
def known_persons() -> dict[str, KnownPerson]:
    """The table keyed by Korean full name and by Korean short form (spaces removed)."""
    text = resources.files("mtqa.data").joinpath("known_persons.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    table: dict[str, KnownPerson] = {}
    for cols in rows[1:]:  # header
        ko, en, short_ko, short_en, variants, source = (cols + [""] * 6)[:6]
        forms = [en.strip(), *_split(short_en), *_split(variants)]
        person = KnownPerson(ko.strip(), en.strip(), tuple(dict.fromkeys(forms)), source.strip())
        table[_key(person.ko)] = person
        if short_ko.strip():
            # A short form two people share (클린턴) keeps the forms of both.
            other = table.get(_key(short_ko))
            if other is not None and other.ko != person.ko:
                merged = tuple(dict.fromkeys(other.accepted + person.accepted))
                person = KnownPerson(short_ko.strip(), other.en, merged, other.source)
            table[_key(short_ko)] = person
    return table


def _key(name: str) -> str:
    return "".join(name.split())


def known_person(name: str) -> KnownPerson | None:
    """The known person a Korean mention (full name or short form) names, if listed."""
    return known_persons().get(_key(name))


@lru_cache(maxsize=1)
def korean_forms() -> frozenset[str]:
    """Every Korean form of the table's persons (full and short, as written and unspaced)."""
    forms = {p.ko for p in known_persons().values()}
    return frozenset(forms | {_key(f) for f in forms} | set(known_persons()))


@lru_cache(maxsize=1)
def distinct_persons() -> tuple[KnownPerson, ...]:
    """Each entry of the table once (it is keyed by full and short forms)."""
    return tuple(dict.fromkeys(known_persons().values()))
