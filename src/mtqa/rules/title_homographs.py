"""Title rule MT602: a title rendered as its homograph (시장 as 'market' beside a person), a
company head's title as 'representative', and offices named without a person.

Titles come from :mod:`mtqa.lexicon.titles`; where their renderings stand from
:mod:`mtqa.rules.title_spans`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from mtqa.lexicon.gazetteer import Place, english_place_names, gazetteer
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.titles import (
    Title,
    find_renderings,
    find_wrong,
    has_traps,
    homograph,
    last_word,
    romanizes,
    titles,
)
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, rule
from mtqa.rules.persons import PersonInfo, plain_mentions
from mtqa.rules.title_spans import (
    LOCATED,
    next_to,
    title_beside,
    titled_elsewhere,
    titled_persons,
)
from mtqa.text.en_match import find_all, fold
from mtqa.text.ko_persons import PersonMention
from mtqa.text.ko_word_kinds import ORG_ENDINGS, body_or_place, company_like

# An office the Korean itself names (사무소, 무역관): 'office' renders it, not a 지사.
_OFFICE_KO = re.compile(r"사무소|사무실|사무국|무역관|대표부|출장소|지점")
_OFFICE_WORDS = frozenset({"office", "branch", "branch office"})


def _uses_elsewhere(view: UnitView, p: PersonInfo) -> bool:
    """The title's Korean word also occurs in the source outside every person's title (in its
    ordinary sense: 장관을 이루다), not only in another person's title (국무장관)."""
    title = p.mention.title
    assert title is not None and p.mention.title_span is not None
    text = view.source_text
    titles = [
        q.mention.title_span for q in titled_persons(view) if q.mention.title_span is not None
    ]
    others = [
        m.start()
        for m in re.finditer(re.escape(title.ko), text)
        if not any(a <= m.start() < b for a, b in titles) and not _after_body(text, m.start())
    ]
    return bool(others)


_POSSESSOR = re.compile(r"([A-Za-z]+)['’]s\s+$")
_COMPOUND_AFTER = re.compile(r"\s+(?:buildings?|complex|space|premises)\b")


def _romanized_after(text: str, name: tuple[int, int], title: Title) -> tuple[int, int] | None:
    """The span of the title's romanization right after the name, as a word of it ('Kang
    Janggwan', 'Kang-janggwan'), or None."""
    m = re.match(r"[ -]([A-Za-z-]+)", text[name[1] :])
    if m is None or not romanizes(title, m.group(1)):
        return None
    return name[1] + m.start(1), name[1] + m.end(1)


_BRACKETED = re.compile(r"\(([가-힣]+)\)")


_SECOND_TITLE = re.compile(r" ([가-힣]{2,4}?)(?=[은는이가을를의과와도]|\s|$)")


def _bracketed_rank(korean: str, p: PersonInfo) -> tuple[Title, tuple[int, int]] | None:
    """A listed title in brackets right after the person's title (사이버수사대장(경정): the
    rank 경정) and its span."""
    span = p.mention.title_span
    for pattern in (_BRACKETED, _SECOND_TITLE):  # or a second title after it (대표이사 사장)
        m = pattern.match(korean, span[1]) if span is not None else None
        rank = titles().get(m.group(1)) if m is not None else None
        if rank is not None and m is not None:
            return rank, m.span(1)
    return None


def _anothers_thing(text: str, span: tuple[int, int], name: tuple[int, int]) -> bool:
    """The ordinary word at ``span`` is something's of another than the person named at
    ``name`` ("the committee's office", "an office building"), not the person's title."""
    owner = _POSSESSOR.search(text, 0, span[0])
    if (
        owner is not None
        and owner.group(1) not in text[name[0] : name[1]]
        and fold(owner.group(1)) not in english_place_names()  # "Thailand's spectacle": its FM
    ):
        return True
    return _COMPOUND_AFTER.match(text, span[1]) is not None


def _after_body(text: str, start: int) -> bool:
    """The word before ``start`` is a body or place, so the title word there is a title too
    (라이스 미 국무부 장관, whose name the person finder may miss)."""
    words = text[:start].split()
    if not words or not text[:start].endswith(" "):
        return False
    word = words[-1]
    return body_or_place(word) or word[-1] in ORG_ENDINGS


# 대표 of a company is its chief executive; 'representative' is the word's other sense (a
# delegate: 노조 대표, 정부 대표), wrong where a company's name stands before the title.
_HEAD_OF_COMPANY = frozenset({"대표", "대표이사"})
_DELEGATE = re.compile(r"\brepresentatives?\b", re.IGNORECASE)
_DELEGATE_WORDS = frozenset({"representative", "delegate", "envoy", "negotiator"})
COMPANY_DELEGATE_CONFIDENCE = 0.6


# An office with no person (서울시장 면담) rendered as its place and the title's other meaning
UNNAMED_OFFICE_CONFIDENCE = 0.6


@rule(
    "MT602",
    "title-mistranslated",
    "Accuracy/Mistranslation",
    Severity.MAJOR,
    "A person's title was translated as an ordinary word (시장 as 'market', 지사 as 'branch').",
    "The Korean title is a homograph and belongs to a person here, but the English renders its "
    "other meaning and none of the title's renderings: 시장 'mayor' vs 'market', 지사 'governor' "
    "vs 'branch office', 장관 'minister' vs 'spectacle', 국장 'director' vs 'state funeral'. "
    "The ordinary word right before the person's name or in apposition after it counts even "
    "where the sentence renders the same title for someone else ('Foreign spectacle Ban' beside "
    "'Secretary Rice'); a title rendered beside the person clears it. "
    "A title merely romanized ('Jeju Jisa Oh Min-seok' for 제주지사, 'Wiwonjang' for 위원장; "
    "'Daepyo' for 대표이사, the title it starts with) counts the same, for any title whose "
    "romanization is no English word or name. "
    "Skipped when the Korean also uses the word in its ordinary sense in the same unit. "
    "An office with no person, a place glued to 시장, 지사 or 군수 (성주군수 보궐선거), rendered "
    "as the place with the ordinary word before or after it ('the Seoul market', 'military "
    f"commander of Seongju County') is flagged at {UNNAMED_OFFICE_CONFIDENCE}, as is a state's "
    "or a province's 총리, its premier (온타리오주 총리), rendered 'prime minister', and a "
    "Japanese minister's office with no name at it (신임 외무상에는) rendered as the 상 of "
    "trade ('the new foreign trader'), unless the unit's Korean names a trader, a minister's "
    "office (사우디 관광장관) as a spectacle, unless the Korean uses 장관 so (장관을 이루다), "
    "and a site "
    "manager (현장소장) as the army rank ('site major general'), unless it names an officer. "
    f"The 대표 of a company (송가람 한울에너지 대표) rendered 'representative' with no other "
    f"rendering of the title in the unit is flagged at {COMPANY_DELEGATE_CONFIDENCE}: the "
    "company's head, not a delegate (a union's or a delegation's 대표 is one). The other way "
    "round, 시장 in its sense of a market (시장총괄팀, 주식시장) rendered 'mayor' where the "
    f"unit's Korean names no mayor is flagged at {UNNAMED_OFFICE_CONFIDENCE}.",
    (
        Example(
            "오세훈 서울시장은 10일 기자회견을 열었다.",
            "Seoul market Oh Se-hoon held a press conference on the 10th.",
            "시장 is the mayor here, not a market.",
        ),
    ),
)
def title_mistranslated(view: UnitView) -> Iterator[Hit]:
    text = view.target_text
    for p in titled_persons(view):
        title = p.mention.title
        assert title is not None
        where = p.match.span if p.match.status in LOCATED else None
        rank = _bracketed_rank(view.source_text, p)
        if rank is not None and where is not None:
            after = _romanized_after(text, where, rank[0])
            if after is not None:  # 'Park Tae-yoon Gyeongjeong' for 박태윤 수사대장(경정)
                yield Hit(
                    f"title {rank[0].ko} of {p.mention.name} rendered as "
                    f"{text[after[0] : after[1]]!r}",
                    source=rank[1],
                    target=after,
                    suggestion=rank[0].en[0],
                    confidence=0.75,
                )
                continue
        if not has_traps(title):
            continue
        after = _romanized_after(text, where, title) if where is not None else None
        if after is not None:  # 'Kang Janggwan' for 강슬기 장관: the title as the given name
            yield Hit(
                f"title {title.ko} of {p.mention.name} rendered as {text[after[0] : after[1]]!r}",
                source=p.mention.title_span,
                target=after,
                suggestion=title.en[0],
                confidence=0.75,
            )
            continue
        if where is not None and title_beside(text, where, title):
            continue
        # The ordinary word right beside this person counts even where the sentence renders
        # the same title for someone else ("Foreign spectacle Ban" beside "Secretary Rice").
        near = next_to(text, where, find_wrong(title, text)) if where is not None else None
        if near is not None:
            wrong = [near]
        elif find_renderings(title, text):
            continue
        else:
            wrong = find_wrong(title, text)
            if not homograph(title):  # 본부장: 'headquarters' away from the name is the body's
                wrong = [(a, b) for a, b in wrong if romanizes(title, text[a:b])]
            elif where is not None:  # "the committee's office building": not Yang's title
                wrong = [(a, b) for a, b in wrong if not _anothers_thing(text, (a, b), where)]
        if not wrong:
            continue
        s, e = wrong[0]
        if not romanizes(title, text[s:e]) and _uses_elsewhere(view, p):
            continue  # the ordinary sense is the Korean's too; a romanization never is
        if fold(text[s:e]) in _OFFICE_WORDS and _OFFICE_KO.search(view.source_text):
            continue  # 'a trade office' for 통상사무소 beside 최 지사: the Korean's own office
        if fold(text[s:e]) == "office" and near is None:
            continue  # 'running for public office' away from 하 전 지사: no title of his
        yield Hit(
            f"title {title.ko} of {p.mention.name} rendered as {view.target_text[s:e]!r}",
            source=p.mention.title_span,
            target=(s, e),
            suggestion=title.en[0],
            confidence=0.75,
        )
    yield from _unnamed_offices(view)
    yield from _unambiguous_offices(view)
    yield from _company_representatives(view)
    yield from _market_as_mayor(view)


_MAYOR_EN = re.compile(r"\bmayor(?:al|s)?\b", re.IGNORECASE)
# What follows 시장 where it is the office with no place (시장 선거, 시장 후보, 시장직).
_MAYOR_AFTER = re.compile(r"\s?(?:선거|후보|직|실|권한|당선|출마|공관|비서|재임|취임|단|님|\()")
# What follows 시장 only as a market (시장 점유율, 시장총괄팀, 시장 관리인, 시장으로 진출).
_MARKET_AFTER = re.compile(
    r"(?:에서|에|으로|의|을|이)?\s?(?:점유율|규모|상황|전망|진출|조사|개방|경제|가격|금리|동향|참여자|안정|불안|변동|충격|"
    r"분석|총괄|기대|선점|확대|개척|성장|수요|공급|침체|회복|관리인|상인|질서|원리|주도|공략|"
    r"지배|흐름|반응|심리|친화|논리)"
)


def _market_sense(
    text: str, start: int, tokens: Sequence[Any], titled: list[tuple[int, int]]
) -> bool:
    """The 시장 at ``start`` is a market: a market word after it (시장 점유율, 시장총괄팀), or a
    common noun right before it, glued or spaced (주식시장, 뷰티 시장), no place or name
    (타이중시장, 몽고메리 시장); never a person's title nor the office before 선거, 후보, 직."""
    if any(a <= start < b for a, b in titled) or _MAYOR_AFTER.match(text, start + 2):
        return False
    if _MARKET_AFTER.match(text, start + 2):
        return True
    before = [t for t in tokens if start - 1 <= t.end <= start]
    if not before or text[before[-1].end : start] not in ("", " "):
        return False  # nothing right before (a headline's 시장 "..."), or 당서기·시장
    word = before[-1]
    return bool(word.tag == "NNG" and not gazetteer().lookup(word.form))


@lru_cache(maxsize=1)
def _mayor_titles() -> tuple[str, ...]:
    """The titles besides 시장 that English renders with 'mayor' (구청장, 부시장)."""
    return tuple(
        ko for ko, t in titles().items() if ko != "시장" and any("mayor" in e for e in t.en)
    )


def _market_as_mayor(view: UnitView) -> Iterator[Hit]:
    """시장 in its sense of a market (시장총괄팀, 주식시장) rendered 'mayor' where the unit's
    Korean has no mayor: no 시장 that is an office and no other title rendered 'mayor'."""
    text, en = view.source_text, view.target_text
    hit = _MAYOR_EN.search(en)
    if hit is None or "시장" not in text:
        return
    if any(ko in text for ko in _mayor_titles()):
        return  # 구청장 'district mayor', 부시장 'deputy mayor'
    titled = [
        p.mention.title_span for p in titled_persons(view) if p.mention.title_span is not None
    ]
    starts = [m.start() for m in re.finditer("시장", text)]
    if all(_market_sense(text, i, view.source_tokens, titled) for i in starts):
        yield Hit(
            f"시장 (a market here) rendered as {hit.group()!r}: the Korean names no mayor",
            source=(starts[0], starts[0] + 2),
            target=hit.span(),
            suggestion="market",
            confidence=UNNAMED_OFFICE_CONFIDENCE,
        )


# Offices whose Korean word has no other sense, with no name at them, rendered by the other
# sense of their head: a Japanese minister (신임 외무상에는 ... 기용) as the 상 of trade ('the new
# foreign trader'), a site manager (현장소장 A씨) as the army rank ('the site major general').
# Each with the Korean that would make that sense the unit's own (a trader, an army officer).
_TRADER_KO = re.compile(r"상인|업자|트레이더|거래자|중개|딜러|상사")
_ARMY_KO = re.compile(r"육군|해군|공군|해병대|예비역|준장|중장|대장")
# 장관 in its other sense, a magnificent sight (장관을 이루다, 장관이 펼쳐지다).
_SPECTACLE_KO = re.compile(
    r"장관(?:을|이)\s?(?:이루|연출|펼치|펼쳐|자아|만들)|장관이(?:었|다|에요)"
)


@lru_cache(maxsize=1)
def _unambiguous_titles() -> tuple[tuple[str, Title, re.Pattern[str]], ...]:
    """(Korean, title, the Korean of its head's other sense) for the Japanese ministers (-상)
    and 현장소장 of the table that list wrong renderings, and 장관 (a minister, or a spectacle)."""
    out = []
    for ko, title in titles().items():
        guard = (
            _TRADER_KO
            if len(ko) >= 3 and ko.endswith("상")
            else _ARMY_KO
            if ko == "현장소장"
            else None
        )
        if guard is not None and title.wrong:
            out.append((ko, title, guard))
    out.append(("장관", titles()["장관"], _SPECTACLE_KO))  # 사우디 관광장관 'tourism spectacle'
    return tuple(out)


def _unambiguous_offices(view: UnitView) -> Iterator[Hit]:
    """An office whose Korean word has no other sense, with no name at it, rendered by the
    other sense of its head (외무상 'trader', 현장소장 'major general')."""
    text, en = view.source_text, view.target_text
    named = [p.mention.title_span for p in titled_persons(view) if p.mention.title_span is not None]
    for ko, title, guard in _unambiguous_titles():
        if ko not in text or guard.search(text):
            continue
        for m in re.finditer(ko, text):
            if any(a <= m.start() < b for a, b in named) or find_renderings(title, en):
                continue
            wrong = find_wrong(title, en)
            if wrong:
                yield Hit(
                    f"title {ko} rendered as {en[wrong[0][0] : wrong[0][1]]!r}",
                    source=m.span(),
                    target=wrong[0],
                    suggestion=title.en[0],
                    confidence=UNNAMED_OFFICE_CONFIDENCE,
                )
                return


def _company_representatives(view: UnitView) -> Iterator[Hit]:
    """'representative' for the 대표 of a company (송가람 한울에너지 대표; 구 대표 where the
    article calls 구태훈 LIG넥스원 대표이사), where the unit renders the title in no other way
    ('CEO', 'chief executive', 'head')."""
    text = view.target_text
    for p in titled_persons(view):
        title = p.mention.title
        if title is None or title.ko not in _HEAD_OF_COMPANY:
            continue
        before = re.search(
            r"(㈜|\(주\))?([가-힣A-Za-z0-9]+?)의?\s+$", view.source_text[: p.mention.start]
        )
        companies = [p.mention.title_prefix.replace(" ", ""), before.group(2) if before else ""]
        # 구 대표 of 구태훈 LIG넥스원 대표이사 in another sentence: that company's head; the
        # words between name and title too, where Kiwi read the company as names (율리안 베커
        # 메르세데스-벤츠 코리아 대표이사)
        elsewhere = titled_elsewhere(view, p, _HEAD_OF_COMPANY)
        companies += [q.title_prefix.replace(" ", "") for q in elsewhere]
        companies += _between_name_and_title(view, [p.mention, *elsewhere])
        incorporated = before is not None and before.group(1) is not None  # ㈜보람코스메틱의
        if not incorporated and not any(c and company_like(c) for c in companies):
            continue  # 송가람 한울에너지 대표, 한화에어로스페이스 윤다솜 대표
        heads = [f for f in title.en if f not in _DELEGATE_WORDS]
        found = _DELEGATE.search(text)
        if found is None or any(find_all(text, f) for f in heads):
            continue
        yield Hit(
            f"title {title.ko} of {p.mention.name} at {next(c for c in companies if c)} "
            f"rendered as {found.group()!r}: the head of a company, not a delegate",
            source=p.mention.title_span,
            target=found.span(),
            suggestion="CEO",
            confidence=COMPANY_DELEGATE_CONFIDENCE,
        )


def _between_name_and_title(view: UnitView, mentions: Sequence[PersonMention]) -> list[str]:
    """The Korean between each of ``mentions``' name and its title, spaces left out, wherever
    in the article the mention stands."""
    out = []
    for v in view.doc.views():
        for q in plain_mentions(view.doc).get(v.unit.index, []):
            if q.title_span is not None and any(q == m for m in mentions):
                out.append(v.source_text[q.end : q.title_span[0]].replace(" ", ""))
    return [c for c in out if c]


# A place glued to a homograph title with no name before it: the office itself (서울시장 면담
# 'a meeting with the Seoul mayor').
_OFFICE = re.compile(
    r"(?<![가-힣])([가-힣]{1,5}?)(시장|지사|군수)(?=[은는이가을를의에과와도]|\s|$|[,.])"
)
# A prefecture's, state's or province's governor written apart (돗토리현 지사): a company's
# branch there would be 돗토리 지사.
_OFFICE_SPACED = re.compile(
    r"(?<![가-힣])([가-힣]{1,6}(?:현|주|성)) (지사)(?=[은는이가을를의에과와도]|\s|$|[,.])"
    r"|(?<![가-힣])([가-힣]{1,6}주) (총리)(?=[은는이가을를의에과와도]|\s|$|[,.])"
)  # and a state's or province's premier (온타리오주 총리), no prime minister


def _heads(title_ko: str, place: Place) -> bool:
    """The office ``title_ko`` can head ``place``: a governor (지사) a province, prefecture or
    state, or Tokyo, but no other city (부산지사 is a branch in Busan, which a mayor heads)."""
    if place.kind not in ("city", "province", "county", "prefecture", "state"):
        return False
    if title_ko != "지사":
        return True
    return place.kind in ("province", "prefecture", "state") or (
        place.kind == "city" and place.country == "JP"
    )


def _unnamed_offices(view: UnitView) -> Iterator[Hit]:
    """An office written as place + homograph title with no person (서울시장) whose English is
    the place's name before the title's ordinary-word rendering ('the Seoul market') or after
    it with 'of' ('military commander of Seongju County' for 성주군수)."""
    text, en = view.source_text, view.target_text
    named = [p.mention.title_span for p in titled_persons(view) if p.mention.title_span is not None]
    for m in [*_OFFICE.finditer(text), *_OFFICE_SPACED.finditer(text)]:
        g = 1 if m.group(1) else 3  # the premier's groups: 3 and 4
        place_ko, title_ko, title_at = m.group(g), m.group(g + 1), m.span(g + 1)
        if any(a <= title_at[0] < b for a, b in named):
            continue
        before = last_word(text[: m.start(g)]) if text[: m.start(g)].endswith(" ") else ""
        if before and (company_like(before) or organizations().get(before) is not None):
            continue  # 수협중앙회 목포지사: the body's Mokpo branch, no governor
        places = [
            p
            for form in (place_ko, place_ko + "시", place_ko + "도", place_ko + "군")
            for p in gazetteer().lookup(form)
            if _heads(title_ko, p) and not p.listed_city
        ]
        title = titles().get("주총리" if title_ko == "총리" else title_ko)
        if not places or title is None:
            continue
        names = [fold(n) for p in places for n in p.en]
        for s, e in find_wrong(title, en):
            before = fold(en[:s]).rstrip()
            after = re.sub(r"^\s*of\s+(?:the\s+)?", "", fold(en[e:]), count=1)
            of_place = after != fold(en[e:]) and any(after.startswith(n) for n in names)
            if any(before.endswith(n) for n in names) or of_place:
                yield Hit(
                    f"title {title_ko} of {text[m.start(g) : title_at[1]]} rendered as {en[s:e]!r}",
                    source=title_at,
                    target=(s, e),
                    suggestion=title.en[0],
                    confidence=UNNAMED_OFFICE_CONFIDENCE,
                )
                break
