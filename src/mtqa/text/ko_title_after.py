"""The title written after a name in Korean news (김동연 경기도지사, 박준혁 노조 위원장, 이창용 한은
총재): where it starts and ends, which body or place it belongs to, and what may sit between."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.ministries import SEONG
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.romanize import (
    is_hangul,
    split_name,
    surnames,
)
from mtqa.lexicon.titles import (
    RANK_PREFIXES,
    Title,
    homograph,
    title_suffix,
    titles,
)
from mtqa.text.ko_word_kinds import (
    BODY_ENDINGS,
    body_like,
    compound_noun,
    known_noun,
    known_nouns,
    mission_post,
)
from mtqa.text.korean import Token

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


HONORIFICS = frozenset({"씨", "氏", "여사", "옹", "군", "양"})


def contiguous(tokens: Sequence[Token], i: int) -> int:
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
# A place's unit written alone for the place the article is about (도 'the province').
_BARE_UNITS = frozenset({"도", "시", "구"})


def covering_tokens(tokens: Sequence[Token], start: int, cut: int) -> list[Token]:
    """The tokens that lie wholly within text[start:cut]."""
    return [t for t in tokens if t.start >= start and t.end <= cut]


def _office_body(glued: str) -> bool:
    """``glued`` (the prefix and the title's first syllable) ends as a government office does
    (제주지방해양경찰청, 서울지방국세청): a longer office than the lists name."""
    return len(glued) > 3 and glued.endswith(_OFFICE_BODIES)


# Offices whose heads' titles start with their last syllable (경찰청장, 국세청장, 경찰서장).
_OFFICE_BODIES = (
    "경찰청", "국세청", "관세청", "검찰청", "교육청", "병무청", "환경청", "보훈청", "경찰서",
    "소방서", "세무서", "해양경찰서",
)  # fmt: skip


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
        or mission_post(prefix)  # 주한핀란드 + 대사
    ):
        return True
    covering = covering_tokens(tokens, start, cut)
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
        gazetteer().is_place(prefix[:k]) and known_noun(prefix[k:])
        for k in range(2, len(prefix) - 1)
    )


# Titles of a diplomatic mission only (공사 'minister' after 대사관; else construction).
_MISSION_TITLES = frozenset({"공사"})
_MISSIONS = ("대사관", "대표부", "영사관")


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
        # but not 부산본부세 + 관장 where the longer 세관장 ends the compound
        longer = any(c < cut and not _rank_led(t) for c, t in cuts)
        if organizations().get(glued) is not None and not longer:
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
    for cut, title in cuts:  # 제주지방해양경찰 + 청장: no 제주지방해양 + 경찰청장
        if cut and _office_body(compound[:cut] + title.ko[:1]):
            return compound[:cut], title
    return None


# A national team after a sport (역도 대표팀, 축구 국가대표팀) and before its staff's title.
_TEAM_AFTER = re.compile(r" (?:국가|청소년|여자|남자)?대표팀 ")
_SHARE_SIGNS = frozenset({"%", "％", "퍼센트", "p", "%p"})


# Counters of things a body has (코스타 크루즈(17척), 로열캐리비안(22척)): a name with one in
# brackets after it is no person; a person's brackets hold an age or a record (르블랑(2분17초502)).
_THING_COUNTERS = frozenset(
    {"척", "대", "개", "개국", "곳", "건", "가구", "채", "개사", "종", "명", "마리", "그루", "호"}
)


def _counted(tok: Token) -> bool:
    """A share sign or a counter of things (17척, 22개국; not 57세 nor 2분17초)."""
    return tok.form in _SHARE_SIGNS or (tok.tag == "NNB" and tok.form in _THING_COUNTERS)


def title_after(
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
        if (
            tok.tag == "SSO"
            and k + 1 < len(tokens)
            and tokens[k + 1].tag == "SN"
            and (k + 2 >= len(tokens) or not _counted(tokens[k + 2]))
        ):  # not 컨테이너선(18%) nor 코스타 크루즈(17척): a share or a count, no age
            # the bracket's end: 김나래(57) 교수, 편성규(57·용인7) 의원
            after = next((n + 1 for n in range(k + 2, min(k + 7, len(tokens)))
                          if tokens[n].tag == "SSC"), None)  # fmt: skip
            titled = title_after(text, tokens, after) if after is not None else None
            if titled is not None and titled[0] == "title":
                return titled
            return "age", None, None, "", k + 2
        closing = noun_bracket_end(tokens, k) if k == start and k else None
        if closing is not None:  # 한다솜(마포2) 의원, 장새봄(한국체대) 선수
            titled = title_after(text, tokens, closing + 1)
            if titled[0] == "title":
                return titled
        bracket = spelling_in_brackets(tokens, k) if k == start or skipped else None
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
        in_word = tok.start > 0 and HANGUL_CHAR.match(text[tok.start - 1]) is not None
        if tok.tag == "MM" and tok.form in SKIP_MODIFIERS and not (in_word and tok.form == "전"):
            k += 1
            continue
        if tok.form in ("주", "성", "현", "도") and tok.start and text[tok.start - 1] == ")":
            k += 1  # 서호주(WA)주 총리: the place's unit after its bracketed short form
            continue
        if (
            tok.form == "도"
            and tok.tag.startswith("J")
            and skipped
            and tokens[k - 1].end == tok.start
            and gazetteer().lookup(tokens[k - 1].form + "도")
        ):
            k += 1  # 전남/NNP 도/JX 국제협력관: the province's 도, read as the particle 'also'
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
        # 대/XPN 법관/NNG: a noun with a prefix Kiwi cut off (대법관)
        prefixed = (
            tok.tag == "XPN"
            and k + 1 < len(tokens)
            and tokens[k + 1].start == tok.end
            and tokens[k + 1].tag in NOUN_TAGS
        )
        if tok.tag not in NOUN_TAGS and not prefixed:
            break
        j = _dotted_ministry(text, tokens, k) or contiguous(tokens, k + 1 if prefixed else k)
        compound = text[tok.start : tokens[j - 1].end]
        if tok.tag == "NNG" and j < len(tokens) and _TEAM_AFTER.match(text, tokens[j - 1].end):
            skipped += 1  # 역도 대표팀 감독: the sport of the national team
            k = j
            continue
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
                and (known_noun(core) or compound_noun(core) or known_nouns(core))
            ):
                found = split
        if found is not None and found[0] and found[1].ko in BODY_ENDINGS:
            found = None  # 산업연구원 is a body (an institute), not a researcher of 산업
        if (
            found is not None
            and homograph(found[1])
            and compound not in _RANK_WORDS  # 수석 코치: one title, 'head coach'
            and _title_follows(text, tokens, j)
        ):
            bodies.append(compound)  # 신원시장 상인회장: the market, then its merchants' head
            skipped += 1
            k = j
            continue
        if (
            found is not None
            and found[1].ko in _MISSION_TITLES
            and not any(b.endswith(_MISSIONS) for b in [*bodies, found[0]])
        ):
            found = None  # 봉양터널 공사: the tunnel's construction, no embassy's minister
        if found is not None:
            prefix, title = found
            title = _title_of_body(title, [*bodies, prefix])
            cut = tok.start + len(prefix)
            # 주부산 일본총영사: the post's place (bodies skipped) and the glued prefix both
            return "title", title, (cut, end), " ".join([*bodies, prefix]).strip(), j
        if anonymized(compound):
            break  # 송금책 박모(34): the anonymized person's age, not the role word's
        body = body_like(compound)  # 박진 외교부 장관: a body before a title
        if not body and j - k >= 2 and len(tokens[j - 1].form) >= 2:
            body = body_like(tokens[j - 1].form)  # 중앙/선관위: a body with a modifier glued
        names = all(t.tag == "NNP" for t in tokens[k:j])
        remit = (
            compound.endswith(REMIT_ENDINGS)
            or (  # 정보보호담당 부사장: what it covers
                j < len(tokens)
                and tokens[j].form in REMIT_ENDINGS
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
        # 브라이언 카운티 위원회 의장: a place's unit word after its name; 권태식 도
        # 경제부지사, 김민수 시 대변인: the province, the city the article is about
        unit = (compound in PLACE_UNIT_WORDS and skipped > 0) or (
            compound in _BARE_UNITS and text[tokens[j - 1].end : tokens[j - 1].end + 1] == " "
        )
        if not (names or body or remit or direction or unit or compound in SKIP_MODIFIERS):
            break
        if body:
            bodies.append(compound)
        skipped += 1
        k = j
    return "none", None, None, "", start


def _title_follows(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Another title one space after the title ending at tokens[j - 1], with a particle or
    punctuation after it, no name (윤바다 신원시장 상인회장은, 김민수 공사 현장소장은: the
    first, a homograph, names the body; not 문재인 대통령 비서실장 임종석, where the chief of
    staff is another person, nor 김 사장 직무대행, acting in the same office)."""
    if j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start] != " ":
        return False
    if tokens[j].tag not in NOUN_TAGS:
        return False
    end = contiguous(tokens, j)
    compound = text[tokens[j].start : tokens[end - 1].end]
    if title_suffix(compound) is None or compound in _STANDING_AFTER:
        return False
    return end == len(tokens) or (
        tokens[end].start == tokens[end - 1].end and tokens[end].tag.startswith(("J", "S"))
    )


def _dotted_ministry(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """Index after a ministry whose portfolios a middle dot joins (기획·경제개발·국제협력부:
    nouns glued to dots, the last run ending in 부), None otherwise."""
    j = contiguous(tokens, k)
    dotted = False
    while (
        j + 1 < len(tokens)
        and tokens[j].form == "·"
        and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 1].tag in NOUN_TAGS
    ):
        j, dotted = contiguous(tokens, j + 1), True
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
    that Kiwi cut into more than nouns, ending in a noun, or a listed organization however it
    ends (한/NNP 전/MM: 한전, KEPCO); None otherwise."""
    start = tokens[k].start
    if start and not text[start - 1].isspace():
        return None
    space = re.compile(r"\s|$").search(text, start)
    j = _tokens_until(tokens, k, space.start() if space else len(text))
    word = text[start : tokens[j - 1].end]
    if (
        j - k < 2
        or all(t.tag in NOUN_TAGS for t in tokens[k:j])
        or (tokens[j - 1].tag not in NOUN_TAGS and organizations().get(word) is None)
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
    end = word_end(text, start)
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


# Words that say what an office covers, between a name and its title (정보보호담당 부사장,
# 가스사업 부문 부사장, 방산사업본부장).
REMIT_ENDINGS = ("담당", "총괄", "전담", "부문", "사업")


# Statuses written right after a title (사장직무대행, 시장권한대행, 시장 당선인).
_STATUSES = (
    "직무대행", "권한대행", "대행", "직대", "당선인", "당선자", "내정자", "후보자", "지명자"
)  # fmt: skip
_GLUED_STATUS = re.compile(f"(?:{'|'.join(_STATUSES)})$")
# What follows a title for the same person: a status (대행 'acting', 후보 'candidate').
_STANDING_AFTER = frozenset({*_STATUSES, "직무대리", "대리", "후보", "예비후보"})


def anonymized(form: str) -> bool:
    """A surname with 모 (某) for the withheld given name: 박모, 최모 씨."""
    return len(form) == 2 and form[1] == "모" and form[0] in surnames()


def noun_bracket_end(tokens: Sequence[Token], j: int) -> int | None:
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


def spelling_in_brackets(tokens: Sequence[Token], k: int) -> int | None:
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
    j = contiguous(tokens, head) if tokens[head].tag in NOUN_TAGS else head
    found = title_suffix(text[tokens[head].start : tokens[j - 1].end]) if j > head else None
    if found is None or found[0] or found[1].ko not in ORDINAL_TITLES:
        return None
    return found[1], (tokens[k].start, tokens[j - 1].end), j


# Words Korean writes after a foreign place for its kind of unit: a run with one is a place.
PLACE_UNIT_WORDS = frozenset({"레지옹", "데파르트망", "오블라스트", "칸톤", "아이막", "카운티"})


def word_end(text: str, start: int) -> int:
    """Where the run of Hangul from ``start`` ends (the spaced word's end, particles in)."""
    end = start
    while end < len(text) and is_hangul(text[end]):
        end += 1
    return end


HANGUL_CHAR = re.compile(r"[가-힣A-Za-z0-9]")
