"""Title rule MT601: a person's title missing from the English, or given as another office.

Titles come from :mod:`mtqa.lexicon.titles`; the persons they belong to and where those persons
are in the English from :func:`mtqa.rules.persons.unit_persons`; where a title's rendering stands
from :mod:`mtqa.rules.title_spans`. MT602 is in :mod:`mtqa.rules.title_homographs`, MT603 in
:mod:`mtqa.rules.title_owners`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtqa.lexicon.en_words import is_demonym
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.titles import (
    DEPUTY_RANKS,
    RANKS,
    Title,
    english_title_words,
    find_renderings,
    find_wrong,
    homograph,
    join_overlaps,
    renders,
    title_suffix,
    titles,
)
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, first_unit, rule
from mtqa.rules.ministry_portfolio import SWAP_CONFIDENCE as REMIT_SWAP_CONFIDENCE
from mtqa.rules.ministry_portfolio import remit_swaps
from mtqa.rules.name_match import HONORIFIC_BEFORE
from mtqa.rules.persons import PersonInfo, same_person, trimmed, unit_persons
from mtqa.rules.title_spans import (
    GENERIC,
    LOCATED,
    OFFICE_WORDS,
    concurrent_office,
    full_title_start,
    next_to,
    office_word,
    role_of,
    second_titles,
    titled_elsewhere,
    titled_persons,
)
from mtqa.text.en_match import find_all, fold
from mtqa.text.ko_persons import PersonMention

# Posts that describe a job more than an office (수사관 'investigator'): 'baseball investigator
# George Mitchell' for 미첼 전 상원의원 renders no other office.
JOBS = frozenset(
    {"예보분석관", "예보관", "분석관", "수사관", "조사관", "연구관", "정책관", "심의관", "감독관",
     "국제협력관", "협력관", "홍보관", "문화홍보관", "참사관", "서기관", "주재관"}
)  # fmt: skip
# A standing a person holds beside any office ('Democratic presidential candidate Barack Obama'
# for 오바마 상원의원), never another office.
STANDINGS = frozenset({"후보", "예비후보"})
# Titles an English news style often drops without loss (honorific-like or obvious from context)
# or words loosely ('an official with the legal team' for 법률담당팀장): a missing one is no
# error worth a flag.
DROPPABLE = (
    frozenset(
        {"기자", "선수", "박사", "교수", "변호사", "코치", "당선인", "팀장", "과장", "차장", "부장",
         "본부장", "공장장", "상무", "전무", "연구원", "애널리스트",
         "연구위원", "선임연구원", "수석연구원", "책임연구원", "특파원", "위원"}
    )
    | JOBS
    | STANDINGS
)  # fmt: skip
# Titles a phrase beside the person never names as another office than the person's own.
_NO_OTHER_OFFICE = JOBS | STANDINGS
# A title's modifier left without its head: a place or nationality word, or "former", right
# before the name ("German Angela Merkel", "U.S. Maxine Waters", "former Kim Dae-jung"). On the
# references no first-mention MT601 flag has one (0 of 75); where titles were deleted 35 of 142.
HEADLESS = 0.55
# A title of another office beside the person ('President' for 총리). On the NTREX and FLORES
# references no such case; on their real MT outputs one ('Chief of Justice Brett Caberno' for
# 대법원장, read as 'Justice', 판사: debatable).
OTHER_OFFICE = 0.6
# The head of a foreign agency, institute or company named by another office's title
# ('president' for 청장): shown low.
FOREIGN_BODY_HEAD = 0.45
_HEAD_WORDS = frozenset(
    {"president", "chairman", "chairwoman", "chairperson", "chair", "director", "head", "chief",
     "director general", "director-general", "chief executive", "ceo", "secretary general",
     "secretary-general", "administrator", "commissioner", "governor", "superintendent"}
)  # fmt: skip


def _head_word(rendering: str) -> bool:
    """``rendering`` is a plain title of a body's head or deputy head ('president', 'deputy
    chairperson'; not 'Vice President' of a country, nor 'Foreign Minister')."""
    words = rendering.strip().lower().split(maxsplit=1)
    if len(words) == 2 and words[0] in ("deputy", "vice") and words[1] != "president":
        return words[1] in _HEAD_WORDS
    return rendering.strip().lower() in _HEAD_WORDS


def _foreign_body(m: PersonMention) -> bool:
    """The person is foreign, or the body before the title is another country's (인도네시아
    투자조정청 차장): its English titles are the body's own."""
    if m.kind == "foreign":
        return True
    first = m.title_prefix.split()[0] if m.title_prefix.split() else ""
    return any(p.country != "KR" for p in gazetteer().lookup(first))


_BODY_HEADS = frozenset(
    {"청장", "원장", "처장", "국장", "회장", "사장", "이사장", "위원장", "총재", "소장", "관장",
     "단장", "센터장", "본부장", "대표", "차장", "부청장", "부원장", "부국장", "부회장", "부사장",
     "부위원장", "부총재", "부소장", "부대표"}
)  # fmt: skip
# Military and police ranks (대령, 중장, 총경): English writes one before a name whatever the
# post the Korean names (Col. for 공보실장), so a rank is another office only for another rank.
RANK_TITLES = frozenset(
    {"대장", "중장", "소장", "준장", "대령", "중령", "소령", "대위", "중위", "소위", "준위", "원사",
     "중사", "병장", "상병", "일병", "이병", "차수", "제독", "장군", "총경", "경정", "경감", "경위",
     "경사", "경장", "순경", "경무관", "치안감", "치안정감", "치안총감"}
)  # fmt: skip
BRACKETED = 0.35  # a title after a bracket the English also writes after the name
# The title's only rendering in the unit stands beside another person whose title it is.
GIVEN_TO_OTHER = 0.35
# A title the translation gives the same person in another sentence: shown low.
ELSEWHERE = 0.3
MODIFIER_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Za-z][\w.\-]*(?: [A-Z][\w.\-]*)?) $")


def _title_key(p: PersonInfo) -> tuple[str, str]:
    """(surname or last name, Korean title): 김정은 위원장 and 김 위원장 share one."""
    m = p.mention
    assert m.title is not None
    return (m.surname or m.name.split()[-1], m.title.ko)


def _rendered_elsewhere(view: UnitView) -> frozenset[tuple[str, str]]:
    """:func:`_title_key` of the persons whose title some other unit's English renders."""
    key = f"titles.elsewhere:{view.unit.index}"
    cache = view.doc.cache
    if key not in cache:
        per_unit: dict[int, set[tuple[str, str]]] = cache.setdefault("titles.per_unit", {})
        if not per_unit:
            for v in view.doc.views():
                per_unit[v.unit.index] = {
                    _title_key(p)
                    for p in titled_persons(v)
                    if p.mention.title is not None
                    and find_renderings(p.mention.title, v.target_text)
                }
        cache[key] = frozenset(
            k for i, keys in per_unit.items() if i != view.unit.index for k in keys
        )
    found: frozenset[tuple[str, str]] = cache[key]
    return found


# Makers of works, and the English that names the work as theirs (Hong Sang-soo's "The
# Novelist's Film"): the work says what the maker is.
_MAKERS = frozenset({"감독", "영화감독", "작가", "연출가", "작곡가", "소설가", "시인", "화가"})
_WORK_AFTER = re.compile(r"['’]s\s+(?:\w+\s+){0,2}[\"“'‘]")


# A head's title said with a verb after the name: 'Park, who chairs the committee' (not 'who
# led the talks', which tells what the person did, not the office).
_HEADED_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "head", "director",
                           "president", "chief", "leader", "commander", "manager"})  # fmt: skip
_HEADS_VERB = (
    r" (?:who|which) (?:now |currently |also )?"
    r"(?:chairs|chaired|heads|headed|presides over|presided over|runs)\b"
)
# 'Ko Eun-suk of the Democratic Party (DP), who chairs the budget committee'
_HEADS_AFTER = re.compile(r"(?:[^.;:\"“”,]{0,50},)?,?" + _HEADS_VERB)
# 'Lee Jun-hyuk, a police inspector who heads the unit' (where no other office is named)
_HEADS_AFTER_APPOSITIVE = re.compile(r",? (?:a|an|the) [^.;:\"“”,]{0,40}?" + _HEADS_VERB)


def _headed_by_verb(text: str, p: PersonInfo, title: Title, appositive: bool = False) -> bool:
    """A head's title (위원장, 본부장: 'chairman', 'head') said by a verb after the name:
    'Park Eun-jeong, who chairs the council's special committee'; with ``appositive``, also
    after a noun phrase ('Lee, a police inspector who heads the unit')."""
    span = p.match.span
    if span is None or not any(w in _HEADED_WORDS for e in title.en for w in e.split()):
        return False
    if appositive and _HEADS_AFTER_APPOSITIVE.match(text, span[1]):
        return True
    return bool(_HEADS_AFTER.match(text, span[1]))


def _plural_rendered(title: Title, view: UnitView, p: PersonInfo) -> bool:
    """The person ends a list of names that shares the title (배진혁·탁수민·하도윤 재판관) and
    the English writes the title in the plural ('Justices Bae Jin-hyeok, Tok Su-min and Ha
    Do-yun')."""
    if not view.source_text[: p.mention.start].rstrip().endswith(("·", "ㆍ")):
        return False
    text = view.target_text
    return any(find_all(text, f"{form}s") for form in title.en if form[-1:].isalpha())


def _maker_of_work(text: str, p: PersonInfo) -> bool:
    """The person's title makes works (감독, 작가) and the English names the person as the
    maker of a work in quotes after the name (Hong Sang-soo's "The Novelist's Film")."""
    title, span = p.mention.title, p.match.span
    return (
        title is not None
        and title.ko in _MAKERS
        and span is not None
        and _WORK_AFTER.match(text, span[1]) is not None
    )


def _former_office(korean: str, office: str) -> bool:
    """The Korean names ``office`` as someone's former post (국방장관 출신, 전 국방장관)."""
    return re.search(rf"(?:전|前)\s?{office}|{office}\s?출신", korean) is not None


def _written_elsewhere(korean: str, title: str, span: tuple[int, int]) -> bool:
    """The title at ``span`` is written in another word of the Korean too (대회장 'venue'
    beside 한길수 회장), which the title's ordinary-word rendering may translate."""
    return any(m.start() != span[0] for m in re.finditer(re.escape(title), korean))


@rule(
    "MT601",
    "title-missing",
    "Accuracy/Omission",
    Severity.MINOR,
    "A person's title in the Korean is not rendered in the English.",
    "The Korean gives a person a title (김동연 경기도지사) and the English names the person but "
    "renders the title nowhere in the unit; apposition moves freely, so any accepted rendering "
    "(abbreviations such as Gov., Sen., Rep. included) anywhere in the unit counts. Confidence: "
    "0.5 on a Korean person's first mention, 0.35 on a foreign person's or a short form's first "
    "mention, 0.2 on later ones, 0.1 lower after Mr/Ms; surname-only mentions (김 지사 -> "
    "'Kim') are not checked. A first mention whose title's modifier is left without it, a place "
    "or nationality word or 'former' right before the name ('German Angela Merkel', 'former "
    "Kim Dae-jung'), is flagged at 0.55. A bare first mention ('Merkel said') stays lower: "
    "English news names known persons bare as often. Where the translation gives the same "
    "person's title in another sentence ('Chairman Kim' later), a bare mention is shown at "
    "0.3 at most. Where another title stands beside the "
    "person the message names it. It is reported at 0.6 when it is the title of another office "
    "that shares no rendering with the person's own ('Russian Prime Minister Vladimir Putin' "
    "for 대통령, 'Gyeonggi Mayor' for 도지사), or first of all the rendering of offices most of "
    "which share none ('Japanese President Fumio Kishida' for 총리: 'president' is also 총장's, "
    "which shares 'chancellor' with 총리), as major: the English gives the person another "
    "office; a deputy's rank before a portfolio ('Deputy Energy Minister' for 에너지부 장관, "
    "'Vice Defense Minister' for 방위상: the own title with a rank word it has not) and "
    "the first of two titles joined by 'and' where the second renders a title after 겸, its "
    "body between or not ('King and Prime Minister' for 왕세자 겸 총리, 'Vice President and "
    "Minister for Trade and Industry' for 부총리 겸 무역산업부 장관) count. 'Senior' or "
    "'executive' before the own "
    "title ('senior vice president' for 부사장) is seniority, no other office, unless the "
    "article's Korean gives someone that title (전무). That holds also where the unit renders "
    "the own title after the name for someone "
    "else ('Foreign Minister Kim ... the U.S. deputy secretary' for 1차관), and for titles "
    "English often leaves out (교수, 박사, 기자: not checked otherwise) where the unit renders "
    "them nowhere ('President Kim Na-rae' for 김나래 교수). Where the Korean names an office "
    "someone is elected or appointed to (의장으로 선출; in a headline 의장에) and the English "
    "renders it, a missing title is shown at 0.3 at most: the English names the person by "
    "the new office. An occupation or position written before the name (세터 이슬기, 센터, "
    "주장) rendered as the title of another office or role ('head coach Lee Seul-gi') is "
    "reported at 0.6 as major too. A title's remit of portfolio nouns (에너지담당 국무장관) that "
    "the English leaves out while naming another portfolio the Korean does not ('Minister of "
    f"State for Environment Affairs') is reported at {REMIT_SWAP_CONFIDENCE}; a second title "
    "after 겸 written after the first and 'and' as another office's ('Crown Prince and "
    "President' for 왕세자 겸 총리) at 0.6, major. Where the "
    "unit's only rendering of the title stands beside "
    "another person whose title it is ('Chinese Foreign Minister Wang Yi ... Russia's Sergei "
    "Lavrov'), "
    f"the missing one is reported at {GIVEN_TO_OTHER} at most. Otherwise the "
    "confidence stays, as that is more often a rendering the lexicon lacks than an error "
    "('chairman' for 사장).",
    (
        Example(
            "김동연 경기도지사는 10일 기자회견을 열었다.",
            "Kim Dong-yeon held a press conference on the 10th.",
            "The title 'Gyeonggi governor' is missing.",
        ),
    ),
)
def title_missing(view: UnitView) -> Iterator[Hit]:
    yield from _roles_as_other(view)
    yield from remit_swaps(view.source_text, view.target_text)
    yield from _second_title_swapped(view)
    done: set[str] = view.doc.cache.setdefault("titles.rendered", set())
    for p in titled_persons(view):
        m, title = p.mention, p.mention.title
        assert title is not None and m.title_span is not None
        ident = f"{m.name}|{title.ko}"
        # Another title beside the person is named, at the same confidence unless it is the
        # title of another office: on references and real MT it was more often a rendering
        # the lexicon lacks (deputy attorney general for 법무부 차관) than an error.
        other = _other_title_beside(view, p)
        deputy = _deputy_of_own(view, p) if other is None else None
        if deputy is not None:  # 'Vice Defense Minister' for 방위상: a deputy's office
            yield Hit(
                f"title {title.ko} of {m.name} rendered as {deputy!r}, a deputy's title "
                f"(expected e.g. {title.en[0]!r})",
                source=m.title_span,
                target=_with_phrase(view.target_text, p.match.span, deputy),
                suggestion=title.en[0],
                confidence=OTHER_OFFICE,
                severity=Severity.MAJOR,
            )
            continue
        ranked = _with_deputy_rank(view.target_text, p, other) if other is not None else None
        if ranked != other and ranked is not None and _other_office(title, ranked) is not None:
            other = ranked  # 'Deputy Energy Minister' for 에너지부 장관: a deputy's office
        office = (
            _other_office(title, other)
            if other is not None and not _title_chain(view.source_text, m.title_span[1])
            else None
        )
        if office is not None and any(
            w.startswith(office) and len(w) > len(office) for w in m.title_prefix.split()
        ):
            office = None  # 대통령실 정책실장: 'presidential' renders the office's body
        if office is not None and _seniority_only(view, title, other or ""):
            office = None  # 'senior vice president' for 총괄 부사장: seniority, no other office
        if office in RANK_TITLES and title.ko not in RANK_TITLES:
            office = None  # 'Col. Han, the JCS spokesperson' for 공보실장: a rank beside the post
        if office is not None and _former_office(view.source_text, office):
            continue  # 국방장관 출신인 셰케린스카: 'a former defense minister' renders it
        head = office[: -len(title.ko)] if office and office.endswith(title.ko) else ""
        if head and any(w.startswith(head) for w in _prefix_words(view, p)):
            continue  # 외교부 장관 as 'FM': 외교장관's rendering, the same office
        before = _title_before(view.source_text, m.start)
        if other is not None and before is not None and renders(before, other):
            continue  # 위원장 이보람 의원: 'chair Lee' renders the title before the name
        pair = _titles_joined_before(view.target_text, p) if other is None else None
        concurrent = other is not None and concurrent_office(view.source_text, p, other)
        if pair is not None and concurrent_office(view.source_text, p, pair[1], loose=True):
            other, concurrent = pair[1], True  # 'Vice President and Minister for Trade ... Tan'
        if other is not None and concurrent:
            # 글로벌사업본부장(부사장): 'a vice president' renders the second title; but in
            # 'King and Prime Minister' for 왕세자 겸 총리 the first is another office's
            joined = _titles_joined_before(view.target_text, p, other)
            if joined is None:  # 'Vice President and Minister of National Economy Serik ...'
                pair = _titles_joined_before(view.target_text, p)
                joined = pair if pair is not None and pair[1].startswith(other) else None
            words = joined[0].split() if joined else []
            tails = [" ".join(words[k:]) for k in range(len(words))]  # 'Saudi Arabian King'
            office, other = next(
                ((o, t) for t in tails if (o := _other_office(title, t)) is not None), (None, "")
            )
            if office is None:
                continue
        if other is not None and any(renders(t, other) for t in _full_titles(view, p)):
            continue  # 정 본부장 of 정나래 통상교섭본부장: 'Trade Minister' renders the full title
        spans = find_renderings(title, view.target_text)
        given_to_other = bool(spans) and _all_beside_others(view, p, spans)
        if given_to_other:
            spans = []  # 'Foreign Minister Wang Yi ... Russia's Sergei Lavrov': Wang's, not his
        if spans and not (
            other is not None and office is not None and _displaces(view, p, other, spans)
        ):
            done.add(ident)
            continue
        if (
            (ident in done and office is None)
            # 김 지사 -> "Kim": the title was given with the full name (but not "Prosecutor
            # Choi" for 최 판사: another office, unless 'Choi' starts another person's full
            # name, 'Vice Chairman Choi Joon-seok')
            or (m.surname_only and (office is None or _full_name_at(view.target_text, p)))
            # 교수 may go unsaid, but not become another office ('President Kim' for 김 교수)
            or (title.ko in DROPPABLE and (office is None or spans))
            or p.match.status in {"none", "words", "weak"}
            or (
                find_wrong(title, view.target_text)
                and not _written_elsewhere(view.source_text, title.ko, m.title_span)
            )
            or _maker_of_work(view.target_text, p)
            or _plural_rendered(title, view, p)  # 'Justices Bae, Tok and Ha'
            or _headed_by_verb(
                view.target_text, p, title, appositive=office is None
            )  # 'Park, who chairs the committee'
            # 'senior vice president' for 부사장, where no one in the article is 전무
            or _senior_rendering(view, title)
        ):
            continue
        what = "not rendered" if other is None else f"not rendered; {other!r} stands beside"
        confidence = _missing_confidence(p, view)
        if given_to_other:
            # English often titles one of two counterparts only ('U.S. envoy Hill and
            # South Korea's Chun'): shown low
            what += "; the English gives that title to another person of the sentence only"
            confidence = min(confidence, GIVEN_TO_OTHER)
        if _new_office_rendered(view):
            # 강나래 의원을 의장으로 선출: the English names her by the office she takes
            what += "; the English gives the office the Korean says the person takes"
            confidence = min(confidence, ELSEWHERE)
        if _title_key(p) in _rendered_elsewhere(view):
            # 'Chairman Kim' in another sentence: the reader has the title; leaving it out
            # here is English news style ('Kim Jong-un's interest in a second meeting')
            what += "; the translation gives it elsewhere"
            confidence = min(confidence, ELSEWHERE)
        if office is not None:
            # 'Japanese President Fumio Kishida' for 총리: a title of another office, which
            # shares no rendering with the person's own
            what = f"rendered as {other!r}, the title of another office ({office})"
            confidence = max(confidence, OTHER_OFFICE)
            if _foreign_body(m) and title.ko in _BODY_HEADS and _head_word(other or ""):
                # 포르투갈 관광청의 카를루스 아바드 청장 'president': a foreign body's head goes
                # by the body's own English title, which Korean's 청장 only translates
                what += "; a foreign body's head may go by the body's own English title"
                confidence = FOREIGN_BODY_HEAD
        yield Hit(
            f"title {title.ko} of {m.name} {what} (expected e.g. {title.en[0]!r})",
            source=m.title_span,
            target=_with_phrase(view.target_text, p.match.span, other),
            suggestion=title.en[0],
            confidence=confidence,
            # another office is a wrong title, not a missing one: a fact changed
            severity=Severity.MAJOR if office is not None else None,
        )


def _second_title_swapped(view: UnitView) -> Iterator[Hit]:
    """A person's second title, after 겸, rendered as another office's title in 'A and B' right
    before the name, the first rendered right ('Crown Prince and President Mohammed bin Salman'
    for 왕세자 겸 총리)."""
    if "겸" not in view.source_text:
        return
    for p in titled_persons(view):
        title = p.mention.title
        seconds = second_titles(view.source_text, p, brackets=False)
        pair = _titles_joined_before(view.target_text, p) if seconds and title else None
        if pair is None or title is None or not renders(title, pair[0]):
            continue
        if any(renders(t, pair[1]) or find_renderings(t, pair[1]) for t in seconds):
            continue
        second = seconds[0]  # 겸 국가경제부 장관: 장관, not the 부장관 of the words run together
        office = _other_office(second, pair[1])
        if office is None or office == title.ko or renders(title, pair[1]):
            continue  # 'Deputy Prime Minister and Finance Minister': 부총리 is both
        assert p.match.span is not None
        end = trimmed(view.target_text, p.match.span)[0]
        start = view.target_text.rfind(pair[1], 0, end)
        yield Hit(
            f"title {second.ko} of {p.mention.name} (after 겸) rendered as {pair[1]!r}, "
            f"the title of another office ({office}) (expected e.g. '{second.en[0]}')",
            source=p.mention.title_span,
            target=(start, start + len(pair[1])),
            suggestion=second.en[0],
            confidence=0.6,
            severity=Severity.MAJOR,
        )


def _roles_as_other(view: UnitView) -> Iterator[Hit]:
    """An occupation written before a name (세터 이슬기, 센터 치디 오코로) beside which the
    English writes the title of another office or role ('head coach Lee Seul-gi')."""
    for p in unit_persons(view):
        m = p.mention
        role = role_of(view, p) if p.match.status in LOCATED else None
        other = _other_title_beside(view, p) if role is not None else None
        if role is None or other is None or renders(role, other):
            continue
        if renders(titles()["선수"], other):
            continue  # 'player' for 세터: any position's
        if find_renderings(role, view.target_text):
            continue  # 'Jury president Carlo Venturini, an Italian director': the role is given
        office = _other_office(role, other)
        if office is None:
            continue
        start = m.start - 1 - len(role.ko)
        yield Hit(
            f"{role.ko} of {m.name} rendered as {other!r}, the title of another office or "
            f"role ({office}) (expected e.g. {role.en[0]!r})",
            source=(start, m.start - 1),
            target=_with_phrase(view.target_text, p.match.span, other),
            suggestion=role.en[0],
            confidence=OTHER_OFFICE,
            severity=Severity.MAJOR,
        )


def _with_phrase(
    text: str, span: tuple[int, int] | None, phrase: str | None
) -> tuple[int, int] | None:
    """``span`` (the name) widened over the nearest occurrence of ``phrase`` (the other title
    beside it): 'Shin Da-som, vice chairman'."""
    if span is None or not phrase:
        return span
    found = [m.span() for m in re.finditer(re.escape(phrase), text)]
    if not found:
        return span
    a, b = min(found, key=lambda x: min(abs(x[0] - span[1]), abs(span[0] - x[1])))
    return min(a, span[0]), max(b, span[1])


_GIVEN_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:-[a-z]+)?\b")


# A title the person is elected or appointed to: 의장으로 선출, 장관으로 임명, 대표로 선임.
_NEW_OFFICE = re.compile(
    r"([가-힣]+?)(?:으로|로)\s?(?:선출|임명|내정|지명|선임|발탁|승진|취임|추대|당선|뽑)"
)


# In a headline: 의장에 강나래 의원 ('Kang Na-rae elected speaker').
_NEW_OFFICE_HEADLINE = re.compile(r"([가-힣]+?)에\s")


def _new_office_rendered(view: UnitView) -> bool:
    """The Korean of the unit names an office someone is elected or appointed to, and the
    English renders that office."""
    found_in = [_NEW_OFFICE] + ([_NEW_OFFICE_HEADLINE] if first_unit(view) else [])
    for m in (m for pattern in found_in for m in pattern.finditer(view.source_text)):
        found = title_suffix(m.group(1))
        if found is not None and find_renderings(found[1], view.target_text):
            return True
    return False


def _all_beside_others(view: UnitView, p: PersonInfo, spans: list[tuple[int, int]]) -> bool:
    """Every rendering of ``p``'s title stands right beside another located person whose own
    title it renders, and none beside ``p``: the unit gives the title to someone else only."""
    text = view.target_text
    if p.match.span is None or p.match.status not in LOCATED:
        return False
    own = trimmed(text, p.match.span)
    others = [
        (q, trimmed(text, q.match.span))
        for q in unit_persons(view)
        if q is not p
        and q.mention.title is not None
        and q.match.span is not None
        and q.match.status in LOCATED
        and not same_person(q.mention, p.mention)
    ]
    if not others or next_to(text, own, spans) is not None:
        return False
    return all(
        any(
            q.mention.title is not None
            and next_to(text, q_span, [span]) is not None
            and renders(q.mention.title, text[span[0] : span[1]])
            for q, q_span in others
        )
        for span in spans
    )


def _full_name_at(text: str, p: PersonInfo) -> bool:
    """The surname the English gives for a surname-only mention is followed by a given name:
    a full name, another person's more likely than this one's."""
    span = p.match.span
    return span is not None and bool(_GIVEN_AFTER.match(text, span[1]))


# Military and academic ranks English puts before a name whatever the office (Gen., Dr.).
HELD_RANKS = frozenset(
    {"gen", "general", "lt", "lt. gen", "maj", "maj. gen", "brig", "brig. gen", "col", "colonel",
     "adm", "admiral", "capt", "captain", "sgt", "dr", "prof", "professor"}
)  # fmt: skip


# What may stand between two titles of one person before the name ('Foreign Minister and ARF
# chairman Hamid Albar'): no quote or clause mark ('"Coach Huang ...," general manager Cho').
_SAME_PHRASE = re.compile(r"[^\"“”.;:!?]{0,60}")


def _displaces(view: UnitView, p: PersonInfo, other: str, spans: list[tuple[int, int]]) -> bool:
    """The other office's title ``other`` beside the person stands in place of the person's
    own, although the unit renders the own title at ``spans``: only after the name, where it
    is someone else's ('Foreign Minister Kim held talks with the U.S. deputy secretary of
    state' for 1차관)."""
    if fold(other).rstrip(".") in HELD_RANKS:
        return False  # 'spokesman Gen. Azimi': a rank held beside the office
    name = p.match.span
    text = view.target_text
    persons = [
        q.match.span
        for q in unit_persons(view)
        if q is not p and q.match.span is not None and q.match.status in LOCATED
    ]
    if name is not None and any(
        b <= name[0]
        and _SAME_PHRASE.fullmatch(text[b : name[0]])
        and not any(b <= x and y <= name[0] for x, y in persons)  # another's title
        # 'Kim, Busan's vice mayor, and Kenji Takahashi, vice chairman': Kim's, in apposition
        and not any(next_to(text, trimmed(text, q), [(a, b)]) is not None for q in persons)
        for a, b in spans
    ):
        return False  # 'Malaysian Foreign Minister and ARF chairman Hamid Albar': both his
    own = [view.target_text[a:b] for a, b in spans]
    # inside the own 'Vice Foreign Minister', or holding the own 'Minister' (but not with a rank
    # word the own lacks: 'Industry Vice Minister' for 장관 is a vice minister)
    return not any(
        other in o or (fold(o) in fold(other) and not _added_rank(o, other)) for o in own
    )


_WORD_BEFORE = re.compile(r"(?:^|\s)([가-힣]{2,})\s$")


def _seniority_only(view: UnitView, own: Title, phrase: str) -> bool:
    """``phrase`` is one of ``own``'s renderings after 'senior' or 'executive' ('senior vice
    president' for 부사장, as Korean companies title their own), and no title the article's
    Korean gives anyone is rendered so (전무, 'senior vice president', beside 부사장)."""
    words = fold(phrase).split()
    if len(words) < 2 or words[0] not in ("senior", "executive"):
        return False
    if not renders(own, " ".join(words[1:])):
        return False
    korean = " ".join(s.text for s in view.doc.source_sentences)
    return not any(
        t.ko != own.ko and t.ko in korean and renders(t, phrase) for t in titles().values()
    )


def _senior_rendering(view: UnitView, own: Title) -> bool:
    """The unit's English gives one of ``own``'s renderings after 'senior' or 'executive'
    ('senior vice president and CFO' for 부사장), as :func:`_seniority_only` allows."""
    for form in own.en:
        pattern = rf"\b(?:senior|executive) {re.escape(form)}\b"
        for m in re.finditer(pattern, view.target_text, re.IGNORECASE):
            if _seniority_only(view, own, m.group()):
                return True
    return False


def _title_before(source: str, start: int) -> Title | None:
    """The title written as the word right before a name (위원장 of 위원장 이보람 의원; 사령관
    of 제3함대사령관 강태윤 소장, with its remit where no common word shares the title)."""
    m = _WORD_BEFORE.search(source[max(0, start - 12) : start])
    found = title_suffix(m.group(1)) if m else None
    if found is None or (found[0] and homograph(found[1])):
        return None
    return found[1]


def _added_rank(own: str, other: str) -> bool:
    """``other`` has a rank word (vice, deputy...) that ``own`` has not."""
    return bool(
        {w.strip(".") for w in fold(other).split()} & (RANKS - {"chief", "first"})
    ) and not ({w.strip(".") for w in fold(own).split()} & RANKS)


def _title_chain(text: str, end: int) -> bool:
    """Another title follows the title ending at ``end`` (메르켈 총리 대변인, the chancellor's
    spokesman): whose title is whose the person finder cannot tell."""
    nxt = re.match(r"\s*([가-힣]+)", text[end:])
    return nxt is not None and title_suffix(nxt.group(1).rstrip("은는이가을를의도")) is not None


def _in_renderings(own: Title, word: str) -> bool:
    """``word`` (secretary, minister) is a word of one of ``own``'s renderings, hyphenated
    ones split ('secretary-general'); 'sec.' stands for secretary."""
    word = "secretary" if word.startswith("sec") else word
    return any(word in re.split(r"[\s\-]+", r) for r in own.en)


def _other_office(own: Title, phrase: str) -> str | None:
    """The Korean title whose rendering ``phrase`` is, where every title it renders shares no
    rendering with ``own`` but generic ones (leader, head, secretary): 'President' is 대통령,
    never 총리; 'Secretary of Commerce' is 상무장관, never 국무장관.
    None where the phrase renders no title of the lexicon or one that overlaps (chairman for
    사장: 의장 is also 'president'), unless most titles the phrase is the first rendering of
    overlap in nothing ('President' for 총리 is first 대통령's, 주석's, 사장's, 총장's)."""
    words = phrase.split()
    while len(words) > 1 and (fold(words[0]) in _place_words() or is_demonym(words[0])):
        words = words[1:]  # Japanese President: the office is the last words
    core = " ".join(words)
    word = office_word(core)
    if word is not None and (word in GENERIC or _in_renderings(own, word)):
        return None  # 'Secretary Ross': a short form of the person's own office
    others = [
        t
        for t in titles().values()
        if t.ko != own.ko and t.ko not in _NO_OTHER_OFFICE and renders(t, core)
    ]
    mine = set(own.en) - OFFICE_WORDS
    if others and not renders(own, core) and any(fold(core).endswith(" " + r) for r in mine):
        # one of the person's titles with a word before it that makes another office:
        # 'general manager' (단장) for 감독, 'manager'
        return others[0].ko
    apart = [t for t in others if not mine & (set(t.en) - OFFICE_WORDS)]
    if others and len(apart) == len(others):
        return others[0].ko
    # 'President' for 총리: also 총장's rendering, which shares 'chancellor' with 총리, but most of
    # the titles it renders first (대통령, 주석, 사장...) share nothing with it. ('Chairman' for
    # 사장: most titles it renders first, 의장, 회장, 이사장, are also 'president'.)
    first = [t for t in others if fold(t.en[0]) == fold(core)]
    first_apart = [t for t in first if t in apart]
    return first_apart[0].ko if first and len(first_apart) * 2 > len(first) else None


def _title_phrase_beside(view: UnitView, p: PersonInfo) -> str | None:
    """The title phrase right before the person's name or in apposition, if any."""
    text, span = view.target_text, p.match.span
    if span is None:
        return None
    found = join_overlaps({sp for form in english_title_words() for sp in find_all(text, form)})
    where = next_to(text, trimmed(text, span), found, portfolio=True)
    if where is None:  # 'Gen' of 'Gen Nakatani' trimmed as if it were 'Gen.' (general)
        where = next_to(text, span, [f for f in found if f[1] <= span[0]], portfolio=True)
    span = trimmed(text, span)
    if where is None or (where[1] <= span[0] and text[where[1] : span[0]].rstrip().endswith(",")):
        return None  # 'Wang, director of the Department of Commerce, Chen': Wang's title
    start = full_title_start(text, *where) if where[1] <= span[0] else where[0]
    deputy = _DEPUTY_OF_PORTFOLIO.search(text, 0, start)
    if deputy is not None and _TITLE_AND.match(text, deputy.end(1)):
        deputy = None  # 'Vice President and Defence Minister': two titles, no deputy minister
    if deputy is not None and where[1] <= span[0]:
        # 'Deputy Climate and Environment Minister': a deputy minister, its portfolio inside
        return f"{deputy.group(1)} {text[start : where[1]].split()[-1]}"
    return text[start : where[1]]


# A deputy's word before a portfolio of capitalized words (and 'and') that a title ends.
_DEPUTY_OF_PORTFOLIO = re.compile(
    r"\b((?:First |Second )?(?:Deputy|Vice|Assistant))(?: (?:[A-Z][\w'’-]*,?|and|&)){1,5} $"
)
# After the deputy's word, a title and 'and': 'Vice President and', 'Deputy Premier and'.
_TITLE_AND = re.compile(r" (?:President|Premier|Chairman|Chairwoman|Chair|Speaker) and ")


def _deputy_of_own(view: UnitView, p: PersonInfo) -> str | None:
    """The person's own title rendered before the name with a deputy's rank word the title
    has not ('Vice Defense Minister' for 방위상), the phrase with that word; else None."""
    title = p.mention.title
    phrase = _title_phrase_beside(view, p)
    if title is None or phrase is None or not renders(title, phrase):
        return None
    ranked = _with_deputy_rank(view.target_text, p, phrase)
    return ranked if ranked != phrase and _added_rank(title.en[0], ranked) else None


def _other_title_beside(view: UnitView, p: PersonInfo) -> str | None:
    """A title phrase right before the person's name or in apposition that renders neither the
    person's own title nor another title of the unit's Korean (that is MT603's), if any."""
    phrase = _title_phrase_beside(view, p)
    if phrase is None:
        return None
    titles = [q.mention.title for q in titled_persons(view) if q.mention.title is not None]
    if fold(phrase) in GENERIC or any(renders(t, phrase) for t in titles):
        return None
    return phrase


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """English names, adjectives and demonyms of the gazetteer's places (folded)."""
    return frozenset(fold(f) for p in gazetteer().places for f in (*p.en, *p.related))


def _headless_modifier(text: str, start: int) -> bool:
    """A place or nationality word, or "former", stands right before the name with no title
    after it: the title was dropped and its modifier left (German Angela Merkel)."""
    m = MODIFIER_BEFORE.search(text[:start])
    if m is None:
        return False
    phrase = m.group(1)
    last = phrase.split()[-1]
    return fold(last) == "former" or any(
        fold(c) in _place_words() or is_demonym(c) for c in (phrase, last)
    )


def _missing_confidence(p: PersonInfo, view: UnitView) -> float:
    """How surely a title is missing: English often names foreign and known persons bare, and
    a name with a bracket after it in both languages (정우진(강남4) 의원, 'Jeong Woo-jin
    (People Power Party, Gangnam 4)') as often lets the bracket say it, and a role said of the
    person before the name (원내대표인 강민혁 의원) given in the title's stead ('floor leader')."""
    text = view.target_text
    romanized = p.match.via == "romanized" or (
        p.match.via == "known" and p.mention.kind == "korean"
    )
    if romanized and p.match.status != "surname" and p.first:
        conf = 0.5  # a Korean official's first mention: Yonhap/Herald style keeps the title
    elif p.first:
        conf = 0.35  # a foreign person, or a short form: "Trump", "Kim" often stand bare
    else:
        conf = 0.2  # a later full-name mention
    span = p.match.span
    if span is not None and HONORIFIC_BEFORE.search(text[: span[0]]):
        conf -= 0.1  # "Mr Bush": the translator chose an honorific over the title
    elif span is not None and p.first and _headless_modifier(text, span[0]):
        conf = max(conf, HEADLESS)
    m = p.mention
    if (
        span is not None
        and m.title_span is not None
        and ")" in view.source_text[m.end : m.title_span[0]]
        and text[span[1] :].lstrip().startswith("(")
    ):
        conf = min(conf, BRACKETED)
    role = _APPOSITIVE_ROLE.search(view.source_text, 0, m.start)
    other = titles().get(role.group(1)) if role is not None else None
    if other is not None and find_renderings(other, text):
        conf = min(conf, BRACKETED)  # 원내대표인 강민혁 의원 as 'the PPP's floor leader'
    return round(conf, 2)


# A role said of the person before the name (원내대표인 강민혁 의원, 대변인이자 ...).
_APPOSITIVE_ROLE = re.compile(r"([가-힣]{2,})(?:인|이자)\s$")


def _with_deputy_rank(text: str, p: PersonInfo, phrase: str) -> str:
    """``phrase`` with the deputy's rank word right before it ('Deputy' of 'Deputy Energy
    Minister' before the name), which the title words found leave out."""
    if p.match.span is None:
        return phrase
    ranks = "|".join(r.capitalize() for r in DEPUTY_RANKS)
    pattern = re.compile(rf"\b((?:{ranks})\s+){re.escape(phrase)}\s*$")
    for start in (trimmed(text, p.match.span)[0], p.match.span[0]):  # 'Gen' of Gen Nakatani
        m = pattern.search(text[:start])
        if m:
            return m.group(1) + phrase
    return phrase


# 'A and B' right before a name: capitalized words, 'and', then a title phrase.
_CAPS_AND = r"((?:[A-Z][\w.'’-]*\s+){1,4})and\s+"
_TWO_TITLES = re.compile(
    _CAPS_AND + r"([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|for|of|and|the))*)\s+$"
)


def _titles_joined_before(
    text: str, p: PersonInfo, second: str | None = None
) -> tuple[str, str] | None:
    """The two capitalized phrases of 'A and B' right before the person's name ('Vice
    President', 'Minister for Trade and Industry' before 'Tan Boon Keat'; with ``second``,
    B is that phrase: 'Saudi Arabian King' before 'and Prime Minister Mohammed bin Salman'),
    if any."""
    if p.match.span is None:
        return None
    pattern = (
        _TWO_TITLES if second is None else re.compile(_CAPS_AND + rf"({re.escape(second)})\s*$")
    )
    m = pattern.search(text[: trimmed(text, p.match.span)[0]])
    return (m.group(1).strip(), m.group(2).strip()) if m else None


def _prefix_words(view: UnitView, p: PersonInfo) -> set[str]:
    """The words of the bodies or places before ``p``'s title here and wherever the article
    gives the same person the same title (외교부 of 조태열 외교부 장관, for 조태열 장관)."""
    words = set(p.mention.title_prefix.split())
    own = p.mention.title.ko if p.mention.title is not None else ""
    for q in titled_elsewhere(view, p):
        if q.title is not None and q.title.ko == own:
            words.update(q.title_prefix.split())
    return words


def _full_titles(view: UnitView, p: PersonInfo) -> list[Title]:
    """Longer titles ending in ``p``'s that the article gives the same person elsewhere (통상교섭
    본부장 of 정나래 for 정 본부장): the short one stands for them."""
    own = p.mention.title.ko if p.mention.title is not None else ""
    return [
        q.title
        for q in titled_elsewhere(view, p)
        if q.title is not None and len(q.title.ko) > len(own)
    ]
