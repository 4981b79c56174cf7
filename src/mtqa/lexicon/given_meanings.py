"""Korean given names that are ordinary words, and their English meanings (given_meanings.tsv):
하늘 'sky', 가람 'river', 다솜 'love'."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def given_meanings() -> dict[str, frozenset[str]]:
    """Korean given names that are words, and their English meanings (given_meanings.tsv)."""
    text = resources.files("mtqa.data").joinpath("given_meanings.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and ln[0] != "#"]
    return {r[0]: frozenset(w.strip().lower() for w in r[1].split("|")) for r in rows[1:]}
