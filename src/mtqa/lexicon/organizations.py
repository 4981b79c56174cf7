"""Organizations Korean news names often (UN bodies, ministries, parties, agencies, companies).

The list is ``mtqa/data/organizations.csv`` in the termbase CSV format (``ko, en, variants,
notes, type``); ``notes`` holds each entry's source. It is matched like a termbase, except that
spacing inside a name does not matter: 유럽연합 and 유럽 연합, 국제통화기금 and 국제 통화 기금 are
the same name (see :func:`mtqa.lexicon.korean_bounds.match_spaced`), whichever way the list
writes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from mtqa.lexicon.korean_bounds import (
    TokenIndex,
    TokenLike,
    compact,
    ends_cleanly,
    match_spaced,
    scan,
)
from mtqa.lexicon.termbase import Term, Termbase, read_csv

DATA = Path(__file__).resolve().parent.parent / "data"


class OrganizationList(Termbase):
    """A termbase whose Korean forms match with or without spaces between their parts."""

    def __init__(self, terms: Iterable[Term], origin: str = "") -> None:
        super().__init__(terms, origin)
        self._by_key: dict[str, Term] = {}
        for t in self.terms:
            self._by_key.setdefault(compact(t.ko), t)
        self._keys_by_first: dict[str, list[str]] = {}
        for key in sorted(self._by_key, key=len, reverse=True):
            self._keys_by_first.setdefault(key[0], []).append(key)

    def get(self, ko: str) -> Term | None:
        return self._by_key.get(compact(ko))

    def find(
        self, text: str, tokens: Sequence[TokenLike] | None = None
    ) -> list[tuple[int, int, Term]]:
        """Organization mentions in ``text`` as (start, end, term), longest first, any spacing."""
        index = TokenIndex(tokens) if tokens is not None else None

        def match_at(i: int) -> tuple[int, int, str] | None:
            for key in self._keys_by_first[text[i]]:
                end = match_spaced(text, i, key)
                if end is not None and ends_cleanly(text, i, end, index, strict=True):
                    return i, end, key
            return None

        found = scan(text, self._keys_by_first, match_at)
        return [(a, b, self._by_key[key]) for a, b, key in found]


@lru_cache(maxsize=1)
def organizations() -> OrganizationList:
    """The bundled organization list (loaded once)."""
    path = DATA / "organizations.csv"
    return OrganizationList(read_csv(path), str(path))
