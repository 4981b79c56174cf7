"""Person mentions in Korean news text: Korean names, foreign names in Hangul, and their titles.

Korean names are a surname from the surname table plus a one- to three-syllable given name,
tagged NNP by kiwipiepy (김동연, 윤석열); a surname alone followed by a title (김 지사) is a later
mention. Foreign names are one to three NNP words separated by spaces (도널드 트럼프, 캐리 람).
A mention is *anchored* when a title, an honorific (씨) or an age in brackets follows it, when
the same name was already seen anchored in the document, or when it is the name of a person
Korean news names often (``famous``: :mod:`mtqa.lexicon.known_persons`, 트럼프 alone);
unanchored mentions are only candidates.
Known places (the gazetteer) and organizations (the bundled list) are never persons.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from mtqa.lexicon.chinese import chinese_parts
from mtqa.lexicon.country_abbrev import SYLLABLES
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.given_meanings import given_meanings
from mtqa.lexicon.japanese import given_readings
from mtqa.lexicon.japanese import surname_spellings as japanese_spellings
from mtqa.lexicon.known_persons import known_person
from mtqa.lexicon.ministries import SEONG
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.romanize import (
    is_hangul,
    is_hangul_syllable,
    jamo,
    split_name,
    surname_spellings,
    surnames,
)
from mtqa.lexicon.titles import (
    RANK_PREFIXES,
    Title,
    homograph,
    last_word,
    title_suffix,
    titles,
)
from mtqa.lexicon.transliterate import phonetic_score
from mtqa.lexicon.vietnamese import is_vietnamese
from mtqa.lexicon.world_names import is_known_name
from mtqa.text.korean import Token, morphemes

NOUN_TAGS = frozenset({"NNP", "NNG", "XSN", "NNB"})
SKIP_MODIFIERS = frozenset({"전", "현", "前", "신임", "초대", "당시", "차기"})
# A national squad written before a title (국가대표 코치): its 대표 is a team, not a title.
_SQUAD = re.compile(r"(?:국가|청소년|올림픽)대표팀?")
# Parts of a region written apart before its name (중부 술라웨시, 서부 자바).
_DIRECTIONS = frozenset(
    {"중부", "남부", "북부", "동부", "서부", "동남부", "서남부", "동북부", "서북부"}
)
# Words that may sit between a title's place prefix and the title (국가주석, 행정장관, 원내대표).
TITLE_PREFIXES = frozenset(
    {"국가", "행정", "원내", "사무", "대변", "부", "당", "국무", "외교", "국방", "경제", "사회"}
)  # 경제부총리, 사회부총리: the deputy prime ministers for the economy and for social affairs
# Titles an ordinal is glued to (외교부 1차관, 제2차관, 1부총리).
ORDINAL_TITLES = frozenset(
    {"차관", "차관보", "부부장", "부위원장", "부총리", "부의장", "부시장", "부지사", "부청장",
     "부회장", "부원장", "차장"}
)  # fmt: skip
# Last syllables of organizations and things that take titles (교정청 대변인, 뷰티 시장).
ORG_ENDINGS = frozenset("청부원당회사국처소단실관대팀과주")  # ...학과, 미시건주 (a state)
# Homograph titles that do not make a foreign-looking word a person on their own (뷰티 시장).
WEAK_TITLES = frozenset(
    {
        "시장",
        "지사",
        "장관",
        "대사",
        "주석",
        "회장",
        "검사",
        "의원",
        "감독",
        "국장",
        "수석",
        "특사",
        "대표",
        "총장",
        "원장",
        "소장",
        "실장",
        "청장",
    }
)
HONORIFICS = frozenset({"씨", "氏", "여사", "옹", "군", "양"})
# Occupations sports and culture news writes right before a bare name (배우 송강호, 투수
# 류현진, 세터 박한결): they anchor a Korean full name, or a foreign name of two words or
# more, as a title after it does.
ROLES = frozenset(
    {
        "배우", "가수", "작가", "시인", "소설가", "화가", "감독", "영화감독", "연출가", "작곡가",
        "방송인", "개그맨", "코미디언", "모델", "아나운서", "선수", "투수", "타자", "포수",
        "내야수", "외야수", "유격수", "공격수", "수비수", "미드필더", "골키퍼", "세터", "센터",
        "가드", "포워드", "주장", "골퍼", "신인", "에이스", "교수", "변호사", "판사", "검사",
        "라이트백", "레프트백", "센터백", "풀백", "윙백", "윙어", "피벗", "리베로", "아포짓",
        "미들블로커", "스트라이커", "플레이메이커", "포인트가드", "지명타자", "선발투수",
        "마무리투수", "아웃사이드히터", "레프트윙", "라이트윙", "골잡이", "수문장", "골리", "신예",
        "루키", "코치", "트레이너", "히터", "블로커", "스파이커", "윙스파이커",
    }
)  # fmt: skip
ROLE = "role"
# A foreign name the Korean writes in two or more sentences of the article with nothing marking
# it a person (no title, 씨 or age; 캐버노는, 팔루에서): a named entity (a person, a town, a
# team), so MT405 compares its spellings across the article (NTREX, NLLB: 'Palo' and 'Palu',
# 'Caberno' and 'Cabrino'). Only MT405: missing (MT401) or as words (MT402) it would be
# flagged wrongly too often, since loanwords Kiwi does not know repeat too (퍼브 'pubs', 트라이
# 'try'; NTREX references: 190 more MT401 and 119 more MT402 at low confidence).
REPEATED = "repeated"
# A Japanese family name of the table before a given name (예보관 다나카 유키): the name's own
# shape makes it a person, as a role before it would.
FAMILY_NAME = "family-name"
# Tags kiwipiepy gives one-syllable surnames it reads as words (금 NNG gold, 도 NNG province,
# 육 NR six, 구 XPN old). Determiners, pronouns and interjections are left out: before a title
# they are grammar (동 위원장 "the said chairman", 모 의원 "a certain lawmaker", 한 의원 "one
# lawmaker", 전 시장 "the former mayor", 제 "my").
WORD_TAGS = frozenset({"NNG", "NNB", "NR", "XPN", "XR"})
# One-syllable country abbreviations that follow names in news Korean (조지 부시 미 대통령).
COUNTRY_ABBREVIATIONS = frozenset("미중일러영독불북남한호")


@dataclass(frozen=True)
class PersonMention:
    """A person named in Korean text; offsets are into the analysed text."""

    start: int
    end: int
    name: str
    kind: str  # "korean" or "foreign"
    anchor: str  # "title", "honorific", "age", "role", "family-name", "affiliation", "known",
    # "famous" or "none"
    surname: str = ""
    given: str = ""
    title: Title | None = None
    title_span: tuple[int, int] | None = None
    title_prefix: str = ""  # the place or body before the title: 서울 in 서울시장

    @property
    def surname_only(self) -> bool:
        return self.kind == "korean" and not self.given

    @property
    def anchored(self) -> bool:
        return self.anchor != "none"


def _contiguous(tokens: Sequence[Token], i: int) -> int:
    """Index after the run of nouns glued to tokens[i] (no space between them), digits glued
    between two of them included (행정1부지사)."""
    j = i + 1
    while j < len(tokens) and tokens[j].start == tokens[j - 1].end:
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        inner_digits = (
            tokens[j].tag == "SN"
            and nxt is not None
            and nxt.start == tokens[j].end
            and nxt.tag in NOUN_TAGS
        )
        if tokens[j].tag not in NOUN_TAGS and not inner_digits:
            break
        j += 1
    return j


# Suffixes a Korean place drops before a title (부여군 -> 부여군수 is written 부여 + 군수).
_PLACE_SUFFIXES = ("군", "시", "도", "구", "현", "성", "주")


def _covering(tokens: Sequence[Token], start: int, cut: int) -> list[Token]:
    """The tokens that lie wholly within text[start:cut]."""
    return [t for t in tokens if t.start >= start and t.end <= cut]


def _good_prefix(
    prefix: str, tokens: Sequence[Token], start: int, cut: int, title: Title | None = None
) -> bool:
    """A title's prefix may be a place or body. Given the ``title`` (a second pass), also a
    place without its administrative suffix (부여 of 부여군수, 부여군's county governor) or
    nouns naming the body a title heads (:func:`_body_before_title`)."""
    if (
        not prefix
        or prefix in TITLE_PREFIXES
        or gazetteer().is_place(prefix)
        or organizations().get(prefix) is not None  # 교육부 + 장관, not 교육 + 부장관
    ):
        return True
    covering = _covering(tokens, start, cut)
    if title is not None:
        return (
            # 부여 of 부여군수; not one syllable (정 of 정관장, a team: 정주 is no 정 + 주)
            (len(prefix) > 1 and any(gazetteer().is_place(prefix + s) for s in _PLACE_SUFFIXES))
            or _body_before_title(prefix, covering, title)
            or _place_and_noun(prefix)
        )
    return bool(covering) and all(t.tag == "NNP" for t in covering)


def _place_and_noun(prefix: str) -> bool:
    """A place and a common noun of two syllables or more (인도 + 권역 of 인도권역본부장, 미주 +
    법인): a regional division the title heads."""
    return any(
        gazetteer().is_place(prefix[:k]) and _known_noun(prefix[k:])
        for k in range(2, len(prefix) - 1)
    )


# Heads of a bureau or section, homographs alone (국장 'state funeral', 과장 'exaggeration') but
# titles after the bureau's name (조사조정국장, 홍보과장).
_BUREAU_TITLES = frozenset({"국장", "과장"})


# Titles that start like a rank but are offices of their own: 부장 (a department's head).
_NOT_RANK_LED = frozenset({"부장", "부장판사", "부장검사"})


def _rank_led(title: Title) -> bool:
    """The title is a rank word and another office (부장관, 차관보), not 부장."""
    return title.ko.startswith(RANK_PREFIXES) and title.ko not in _NOT_RANK_LED


def _body_before_title(prefix: str, covering: Sequence[Token], title: Title) -> bool:
    """Nouns of two syllables or more (the ``covering`` tokens) before a title that is no
    homograph: a committee or body the title heads (국토교통 of 국토교통위원장). Homographs
    (시장, 지사) keep to places: 부동산시장 is the property market."""
    return (
        (not homograph(title) or title.ko in _BUREAU_TITLES)
        and not _rank_led(title)  # 외교통상부장관: 장관, not 부장관
        and len(prefix) >= 2
        and bool(covering)
        and all(t.tag in {"NNG", "NNP"} for t in covering)
    )


# Wards many cities have, so no one place of the gazetteer: 동구청장 is 동구's head.
_WARDS = frozenset({"동구", "서구", "남구", "북구", "중구"})


# Rank words glued before a title (수석부원장 'senior deputy governor', 선임연구원).
_RANK_WORDS = frozenset({"수석", "선임", "상임", "비상임", "책임", "제1", "제2", "제3"})


def _title_split(compound: str, tokens: Sequence[Token], start: int) -> tuple[str, Title] | None:
    """The title a compound noun ends in and the place or body before it: the longest title
    whose prefix is good (충청남도지사 is 충청남도 + 지사, not 충청남 + 도지사); failing that, a
    place written without its suffix (부여 + 군수) or an agency without the syllable the title
    repeats (질병관리 + 청장, 금융 + 위원장: that reading comes first, but not for a rank-led
    title: 교육부장관 is 교육부 + 장관, not 교육 + 부장관)."""
    cuts: list[tuple[int, Title]] = []  # where a whole title ends the compound, longest first
    for cut in range(len(compound)):
        found = title_suffix(compound[cut:])
        # a deputy the table lacks (부법인장) only as the whole word: 경기남부 + 경찰청장
        if found is not None and not found[0] and (not cut or found[1].ko in titles()):
            cuts.append((cut, found[1]))
    for cut, title in cuts:
        if not cut:
            return "", title  # a title of its own (국가안보실장)
        if _rank_led(title):
            continue
        glued = compound[:cut] + title.ko[:1]  # 질병관리 + 청장
        if organizations().get(glued) is not None:
            return compound[:cut], title
        if title.ko[:1] in "구군시" and (gazetteer().is_place(glued) or glued in _WARDS):
            return compound[:cut], title  # 강서 + 구청장 (강서구), not 강서구 + 청장
    for cut, title in cuts:
        if compound[:cut] in _RANK_WORDS:
            return compound[
                :cut
            ], title  # 수석 + 부원장 'senior deputy governor', not 수석부 + 원장
    for suffixed in (False, True):
        for cut, title in cuts:
            prefix = compound[:cut]
            if _good_prefix(prefix, tokens, start, start + cut, title if suffixed else None):
                return prefix, title
    return None


def _title_after(
    text: str, tokens: Sequence[Token], k: int
) -> tuple[str, Title | None, tuple[int, int] | None, str, int]:
    """(anchor, title, title span, prefix, next index) for what follows a name before tokens[k].

    The prefix is the place or body glued to the title (서울 of 서울시장) or, failing that, the
    places and bodies written between the name and the title (가고시마현 of 하야시 겐타로
    가고시마현 지사). The name's own Hanja or Latin spelling in brackets is passed over
    (저우하이린(周海林) 산둥성 성장)."""
    start = k
    skipped = 0
    bodies: list[str] = []
    while k < len(tokens) and skipped <= 3:
        tok = tokens[k]
        if tok.form in HONORIFICS and tok.tag in {"NNB", "NNG", "XSN"}:
            if _given_syllable(tokens, k):
                break
            return "honorific", None, None, "", k + 1
        if tok.tag == "SSO" and k + 1 < len(tokens) and tokens[k + 1].tag == "SN":
            after = k + 3 if k + 2 < len(tokens) and tokens[k + 2].tag == "SSC" else None
            titled = _title_after(text, tokens, after) if after is not None else None
            if titled is not None and titled[0] == "title":  # 김나래(57) 교수
                return titled
            return "age", None, None, "", k + 2
        closing = _noun_bracket_end(tokens, k) if k == start and k else None
        if closing is not None:  # 한다솜(마포2) 의원, 장새봄(한국체대) 선수
            titled = _title_after(text, tokens, closing + 1)
            if titled[0] == "title":
                return titled
        bracket = _spelling_in_brackets(tokens, k) if k == start or skipped else None
        if bracket is not None:  # or the body's acronym or Latin name
            if not bodies and skipped:
                bodies.append(text[tokens[start].start : tokens[k - 1].end])  # 핀다드(PT Pindad)
            k = bracket
            continue
        short = _short_name_in_brackets(tokens, k) if skipped else None
        if short is not None:  # 한국수력원자력(한수원) 사장: the body's Korean short name
            k = short
            continue
        # 오토비/NNP 전/MM: the end of a word (오토비전), no 'former'; but 야마구치/NNP 현/MM
        # is the prefecture's unit (야마구치현), passed over as before
        in_word = tok.start > 0 and _HANGUL_CHAR.match(text[tok.start - 1]) is not None
        if tok.tag == "MM" and tok.form in SKIP_MODIFIERS and not (in_word and tok.form == "전"):
            k += 1
            continue
        if tok.form in ("주", "성", "현", "도") and tok.start and text[tok.start - 1] == ")":
            k += 1  # 서호주(WA)주 총리: the place's unit after its bracketed short form
            continue
        ordinal = _ordinal_title(text, tokens, k)
        if ordinal is not None:
            title, span, j = ordinal
            return "title", title, span, "", j
        misread = _title_word_at(text, tokens, k)
        if misread is not None:  # 한마음은행장과 read as 하/XSA ᆫ/ETM 마음 은/JX 행장
            prefix, title, span, j = misread
            return "title", title, span, " ".join([*bodies, prefix]).strip(), j
        glued = _body_word_at(text, tokens, k)
        if glued is not None:  # 세운건설: a company Kiwi reads as 세우/VV ᆫ/ETM 건설/NNG
            bodies.append(text[tok.start : tokens[glued - 1].end])
            skipped += 1
            k = glued
            continue
        acronym = _acronym_title(text, tokens, k)
        if acronym is not None:  # 슈미트 CEO는: the title written in Latin capitals
            return "title", acronym, (tok.start, tok.end), " ".join(bodies), k + 1
        latin = _latin_body_at(text, tokens, k)
        if latin is not None:  # LG에너지솔루션, SK하이닉스: a company written with Latin letters
            bodies.append(text[tok.start : tokens[latin - 1].end])
            skipped += 1
            k = latin
            continue
        if tok.tag not in NOUN_TAGS:
            break
        j = _dotted_ministry(text, tokens, k) or _contiguous(tokens, k)
        compound = text[tok.start : tokens[j - 1].end]
        if _SQUAD.fullmatch(compound):  # 전 국가대표 코치: the national team's coach
            if j == len(tokens) or tokens[j].start == tokens[j - 1].end:
                break  # 국가대표는: a national team player, no 대표 (leader) of 국가
            skipped += 1
            k = j
            continue
        found = _title_split(compound, tokens, tok.start)
        end = tokens[j - 1].end
        if found is None and tokens[j - 1].tag == "NNP" and compound[-1:] in _GLUED_PARTICLES:
            # Kiwi reads a title with its particle as one proper noun (칠곡군수도 'the county
            # governor of Chilgok, too').
            found = _title_split(compound[:-1], tokens, tok.start)
            end -= 1
        if found is None and compound.endswith("님") and len(compound) > 2:
            found = _title_split(compound[:-1], tokens, tok.start)  # 코치님: the title, honoured
            end -= 1
        status = _GLUED_STATUS.search(compound)
        if found is None and status is not None:
            # 사장직무대행, 시장권한대행: the title with a status glued after it (MT604's)
            found = _title_split(compound[: status.start()], tokens, tok.start)
            end = tok.start + status.start()
        if found is None:
            # 부산시 국제관계대사: after the body, a portfolio of common nouns and the title; with
            # no body, only a title no common word shares (통상차관보; 주식시장 is a market)
            split = title_suffix(compound)
            core = re.sub(r"\d+", "", split[0]) if split is not None else ""  # 행정1부지사
            if (
                split is not None
                and (bodies or not homograph(split[1]))
                and (_known_noun(core) or _compound_noun(core) or _known_nouns(core))
            ):
                found = split
        if found is not None and found[0] and found[1].ko in BODY_ENDINGS:
            found = None  # 산업연구원 is a body (an institute), not a researcher of 산업
        if found is not None:
            prefix, title = found
            title = _title_of_body(title, [*bodies, prefix])
            cut = tok.start + len(prefix)
            # 주부산 일본총영사: the post's place (bodies skipped) and the glued prefix both
            return "title", title, (cut, end), " ".join([*bodies, prefix]).strip(), j
        if _anonymized(compound):
            break  # 송금책 박모(34): the anonymized person's age, not the role word's
        body = body_like(compound)  # 박진 외교부 장관: a body before a title
        if not body and j - k >= 2 and len(tokens[j - 1].form) >= 2:
            body = body_like(tokens[j - 1].form)  # 중앙/선관위: a body with a modifier glued
        names = all(t.tag == "NNP" for t in tokens[k:j])
        remit = (
            compound.endswith(_REMIT_ENDINGS)
            or (  # 정보보호담당 부사장: what it covers
                j < len(tokens)
                and tokens[j].form in _REMIT_ENDINGS
                and all(t.tag == "NNG" for t in tokens[k:j])  # 사업개발 담당 부사장
            )
        )
        # a ministry no list has (사우디 투자부 장관, 에너지부): a portfolio noun and 부
        ministry = (
            (
                len(compound) >= 3
                and compound.endswith("부")
                and tokens[k].tag == "NNG"
                and all(
                    t.tag in ("NNG", "XSN") or t.form == "·" for t in tokens[k:j]
                )  # 인/NNG 적/XSN 자원부/NNG
            )
            or compound[:-1] in SEONG
        )  # 외무성: a Japanese ministry
        # any listed place, a world city too (세부/NNG 'detail' is Cebu before 주지사)
        body = body or ministry or bool(gazetteer().lookup(compound))
        direction = compound in _DIRECTIONS  # 중부 술라웨시 주지사: a part of a place
        # 브라이언 카운티 위원회 의장: a place's unit word after its name
        unit = compound in _PLACE_UNIT_WORDS and skipped > 0
        if not (names or body or remit or direction or unit or compound in SKIP_MODIFIERS):
            break
        if body:
            bodies.append(compound)
        skipped += 1
        k = j
    return "none", None, None, "", start


def _dotted_ministry(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """Index after a ministry whose portfolios a middle dot joins (기획·경제개발·국제협력부:
    nouns glued to dots, the last run ending in 부), None otherwise."""
    j = _contiguous(tokens, k)
    dotted = False
    while (
        j + 1 < len(tokens)
        and tokens[j].form == "·"
        and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 1].tag in NOUN_TAGS
    ):
        j, dotted = _contiguous(tokens, j + 1), True
    return j if dotted and text[: tokens[j - 1].end].endswith("부") else None


# Central banks whose head English calls governor (the ECB's and the Bundesbank's are presidents).
_GOVERNED_BANKS = frozenset(
    {"한국은행", "한은", "일본은행", "일은", "중국인민은행", "인민은행", "영란은행", "잉글랜드은행",
     "호주중앙은행", "캐나다중앙은행", "인도중앙은행", "인도준비은행", "뉴질랜드중앙은행",
     "중앙은행"}  # 베트남 중앙은행: a country's, not the ECB (유럽중앙은행)
)  # fmt: skip


# Titles a body before them makes another (총리 -> 주총리, 총재 -> 중앙은행 총재).
BODY_MADE_TITLES = frozenset({"총리", "총재", "부총재", "부총재보"})
_BANK_TITLES = frozenset({"총재", "부총재", "부총재보"})


def governed_bank(text: str) -> bool:
    """``text`` names a central bank whose head English calls governor (한국은행, 한은)."""
    return any(b in text for b in _GOVERNED_BANKS if b != "중앙은행") or bool(
        re.search(r"(?<!유럽)중앙은행", text)
    )


def bank_title(title: Title) -> Title:
    """A central bank's 총재, 부총재 or 부총재보 (governor, no president); ``title`` when it
    is none of them."""
    return titles()["중앙은행 " + title.ko] if title.ko in _BANK_TITLES else title


def _title_of_body(title: Title, bodies: list[str]) -> Title:
    """The title as the body before it makes it: 주총리 for a state's or a province's 총리
    (온타리오주 총리: the premier of Ontario, no prime minister), a central bank's 총재 (한은
    총재: governor, no president); ``title`` otherwise."""
    if title.ko in _BANK_TITLES and any(
        b.split()[-1:] and b.split()[-1] in _GOVERNED_BANKS for b in bodies
    ):
        return bank_title(title)
    place = next((b for b in reversed(bodies) if b), "")
    if title.ko != "총리" or not place.endswith("주"):
        return title
    kinds = {p.kind for p in gazetteer().lookup(place)}
    return titles()["주총리"] if kinds & {"state", "province"} else title


@cache
def _acronym_titles() -> dict[str, Title]:
    """Titles by the capitals English and Korean write them with (CEO: 최고경영자, CFO)."""
    out: dict[str, Title] = {}
    for t in titles().values():
        for form in t.en:
            if t.ko.startswith("최고") and re.fullmatch(r"c[a-z]{1,3}o", form):
                out.setdefault(form.upper(), t)
    return out


def _acronym_title(text: str, tokens: Sequence[Token], k: int) -> Title | None:
    """The title at tokens[k] where it is a spaced word of Latin capitals a title is written
    with (슈미트 CEO는), a particle or nothing glued after it."""
    tok = tokens[k]
    if tok.tag != "SL" or (tok.start and not text[tok.start - 1].isspace()):
        return None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.start == tok.end and not nxt.tag.startswith("J"):
        return None
    return _acronym_titles().get(tok.form)


def _latin_body_at(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """Index after a spaced word with Latin capitals in it that is a company's name
    (LG에너지솔루션, SK하이닉스, KT&G, 삼성SDI: capitals and nouns glued together); None
    otherwise."""
    tok = tokens[k]
    if tok.tag not in ("SL", "NNP") or (tok.start and not text[tok.start - 1].isspace()):
        return None
    capitals = False
    j = k
    while j < len(tokens) and (j == k or tokens[j].start == tokens[j - 1].end):
        if tokens[j].tag not in NOUN_TAGS and tokens[j].tag not in ("SL", "SN", "SW"):
            return None
        if tokens[j].tag == "SL":
            if not re.fullmatch(r"[A-Z][A-Z0-9&]{0,5}", tokens[j].form):
                return None
            capitals = True
        j += 1
    if not capitals:
        return None
    nxt = tokens[j].start if j < len(tokens) else len(text)
    return j if j < len(tokens) and text[tokens[j - 1].end : nxt] == " " else None


def _tokens_until(tokens: Sequence[Token], k: int, end: int) -> int:
    """Index after the tokens from tokens[k] on that end by ``end``."""
    j = k
    while j < len(tokens) and tokens[j].end <= end:
        j += 1
    return j


def _body_word_at(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """Index after the whole spaced word at tokens[k] where it is a body (:func:`body_like`)
    that Kiwi cut into more than nouns, ending in a noun; None otherwise."""
    start = tokens[k].start
    if start and not text[start - 1].isspace():
        return None
    space = re.compile(r"\s|$").search(text, start)
    j = _tokens_until(tokens, k, space.start() if space else len(text))
    word = text[start : tokens[j - 1].end]
    if (
        j - k < 2
        or all(t.tag in NOUN_TAGS for t in tokens[k:j])
        or tokens[j - 1].tag not in NOUN_TAGS
        or not is_hangul(word)
        or not body_like(word)
    ):
        return None
    return j


def _title_word_at(
    text: str, tokens: Sequence[Token], k: int
) -> tuple[str, Title, tuple[int, int], int] | None:
    """(prefix, title, title span, next index) where the spaced word at tokens[k] is a body
    and a title no common word shares, with or without one particle after it, that Kiwi cut
    into more than nouns (이서준 한마음은행장과: 하/XSA ᆫ/ETM 마음/NNG 은/JX 행장/NNG 과/JC);
    None otherwise."""
    start = tokens[k].start
    if start and not text[start - 1].isspace():
        return None
    end = _word_end(text, start)
    stem = text[start:end]
    if stem[-1:] in _GLUED_PARTICLES and title_suffix(stem) is None:
        stem = stem[:-1]
    found = title_suffix(stem)
    if found is None or len(found[0]) < 2 or homograph(found[1]) or _rank_led(found[1]):
        return None
    cut = start + len(stem)
    j = _tokens_until(tokens, k, cut)
    inside = tokens[k:j]
    if not inside or inside[-1].end != cut or all(t.tag in NOUN_TAGS for t in inside):
        return None  # a word Kiwi read as nouns is read by the compound split
    return found[0], found[1], (start + len(found[0]), cut), j


_GLUED_PARTICLES = frozenset("도는은이가의와과")
# Latin initials before a foreign name written in Hangul (A.J. 힌치, J. 밴스): a full name.
_INITIALS_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Z]\.\s?){1,3}$")
# Words that say what an office covers, between a name and its title (정보보호담당 부사장,
# 가스사업 부문 부사장, 방산사업본부장).
_REMIT_ENDINGS = ("담당", "총괄", "전담", "부문", "사업")
_GLUED_STATUS = re.compile(r"(?:직무대행|권한대행|대행|직대|당선인|당선자|내정자|후보자|지명자)$")


def _anonymized(form: str) -> bool:
    """A surname with 모 (某) for the withheld given name: 박모, 최모 씨."""
    return len(form) == 2 and form[1] == "모" and form[0] in surnames()


AFFILIATION = "affiliation"


def _affiliation_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    """A school, team or company in brackets right after the name (장새봄(한국체대), 박하늘(서울
    시청)): Hangul nouns only; not a number (김나래(57) is an age) nor a gloss in Latin letters
    (위킷(wicket), 이안류(rip currents): words, no names)."""
    return _noun_bracket_end(tokens, j) is not None


def _noun_bracket_end(tokens: Sequence[Token], j: int) -> int | None:
    """Index of the ')' closing a bracket of Hangul nouns glued to the word before tokens[j]
    (장새봄(한국체대), 한다솜(마포2): a constituency's number may end it), else None."""
    if j >= len(tokens) or tokens[j].form != "(" or tokens[j].start != tokens[j - 1].end:
        return None
    k = j + 1
    while k < len(tokens) and tokens[k].tag in ("NNP", "NNG", "XSN"):
        k += 1
    if (
        k > j + 1
        and k < len(tokens)
        and tokens[k].tag == "SN"
        and tokens[k - 1].end == tokens[k].start
    ):
        k += 1
    return k if k > j + 1 and k < len(tokens) and tokens[k].form == ")" else None


def _given_syllable(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] is 양 or 군 glued to a two-syllable name, the last syllable of a three-syllable
    one (정태/NNP 양/NNB of 정태양과), not the honorific, which is spaced (정태 양) or follows an
    anonymized name (김모양)."""
    if tokens[k].form not in ("양", "군") or k == 0:
        return False
    name = tokens[k - 1]
    glued = name.end == tokens[k].start
    return (
        glued
        and len(name.form) == 2
        and not name.form.endswith("모")
        and (split_name(name.form + tokens[k].form) is not None)
    )


def _spelling_in_brackets(tokens: Sequence[Token], k: int) -> int | None:
    """Index after Hanja or Latin words in brackets at tokens[k] ((周海林), (Zhou Hailin), (PT
    Pindad)), else None."""
    if k >= len(tokens) or tokens[k].tag != "SSO":
        return None
    j = k + 1
    while j < len(tokens) and j - k <= 4 and tokens[j].tag in {"SH", "SL"}:
        j += 1
    return j + 1 if k + 1 < j < len(tokens) and tokens[j].tag == "SSC" else None


def _short_name_in_brackets(tokens: Sequence[Token], k: int) -> int | None:
    """Index after a body's Korean short name in brackets glued to it at tokens[k]
    (한국수력원자력(한수원)), else None."""
    if k == 0 or k >= len(tokens) or tokens[k].tag != "SSO" or tokens[k].start != tokens[k - 1].end:
        return None
    j = k + 1
    while j < len(tokens) and j - k <= 3 and tokens[j].tag in NOUN_TAGS:
        j += 1
    return j + 1 if k + 1 < j < len(tokens) and tokens[j].tag == "SSC" else None


def _glossed_body(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """tokens[j] is a body with its Latin name in brackets before a title, not the last word
    of the name tokens[i:j] begin (아흐마드 리드완 핀다드(PT Pindad) 사장; not 사무엘
    가르시아(Samuel Garcia) 주지사): the bracket sounds like tokens[j] more than like the
    name with it."""
    end = _spelling_in_brackets(tokens, j + 1)
    if end is None or tokens[j + 1].start != tokens[j].end or end >= len(tokens):
        return False
    if title_suffix(text[tokens[end].start : tokens[_contiguous(tokens, end) - 1].end]) is None:
        return False
    gloss = text[tokens[j + 1].end : tokens[end - 1].start]
    run = text[tokens[i].start : tokens[j].end]
    return phonetic_score(tokens[j].form, gloss) > phonetic_score(run, gloss)


def _ordinal_title(
    text: str, tokens: Sequence[Token], k: int
) -> tuple[Title, tuple[int, int], int] | None:
    """(title, span, next index) where an ordinal glued to a title starts at tokens[k]
    (1차관, 제2차관: the first and second vice ministers), else None."""
    n = k + 1 if tokens[k].form == "제" and tokens[k].tag == "XPN" else k
    if n >= len(tokens) or tokens[n].tag != "SN" or (n > k and tokens[n].start != tokens[k].end):
        return None
    head = n + 1
    if head >= len(tokens) or tokens[head].start != tokens[n].end:
        return None
    j = _contiguous(tokens, head) if tokens[head].tag in NOUN_TAGS else head
    found = title_suffix(text[tokens[head].start : tokens[j - 1].end]) if j > head else None
    if found is None or found[0] or found[1].ko not in ORDINAL_TITLES:
        return None
    return found[1], (tokens[k].start, tokens[j - 1].end), j


# Offices of a state that no company has: a company's name before one is a person's (포드 총리:
# Doug Ford, Ontario's premier, no Ford Motor).
_STATE_OFFICES = frozenset(
    {"총리", "주총리", "대통령", "부통령", "주지사", "총독", "국왕", "국무장관", "외무장관",
     "외교장관", "상원의원", "하원의원"}
)  # fmt: skip


def _company_named_person(text: str, tokens: Sequence[Token], j: int) -> bool:
    """tokens[j] is a company of the list (no place) that a state's office follows, with only
    places between (포드 캐나다 온타리오주 총리): a person of the company's name."""
    form = tokens[j].form
    if not company_like(form) or gazetteer().is_place(form):
        return False
    anchor, title, _, prefix, _ = _title_after(text, tokens, j + 1)
    return (
        anchor == "title"
        and title is not None
        and title.ko in _STATE_OFFICES
        and all(gazetteer().is_place(w) or w in COUNTRY_ABBREVIATIONS for w in prefix.split())
    )


def _extend_foreign(text: str, tokens: Sequence[Token], i: int) -> int:
    """Index after a run of up to three space-separated NNP words starting at tokens[i]."""
    j = i + 1
    if _japanese_given_place(text, tokens, i):
        return i + 2  # 사카모토 유타 감독: Yuta, not Utah
    while (
        j < len(tokens)
        and j - i < 3
        and tokens[j].tag == "NNP"
        and is_hangul(tokens[j].form)
        and text[tokens[j - 1].end : tokens[j].start] == " "
        and (
            not (body_like(tokens[j].form) or organizations().get(tokens[j].form) is not None)
            or _company_named_person(text, tokens, j)
        )  # 안토니우 구테흐스 유엔 사무총장, 압둘라 알카타니 아람코 부사장; not 더그 포드 총리
        and tokens[j].form not in COUNTRY_ABBREVIATIONS
        and not _glued_title(tokens[j].form)
        and not _unit_word(tokens[j].form)  # 누리디노프 페르가나주: the region after the name
        and not _spaced_unit_after(text, tokens, j)  # 칼 헨드릭스 브라이언 카운티 의장
        and not _listed_korean_word(tokens[j].form)  # 토트넘 손흥민: the team, then the player
        and not _titled_korean_after(text, tokens, i, j)  # 이랜드 도정훈 감독: the club first
        and not _anonymized(tokens[j].form)  # 송금책 박모
        and not _body_before_name(tokens[j - 1].form, tokens[j].form)
        and (j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end
             or tokens[j + 1].tag not in NOUN_TAGS)
        and not _place_before_title(text, tokens, j)  # 프렐러 샌디에이고 단장
        and not _japanese_full(text[tokens[i].start : tokens[j - 1].end])  # 다나카 유키 마르첼리
        and not _glossed_body(text, tokens, i, j)  # 아흐마드 리드완 핀다드(PT Pindad) 사장
    ):  # fmt: skip
        j += 1
    return j


# Syllables common in Korean given names (민, 준, 서...), not in the foreign ones Korean writes
# as three syllables (모리시 of 패트릭 모리시, 기시다, 사나에).
_KOREAN_GIVEN_SYLLABLES = frozenset(
    "민서지준현우수영진정호성훈재연은윤예하유주희동원석혁경미혜태승상철규용기환범빈인선숙순"
    "자옥남광종명대한국일형완웅찬창건근도아나율채소가보별솔결온람욱섭식택균열운봉길만병겸휘엽"
    "곤권필학효애향란"
)


def _titled_korean_after(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """tokens[j], the second word of the run, is a Korean full name of three syllables whose
    given name has only common Korean syllables, with its title right after it, and the word
    before is no Japanese family name (다카이치 사나에): a club's or company's name Kiwi reads
    as a proper noun stands before the person (이랜드 도정훈 감독; but 패트릭 모리시)."""
    word = tokens[j].form
    split = split_name(word)
    return (
        j == i + 1
        and len(word) == 3
        and split is not None
        and all(c in _KOREAN_GIVEN_SYLLABLES for c in split[1])
        and not body_or_place(word)
        and not japanese_spellings(tokens[i].form)
        and _name_like(word)
        and _title_after(text, tokens, j + 1)[0] == "title"
    )


def _glued_title(form: str) -> bool:
    """``form`` ends in a title: not a one-syllable one (왕) after anything but a country, which
    is a syllable of a name (구미왕 of 아구스 구미왕 카르타사스미타, not Gumi's king)."""
    found = title_suffix(form)
    if found is None:
        return False
    prefix, title = found
    return (
        len(title.ko) > 1
        or not prefix
        or any(p.kind == "country" for p in gazetteer().lookup(prefix))
    )


# Words Korean writes after a foreign place for its kind of unit: a run with one is a place.
_PLACE_UNIT_WORDS = frozenset({"레지옹", "데파르트망", "오블라스트", "칸톤", "아이막", "카운티"})


def _spaced_unit_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    """tokens[j] names a place whose unit word follows it as a word of its own (브라이언
    카운티 'Bryan County'), not a name's last part."""
    return (
        j + 1 < len(tokens)
        and tokens[j + 1].form in _PLACE_UNIT_WORDS
        and text[tokens[j].end : tokens[j + 1].start] == " "
    )


def _unit_word(form: str) -> bool:
    """A loanword of three syllables or more and a province's, state's or prefecture's suffix
    (페르가나주, 아오모리현) or a word for islands (리아우제도): a place the gazetteer may lack,
    no part of a name (안도현, 김민성 are names)."""
    if len(form) >= 5 and form.endswith(_ISLAND_UNITS) and is_hangul(form):
        return True  # 리아우제도, 쿠릴열도: islands, longer than a Korean name
    return len(form) >= 4 and form[-1] in "주성현" and is_hangul(form) and _looks_foreign(form[:-1])


_ISLAND_UNITS = ("제도", "군도", "열도")


def _japanese_given_place(text: str, tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] is a listed Japanese family name and the word after it both a place outside
    Japan and a Japanese given name (사카모토 유타: Yuta, not Utah; 고이케 도쿄 지사 stays the
    Tokyo governor)."""
    if i + 1 >= len(tokens) or not japanese_spellings(tokens[i].form):
        return False
    nxt = tokens[i + 1]
    places = gazetteer().lookup(nxt.form)
    if text[tokens[i].end : nxt.start] != " " or not places:
        return False
    if any(p.country in ("JP", "") for p in places):
        return False
    return any(is_known_name(r) for r in given_readings(nxt.form))


def _japanese_full(run: str) -> bool:
    """``run`` is a Japanese family name and a given name already: two words, no more."""
    words = run.split()
    return len(words) >= 2 and bool(japanese_spellings(words[0]))


def _place_before_title(text: str, tokens: Sequence[Token], j: int) -> bool:
    """tokens[j] is a place (a city, also a team's home) and a title follows it after a space:
    the title's body, not a word of the name before it (A.J. 프렐러 샌디에이고 단장)."""
    if not gazetteer().lookup(tokens[j].form) or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if text[tokens[j].end : nxt.start] != " ":
        return False
    end = _contiguous(tokens, j + 1)
    return title_suffix(text[nxt.start : tokens[end - 1].end]) is not None


# Syllables of loanword orthography that Korean given names practically never use (드, 스, 트...).
# Syllables no Sino-Korean reading and hardly a native given name has: a loanword's (ㅡ after a
# consonant; ㅔ after these consonants: 모테기 Motegi, 베네딕트).
_FOREIGN_SYLLABLES = frozenset("그드르므브스즈츠크트프흐쯔케테페헤데메베레클블플틀")
_E = 5  # medial ㅔ


def _foreign_given_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    """tokens[j] is the second word of a foreign (mostly Japanese) name after a word that splits
    like a Korean name (기시다 후미오, 하야시 요시마사): a proper noun of 2-4 syllables, one space
    after, that is no place, body or title and no Korean full name itself (김민수 이영희 기자)."""
    if j >= len(tokens) or _extend_foreign(text, tokens, j - 1) <= j:
        return False
    nxt = tokens[j].form
    split = split_name(nxt)
    # after a listed Japanese family name of three syllables, a given name that splits like a
    # Korean one too (하야시 유키코)
    japanese = len(tokens[j - 1].form) >= 3 and bool(japanese_spellings(tokens[j - 1].form))
    if not japanese and _HEAD_OF_COMPANY_AFTER.match(text, tokens[j].end):
        return False  # 정보람 웨이브원 대표이사: a Korean name, then the company she heads
    return (
        2 <= len(nxt) <= 4 and (split is None or len(nxt) == 2 or japanese) and not body_like(nxt)
    )


# The titles of a company's head, after the company's name.
_HEAD_OF_COMPANY_AFTER = re.compile(r" ?(?:대표|사장|회장|부회장|부사장|창업자|최고경영자|CEO)")


def _foreign_after_surname(text: str, tokens: Sequence[Token], j: int) -> bool:
    """A lone surname syllable starts a foreign name: the next word, one space on, is a proper
    noun of three syllables or more, or one spelled like a loanword, that is no place, body or
    title (조 바이든: Joe Biden; a Korean given name is glued to its surname and short)."""
    if j >= len(tokens) or j == 0:
        return False
    nxt = tokens[j]
    if nxt.tag != "NNP" or text[tokens[j - 1].end : nxt.start] != " " or not is_hangul(nxt.form):
        return False
    return (len(nxt.form) >= 3 or _looks_foreign(nxt.form)) and _extend_foreign(
        text, tokens, j - 1
    ) > j


def body_or_place(form: str) -> bool:
    """``form`` is an organization of the bundled list, a curated place or a compound of
    country abbreviations (한미일, 남북): never a person."""
    return (
        organizations().get(form) is not None
        or gazetteer().is_place(form)
        or _country_compound(form)
    )


# Endings of company and body names that Korean news writes between a name and its title
# (정태호 한빛전자 회장, 국민은행장): a word of more than the ending that ends in one is a body.
COMPANY_ENDINGS = (
    "전자", "그룹", "은행", "건설", "화학", "제약", "증권", "보험", "물산", "중공업",
    "자동차", "항공", "통신", "반도체", "에너지", "홀딩스", "바이오", "카드", "생명",
    "상사", "철강", "제철", "해운", "식품", "유통", "백화점", "테크", "랩스", "캐피탈",
    "자산운용", "파트너스", "컴퍼니", "엔터테인먼트", "게임즈", "모터스", "케미칼", "로지스틱스",
    "인터내셔널", "글로벌", "솔루션", "솔루션즈", "시스템", "시스템즈", "시스템스", "네트웍스",
    "파마", "로템", "디스플레이", "이노베이션", "머티리얼즈", "스틸", "건설기계", "엔진", "오션",
    "소재", "제지", "섬유", "기계", "전력", "석유", "화장품", "푸드", "제과", "시멘트",
    "정밀", "정공", "기공", "공업", "리튬", "배터리", "케미컬", "모빌리티", "헬스케어", "캐피털",
)  # fmt: skip
BODY_ENDINGS = COMPANY_ENDINGS + (
    "금융", "산업", "위원회", "협회", "재단", "공사", "공단", "연구원", "연구소", "대학",
    "대학교", "병원", "신문", "방송", "일보", "구단", "시청", "군청", "도청", "구청", "의회",
    "노조", "연맹", "협의회", "조합", "조선", "동맹", "연합", "연대", "전선", "기구", "본부",
    "센터", "학회", "포럼", "대표팀", "선수단", "회의소", "연합회", "총연합회", "대사관", "영사관",
    "대표부", "경찰서", "소방서", "세무서", "경찰청", "교육청", "검찰청", "법원",
    "조계종", "천태종", "태고종", "종단", "교회", "성당", "교구",
    "공장", "제철소", "조선소", "사업장", "발전소", "지점", "법인",  # 전주공장 이보람 공장장
)  # fmt: skip
# Parties, bodies also alone (베트남 공산당 서기장: no 공 + 산당).
_PARTY_ENDINGS = (
    "공산당", "노동당", "민주당", "공화당", "자민당", "보수당", "국민당", "사회당", "녹색당",
    "진보당", "인민당", "정당",
)  # fmt: skip


def company_like(form: str) -> bool:
    """``form`` is a company of the bundled list or ends like one (한울에너지, 세운건설)."""
    org = organizations().get(form)
    if org is not None:
        return org.kind == "company"
    return _led_like_company(form) or any(
        form.endswith(e) and len(form) > len(e) for e in COMPANY_ENDINGS
    )


# Loanword heads of company names no person's name starts with (에어 'Air').
_COMPANY_STARTS = ("에어",)


def _led_like_company(form: str) -> bool:
    """``form`` starts like a company's name (에어한빛, 에어부산: an airline)."""
    return form.startswith(_COMPANY_STARTS) and len(form) >= 4


# Bodies named by a common noun alone between a name and its title (박준혁 노조 위원장).
BODY_WORDS = frozenset(
    {
        "노조",
        "노동조합",
        "이사회",
        "위원회",
        "구단",
        "검찰",
        "경찰",
        "법원",
        "지부",
        "노사",
        "당",
        "대표팀",
        "선수단",
    }
)


# One-syllable ends of an office's name after its portfolio (상무청 'department of commerce',
# 기상청, 공보처, 외사국).
_OFFICE_ENDS = frozenset("청처국")


def body_like(form: str) -> bool:
    """``form`` names a body or place (:func:`body_or_place`), ends like a company or body
    (한빛전자, 케슬러그룹), or is 주 + a country (주필리핀, 주미: the ambassador's post)."""
    if body_or_place(form) or form in BODY_WORDS:
        return True
    if _led_like_company(form):
        return True  # 에어한빛 대표: an airline, no foreign given name
    if any(form.endswith(e) and len(form) > len(e) for e in BODY_ENDINGS):
        return True
    if form.endswith(_PARTY_ENDINGS):
        return True
    if len(form) >= 3 and form[-1] == "대" and gazetteer().is_place(form[:-1]):
        return True  # 부산대, 경북대: a university by its city, no 부 + 산대
    if len(form) >= 3 and form[-1] in _OFFICE_ENDS and _known_nouns(form[:-1]):
        return True  # 상무청, 기상청, 교육국, 방위산업청: portfolio nouns and an office
    rest = form[1:]
    return (
        form[:1] == "주"
        and bool(rest)
        and (gazetteer().is_place(rest) or rest in COUNTRY_ABBREVIATIONS)
    )


def _country_compound(form: str) -> bool:
    """Two or three one-syllable abbreviations of different countries (한미, 한미일, 북중)."""
    codes = [SYLLABLES.get(c) for c in form]
    return 2 <= len(form) <= 3 and None not in codes and len(set(codes)) == len(codes)


def _full_foreign_name(form: str) -> bool:
    """Given name and surname of a foreign person (위르겐 클린스만), which make a person's mention
    even before a homograph title (감독, 시장); not a Korean name before a company (정주영
    현대그룹) nor a word before a place or body."""
    parts = form.split()
    return len(parts) >= 2 and not any(
        body_or_place(p) or p[-1] in ORG_ENDINGS or korean_name(p) for p in parts
    )


def korean_name(word: str) -> bool:
    """A three-syllable Korean name (정주영), not a loanword that starts with a surname (위르겐)."""
    split = split_name(word) if len(word) == 3 else None
    return split is not None and not _looks_foreign(split[1])


# Syllables of the Korean transcription of Mandarin that are no Sino-Korean reading, so no
# Korean given name has them (왕치밍 Wang Qiming, 리둥성 Li Dongsheng; not 왕치민).
_CHINESE_SYLLABLES = frozenset(
    "밍핑딩팅닝링싱힝킹둥퉁눙룽쑹쭝쿵훙웨쉐쉬쥔췬쉰윈샤쟈쌰써쩌쩐짜찌쭈쑤뚜띠빠삐얼쥐췌줘뤄궈훠쭤춰숴퉈둬눠뤼톈롄볜몐녠샹"
    # pinyin transcriptions no Sino-Korean reading has (왕촨푸 Wang Chuanfu, 쑨양 Sun Yang)
    "촨솨좡촹솽좐롼돤퇀쏸쫜쾅쒀쑨쩡러더터머퍼커쓰슝푸"
)


# Surnames Koreans seldom bear that Chinese names in Korean news often start with: with a
# one-syllable given name (왕천, 왕이) the name is Chinese.
_CHINESE_SURNAMES = frozenset({"왕"})
# China named right before a name (중국의 류신이, 중국 쑨위천): the name is a Chinese one.
_CHINA_BEFORE = re.compile(r"중국(?:의|인|계)? $")
_VIETNAM_BEFORE = re.compile(r"베트남(?:의|인|계| 국적의)? $")
_COUNTRY_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,8}?)(?:의| 국적의| 출신의?| 출신인) $")


def _after_country(text: str, start: int) -> bool:
    """A country's name and 의 (or 국적의, 출신) right before ``start`` (오스트리아의)."""
    m = _COUNTRY_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and any(p.kind == "country" for p in gazetteer().lookup(m.group(1)))


def _looks_foreign(given: str) -> bool:
    """A 'surname + given name' that is really a loanword (도널드, 고르바초프) or a Chinese
    name in its Mandarin sound (왕치밍). No Sino-Korean reading has the vowel ㅔ with a final
    consonant, and native given names (하늘, 세은) have none either: 사무엘, 가브리엘, 미셸 are
    loanwords."""
    return any(
        c in _FOREIGN_SYLLABLES
        or c in _CHINESE_SYLLABLES
        or (is_hangul_syllable(c) and jamo(c)[1] == _E and jamo(c)[2] != 0)
        for c in given
    )


def titled_key(surname: str, title: str) -> str:
    """The entry of ``known`` (see :func:`find_persons`) that says a person of ``surname`` is
    named in full with ``title`` (한바다 충남지사 -> '한+지사')."""
    return f"{surname}+{title}"


def _surname_as_word(
    text: str,
    tokens: Sequence[Token],
    i: int,
    full_surnames: Collection[str],
    titled: Collection[str] = (),
) -> bool:
    """tokens[i] is a one-syllable surname read as a word, standing alone right before a title,
    and the text or the document names a person of that surname in full (금태섭 의원 ... 금
    의원): 금 시장 is the gold market, 도 대변인 the province's spokesperson, unless a 금 or a
    도 is in the news. A surname Kiwi reads as a determiner (한 'one') only where ``titled``
    has that surname with that very title (한바다 충남지사 ... 한 지사는)."""
    tok = tokens[i]
    determiner = tok.tag == "MM"  # 한 'one': 한 지사는 of 한바다 충남지사, not 한 지사 관계자
    if (
        (tok.tag not in WORD_TAGS and not determiner)
        or tok.form not in full_surnames
        or i + 1 >= len(tokens)
    ):
        return False
    alone = (i == 0 or tokens[i - 1].end < tok.start) and text[tok.end : tok.end + 1] == " "
    if not alone or tokens[i + 1].start != tok.end + 1:
        return False
    _, title, span, _, after = _title_after(text, tokens, i + 1)
    if title is None or span is None or span[0] != tokens[i + 1].start:
        return False
    if determiner:  # of one so titled, with a particle glued on: 한 지사는 (not 한 지사 관계자)
        glued = after < len(tokens) and tokens[after].start == span[1]
        return glued and tokens[after].tag[0] == "J" and titled_key(tok.form, title.ko) in titled
    return True


def _name_like(word: str) -> bool:
    """Kiwi reads ``word`` as a name when a 씨 follows it: it starts with a proper noun that
    starts with the surname (이석열 씨; 김/NNP 재/XPN 명/NNG; 박용/NNP 현/NNG), or the given name
    after the surname is one (한/MM 동훈/NNP) or no word at all, only its syllables (양/MM 승/NNG
    민/NNG), not a common noun (이사회 씨, 정부군 씨 stay NNG)."""
    inside = [t for t in morphemes(f"{word} 씨") if t.end <= len(word)]
    split = split_name(word)
    if split is None or not inside:
        return False
    if split[1] in given_meanings():
        return True  # 한/MM 가람/NNG: a given name that is a word ('river'), listed as one
    if inside[0].tag == "NNP" and inside[0].form.startswith(split[0]):
        return True  # 이석열, 김/재/명, 박용/현
    # 한/MM 동훈/NNP: the surname read as a word ('one'), the given name as a proper noun.
    rest = inside[1:]
    if inside[0].form == split[0] and len(rest) == 1 and rest[0].tag == "NNP":
        return True
    # 양/MM 승/NNG 민/NNG: a given name Kiwi knows as no word, only as its single syllables
    return (
        inside[0].form == split[0]
        and len(rest) == len(split[1]) >= 2
        and all(len(t.form) == 1 for t in rest)
    )


# Tags of the pieces Kiwi cuts an unfamiliar name into (no particle, ending or verb).
_NAME_PART_TAGS = re.compile(r"NN[GPB]|NR|MM|MAG|XPN|XSN|XR")


def _anchored_here(text: str, tokens: Sequence[Token], j: int) -> bool:
    """A title, 씨 or an age follows right at tokens[j]; before a title only bodies, places
    and modifiers may stand (이정식 고용노동부 장관), not another proper noun (우사인 볼트(22))."""
    anchor, _, span, _, nxt = _title_after(text, tokens, j)
    if anchor == "honorific":
        return nxt == j + 1
    if anchor == "age":
        return nxt == j + 2
    if anchor != "title" or span is None:
        return False
    k = j
    while k < nxt and tokens[k].end <= span[0]:
        end = _contiguous(tokens, k)
        words = tokens[k:end]
        compound = text[words[0].start : min(words[-1].end, span[0])]
        if (
            any(t.tag == "NNP" for t in words)
            and not body_like(compound)
            and not compound.endswith(_REMIT_ENDINGS)  # 방산사업본부장
        ):
            return False
        k = end
    return True


# Last syllables of ministries, agencies and committees that given names practically never end in.
_BODY_LAST = frozenset("부처청위")
# Characters a name may follow at the start of a word.
_WORD_START = frozenset(" \t\n\"'“‘(「『[<")


def _whole_last_word(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a spaced proper noun Kiwi ended inside its last word (다카하시 유/NNP
    이/MM 치/NNG for 다카하시 유이치) run on to that word's end, over pieces of one syllable or
    one proper noun (조슈아 벨/NNP 레트/NNP for 조슈아 벨레트), the word ending at a space, a
    bracket or a particle."""
    out = list(tokens)
    for i, t in enumerate(out):
        if t.tag != "NNP" or " " not in t.form or not _HANGUL_CHAR.match(text[t.end : t.end + 1]):
            continue
        j = i + 1
        while (
            j < len(out)
            and out[j].start == out[j - 1].end
            and (
                (len(out[j].form) == 1 and _NAME_PART_TAGS.match(out[j].tag))
                or (j == i + 1 and out[j].tag == "NNP" and is_hangul(out[j].form))
            )
        ):
            j += 1
        end = out[j - 1].end
        closed = end == len(text) or not _HANGUL_CHAR.match(text[end])
        if j > i + 1 and (closed or (j < len(out) and out[j].tag.startswith("J"))):
            out[i:j] = [Token(text[t.start : end], "NNP", t.start, end)]
            return _whole_last_word(text, out)
    return out


def _whole_first_word(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a spaced proper noun Kiwi started inside its first word (시/NNG 오타
    고이치/NNP for 시오타 고이치) run back to that word's start, over pieces of one syllable."""
    out = list(tokens)
    for i, t in enumerate(out):
        if t.tag != "NNP" or " " not in t.form or not t.start:
            continue
        if not _HANGUL_CHAR.match(text[t.start - 1]):
            continue
        j = i
        while (
            j > 0
            and out[j - 1].end == out[j].start
            and len(out[j - 1].form) == 1
            and _NAME_PART_TAGS.match(out[j - 1].tag)
        ):
            j -= 1
        start = out[j].start
        if j < i and (start == 0 or text[start - 1] in _WORD_START):
            out[j : i + 1] = [Token(text[start : t.end], "NNP", start, t.end)]
            return _whole_first_word(text, out)
    return out


# One-syllable pieces after an unknown proper noun that are no part of a name: honorifics,
# and the suffixes of places, bodies and offices (니더작센/NNP 주, 바토/NNP 군).
_NOT_NAME_PIECES = HONORIFICS | frozenset("님측등쪽家시주성현군구도국청처부원사장팀단당")


_WORD_AFTER = re.compile(r" ([가-힣]+)")


def _split_before_title(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with the last word of a foreign name that Kiwi cut into one-syllable nouns
    joined into one NNP, where a foreign proper noun stands one space before it and a title
    one space after it (레반트/NNP 레/NNG 디/NNG 주총리: 레디, the chief minister's surname)."""
    out = list(tokens)
    for i in range(len(out) - 1, 0, -1):
        b = i + 1
        while b < len(out) and out[b].start == out[b - 1].end:
            b += 1
        start, end = out[i].start, out[b - 1].end
        word = text[start:end]
        after = _WORD_AFTER.match(text, end)
        if (
            2 <= b - i <= 4
            and all(t.end - t.start == 1 and t.tag in ("NNG", "NNP") for t in out[i:b])
            and out[i - 1].tag == "NNP"
            and text[out[i - 1].end : start] == " "
            and _looks_foreign(out[i - 1].form)
            and after is not None
            and any(after.group(1)[:k] in titles() for k in range(2, len(after.group(1)) + 1))
            and _looks_foreign(word)
        ):
            out[i:b] = [Token(word, "NNP", start, end, True)]
    return out


def _whole_foreign_word(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a foreign name Kiwi cut inside one spaced word joined into one NNP: an
    unknown proper noun and one-syllable pieces after it (키프로/NNP 노/NNG: 키프로노), or a
    common noun before a proper noun in a word that spells a loanword (잔당/NNG 샤타르/NNP:
    잔당샤타르), the word ending at a space or a particle."""
    out = list(tokens)
    i = 0
    while i < len(out):
        t = out[i]
        if t.tag != "NNP" or len(t.form) < 2 or not is_hangul(text[t.start : t.end]):
            i += 1
            continue
        a = i  # pieces before, inside the word
        while (
            a > 0
            and out[a - 1].end == out[a].start
            and (
                out[a - 1].tag == "NNG"
                # a first syllable Kiwi read as a verb stem (괴/VV 르귄/NNP: 괴르귄)
                or (a == i and len(out[a - 1].form) == 1 and out[a - 1].tag in ("VV", "VA"))
            )
        ):
            a -= 1
        b = i + 1  # one-syllable pieces after
        while (
            t.oov
            and b < len(out)
            and out[b].start == out[b - 1].end
            and len(out[b].form) == 1
            and out[b].tag in ("NNG", "NNB", "NNP")
            and out[b].form not in _NOT_NAME_PIECES  # 스타이넴씨: the honorific, no name
        ):
            b += 1
        start, end = out[a].start, out[b - 1].end
        word = text[start:end]
        bounded = (start == 0 or text[start - 1] in _WORD_START) and (
            end == len(text) or not _HANGUL_CHAR.match(text[end]) or out[b].tag.startswith("J")
        )
        if (a < i or b > i + 1) and bounded and is_hangul(word) and _looks_foreign(word):
            out[a:b] = [Token(word, "NNP", start, end, True)]
            i = a
        i += 1
    return out


# Particles a name word may carry glued on (투가이는, 대한탁구협회의).
_PARTICLE_CHARS = "은는이가을를의와과도에"


def _word_end(text: str, start: int) -> int:
    """Where the run of Hangul from ``start`` ends (the spaced word's end, particles in)."""
    end = start
    while end < len(text) and is_hangul(text[end]):
        end += 1
    return end


def _known_words(text: str, tokens: Sequence[Token], known: Collection[str]) -> list[Token]:
    """``tokens`` with a family name seen anchored in the document (투가이 of 제밀 투가이) as one
    proper noun where Kiwi reads it otherwise (투/NR 가/JKS 이/MM), as a whole spaced word; not
    one that also starts another known name (웨이드 of 웨이드 심스 and of 윌 웨이드)."""
    out = list(tokens)
    firsts = {k.split()[0] for k in known if " " in k}  # 웨이드 of 웨이드 심스: maybe another's
    for word in {k for k in known if " " not in k and "+" not in k and len(k) >= 3} - firsts:
        if not is_hangul(word):
            continue
        pattern = rf"(?<![가-힣]){re.escape(word)}(?=[{_PARTICLE_CHARS}]|[^가-힣]|$)"
        for m in re.finditer(pattern, text):
            inside = [i for i, t in enumerate(out) if m.start() <= t.start < m.end()]
            if not inside or len(inside) == 1 and out[inside[0]].tag == "NNP":
                continue
            a, b = inside[0], inside[-1] + 1
            if out[a].start != m.start() or out[b - 1].end != m.end():
                continue  # pieces across the word's edge (a particle read into the last one)
            out[a:b] = [Token(word, "NNP", m.start(), m.end(), True)]
    return out


def _japanese_surname_cut(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a Japanese family name whose first syllable Kiwi cut off joined again
    (니/NNG 시무라 다카시/NNP: 니시무라 다카시)."""
    out = list(tokens)
    for i in range(len(out) - 2, -1, -1):
        t, nxt = out[i], out[i + 1]
        if (
            len(t.form) == 1
            and nxt.tag == "NNP"
            and nxt.start == t.end
            and (t.start == 0 or text[t.start - 1] in _WORD_START)
            and len(japanese_spellings(t.form + nxt.form.split()[0])) > 0
        ):
            out[i : i + 2] = [Token(t.form + nxt.form, "NNP", t.start, nxt.end)]
    return out


def _surname_and_word(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a surname Kiwi reads as a proper noun and a glued common noun that is a
    listed word-like given name joined into one NNP, where the word ends there (김/NNP 보배/NNG
    도: 김보배, as Kiwi reads 김하늘 whole)."""
    out = list(tokens)
    for i in range(len(out) - 2, -1, -1):
        t, g = out[i], out[i + 1]
        nxt = out[i + 2] if i + 2 < len(out) else None
        if (
            t.tag == "NNP"
            and t.form in surnames()
            and g.start == t.end
            and g.tag == "NNG"
            and g.form in given_meanings()
            and (t.start == 0 or text[t.start - 1] in _WORD_START)
            and (nxt is None or nxt.start > g.end or nxt.tag.startswith(("J", "SS", "SP")))
        ):
            out[i : i + 2] = [Token(t.form + g.form, "NNP", t.start, g.end)]
    return out


def _repair_names(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a Korean name Kiwi split or misread joined into one NNP token.

    Kiwi reads many unfamiliar names as words: 이정식 as 이/MM 정식/NNG ('this formal'),
    김재명 as 김/NNP 재/XPN 명/NNG. A word of 3-4 syllables that splits into a known surname
    and a given name is taken for a name when a title, 씨 or an age follows it (이정식 고용노동부
    장관) and Kiwi reads it as a name before 씨 (:func:`_name_like`). Places, organizations and
    words that are titles themselves (이사장) are left alone.
    """
    out = list(tokens)
    i = 0
    while i < len(out):
        t = out[i]
        if t.start and text[t.start - 1] not in _WORD_START:
            i += 1  # inside a word
            continue
        end = _word_end(text, t.start)
        word = text[t.start : end]
        j = i
        while j < len(out) and out[j].end <= end:
            j += 1
        if (
            text[end : end + 1] == " "
            and (3 <= len(word) <= 4 or _two_syllable_name(word, out[i:j]))
            and j > i
            and out[j - 1].end == end
            and not (j - i == 1 and t.tag == "NNP")
            and split_name(word) is not None
            and title_suffix(word) is None
            and not body_or_place(word)
            and word[-1] not in _BODY_LAST  # 국토부 장관: a ministry Kiwi reads as a word
            # 부시의, 조사와: no; but 정유/NNG 나/JC is 정유나 (나 ends many given names)
            and all(
                _NAME_PART_TAGS.match(x.tag) or (x.form == "나" and k == j - 1)
                for k, x in enumerate(out[i + 1 : j], i + 1)
            )
            and (_NAME_PART_TAGS.match(t.tag) or t.form in surnames())  # 이/JKS 바다: 이바다
            and not any(gazetteer().is_place(x.form) for x in out[i:j])  # 한국측
            and _anchored_here(text, out, j)
            and not _word_before_homograph(word, text, out, j)
            and _name_like(word)
        ):
            out[i:j] = [Token(word, "NNP", t.start, end)]
        else:
            k = _named_after_role(text, out, i, j)
            if k is not None:  # 골리 서/NNG 바다/NNG 는/JX: the goalie 서바다
                out[i:k] = [Token(text[t.start : out[k - 1].end], "NNP", t.start, out[k - 1].end)]
        i += 1
    return out


def _named_after_role(text: str, tokens: Sequence[Token], i: int, j: int) -> int | None:
    """Index after the name where the spaced word tokens[i:j] is an occupation's (:data:`ROLES`,
    one space before) Korean full name that Kiwi cut into words, a particle after it (골리
    서바다는: 서/NNG 바다/NNG 는/JX); None otherwise."""
    t = tokens[i]
    if not t.start or text[t.start - 1] != " " or last_word(text[: t.start]) not in ROLES:
        return None
    k = j
    while k > i + 1 and tokens[k - 1].tag.startswith("J"):
        k -= 1
    name = text[t.start : tokens[k - 1].end]
    if (
        k - i < 2
        or len(name) != 3
        or not all(_NAME_PART_TAGS.match(x.tag) for x in tokens[i:k])
        or not korean_name(name)
        or body_or_place(name)
        or title_suffix(name) is not None
        or not _name_like(name)
    ):
        return None
    return k


def _word_before_homograph(word: str, text: str, tokens: Sequence[Token], j: int) -> bool:
    """A homograph title with no place or body glued to it follows ``word``, which Kiwi alone
    reads as starting with a common noun of two syllables or more (양극/NNG 재 시장: the cathode
    market, not Mayor Yang; 양/MM 승/NNG 민/NNG 시장 stays a name), the title right after it."""
    alone = morphemes(word)
    if not alone or alone[0].tag != "NNG" or len(alone[0].form) < 2 or len(alone) < 2:
        return False
    anchor, title, span, prefix, _ = _title_after(text, tokens, j)
    if anchor != "title" or title is None or not homograph(title) or prefix or span is None:
        return False
    # right after the word: a body or an ordinal between (권한결 국토교통부 제2차관) makes it a name
    return j >= len(tokens) or span[0] <= tokens[j].start


def _heads_body_word(text: str, tok: Token) -> bool:
    """``tok`` starts a spaced word that runs on past it into a body's name (대한 of
    대한탁구협회, 'Korea Table Tennis Association')."""
    end = _word_end(text, tok.end)
    return end > tok.end and body_like(text[tok.start : end].rstrip(_PARTICLE_CHARS))


def _inside_body_word(text: str, tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] starts inside a word whose beginning is a body or a company (인터내셔널 of
    포스코인터내셔널), so it is part of that name."""
    start = tokens[i].start
    if not start or not _HANGUL_CHAR.match(text[start - 1]):
        return False
    begin = start
    while begin and _HANGUL_CHAR.match(text[begin - 1]):
        begin -= 1
    return body_like(text[begin:start])


_HANGUL_CHAR = re.compile(r"[가-힣A-Za-z0-9]")


def _in_two_word_body(text: str, tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] and the word one space before or after it make a listed organization of two
    words (키움 or 히어로즈 of 키움 히어로즈), so no person's name starts there."""
    for a in (i - 1, i):
        if a < 0 or a + 1 >= len(tokens) or text[tokens[a].end : tokens[a + 1].start] != " ":
            continue
        if organizations().get(f"{tokens[a].form} {tokens[a + 1].form}") is not None:
            return True
    return False


def _club_before(text: str, start: int) -> bool:
    """A listed club ends one space before ``start`` (삼성 라이온즈 윤슬기: the club's player)."""
    m = re.search(r"(?:^|\s)(\S+ \S+|\S+) $", text[:start])
    if m is None:
        return False
    words = m.group(1).split()
    forms = [" ".join(words), words[-1]]
    return any((o := organizations().get(f)) is not None and o.kind == "club" for f in forms)


def _korean_name_before(
    text: str, tokens: Sequence[Token], start: int
) -> tuple[int, str, tuple[str, str]] | None:
    """(start, word, (surname, given)) of a Korean full name one space before ``start`` that
    is no place or body (유제인 in 유제인 음제협 팀장; not 부시는, a name with its particle),
    else None."""
    m = re.search(r"(?:^|[\s\"'“‘(])([가-힣]{3}) $", text[:start])
    if m is None:
        return None
    word = m.group(1)
    inside = _covering(tokens, m.start(1), m.end(1))
    if not inside or any(t.tag.startswith(("J", "EF", "EC", "EP")) for t in inside):
        return None  # a particle or an ending: 부시는; 유제/NNG 이/VCP ᆫ/ETM is Kiwi's misreading
    split = split_name(word)
    if split is None or body_like(word) or title_suffix(word) is not None:
        return None
    if not _name_like(word):
        return None
    return m.start(1), word, split


def _two_syllable_name(word: str, parts: Sequence[Token]) -> bool:
    """A surname and a one-syllable given name Kiwi cut apart (조/NNP 현/MM: 조현 외교부
    장관) where Kiwi knows the word as a proper noun; 이전 대통령 ('the previous president')
    and 신임 장관 stay words."""
    if len(word) != 2 or len(parts) != 2 or parts[0].tag != "NNP":
        return False
    alone = morphemes(word)
    return len(alone) == 1 and alone[0].tag == "NNP"


_HANGUL_WORDS = re.compile(r"[가-힣]+(?: [가-힣]+)+")


def _vietnamese_names(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with each Vietnamese name Kiwi cut into words (부/XPN 이/NR 탄/NNB 선/NNG for
    부이 탄 선) made one NNP token: spaced ones of two words in a text that names Vietnam, of
    three or four anywhere (공격수 팜 뚜언 하이도), unspaced ones of three syllables or more
    anywhere (팜/NNP 민/NNG 찌/VV ᆫ/ETM for 팜민찐)."""
    out = list(tokens)
    for m in re.finditer(r"(?<![가-힣])[가-힣]{3,}", text):
        word = _vietnamese_words(m.group())  # unspaced: three syllables or more; 팜민찐은
        if word is not None:
            _merge(out, word, m.start())
    vietnam = "베트남" in text
    for m in _HANGUL_WORDS.finditer(text):
        words = m.group().split(" ")
        at = m.start()
        for i, first in enumerate(words):
            for n in range(min(4, len(words) - i), 1 if vietnam else 2, -1):
                name = _vietnamese_words(" ".join(words[i : i + n]))
                if name is not None:
                    _merge(out, name, at)
                    break
            at += len(first) + 1
    return out


def _vietnamese_words(words: str) -> str | None:
    """``words`` as a Vietnamese name, its last word without a particle of one or two
    syllables (팜 뚜언 하이도: 팜 뚜언 하이), if it is one."""
    for cut in (0, 1, 2):
        name = words[: len(words) - cut] if cut else words
        if cut and not _NAME_PARTICLE.fullmatch(words[-cut:]):
            continue  # 응우옌 반 투안: 안 is the name's, no particle
        if not name.endswith(" ") and is_vietnamese(name):
            return name
    return None


# Particles of one or two syllables that follow a name (팜 뚜언 하이도, 응우옌 반 투언에게)
_NAME_PARTICLE = re.compile(
    r"[은는이가을를의도와과에로만씨측께]|에서|에게|으로|까지|부터|와의|과의|에는|라고|하고|이다|이며"
    r"|처럼|보다|한테|께서"
)


def _merge(tokens: list[Token], form: str, start: int) -> None:
    """Make the tokens that cover exactly text[start:start + len(form)] one NNP token."""
    end = start + len(form)
    inside = [k for k, t in enumerate(tokens) if start <= t.start and t.end <= end]
    if inside and tokens[inside[0]].start == start and tokens[inside[-1]].end == end:
        tokens[inside[0] : inside[-1] + 1] = [Token(form, "NNP", start, end)]
        return
    # a particle Kiwi glued to the name's last word (하이도/NNP): split off as one
    k = inside[-1] + 1 if inside else len(tokens)
    last = tokens[k] if k < len(tokens) else None
    if (
        last is not None
        and tokens[inside[0]].start == start
        and last.start < end < last.end
        and last.tag == "NNP"
        and len(last.form) == last.end - last.start  # the form as written, to cut
    ):
        rest = Token(last.form[end - last.start :], "JX", end, last.end)
        tokens[inside[0] : k + 1] = [Token(form, "NNP", start, end), rest]


def _contracted_particle(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a proper noun Kiwi read as a shorter name and the contracted topic
    particle ᆫ (오재민 as 오재미/NNP ᆫ/JX) as the name written, where a noun or Latin word
    follows after a space (오재민 LG에너지솔루션 부사장), not a predicate."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if (
            nxt is not None
            and after is not None
            and t.tag == "NNP"
            and nxt.form == "ᆫ"
            and nxt.tag.startswith("J")
            and nxt.end == t.end
            and text[t.start : t.end] != t.form
            and text[t.end : after.start] == " "
            and after.tag in ("NNG", "NNP", "SL")
        ):
            out.append(Token(text[t.start : t.end], "NNP", t.start, t.end, t.oov))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _unknown_as_name(t: Token) -> Token:
    """A Hangul noun of two or more syllables Kiwi does not know (귀네스/NNG, 칸델왈/NNG) as
    NNP: Kiwi guesses the tag of such a word, and most are foreign names; not a compound of
    two words it knows (계절근로자: 계절 + 근로자)."""
    if (
        t.oov
        and t.tag == "NNG"
        and len(t.form) >= 2
        and is_hangul(t.form)
        and not _compound_noun(t.form)
    ):
        return Token(t.form, "NNP", t.start, t.end, t.oov)
    return t


def _hyphenated(tokens: list[Token]) -> list[Token]:
    """``tokens`` with a double-barrelled foreign name (코시니아크-카미시, Kosiniak-Kamysz) as one
    proper noun: two proper nouns of two syllables or more joined by a hyphen, no space between,
    neither a place nor a body (not 한-인도, 한-독: the two countries)."""
    out: list[Token] = []
    for t in tokens:
        if (
            len(out) >= 2
            and t.tag == "NNP"
            and out[-1].form == "-"
            and out[-2].tag == "NNP"
            and out[-2].end == out[-1].start
            and out[-1].end == t.start
            and min(len(out[-2].form), len(t.form)) >= 2
            and not (body_or_place(out[-2].form) or body_or_place(t.form))
        ):
            first = out[-2]
            out[-2:] = [Token(f"{first.form}-{t.form}", "NNP", first.start, t.end)]
        else:
            out.append(t)
    return out


def _known_noun(word: str) -> bool:
    """Kiwi reads ``word`` alone as one common noun it knows."""
    tokens = morphemes(word)
    return len(tokens) == 1 and tokens[0].tag == "NNG" and not tokens[0].oov


@lru_cache(maxsize=4096)
def _compound_noun(form: str) -> bool:
    """``form`` is two or more common nouns of two syllables or more that Kiwi knows, glued
    (계절 + 근로자, 결혼 + 이주 + 여성), as no foreign name is."""
    return any(_known_noun(form[:k]) and _known_nouns(form[k:]) for k in range(2, len(form) - 1))


def _known_nouns(word: str) -> bool:
    """Kiwi reads ``word`` alone as common nouns it knows, each of two syllables or more
    (근로자; 이주/NNG 여성/NNG)."""
    tokens = morphemes(word)
    return (
        bool(tokens)
        and all(t.tag == "NNG" and not t.oov and len(t.form) >= 2 for t in tokens)
        and "".join(t.form for t in tokens) == word
    )


def _full_surnames(names: Collection[str]) -> set[str]:
    """Surnames of the Korean full names among ``names`` (김동연 -> 김), and the one-syllable
    family names of the Chinese ones a Korean surname table has (왕 of 왕수핑: 왕 부성장)."""
    out = set()
    for name in names:
        split = split_name(name)
        if split is not None and not _looks_foreign(split[1]):
            out.add(split[0])
        chinese = chinese_parts(name) if " " not in name else None
        if chinese is not None and len(chinese[0]) == 1 and chinese[0] in surnames():
            out.add(chinese[0])
    return out


def _role_before_name(text: str, tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] is an occupation (:data:`ROLES`) and a Korean full name follows it one space
    on (리베로 문한별, read as two proper nouns): the role, no part of a foreign name."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].form in ROLES
        and nxt is not None
        and text[tokens[i].end : nxt.start] == " "
        and nxt.tag == "NNP"
        and korean_name(nxt.form)
    )


# Last syllables of what a ranking ranks besides persons (조선국, 수출국; 생산지, 교역항).
_RANKED_KINDS = ("국", "지", "항", "사")


def _after_role(text: str, tokens: Sequence[Token], i: int) -> bool:
    """An occupation (배우, 세터), an origin (미국 출신) or a ranking (세계랭킹 5위) stands one
    space before tokens[i]."""
    if i == 0 or text[tokens[i - 1].end : tokens[i].start] != " ":
        return False
    prev = tokens[i - 1]
    form = tokens[i].form
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    word = last_word(text[: tokens[i].start])
    if (word in ROLES or prev.form in ROLES) and prev.tag in ("NNG", "NNP"):
        return True  # 세터 이슬기, 라이트백 김나래 (라이트/NNG 백/NNG), (부장검사 장하늘
    if _club_before(text, tokens[i].start):
        return True  # 삼성 라이온즈 윤슬기
    if prev.form == "출신" and prev.tag == "NNG":  # not a word's head (출신 스파/NNP 링/NNG)
        return nxt is None or nxt.start > tokens[i].end or nxt.tag.startswith("J")
    if form.endswith(_RANKED_KINDS) and (
        _known_noun(form[:-1]) or (nxt is not None and nxt.form == "에" and nxt.tag == "JKB")
    ):
        return False  # 세계 5위 수출국, 4위 조선국에 (올랐다): a nation ranked, no person
    return i >= 2 and prev.form == "위" and prev.tag == "NNB" and tokens[i - 2].tag == "SN"


def _japanese_name_at(text: str, tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] and the next spaced proper noun make a Japanese full name (미야자키 사오리도),
    followed by a particle other than 의 (오사카 난바의 한 호텔: a place in a city)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return (
        nxt is not None
        and nxt.tag == "NNP"
        and text[tokens[i].end : nxt.start] == " "
        and after is not None
        and after.start == nxt.end
        and after.tag.startswith("J")
        and after.form != "의"
        and _japanese_full_name(f"{tokens[i].form} {nxt.form}")
    )


def _noun_after(tokens: Sequence[Token], j: int) -> bool:
    """A common or proper noun follows tokens[j - 1]: the words before are part of a phrase."""
    return j < len(tokens) and tokens[j].tag in ("NNG", "NNP")


def _japanese_full_name(form: str) -> bool:
    """A listed Japanese family name and a given name of two to four syllables that is no
    place (다나카 유키; not 지바 현, 야마구치 시모노세키)."""
    parts = form.split()
    return (
        len(parts) == 2
        and bool(japanese_spellings(parts[0]))
        and 2 <= len(parts[1]) <= 4
        and not gazetteer().is_place(parts[1])
    )


def _listed_korean(form: str, surname: str) -> bool:
    """A Korean listed among well-known persons (이승만 Syngman Rhee, 최태원 Chey Tae-won): listed
    by this very name, unspaced, and its English has a hyphenated given name or a word that
    spells the surname; not a foreign short form (오바마 of Barack Obama) nor a Chinese name
    (시진핑 Xi Jinping)."""
    person = known_person(form)
    if person is None or person.ko != form:
        return False
    spellings = {s.lower() for s in surname_spellings(surname)}
    words = [w.lower().strip(".,") for w in person.en.split()]
    return any("-" in w or w in spellings for w in words)


# The most frequent Korean surnames: a three-syllable Korean name with one after a word that is
# no Japanese family name is a person of its own (키움 설종현 감독: the team, then the manager).
_COMMON_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노설")
# Syllables of Japanese given names and loanwords that Korean given names seldom have.
_FOREIGN_GIVEN_SYLLABLES = frozenset("루키로코카토치즈쓰츠널넬너슨스트드르브프크")


def _body_before_name(prev: str, word: str) -> bool:
    """A body's name (세종시의회, ending like an organization) before a Korean full name: the
    name starts a mention of its own (세종시의회 임채원 의장); so too a team or company's short
    name before a name with a common Korean surname (키움 설종현, 에스알 이종화)."""
    if not korean_name(word) or body_or_place(word) or gazetteer().lookup(word):
        return False  # 서자바 (West Java), 오이타 (Oita) are no 서 + 자바, 오 + 이타
    if len(prev) >= 3 and prev[-1] in ORG_ENDINGS:
        return True
    return (
        len(prev) >= 2
        and word[0] in _COMMON_SURNAMES
        and not set(word[1:]) & _FOREIGN_GIVEN_SYLLABLES
        and not japanese_spellings(prev)
        and known_person(word) is None  # 버락 오바마: no 오 + 바마
        and known_person(f"{prev} {word}") is None
        and _name_like(word)
    )


def _listed_korean_word(word: str) -> bool:
    split = split_name(word)
    return split is not None and _listed_korean(word, split[0])


# A kind of company right before a word: the word is its name (덴마크 해운사 머스크 is Maersk,
# not Elon Musk; 미국 제약사 화이자).
_COMPANY_BEFORE = re.compile(
    r"(?:회사|해운사|선사|항공사|제약사|통신사|방송사|건설사|증권사|보험사|카드사|자회사|경쟁사|"
    r"제조사|유통사|게임사|완성차|업체|기업|그룹|브랜드|은행|스타트업|플랫폼|메이커)\s*$"
)


def _ends_foreign_name(form: str, known: Collection[str]) -> bool:
    """``form`` is the last word of a foreign full name seen anchored in the article (도노반 of
    마이클 도노반), whose first word is no role (외야수 안도윤) and no Korean name."""
    for k in known:
        first, _, rest = k.partition(" ")
        if rest.split()[-1:] != [form] or first in ROLES:
            continue
        split = split_name(first)
        if split is None or _looks_foreign(split[1]):
            return True
    return False


def _place_with_particle(form: str) -> bool:
    """A place and a particle read as one proper noun (일본의, 중국은): no name."""
    return len(form) >= 3 and form[-1] in "의은는이가을를도와과" and gazetteer().is_place(form[:-1])


def _fallback_anchor(
    form: str, known: Collection[str], famous: Collection[str], alone: bool
) -> str:
    """The anchor of a mention no title or honorific anchors: a name seen anchored in the
    document ("known"), a famous name standing alone ("famous"; not 부시 in 안호이저-부시),
    or "none"."""
    if form in known or (len(form) >= 2 and any(form in k.split()[:-1] for k in known)):
        return "known"  # 토트 of 토트 가보르: a family name first, as Hungarian writes it
    return "famous" if alone and form in famous else "none"


def find_persons(
    text: str, tokens: Sequence[Token], known: Collection[str] = (), famous: Collection[str] = ()
) -> list[PersonMention]:
    """Person mentions in ``text`` (kiwipiepy ``tokens``); ``known``: names seen anchored (and
    :func:`titled_key` entries of titled Korean names); ``famous``: names that are a person's
    wherever they stand (anchor "famous")."""
    table = surnames()
    tokens = _contracted_particle(text, [_unknown_as_name(t) for t in tokens])
    tokens = _vietnamese_names(text, _hyphenated(tokens))
    tokens = _whole_first_word(text, _whole_last_word(text, tokens))
    tokens = _split_before_title(text, tokens)
    tokens = _repair_names(text, _whole_foreign_word(text, _surname_and_word(text, tokens)))
    tokens = _japanese_surname_cut(text, tokens)
    tokens = _known_words(text, tokens, known)
    out: list[PersonMention] = []
    full = _full_surnames(known)
    titled = frozenset(k for k in known if "+" in k)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _surname_as_word(text, tokens, i, full, titled):
            tok = Token(tok.form, "NNP", tok.start, tok.end)  # a surname before a title
        elif (
            tok.tag != "NNP"
            or not is_hangul(tok.form.replace(" ", "").replace("-", ""))
            # 노동당, 백악관, 한빛전자: bodies are no persons; but 미야자키 사오리, a Japanese
            # family name that is also a place, before a given name
            or (
                body_like(tok.form)
                and not _japanese_name_at(text, tokens, i)
                and not _company_named_person(text, tokens, i)
            )
            or _inside_body_word(text, tokens, i)  # 포스코/인터내셔널: the company's tail
            or _in_two_word_body(text, tokens, i)  # 키움 히어로즈, 삼성 라이온즈: a club's words
            or _heads_body_word(text, tok)  # 대한/탁구협회: the body's head
            or _unit_word(tok.form)  # 페르가나주: a place the gazetteer lacks
            or _spaced_unit_after(text, tokens, i)  # 브라이언 카운티: the place of the county
            or (len(tok.form) >= 4 and _glued_title(tok.form))  # 수석부지부장/NNP 한경수
            or _place_with_particle(tok.form)  # 일본의/NNP: a place Kiwi read with its particle
            # 결혼이주여성/NNP: nouns, no loanword (데이 + 비스 is Davis)
            or (len(tok.form) >= 4 and not _looks_foreign(tok.form) and _compound_noun(tok.form))
            or _role_before_name(text, tokens, i)  # 미들블로커/NNP 정바다/NNP: a position
        ):
            i += 1
            continue
        # A surname glued to the given name as two tokens (김/NNP 동연/NNP).
        j = i + 1
        form = tok.form
        if (
            tok.form in table
            and j < len(tokens)
            and tokens[j].start == tok.end
            and tokens[j].tag == "NNP"
            and split_name(tok.form + tokens[j].form)
        ):
            form, j = tok.form + tokens[j].form, j + 1
        split = split_name(form)
        if split is not None and (
            _looks_foreign(split[1])
            or (split[0] in _CHINESE_SURNAMES and len(split[1]) == 1)  # 왕천 Wang Chen
            or (len(form) == 2 and _extend_foreign(text, tokens, j - 1) > j)
            or (len(form) == 3 and _foreign_given_after(text, tokens, j))
        ):
            split = None  # 도널드, 조지 in 조지 부시, 기시다 in 기시다 후미오
        if split is not None and form in famous and not _listed_korean(form, split[0]):
            split = None  # 오바마 is no 오 + 바마
        if split is not None and _ends_foreign_name(form, known):
            split = None  # 도노반 of 마이클 도노반 in the article is no 도 + 노반
        if split is not None and len(form) == 2 and form in table:
            split = None  # 남궁 장관: a two-syllable surname alone, not 남 + 궁
        if split is not None and len(form) == 2 and japanese_spellings(form):
            split = None  # 사토 지사: a Japanese family name, not 사 + 토
        if split is not None and _CHINA_BEFORE.search(text, 0, tok.start) and chinese_parts(form):
            split = None  # 중국의 류신이: Liu Xinyi, a Chinese name, not Korean 류 + 신이
        if split is not None:
            kind, sur, given = "korean", split[0], split[1]
        elif form in table and not _foreign_after_surname(text, tokens, j):
            kind, sur, given = "korean", form, ""
        else:
            j = _extend_foreign(text, tokens, i)
            form = text[tok.start : tokens[j - 1].end]
            kind, sur, given = "foreign", "", ""
            if (
                j < len(tokens)
                and tokens[j].tag == "NNP"
                and text[tokens[j - 1].end : tokens[j].start] == " "
                and (
                    _body_before_name(form.split()[-1], tokens[j].form)
                    or _titled_korean_after(text, tokens, i, j)
                )
            ):
                i += 1  # 에스알 이종화 본부장, 이랜드 도정훈 감독: the company, then the person
                continue
        anchor, title, tspan, prefix, after = _title_after(text, tokens, j)
        if (
            anchor == "title"
            and tspan is not None
            and j < len(tokens)
            and tokens[j].start == tokens[j - 1].end
            and tokens[j].tag in NOUN_TAGS
            and tokens[j].start < tspan[0]
        ):
            anchor = "none"  # 방산사업본부장: a noun glued to a body and title, not a name
        if (
            anchor == "title"
            and title is not None
            and homograph(title)
            and tspan is not None
            and tspan[0] == tokens[j - 1].end
            and len(form.replace(" ", "")) >= 2
        ):
            anchor, title, tspan = "none", None, None  # 방산시장: the defence market, no mayor
        # not 안호이저-부시, nor the company of 해운사 머스크 (Maersk)
        alone = (
            tok.start == 0 or text[tok.start - 1] not in "-·ㆍ"
        ) and not _COMPANY_BEFORE.search(text, 0, tok.start)
        if anchor == "none":
            anchor = _fallback_anchor(form, known, famous, alone)
        if (
            anchor == "none"
            and (
                (kind == "korean" and given)
                or (
                    kind == "foreign"
                    and (" " in form or chinese_parts(form) is not None or is_vietnamese(form))
                )
            )
            and _after_role(text, tokens, i)
        ):
            anchor = ROLE  # 세터 박한결, 세터 사토 미유, 선수 왕위팅, 선수 응우옌티프엉
        if (
            anchor == "none"
            and kind == "foreign"
            and _CHINA_BEFORE.search(text, 0, tok.start)
            and chinese_parts(form) is not None
            and not body_like(form)
        ):
            anchor = ROLE  # 중국의 저우메이린, 중국 쑨위천: a Chinese name after China
        if (
            anchor == "none"
            and kind == "foreign"
            and _VIETNAM_BEFORE.search(text, 0, tok.start)
            and is_vietnamese(form)
        ):
            anchor = ROLE  # 베트남의 쩐 꾸옥 후이: a Vietnamese name after Vietnam
        if (
            anchor == "none"
            and kind == "foreign"
            and _after_country(text, tok.start)
            and _full_foreign_name(form)
            and "-" not in form  # 장즈전-우이빙 조: a pair
            and not _noun_after(tokens, j)  # 대튀르키예 방산 수출액: a phrase
        ):
            anchor = ROLE  # 오스트리아의 루카스 빈터호퍼: a full name after a country's
        if anchor == "none" and kind == "foreign" and _japanese_full_name(form):
            anchor = FAMILY_NAME
        if anchor == "none" and kind == "korean" and given and _affiliation_after(text, tokens, j):
            anchor = AFFILIATION  # 장새봄(한국체대): a school or team in brackets
        if kind == "korean" and not given and anchor not in {"title", "honorific"}:
            i = j
            continue
        if (
            kind == "korean"
            and not given
            and title is not None
            and tspan is not None
            and tspan[0] == tok.end
            and form + title.ko in titles()
        ):
            i = j  # 레디 주총리: 주 is the title's (주총리, a state's chief minister), no surname
            continue
        one_syllable = len(form) < 2 and form not in known  # 팜 after 팜 민 뚜언: his name
        if kind == "foreign" and (one_syllable or _PLACE_UNIT_WORDS & set(form.split())):
            i = j  # 코트다쥐르 레지옹: a region of France, no person
            continue
        if kind == "foreign" and anchor == "title" and " " not in form:
            named = _korean_name_before(text, tokens, tok.start)
            if named is not None:  # 유제인 음제협 법률담당팀장: 음제협 is the body
                start, word, (sur, given) = named
                out.append(
                    PersonMention(start, start + len(word), word, "korean", anchor, sur, given,
                                  title, tspan, form + (" " + prefix if prefix else ""))
                )  # fmt: skip
                i = after
                continue
        if (
            kind == "foreign"
            and (
                # 쓰구마사 ends as a company does (사), but two words before a place's governor
                # (무라오카 쓰구마사 야마구치현 지사) are a person's name
                (form[-1] in ORG_ENDINGS and not _name_before_placed_title(form, anchor, prefix))
                or (
                    anchor == "title"
                    and title is not None
                    and title.ko in WEAK_TITLES
                    and not prefix
                    and not _full_foreign_name(form)
                    and not _japanese_full_name(form)  # 하야시 유키코 대표
                    and not (len(form) >= 3 and chinese_parts(form) is not None)  # 장리핑 청장
                    and not _INITIALS_BEFORE.search(text[: tok.start])  # A.J. 힌치 감독
                )
            )
        ):
            anchor = _fallback_anchor(form, known, famous, alone)
        out.append(
            PersonMention(tok.start, tokens[j - 1].end, form, kind, anchor, sur, given, title,
                          tspan, prefix)
        )  # fmt: skip
        if kind == "korean" and given:
            full.add(sur)
        i = after if anchor == "title" else j
    return _listed_with_titled(text, out)


def _name_before_placed_title(form: str, anchor: str, prefix: str) -> bool:
    """``form`` is two words or more titled after a place (야마구치현 지사, 일본 야마구치현)."""
    return (
        anchor == "title"
        and " " in form
        # 케니 웡 홍콩관광청: a body named after its place is no name's last word
        and not body_like(form.split()[-1])
        and not any(gazetteer().is_place(form.split()[-1][:k]) for k in range(2, 4))
        and bool(prefix)
        and any(gazetteer().is_place(w) for w in prefix.split())
    )


# Names joined by a middle dot before the last one's title (배진혁·탁수민·하도윤 재판관).
_LIST_JOINT = re.compile(r"[·ㆍ]")


def _listed_with_titled(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """``found`` with each unanchored Korean full name that a list joins to a titled name
    after it anchored as a role: the title covers the whole list."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        m, nxt = out[k], out[k + 1]
        if (
            m.anchor == "none"
            and m.kind == "korean"
            and m.given
            and nxt.anchor in ("title", ROLE)
            and _LIST_JOINT.fullmatch(text, m.end, nxt.start)
        ):
            out[k] = replace(m, anchor=ROLE)
    return out
