"""Organizations Korean news names often (UN bodies, ministries, parties, agencies, companies).

The list is ``mtqa/data/organizations.csv`` in the termbase CSV format (``ko, en, variants,
notes, type``); ``notes`` holds each entry's source. It is matched like a termbase, so spacing
inside a name does not matter: 유럽연합 and 유럽 연합, 국제통화기금 and 국제 통화 기금 are the same
name, whichever way the list writes it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from mtqa.lexicon.termbase import Term, Termbase, read_csv

DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=1)
def organizations() -> Termbase:
    """The bundled organization list (loaded once)."""
    path = DATA / "organizations.csv"
    return Termbase([_with_minister(t) for t in read_csv(path)], str(path))


def _with_minister(term: Term) -> Term:
    """A ministry's name also as its minister's ('Minister of Land, Infrastructure and
    Transport' names 국토교통부 as much as 'Ministry of ...' does)."""
    extra = tuple(
        "Minister" + f[len("Ministry") :]
        for f in term.accepted
        if f.startswith("Ministry of ") and "Minister" + f[len("Ministry") :] not in term.accepted
    )
    return replace(term, variants=term.variants + extra) if extra else term
