"""The Korean analyzer (kiwipiepy), loaded once and shared."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any


@dataclass(frozen=True)
class Token:
    """A morpheme: surface form, POS tag (Sejong tagset as kiwipiepy uses it), span in the text."""

    form: str
    tag: str
    start: int
    end: int
    oov: bool = False  # a word Kiwi does not know (its tag a guess): often a foreign name


@cache
def _shared_kiwi() -> Any:
    """One Kiwi per process (its model takes about 400 MB; every analyzer shares it)."""
    from kiwipiepy import Kiwi

    return Kiwi()


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[Token, ...]:
    """Morphemes of ``text``, kept per text: the rules of one unit each ask for them."""
    return tuple(
        Token(t.form, t.tag, t.start, t.start + t.len, bool(t.oov))
        for t in _shared_kiwi().tokenize(text)
    )


def morphemes(text: str) -> tuple[Token, ...]:
    """Morphemes of ``text`` with the shared analyzer (kept per text)."""
    return _tokens(text)


class KoreanAnalyzer:
    """Thin wrapper over :class:`kiwipiepy.Kiwi` with plain, typed tokens."""

    @cached_property
    def kiwi(self) -> Any:
        return _shared_kiwi()

    def tokenize(self, text: str) -> list[Token]:
        return list(_tokens(text))

    def split_sentences(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans (start, end) in ``text``."""
        return [(s.start, s.end) for s in self.kiwi.split_into_sents(text)]

    @property
    def version(self) -> str:
        import kiwipiepy

        return str(kiwipiepy.__version__)
