"""Person mentions in Korean news text: Korean names, foreign names in Hangul, and their titles.

Korean names are a surname from the surname table plus a one- to three-syllable given name,
tagged NNP by kiwipiepy (김동연, 윤석열); a surname alone followed by a title (김 지사) is a later
mention. Foreign names are one to three NNP words separated by spaces (도널드 트럼프, 캐리 람).
A mention is *anchored* when a title, an honorific (씨) or an age in brackets follows it, when
the same name was already seen anchored in the document, or when it is the name of a person
Korean news names often (``famous``: :mod:`mtqa.lexicon.known_persons`, 트럼프 alone);
unanchored mentions are only candidates.
Known places (the gazetteer) and organizations (the bundled list) are never persons.
The title after a name is read by :mod:`mtqa.text.ko_title_after`, Kiwi's cuts of names are
mended by :mod:`mtqa.text.ko_name_tokens`, and the words around a name are told apart (a body,
a company, a Korean name, a loanword) by :mod:`mtqa.text.ko_word_kinds`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from mtqa.lexicon.chinese import chinese_parts
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.japanese import given_readings
from mtqa.lexicon.japanese import surname_spellings as japanese_spellings
from mtqa.lexicon.known_persons import known_person
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.romanize import (
    is_hangul,
    is_hangul_syllable,
    jamo,
    split_name,
    surname_spellings,
    surnames,
    syllable,
)
from mtqa.lexicon.titles import (
    Title,
    homograph,
    last_word,
    title_suffix,
    titles,
)
from mtqa.lexicon.transliterate import phonetic_score
from mtqa.lexicon.vietnamese import is_vietnamese
from mtqa.lexicon.world_names import is_known_name
from mtqa.text.ko_name_tokens import (
    PARTICLE_CHARS,
    ROLES,
    chinese_name_pieces,
    contracted_particle,
    hyphenated,
    japanese_surname_cut,
    known_words,
    repair_names,
    split_before_title,
    surname_and_word,
    unknown_as_name,
    vietnamese_names,
    whole_first_word,
    whole_foreign_word,
    whole_last_word,
)
from mtqa.text.ko_title_after import (
    HANGUL_CHAR,
    NOUN_TAGS,
    PLACE_UNIT_WORDS,
    SKIP_MODIFIERS,
    anonymized,
    contiguous,
    covering_tokens,
    noun_bracket_end,
    spelling_in_brackets,
    title_after,
    word_end,
)
from mtqa.text.ko_word_kinds import (
    COUNTRY_ABBREVIATIONS,
    KOREAN_GIVEN_SYLLABLES,
    ORG_ENDINGS,
    body_like,
    body_or_place,
    company_like,
    compound_noun,
    known_noun,
    korean_name,
    looks_foreign,
    name_like,
)
from mtqa.text.korean import Token

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


# Latin initials before a foreign name written in Hangul (A.J. 힌치, J. 밴스): a full name.
_INITIALS_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Z]\.\s?){1,3}$")


AFFILIATION = "affiliation"


def _affiliation_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    """A school, team or company in brackets right after the name (장새봄(한국체대), 박하늘(서울
    시청)): Hangul nouns only; not a number (김나래(57) is an age) nor a gloss in Latin letters
    (위킷(wicket), 이안류(rip currents): words, no names)."""
    return noun_bracket_end(tokens, j) is not None


def _country_in_brackets(text: str, tokens: Sequence[Token], j: int) -> bool:
    """A country alone in brackets right after the name (블리크펠트(덴마크)), as sports news
    writes a foreign athlete's."""
    m = _BRACKETED.match(text, tokens[j - 1].end)
    return m is not None and any(p.kind == "country" for p in gazetteer().lookup(m.group(1)))


_BRACKETED = re.compile(r"\(([가-힣]{2,10})\)")


def _glossed_body(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """tokens[j] is a body with its Latin name in brackets before a title, not the last word
    of the name tokens[i:j] begin (아흐마드 리드완 핀다드(PT Pindad) 사장; not 사무엘
    가르시아(Samuel Garcia) 주지사): the bracket sounds like tokens[j] more than like the
    name with it."""
    end = spelling_in_brackets(tokens, j + 1)
    if end is None or tokens[j + 1].start != tokens[j].end or end >= len(tokens):
        return False
    if title_suffix(text[tokens[end].start : tokens[contiguous(tokens, end) - 1].end]) is None:
        return False
    gloss = text[tokens[j + 1].end : tokens[end - 1].start]
    run = text[tokens[i].start : tokens[j].end]
    return phonetic_score(tokens[j].form, gloss) > phonetic_score(run, gloss)


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
    anchor, title, _, prefix, _ = title_after(text, tokens, j + 1)
    return (
        anchor == "title"
        and title is not None
        and title.ko in _STATE_OFFICES
        and all(gazetteer().is_place(w) or w in COUNTRY_ABBREVIATIONS for w in prefix.split())
    )


# Words that join the parts of a foreign name: bin, ibn, bint, von, van, der, de.
_NAME_LINKS = frozenset({"빈", "이븐", "빈트", "폰", "판", "데어", "데르", "데"})


def _name_link(text: str, tokens: Sequence[Token], j: int) -> bool:
    """tokens[j] joins two parts of a foreign name: a link word between NNP words."""
    return (
        tokens[j].form in _NAME_LINKS
        and j + 1 < len(tokens)
        and tokens[j + 1].tag == "NNP"
        and text[tokens[j].end : tokens[j + 1].start] == " "
    )


def _extend_foreign(text: str, tokens: Sequence[Token], i: int) -> int:
    """Index after a run of up to three space-separated NNP words starting at tokens[i], not
    counting the particles of Arabic and European names between them (파이살 빈 파르한
    알사우드, 우르줄라 폰 데어 라이엔)."""
    j = i + 1
    if _japanese_given_place(text, tokens, i):
        return i + 2  # 사카모토 유타 감독: Yuta, not Utah
    while (
        j < len(tokens)
        and j - i - sum(t.form in _NAME_LINKS for t in tokens[i + 1 : j]) < 3
        and tokens[j].tag == "NNP"
        and is_hangul(tokens[j].form)
        and text[tokens[j - 1].end : tokens[j].start] == " "
        and (
            not (body_like(tokens[j].form) or organizations().get(tokens[j].form) is not None)
            or _company_named_person(text, tokens, j)
            or _name_link(text, tokens, j)  # 빈 of 파이살 빈 파르한 is no Vienna
        )  # 안토니우 구테흐스 유엔 사무총장, 압둘라 알카타니 아람코 부사장; not 더그 포드 총리
        and tokens[j].form not in COUNTRY_ABBREVIATIONS
        and not _glued_title(tokens[j].form)
        and not _unit_word(tokens[j].form)  # 누리디노프 페르가나주: the region after the name
        and not _spaced_unit_after(text, tokens, j)  # 칼 헨드릭스 브라이언 카운티 의장
        and not _listed_korean_word(tokens[j].form)  # 토트넘 손흥민: the team, then the player
        and not _titled_korean_after(text, tokens, i, j)  # 이랜드 도정훈 감독: the club first
        and not anonymized(tokens[j].form)  # 송금책 박모
        and not _body_before_name(tokens[j - 1].form, tokens[j].form)
        and (j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end
             or tokens[j + 1].tag not in NOUN_TAGS)
        and not _place_before_title(text, tokens, j)  # 프렐러 샌디에이고 단장
        and not _japanese_full(text[tokens[i].start : tokens[j - 1].end])  # 다나카 유키 마르첼리
        and not _glossed_body(text, tokens, i, j)  # 아흐마드 리드완 핀다드(PT Pindad) 사장
    ):  # fmt: skip
        j += 1
    return j


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
        and all(c in KOREAN_GIVEN_SYLLABLES for c in split[1])
        and not body_or_place(word)
        and not japanese_spellings(tokens[i].form)
        and name_like(word)
        and title_after(text, tokens, j + 1)[0] == "title"
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


def _spaced_unit_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    """tokens[j] names a place whose unit word follows it as a word of its own (브라이언
    카운티 'Bryan County'), not a name's last part."""
    return (
        j + 1 < len(tokens)
        and tokens[j + 1].form in PLACE_UNIT_WORDS
        and text[tokens[j].end : tokens[j + 1].start] == " "
    )


def _unit_word(form: str) -> bool:
    """A loanword of three syllables or more and a province's, state's or prefecture's suffix
    (페르가나주, 아오모리현) or a word for islands (리아우제도): a place the gazetteer may lack,
    no part of a name (안도현, 김민성 are names)."""
    if len(form) >= 5 and form.endswith(_ISLAND_UNITS) and is_hangul(form):
        return True  # 리아우제도, 쿠릴열도: islands, longer than a Korean name
    return len(form) >= 4 and form[-1] in "주성현" and is_hangul(form) and looks_foreign(form[:-1])


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
    end = contiguous(tokens, j + 1)
    return title_suffix(text[nxt.start : tokens[end - 1].end]) is not None


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
    return (len(nxt.form) >= 3 or looks_foreign(nxt.form)) and _extend_foreign(
        text, tokens, j - 1
    ) > j


def _full_foreign_name(form: str) -> bool:
    """Given name and surname of a foreign person (위르겐 클린스만), which make a person's mention
    even before a homograph title (감독, 시장); not a Korean name before a company (정주영
    현대그룹) nor a word before a place or body."""
    parts = form.split()
    return len(parts) >= 2 and not any(
        body_or_place(p) or p[-1] in ORG_ENDINGS or korean_name(p) for p in parts
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
    _, title, span, _, after = title_after(text, tokens, i + 1)
    if title is None or span is None or span[0] != tokens[i + 1].start:
        return False
    if determiner:  # of one so titled, with a particle glued on: 한 지사는 (not 한 지사 관계자)
        glued = after < len(tokens) and tokens[after].start == span[1]
        return glued and tokens[after].tag[0] == "J" and titled_key(tok.form, title.ko) in titled
    return True


def _heads_body_word(text: str, tok: Token) -> bool:
    """``tok`` starts a spaced word that runs on past it into a body's name (대한 of
    대한탁구협회, 'Korea Table Tennis Association')."""
    end = word_end(text, tok.end)
    return end > tok.end and body_like(text[tok.start : end].rstrip(PARTICLE_CHARS))


def _inside_body_word(text: str, tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] starts inside a word whose beginning is a body or a company (인터내셔널 of
    포스코인터내셔널), so it is part of that name."""
    start = tokens[i].start
    if not start or not HANGUL_CHAR.match(text[start - 1]):
        return False
    begin = start
    while begin and HANGUL_CHAR.match(text[begin - 1]):
        begin -= 1
    return body_like(text[begin:start])


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
    inside = covering_tokens(tokens, m.start(1), m.end(1))
    if not inside or any(t.tag.startswith(("J", "EF", "EC", "EP")) for t in inside):
        return None  # a particle or an ending: 부시는; 유제/NNG 이/VCP ᆫ/ETM is Kiwi's misreading
    split = split_name(word)
    if split is None or body_like(word) or title_suffix(word) is not None:
        return None
    if not name_like(word):
        return None
    return m.start(1), word, split


def _full_surnames(names: Collection[str]) -> set[str]:
    """Surnames of the Korean full names among ``names`` (김동연 -> 김), and the one-syllable
    family names of the Chinese ones a Korean surname table has (왕 of 왕수핑: 왕 부성장)."""
    out = set()
    for name in names:
        split = split_name(name)
        if split is not None and not looks_foreign(split[1]):
            out.add(split[0])
        chinese = chinese_parts(name) if " " not in name else None
        if chinese is not None and len(chinese[0]) == 1 and chinese[0] in surnames():
            out.add(chinese[0])
    return out


def _role_before_name(text: str, tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] is an occupation (:data:`ROLES`) and a proper noun follows it one space on: a
    Korean full name (리베로 문한별, read as two proper nouns), a foreign name or another
    occupation word (아포짓 스파이커 밀리차 요바노비치): the role, no part of a foreign name."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].form in ROLES
        and nxt is not None
        and text[tokens[i].end : nxt.start] == " "
        and nxt.tag == "NNP"
        and is_hangul(nxt.form)
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
        known_noun(form[:-1]) or (nxt is not None and nxt.form == "에" and nxt.tag == "JKB")
    ):
        return False  # 세계 5위 수출국, 4위 조선국에 (올랐다): a nation ranked, no person
    return i >= 2 and prev.form == "위" and prev.tag == "NNB" and tokens[i - 2].tag == "SN"


def _japanese_name_at(text: str, tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] and the next spaced proper noun make a Japanese full name (미야자키 사오리도),
    followed by a particle other than 의 (오사카 난바의 한 호텔: a place in a city) or by a
    title (이시카와 다카시 주한 일본대사관 공사: Ishikawa, a prefecture too, is his name)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return (
        nxt is not None
        and nxt.tag == "NNP"
        and text[tokens[i].end : nxt.start] == " "
        and after is not None
        and (
            (after.start == nxt.end and after.tag.startswith("J") and after.form != "의")
            or (after.start > nxt.end and title_after(text, tokens, i + 2)[0] == "title")
        )
        and _japanese_full_name(f"{tokens[i].form} {nxt.form}")
    )


def _noun_after(tokens: Sequence[Token], j: int) -> bool:
    """A common or proper noun follows tokens[j - 1]: the words before are part of a phrase."""
    return j < len(tokens) and tokens[j].tag in ("NNG", "NNP")


# The Hangul syllables Korean writes Japanese kana with (the loanword rules): the kana's
# own syllables, with ㄴ for ン and ㅅ for ッ after them (겐, 잇). No ㅡ but in 스, 즈, 쓰, 츠:
# 파크 of 이즈미 파크 골프클럽 is no Japanese given name.
_KANA_SYLLABLES = frozenset(
    "아이우에오가기구게고카키쿠케코사시스세소다지즈데도타치쓰츠테토나니누네노하히후헤호"
    "마미무메모야유요라리루레로와자조바비부베보파피푸페포갸규교캬큐쿄샤슈쇼주추초차냐뉴뇨"
    "햐휴효먀뮤묘랴류료뱌뷰뵤퍄퓨표"
)


def _kana_syllable(c: str) -> bool:
    """``c`` writes a kana, with ン or ッ after it or not."""
    if not is_hangul_syllable(c):
        return False
    initial, medial, final = jamo(c)
    return final in (0, 4, 19) and syllable(initial, medial) in _KANA_SYLLABLES


def _japanese_full_name(form: str) -> bool:
    """A listed Japanese family name and a given name of two to four syllables, all of them
    kana's, that is no place (다나카 유키; not 지바 현, 야마구치 시모노세키, 이즈미 파크)."""
    parts = form.split()
    return (
        len(parts) == 2
        and bool(japanese_spellings(parts[0]))
        and 2 <= len(parts[1]) <= 4
        and all(_kana_syllable(c) for c in parts[1])
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
        and name_like(word)
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
        if split is None or looks_foreign(split[1]):
            return True
    return False


def _place_with_particle(form: str) -> bool:
    """A place and a particle read as one proper noun (일본의, 중국은): no name."""
    return len(form) >= 3 and form[-1] in "의은는이가을를도와과" and gazetteer().is_place(form[:-1])


def _latin_before_hyphen(text: str, start: int) -> bool:
    """A Latin letter or digit and a hyphen right before ``start`` (KTX-이음, K-팝)."""
    return (
        start >= 2
        and text[start - 1] == "-"
        and text[start - 2].isascii()
        and text[start - 2].isalnum()
    )


def _full_name_after(text: str, tokens: Sequence[Token], tspan: tuple[int, int] | None) -> bool:
    """A Korean full name right after the title at ``tspan`` (기획감사실장 서민규씨): the
    title is that name's, written before it."""
    if tspan is None:
        return False
    nxt = next((t for t in tokens if t.start >= tspan[1]), None)
    return (
        nxt is not None
        and nxt.tag == "NNP"
        and text[tspan[1] : nxt.start] == " "
        and (split := split_name(nxt.form)) is not None
        and bool(split[1])
        and not looks_foreign(split[1])
    )


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
    tokens = contracted_particle(text, [unknown_as_name(t) for t in tokens])
    tokens = vietnamese_names(text, hyphenated(tokens))
    tokens = whole_first_word(text, whole_last_word(text, tokens))
    tokens = chinese_name_pieces(text, split_before_title(text, tokens))
    tokens = repair_names(text, whole_foreign_word(text, surname_and_word(text, tokens)))
    tokens = japanese_surname_cut(text, tokens)
    tokens = known_words(text, tokens, known)
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
            or (len(tok.form) >= 4 and not looks_foreign(tok.form) and compound_noun(tok.form))
            or _role_before_name(text, tokens, i)  # 미들블로커/NNP 정바다/NNP: a position
            or _latin_before_hyphen(text, tok.start)  # KTX-이음: a train's, a model's name
            or _language(tok.form)  # 한국어/NNP: the Korean language, no 한 + 국어
        ):
            i += 1
            continue
        # A surname glued to the given name as two tokens (김/NNP 동연/NNP).
        j = i + 1
        # 강 미숙/NNP for 강미숙: Kiwi's form spaces a name the text writes unspaced
        written = text[tok.start : tok.end]
        form = written if " " not in written else tok.form
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
            looks_foreign(split[1])
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
        anchor, title, tspan, prefix, after = title_after(text, tokens, j)
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
        if anchor == "none" and kind == "foreign" and _country_in_brackets(text, tokens, j):
            anchor = AFFILIATION  # 블리크펠트(덴마크): a player and her country
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
        if (
            kind == "korean"
            and not given
            and form in SKIP_MODIFIERS
            and _full_name_after(text, tokens, tspan)
        ):
            i = j  # 전 하동군 기획감사실장 서민규씨: 전 'former', the title before the name
            continue
        one_syllable = len(form) < 2 and form not in known  # 팜 after 팜 민 뚜언: his name
        if kind == "foreign" and (one_syllable or PLACE_UNIT_WORDS & set(form.split())):
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


def _language(form: str) -> bool:
    """``form`` names a language by its country or people (한국어, 인도네시아어, 영어)."""
    return (
        len(form) >= 2
        and form.endswith("어")
        and (form[:-1] == "영" or gazetteer().is_place(form[:-1]))
    )


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
