"""Organizations Korean news names often (UN bodies, ministries, parties, agencies, companies).

The list is ``mtqa/data/organizations.csv`` in the termbase CSV format (``ko, en, variants,
notes, type``); ``notes`` holds each entry's source. It is matched like a termbase, except that
spacing inside a name does not matter: 유럽연합 and 유럽 연합, 국제통화기금 and 국제 통화 기금 are
the same name (see :func:`mtqa.lexicon.korean_bounds.match_spaced`), whichever way the list
writes it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mtqa.lexicon.korean_bounds import compact, match_spaced
from mtqa.lexicon.termbase import Termbase, read_csv

DATA = Path(__file__).resolve().parent.parent / "data"


class OrganizationList(Termbase):
    """A termbase whose Korean forms match with or without spaces between their parts."""

    def _key(self, ko: str) -> str:
        return compact(ko)

    def _end(self, text: str, start: int, key: str) -> int | None:
        return match_spaced(text, start, key)


@lru_cache(maxsize=1)
def organizations() -> OrganizationList:
    """The bundled organization list (loaded once)."""
    path = DATA / "organizations.csv"
    return OrganizationList(read_csv(path), str(path))
