"""Where a Korean name ends: particles, copulas and endings that may follow it in a word.

Shared by the gazetteer, the organization list and the termbase. With kiwipiepy tokens a match
must start on a token and end on a token boundary (or inside a noun token followed only by a
known suffix such as 인 'person of' or 어 'language'); without tokens the rest of the word must
be a known particle sequence.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from typing import Protocol

PARTICLES: tuple[str, ...] = (
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "에서",
    "에게",
    "에는",
    "에서는",
    "에서의",
    "에서도",
    "에도",
    "에선",
    "으로",
    "로",
    "으로서",
    "로서",
    "으로부터",
    "로부터",
    "으로는",
    "로는",
    "와",
    "과",
    "와의",
    "과의",
    "도",
    "만",
    "까지",
    "부터",
    "서",
    "이나",
    "나",
    "이라",
    "라",
    "이다",
    "다",
    "이며",
    "며",
    "이었다",
    "였다",
    "인",
    "이자",
    "께서",
    "한테",
    "보다",
    "처럼",
    "과는",
    "와는",
    "이라는",
    "라는",
    "이란",
    "란",
    "조차",
    "마저",
    "밖에",
    "뿐",
    "랑",
    "이랑",
    "에게서",
    "께",
    "까지는",
    "부터는",
    "만의",
    "들",
    "들은",
    "들이",
    "들의",
    "들을",
    "등",
    "측",
)
# Nouns and suffixes that may follow a name inside one written word (미국인, 중국어, 한국산).
SUFFIX_WORDS: tuple[str, ...] = (
    "인",
    "어",
    "산",
    "계",
    "측",
    "제",
    "식",
    "풍",
    "행",
    "발",
    "내",
    "외",
    "간",
    "권",
    "령",
    "정부",
    "당국",
    "대사",
    "대사관",
    "영사관",
    "국민",
    "시민",
    "주민",
    "지역",
    "시장",
    "지사",
    "도지사",
    "군수",
    "구청장",
    "교육감",
    "의회",
    # councillors and offices of the place, which Kiwi may read as one noun (충남도의원/NNG);
    # not 의원 alone: 국회의원 is a lawmaker, with no National Assembly to name
    "도의원",
    "시의원",
    "군의원",
    "구의원",
    "도의회",
    "시의회",
    "군의회",
    "구의회",
    "도청",
    "시청",
    "군청",
    "구청",
    "교육청",
    "경찰",
    "대표",
    "총리",
    "대통령",
    "총영사",
    "님",
    "팀",
    "군",
    "전",
    "쪽",
    "내외",
    "현지",
    "지부",
    "본부",
    "공장",
    "법인",
    "사무소",
    "지점",
    # facilities named after their place (전주월드컵경기장 'Jeonju World Cup Stadium')
    "월드컵경기장",
    "경기장",
    "종합운동장",
    "운동장",
    "체육관",
    "국제공항",
    "공항",
    "역",
    "항",
    "항만",
)


def _rests() -> frozenset[str]:
    out = set(PARTICLES)
    for s in SUFFIX_WORDS:
        out.add(s)
        out.update(s + p for p in PARTICLES)
    return frozenset(out)


ALLOWED_RESTS = _rests()


class TokenLike(Protocol):
    @property
    def form(self) -> str: ...
    @property
    def tag(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def is_word_char(ch: str) -> bool:
    return ch.isalnum()


def word_end(text: str, pos: int) -> int:
    while pos < len(text) and is_word_char(text[pos]):
        pos += 1
    return pos


def starts_word(text: str, start: int) -> bool:
    return start == 0 or not is_word_char(text[start - 1])


class TokenIndex:
    """Token boundaries of one text, for quick boundary tests."""

    def __init__(self, tokens: Sequence[TokenLike]) -> None:
        self.tokens = list(tokens)
        self.starts: dict[int, TokenLike] = {}
        for t in self.tokens:
            self.starts.setdefault(t.start, t)
        self.ends = {t.end for t in self.tokens}

    def covering(self, pos: int) -> TokenLike | None:
        for t in self.tokens:
            if t.start <= pos < t.end:
                return t
        return None


def ends_cleanly(
    text: str, start: int, end: int, tokens: TokenIndex | None, strict: bool = False
) -> bool:
    """True when a name ending at ``end`` is followed by a word end, particle or known suffix.

    ``strict``: a noun glued to the name (카카오 + 종이) ends the match too, not only verbs;
    used for organizations and termbase terms, where a longer compound is a different thing.
    """
    stop = word_end(text, end)
    if stop == end:
        return True
    if text[end - 1].isascii() != text[end].isascii():
        return True  # "LA에서", "UN은": script change is a boundary
    rest = text[end:stop]
    if tokens is None:
        return rest in ALLOWED_RESTS
    if end in tokens.ends:
        nxt = tokens.starts.get(end)
        if nxt is None:
            return True
        if strict and nxt.tag.startswith("NN") and nxt.form not in SUFFIX_WORDS:
            return False
        # A following verb/adjective stem glued to the name means the match was part of a word.
        return not nxt.tag.startswith(("VV", "VA", "XSV", "XSA"))
    tok = tokens.covering(end - 1)
    # Inside a token only when that noun token holds the whole name plus a suffix (미국인).
    if tok is None or tok.start != start or not tok.tag.startswith("NN"):
        return False
    inner = text[end : tok.end]
    if strict and inner in PARTICLES and not getattr(tok, "oov", False):
        # one noun token 기아나 (French Guiana) is not 기아 + the particle 나; but a word Kiwi
        # does not know it reads with its particle (바클레이스의/NNP): the name and 의
        return False
    return inner in ALLOWED_RESTS


def starts_cleanly(text: str, start: int) -> bool:
    """True when a name starting at ``start`` begins a word (or follows a script change)."""
    if starts_word(text, start):
        return True
    return text[start - 1].isascii() != text[start].isascii()


def scan(
    text: str,
    first_chars: Container[str],
    match_at: Callable[[int], tuple[int, int, str] | None],
) -> list[tuple[int, int, str]]:
    """Left-to-right, non-overlapping matches: ``match_at(i)`` tries the longest form at ``i``.

    Only positions whose character is in ``first_chars`` and that start a word are tried.
    """
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(text)
    while i < n:
        hit = match_at(i) if text[i] in first_chars and starts_cleanly(text, i) else None
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = max(hit[1], i + 1)
    return out


def compact(form: str) -> str:
    """``form`` without spaces: the key under which spaced and unspaced spellings meet."""
    return "".join(form.split())


def spaces_of(form: str) -> frozenset[int]:
    """Where ``form`` has spaces, as positions in its :func:`compact` form."""
    out, k = set(), 0
    for word in form.split()[:-1]:
        k += len(word)
        out.add(k)
    return frozenset(out)


def match_spaced(
    text: str, start: int, form: str, min_part: int = 2, breaks: frozenset[int] = frozenset()
) -> int | None:
    """End of ``form`` (written without spaces) at ``start`` in ``text``, spaces allowed between.

    Korean news spaces compound names freely (유럽연합 / 유럽 연합, 국제통화기금 / 국제 통화
    기금). A space may fall anywhere between two syllables of ``form`` as long as every part is at
    least ``min_part`` characters, so a short word is never glued to its neighbour (세계 은행들 is
    still 세계은행 + 들, but 국 방부 is not 국방부, nor 이 사장 이사장). At the positions in
    ``breaks`` (where the entry itself was written with a space, see :func:`spaces_of`) a space
    is always allowed: an entry 김 지사 matches 김 지사 and 김지사. Returns None when ``form`` is
    not there.
    """
    i, k, part, need = start, 0, 0, False  # need: the part began after a free-standing space
    n = len(text)
    while k < len(form):
        if i < n and text[i] == form[k]:
            i, k, part = i + 1, k + 1, part + 1
        elif i < n and text[i] == " " and k > 0:
            if part < min_part and (need or k not in breaks):
                return None
            while i < n and text[i] == " ":
                i += 1
            part, need = 0, k not in breaks
        else:
            return None
    return None if need and part < min_part else i
