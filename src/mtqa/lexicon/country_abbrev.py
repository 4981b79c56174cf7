"""Korean compound country abbreviations: 한미 (South Korea-US), 미중, 남북, 한·미·일, 미-북...

Korean news names the parties of a relation by one syllable per country, written together or
with a middle dot or hyphen, usually before a noun of relation (한미 정상회담, 미중 무역전쟁,
남북 관계, 한미동맹). :func:`find_compounds` returns each such mention with its component
countries (ISO 3166-1 codes), so that a check can ask whether every component is rendered.

Some compounds are also ordinary words or other places: 북미 'North America', 중미 'Central
America', 미러 'mirror', 한일 'a thing done', 한영 'Korean-English' (languages), 남북
'north-south' (a direction). Those count only before a noun of relation (북미 정상회담) or when
written with a separator (북·미); 북미/중미 are never read as countries when the English names
the region instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mtqa.lexicon.korean_bounds import ALLOWED_RESTS, TokenIndex, TokenLike, starts_cleanly

# One syllable per country, as Korean news abbreviates them (standard usage, e.g. 한미 FTA).
# 남 stands for South Korea only next to 북 (남북, 남북한).
SYLLABLES: dict[str, str] = {
    "한": "KR",
    "미": "US",
    "중": "CN",
    "일": "JP",
    "러": "RU",
    "북": "KP",
    "남": "KR",
    "영": "GB",
    # hanja, as headlines write them (美中 무역갈등, 韓美日 정상)
    "韓": "KR",
    "美": "US",
    "中": "CN",
    "日": "JP",
    "露": "RU",
    "北": "KP",
    "英": "GB",
}
SEPARATORS = "·ㆍ‧・-‐"
# Compounds that are also ordinary words or regions: need a noun of relation or a separator.
AMBIGUOUS = frozenset(
    {"북미", "중미", "미러", "한일", "한영", "영한", "영미", "영일", "남북", "일중", "중한", "일한"}
)
# Compounds whose English may name a region instead (북미 'North America').
REGIONS: dict[str, tuple[str, ...]] = {
    "북미": ("North America", "North American", "North Americans"),
    "중미": ("Central America", "Central American", "Central Americans"),
    "북중미": ("North and Central America", "CONCACAF", "North America", "Central America"),
    "중남미": ("Latin America", "Central and South America", "Latin American", "South America"),
}
# Nouns of relation that follow a compound, glued or after a space (prefix match).
RELATION_NOUNS: tuple[str, ...] = (
    "관계", "정상", "회담", "회의", "동맹", "무역", "통상", "관세", "전쟁", "갈등", "분쟁",
    "대립", "경쟁", "패권", "긴장", "대화", "협상", "협의", "협력", "협정", "합의", "공조",
    "훈련", "연합", "군사", "안보", "국방", "외교", "교류", "교역", "수교", "경협", "경제",
    "국경", "간", "양국", "3국", "삼국", "3자", "양자", "공동", "밀착", "화해", "통일", "철도",
    "장관", "이산가족", "FTA", "사이", "접경", "연대", "라인", "축",
)  # fmt: skip
# Words that spell compounds but name something else: the American Civil War; regions (북중미
# North and Central America, 중남미 Latin America: 중 is no China there).
NOT_COMPOUNDS: tuple[str, ...] = ("남북전쟁", "남북 전쟁", "북중미", "중남미")
_COMPOUND = re.compile(
    rf"[{''.join(SYLLABLES)}](?:[{re.escape(SEPARATORS)}]?[{''.join(SYLLABLES)}]){{1,3}}"
)


@dataclass(frozen=True)
class Compound:
    """A compound country abbreviation in Korean text and its component countries."""

    start: int
    end: int
    text: str
    codes: tuple[str, ...]  # ISO 3166-1 alpha-2 per component, in order
    syllables: tuple[str, ...]  # the Korean syllable of each component

    @property
    def koreas(self) -> bool:
        """Exactly the two Koreas (남북, 남북한, 한-북): 'inter-Korean' renders both."""
        return sorted(self.codes) == ["KP", "KR"]


def _components(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    plain = "".join(c for c in text if c not in SEPARATORS)
    if plain in ("남북한", "북남한"):
        plain = plain[:2]
    sylls = tuple(plain)
    if "남" in sylls and "북" not in sylls:
        return None
    if "남" in sylls and "한" in sylls:
        return None
    codes = tuple(SYLLABLES[s] for s in sylls)
    if len(set(codes)) != len(codes):
        return None
    return sylls, codes


def _relation_follows(text: str, end: int) -> bool:
    rest = text[end:].lstrip(" ")
    return rest.startswith(RELATION_NOUNS)


def _clean_end(text: str, start: int, end: int, index: TokenIndex | None) -> bool:
    """The compound ends a word, or a particle, a noun of relation or any noun token follows."""
    if end == len(text) or not text[end].isalnum():
        return True
    if _relation_follows(text, end):
        return True
    if index is None:
        stop = end
        while stop < len(text) and text[stop].isalnum():
            stop += 1
        return text[end:stop] in ALLOWED_RESTS
    if end not in index.ends:
        return False
    nxt = index.starts.get(end)
    return nxt is None or nxt.tag.startswith(("NN", "J", "XSN", "VCP", "SL"))


def _noun_start(start: int, index: TokenIndex | None) -> bool:
    if index is None:
        return True
    tok = index.starts.get(start)
    return tok is not None and tok.tag.startswith(("NN", "SL"))


def find_compounds(
    text: str,
    tokens: Sequence[TokenLike] | None = None,
    exclude: frozenset[str] | set[str] = frozenset(),
) -> list[Compound]:
    """Compound country abbreviations in Korean ``text``.

    ``exclude``: Korean words that are names in their own right (북한, 남한, 중국: the gazetteer's
    forms), never read as compounds. With kiwipiepy ``tokens`` the compound must start a noun
    token and end on a token boundary (한미약품 is a company, not 한미).
    """
    index = TokenIndex(tokens) if tokens is not None else None
    out: list[Compound] = []
    for m in _COMPOUND.finditer(text):
        start, end, raw = m.start(), m.end(), m.group()
        if (
            not starts_cleanly(text, start)
            or raw in exclude
            or text.startswith(NOT_COMPOUNDS, start)
        ):
            continue
        plain = "".join(c for c in raw if c not in SEPARATORS)
        if plain in exclude or (end < len(text) and text[end] in SEPARATORS):
            continue
        parts = _components(raw)
        if parts is None:
            continue
        separated = plain != raw
        if not separated and plain in AMBIGUOUS and not _relation_follows(text, end):
            continue
        # A noun of relation after it decides even where kiwipiepy reads no noun there
        # ('"한영 관계' after a quotation mark: 한 as a determiner).
        if not (separated or _noun_start(start, index) or _relation_follows(text, end)):
            continue
        if not _clean_end(text, start, end, index):
            continue
        out.append(Compound(start, end, raw, parts[1], parts[0]))
    return out


def names_region(compound: Compound, target: str) -> bool:
    """The English names the region the compound also spells (북미 -> North America)."""
    from mtqa.rules.rendering import first_found

    plain = "".join(c for c in compound.text if c not in SEPARATORS)
    return bool(first_found(target, REGIONS.get(plain, ())))


# 방한 'a visit to South Korea', 방미, 방중, 방일, 방북, 방러: a country named by its syllable
# after 방 (訪), only where the word goes on as a visit does (방한했다, 방미 중, 방중 일정):
# 방한 is also 防寒 'against the cold' (방한복, 방한 대책).
_VISIT = re.compile(
    r"(?<![가-힣])방(?P<c>[한미중일북러])"  # not 영: 방영 is a broadcast
    r"(?=하|했|한(?![가-힣])|한다|할|해|길|\s?(?:중(?!요)|일정|기간|계획|당시|직후|직전|결과))"
)


def find_visits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO code) of each visit word in Korean ``text`` (방한했다 -> KR)."""
    return [(m.start(), m.end(), SYLLABLES[m.group("c")]) for m in _VISIT.finditer(text)]
