"""Title rules (MT6xx): a person's title missing, mistranslated as a homograph, or misattributed.

Titles come from :mod:`mtqa.lexicon.titles`; the persons they belong to and where those persons
are in the English from :func:`mtqa.rules.persons.unit_persons`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import lru_cache

from mtqa.lexicon.en_words import is_demonym
from mtqa.lexicon.gazetteer import english_place_names, gazetteer
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.titles import (
    DEPUTY_RANKS,
    RANKS,
    Title,
    english_title_word_set,
    english_title_words,
    find_renderings,
    find_wrong,
    has_traps,
    homograph,
    join_overlaps,
    last_word,
    merged_renderings,
    renders,
    role_title,
    romanizes,
    title_suffix,
    titles,
)
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, first_unit, neighbour_views, rule
from mtqa.rules.name_match import HONORIFIC_BEFORE
from mtqa.rules.persons import PersonInfo, plain_mentions, same_person, trimmed, unit_persons
from mtqa.text.en_match import find_all, fold
from mtqa.text.ko_persons import ORG_ENDINGS, ROLE, PersonMention, body_or_place, company_like

ADJACENT = 3  # characters allowed between a title and the name it stands beside (", ", " ")
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
BRACKETED = 0.35  # a title after a bracket the English also writes after the name
# The title's only rendering in the unit stands beside another person whose title it is.
GIVEN_TO_OTHER = 0.35
# A title the translation gives the same person in another sentence: shown low.
ELSEWHERE = 0.3
MODIFIER_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Za-z][\w.\-]*(?: [A-Z][\w.\-]*)?) $")


def _titled(view: UnitView) -> list[PersonInfo]:
    return [p for p in unit_persons(view) if p.mention.title is not None]


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
                    for p in _titled(v)
                    if p.mention.title is not None
                    and find_renderings(p.mention.title, v.target_text)
                }
        cache[key] = frozenset(
            k for i, keys in per_unit.items() if i != view.unit.index for k in keys
        )
    found: frozenset[tuple[str, str]] = cache[key]
    return found


# An office the Korean itself names (사무소, 무역관): 'office' renders it, not a 지사.
_OFFICE_KO = re.compile(r"사무소|사무실|사무국|무역관|대표부|출장소|지점")
_OFFICE_WORDS = frozenset({"office", "branch", "branch office"})


def _uses_elsewhere(view: UnitView, p: PersonInfo) -> bool:
    """The title's Korean word also occurs in the source outside every person's title (in its
    ordinary sense: 장관을 이루다), not only in another person's title (국무장관)."""
    title = p.mention.title
    assert title is not None and p.mention.title_span is not None
    text = view.source_text
    titles = [q.mention.title_span for q in _titled(view) if q.mention.title_span is not None]
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


# Makers of works, and the English that names the work as theirs (Hong Sang-soo's "The
# Novelist's Film"): the work says what the maker is.
_MAKERS = frozenset({"감독", "영화감독", "작가", "연출가", "작곡가", "소설가", "시인", "화가"})
_WORK_AFTER = re.compile(r"['’]s\s+(?:\w+\s+){0,2}[\"“'‘]")


# A head's title said with a verb after the name: 'Park, who chairs the committee' (not 'who
# led the talks', which tells what the person did, not the office).
_HEAD_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "head", "director",
                         "president", "chief", "leader", "commander", "manager"})  # fmt: skip
_HEADS_AFTER = re.compile(
    r",? (?:who|which) (?:now |currently |also )?(?:chairs|chaired|heads|headed|presides over"
    r"|presided over|runs)\b"
)


def _headed_by_verb(text: str, p: PersonInfo, title: Title) -> bool:
    """A head's title (위원장, 본부장: 'chairman', 'head') said by a verb after the name:
    'Park Eun-jeong, who chairs the council's special committee'."""
    span = p.match.span
    if span is None or not any(w in _HEAD_WORDS for e in title.en for w in e.split()):
        return False
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


def _after_body(text: str, start: int) -> bool:
    """The word before ``start`` is a body or place, so the title word there is a title too
    (라이스 미 국무부 장관, whose name the person finder may miss)."""
    words = text[:start].split()
    if not words or not text[:start].endswith(" "):
        return False
    word = words[-1]
    return body_or_place(word) or word[-1] in ORG_ENDINGS


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
    "reported at 0.6 as major too. Where the unit's only rendering of the title stands beside "
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
    done: set[str] = view.doc.cache.setdefault("titles.rendered", set())
    for p in _titled(view):
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
        head = office[: -len(title.ko)] if office and office.endswith(title.ko) else ""
        if head and any(w.startswith(head) for w in _prefix_words(view, p)):
            continue  # 외교부 장관 as 'FM': 외교장관's rendering, the same office
        before = _title_before(view.source_text, m.start)
        if other is not None and before is not None and renders(before, other):
            continue  # 위원장 이보람 의원: 'chair Lee' renders the title before the name
        pair = _titles_joined_before(view.target_text, p) if other is None else None
        concurrent = other is not None and _concurrent(view.source_text, p, other)
        if pair is not None and _concurrent(view.source_text, p, pair[1], loose=True):
            other, concurrent = pair[1], True  # 'Vice President and Minister for Trade ... Tan'
        if other is not None and concurrent:
            # 글로벌사업본부장(부사장): 'a vice president' renders the second title; but in
            # 'King and Prime Minister' for 왕세자 겸 총리 the first is another office's
            joined = _titles_joined_before(view.target_text, p, other)
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
            or find_wrong(title, view.target_text)
            or _maker_of_work(view.target_text, p)
            or _plural_rendered(title, view, p)  # 'Justices Bae, Tok and Ha'
            or _headed_by_verb(view.target_text, p, title)  # 'Park, who chairs the committee'
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


def _roles_as_other(view: UnitView) -> Iterator[Hit]:
    """An occupation written before a name (세터 이슬기, 센터 치디 오코로) beside which the
    English writes the title of another office or role ('head coach Lee Seul-gi')."""
    for p in unit_persons(view):
        m = p.mention
        role = _role(view, p) if p.match.status in LOCATED else None
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
    if not others or _next_to(text, own, spans) is not None:
        return False
    return all(
        any(
            q.mention.title is not None
            and _next_to(text, q_span, [span]) is not None
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
    persons = [
        q.match.span
        for q in unit_persons(view)
        if q is not p and q.match.span is not None and q.match.status in LOCATED
    ]
    if name is not None and any(
        b <= name[0]
        and _SAME_PHRASE.fullmatch(view.target_text[b : name[0]])
        and not any(b <= x and y <= name[0] for x, y in persons)  # another's title
        for _, b in spans
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
    """The title written as the word right before a name (위원장 of 위원장 이보람 의원)."""
    m = _WORD_BEFORE.search(source[max(0, start - 12) : start])
    found = title_suffix(m.group(1)) if m else None
    return found[1] if found is not None and not found[0] else None


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


def _office_word(phrase: str) -> str | None:
    """``phrase`` folded if it is a word any office may take alone (Secretary, Minister)."""
    word = fold(phrase).strip(".")
    return word if word in OFFICE_WORDS else None


def _short_form(own: Title, phrase: str) -> bool:
    """``phrase`` is a generic word of one of ``own``'s renderings ('Secretary Blinken' for
    국무장관, 'secretary of state'): a short form of the person's own title."""
    word = _office_word(phrase)
    return word is not None and any(word in r.split() for r in own.en)


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
    word = _office_word(core)
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
    where = _next_to(text, trimmed(text, span), found, portfolio=True)
    if where is None:  # 'Gen' of 'Gen Nakatani' trimmed as if it were 'Gen.' (general)
        where = _next_to(text, span, [f for f in found if f[1] <= span[0]], portfolio=True)
    span = trimmed(text, span)
    if where is None or (where[1] <= span[0] and text[where[1] : span[0]].rstrip().endswith(",")):
        return None  # 'Wang, director of the Department of Commerce, Chen': Wang's title
    start = _full_title_start(text, *where) if where[1] <= span[0] else where[0]
    return text[start : where[1]]


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
    titles = [q.mention.title for q in _titled(view) if q.mention.title is not None]
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
    (People Power Party, Gangnam 4)') as often lets the bracket say it."""
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
    return round(conf, 2)


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
    "company's head, not a delegate (a union's or a delegation's 대표 is one).",
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
    for p in _titled(view):
        title = p.mention.title
        assert title is not None
        if not has_traps(title):
            continue
        where = p.match.span if p.match.status in LOCATED else None
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
        if where is not None and _beside(text, where, title):
            continue
        # The ordinary word right beside this person counts even where the sentence renders
        # the same title for someone else ("Foreign spectacle Ban" beside "Secretary Rice").
        near = _next_to(text, where, find_wrong(title, text)) if where is not None else None
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
    named = [p.mention.title_span for p in _titled(view) if p.mention.title_span is not None]
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
    for p in _titled(view):
        title = p.mention.title
        if title is None or title.ko not in _HEAD_OF_COMPANY:
            continue
        before = re.search(
            r"(㈜|\(주\))?([가-힣A-Za-z0-9]+?)의?\s+$", view.source_text[: p.mention.start]
        )
        companies = [p.mention.title_prefix.replace(" ", ""), before.group(2) if before else ""]
        # 구 대표 of 구태훈 LIG넥스원 대표이사 in another sentence: that company's head
        companies += [
            q.title_prefix.replace(" ", "") for q in _titled_elsewhere(view, p, _HEAD_OF_COMPANY)
        ]
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


def _unnamed_offices(view: UnitView) -> Iterator[Hit]:
    """An office written as place + homograph title with no person (서울시장) whose English is
    the place's name before the title's ordinary-word rendering ('the Seoul market') or after
    it with 'of' ('military commander of Seongju County' for 성주군수)."""
    text, en = view.source_text, view.target_text
    named = [p.mention.title_span for p in _titled(view) if p.mention.title_span is not None]
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
            if p.kind in ("city", "province", "county", "prefecture", "state") and not p.listed_city
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


# Words that render the title of any head of a body ("Soviet leader Gorbachev" for 서기장 or
# "the party's chief"): beside a name they tell no title from another.
GENERIC = frozenset({"leader", "head", "chief", "boss", "official"})  # 'an official' of any post
# Renderings any office may share with another ('Secretary Pompeo', 'the minister'): they tell
# no office from another.
OFFICE_WORDS = GENERIC | frozenset({"secretary", "minister", "sec.", "sec"})
LOCATED = frozenset({"found", "surname", "close"})  # matches that say where the name is
# A title standing beside a person the Korean gives another title, or none: the first is surer.
MISATTRIBUTED = 0.6
MISATTRIBUTED_UNTITLED = 0.5


def _full_title_start(text: str, start: int, end: int) -> int:
    """Start of the longest title rendering that ends at ``end`` and covers ``start``: the
    whole title phrase ("Vice President" around "President")."""
    before = fold(text[:end])
    best = start
    for form in english_title_words():
        s = end - len(form)
        if s < best and before.endswith(form) and (s == 0 or not before[s - 1].isalnum()):
            best = s
    return best


def _beside(text: str, span: tuple[int, int], title: Title) -> tuple[int, int] | None:
    """The whole title phrase rendering ``title`` right before the name at ``span`` (Mayor Kim,
    Gov. Kim) or in apposition after it (Kim, the mayor,), if any."""
    found = _next_to(text, span, merged_renderings(title, text), portfolio=True)
    if found is not None and found[1] <= span[0]:
        return _full_title_start(text, *found), found[1]
    return found


# The portfolio or post after a title and before the name: 'Minister of Mining and Heavy
# Industry Ahn', 'Consul General in Montreal Han', 'Ambassador to South Korea Almeida'.
_PORTFOLIO_AFTER = re.compile(
    r" (?:of|in|at|for)(?: the)?(?: (?:and|of|&|[A-Z][\w'’-]*(?:,(?= [A-Z]))?)){1,6},? "
    r"| to(?: the)?(?: [A-Z][\w'’-]*){1,2} "  # an envoy's country: 'Ambassador to South Korea'
)  # 'First Vice Chairman of Trade, Industry and Energy Jeong'


# The title's acronym in brackets between it and the name: 'Chief Financial Officer (CFO) Han'.
_ACRONYM_GAP = re.compile(r" \([A-Z][A-Za-z&]{1,7}\) ")


def _rendering_tail(text: str, where: tuple[int, int], title: Title) -> tuple[int, int]:
    """The end of the phrase at ``where`` that renders ``title`` as a whole, where two
    renderings overlap ('BNK Financial Chief Financial Officer': 'financial chief' and 'Chief
    Financial Officer', joined); ``where`` otherwise (not 'Minister' of 'Prime Minister')."""
    start, end = where
    phrase = text[start:end]
    if renders(title, phrase):
        return where
    for m in re.finditer(r"(?<=\s)\S+", phrase):
        tail = phrase[m.start() :]
        if renders(title, tail) and renders(title, f"{phrase[: m.start()].strip()} {m.group()}"):
            return start + m.start(), end
    return where


def _name_follows(text: str, end: int) -> bool:
    """A capitalized word that is no title word follows the title ending at ``end`` (manager
    A.J. Hinch), not one that continues the title ('Loan Officer of Trade')."""
    m = re.match(r" ((?:[A-Z]\.\s?)*[A-Z][a-z][\w'-]*)", text[end:])
    return m is not None and fold(m.group(1)) not in english_title_word_set()


def _next_to(
    text: str,
    span: tuple[int, int],
    spans: Sequence[tuple[int, int]],
    portfolio: bool = False,
) -> tuple[int, int] | None:
    """The first of ``spans`` right before the name at ``span`` (with ``portfolio``, also with
    'of' and a portfolio between: 'Minister of Mining and Heavy Industry Ahn'), in apposition
    after it (with a place's possessive between: 'Takahashi, South Korea's ambassador'), or
    right after it as a romanized title takes the Korean order ('Yoon Jang-gwan')."""
    for s, e in spans:
        closes = text[e : span[0]].endswith(", ") and text[:s].rstrip().endswith(",")
        if (
            e <= span[0]
            and not closes  # 'Jung Han-gyeol, CEO of Hanbit, Legault toured': Jung's title
            and (
                not text[e : span[0]].strip(" ,")
                or _ACRONYM_GAP.fullmatch(text, e, span[0]) is not None  # CFO (CFO) Han
                or (
                    portfolio
                    and _PORTFOLIO_AFTER.fullmatch(text, e, span[0]) is not None
                    and not text[e : span[0]].endswith(" and ")  # 'of X Wang Yi and Kim'
                )
            )
        ):
            return s, e
        gap = text[span[1] : s]
        if (
            s >= span[1]
            and "," in gap
            and re.fullmatch(
                r"[ ,]+(?:\d{1,3}, )?(the |a |an |(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*['’]s )?"
                r"(?:(?:former|acting|interim|then) )?(?i:(?:first|second|third|fourth) )?",
                gap,
            )  # 'Park, Second Vice Minister of ...': an ordinal before the title; 'Kim, 58, a
            # former secretary-general': the age first
            and not _name_follows(text, e)  # Harris, manager A.J. Hinch
        ):
            return s, e
        if s >= span[1] and gap == " " and text[s:e][:1].isupper():
            return s, e
    return None


def _place_names(prefix: str) -> list[str]:
    """English names of the places in a title's prefix (서울 of 서울시장; 필리핀 of 필리핀
    통상산업부; 부산 and 일본 of 주부산 일본총영사; 체코 of 한수원 체코사업단장)."""
    if not prefix:
        return []
    gaz = gazetteer()
    # 주부산 일본: the post's city (주 + place) and the country
    posts = [p for w in prefix.split() if w[:1] == "주" for p in gaz.lookup(w[1:])]
    places = gaz.lookup(prefix) or [p for _, _, p in gaz.find(prefix)] + posts
    # 남해 of 남해군수: the county's name without the unit the title begins with
    places = places or next((ps for u in "군시구도" if (ps := gaz.lookup(prefix + u))), [])
    if not places:  # 부산관광공사, 한수원 체코사업: a body named after its place, glued on
        for word in prefix.split():
            head = next((word[:k] for k in range(len(word) - 1, 1, -1) if gaz.lookup(word[:k])), "")
            places += gaz.lookup(head) if head else []
    return [e for p in places for e in (*p.en, *p.related)]


# A Latin name with a Roman numeral sign (EDUⅡ), which English writes with letters (EDU II).
_ROMAN_SIGN = re.compile(r"([A-Za-z])([\u2160-\u216b])")


def _body_names(prefix: str) -> list[str]:
    """English names of the listed bodies in a title's prefix (KHNP for 한수원) and the Latin
    words of it (EDUⅡ as 'EDU II'): where English writes them before another person's title,
    the body moved as a place does."""
    out: list[str] = []
    for word in prefix.split():
        # 금융감독 of 금융감독원장: the body glued to its head's title by the title's syllable
        term = next(
            (
                t
                for w in (word, *(word + c for c in _BODY_SYLLABLES))
                if (t := organizations().get(w))
            ),
            None,
        )
        if term is not None:
            out += [f for f in term.accepted if len(f) > 2]
        # the Latin words of it (EDUⅡ, ASML of ASML코리아)
        for latin in re.findall(r"[A-Za-z0-9&\u2160-\u216b]{3,}", word):
            out.append(unicodedata.normalize("NFKC", _ROMAN_SIGN.sub(r"\1 \2", latin)))
    return out


_BODY_SYLLABLES = "원청처부회"


def _titled_nearby(view: UnitView) -> list[PersonInfo]:
    """Persons with a place or body before their title in the units next to ``view``'s (cached
    on the document: every titled person of the unit may ask)."""
    key = f"titles.titled_nearby:{view.unit.index}"
    cache = view.doc.cache
    if key not in cache:
        cache[key] = [
            p
            for v in neighbour_views(view)
            for p in unit_persons(v)
            if p.mention.title_prefix and p.mention.title is not None
        ]
    found: list[PersonInfo] = cache[key]
    return found


def _place_of_another(
    text: str, phrase: tuple[int, int], b: PersonInfo, others: Sequence[PersonInfo]
) -> tuple[PersonInfo, tuple[int, int]] | None:
    """(A, span of A's place) where the words right before B's title phrase name the place of
    another person's title (A's 서울 in 서울시장) and not B's own."""
    before = text[max(0, phrase[0] - 60) : phrase[0]]
    own = _place_names(b.mention.title_prefix) + _body_names(b.mention.title_prefix)
    if any(_ends_with_place(before, n) is not None for n in own):
        return None

    def where(name: str) -> tuple[int, int] | None:
        found = _ends_with_place(before, name)
        return None if found is None else (phrase[0] - len(before) + found, phrase[0])

    return _first_place_of_another(b, others, where, unprefixed=True)


def _first_place_of_another(
    b: PersonInfo,
    others: Sequence[PersonInfo],
    where: Callable[[str], tuple[int, int] | None],
    unprefixed: bool,
) -> tuple[PersonInfo, tuple[int, int]] | None:
    """(A, span) for the first other person A whose title's place ``where`` finds in the
    English (its longest name first), A's prefix being none of B's. Where B has no prefix,
    only with ``unprefixed`` and a foreign country in A's (:func:`_foreign_over_korean`)."""
    for a in others:
        prefix = a.mention.title_prefix
        if a is b or not prefix or prefix == b.mention.title_prefix:
            continue
        if same_person(a.mention, b.mention):
            continue  # 박정우 충남지사 in the next sentence is 박정우 충청남도지사 here
        if not b.mention.title_prefix and not (unprefixed and _foreign_over_korean(a, b)):
            continue
        # bodies only where B has a place or body of its own: 'Defense Ministry spokesperson'
        # for 대변인 beside 베트남 국방차관 is B's own ministry, which the Korean leaves unsaid
        names = _place_names(prefix) + (_body_names(prefix) if b.mention.title_prefix else [])
        for name in sorted(names, key=len, reverse=True):
            span = where(name)
            if span is not None:
                return a, span
    return None


def _foreign_over_korean(a: PersonInfo, b: PersonInfo) -> bool:
    """B is a Korean named with no body or place before the title and A's title has a foreign
    country's place ('Mongolian Minister ... Ahn Do-hyun' for 안도현 장관과 잠발 간바타르 몽골
    광업중공업부 장관): A's country does not go with B."""
    if b.mention.kind != "korean":
        return False
    places = gazetteer().find(a.mention.title_prefix)
    return any(p.country not in ("", "KR") for _, _, p in places)


_OF_BODY = re.compile(r"\s+(?:of|in|at)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s?){1,5})")


def _place_after_title(
    text: str, phrase: tuple[int, int], b: PersonInfo, others: Sequence[PersonInfo]
) -> tuple[PersonInfo, tuple[int, int]] | None:
    """(A, span of A's place) where B's title phrase is followed by 'of' a body named after
    A's place, or 'in' A's place, and not B's ('Yukiko Tanaka, president of the Busan Tourism
    Organization' for 오슬기 부산관광공사 사장과 다나카 유키코 후쿠오카현 관광연맹 회장;
    'Consul General in Montreal Yoon Na-eun' for 한지호 주몬트리올 총영사's title)."""
    m = _OF_BODY.match(text, phrase[1])
    if m is None or not b.mention.title_prefix:
        return None
    body = m.group(1)
    if any(re.search(rf"\b{re.escape(n)}\b", body) for n in _place_names(b.mention.title_prefix)):
        return None

    offset = m.start(1)

    def where(name: str) -> tuple[int, int] | None:
        found = re.search(rf"\b{re.escape(name)}\b", body)
        if found is None:
            return None
        return offset + found.start(), offset + found.start() + len(name)

    return _first_place_of_another(b, others, where, unprefixed=False)


def _ends_with_place(before: str, name: str) -> int | None:
    """Where ``name`` starts in ``before`` when it ends it, or only a portfolio of one or two
    capitalized words follows it ('Philippine Trade ' before 'Secretary'); None otherwise."""
    m = re.search(  # the name in any case; the portfolio's words capitalized ('side were' no)
        rf"(?<![\w-])(?i:{re.escape(name)})(?:\s+[A-Z][a-z]+){{0,2}}\s*$", before
    )
    return m.start() if m is not None else None


def _concurrent(source: str, p: PersonInfo, phrase: str, loose: bool = False) -> bool:
    """The Korean gives ``p`` a second title after 겸 ('concurrently') or in brackets after
    the first that ``phrase`` renders: 마코 루비오 국무장관 겸 국가안보보좌관 holds both offices,
    최지혜 글로벌사업본부장(부사장) is also a vice president."""
    span = p.mention.title_span
    if span is None:
        return False
    after = re.match(r"\s*(?:겸\s*|\()([가-힣]+)(?:\s([가-힣]+))?", source[span[1] :])
    if after is None:
        return False
    # 겸 통상교섭본부장, or the body and the title (겸 무역산업부 장관)
    words = [w for w in after.groups() if w]
    for word in dict.fromkeys((words[0], words[-1], "".join(words))):
        found = title_suffix(word.rstrip("은는이가을를의과와도"))
        if found is not None and (
            renders(found[1], phrase) or (loose and find_renderings(found[1], phrase))
        ):
            return True
    return False


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


def _titled_elsewhere(
    view: UnitView, p: PersonInfo, among: Collection[str] | None = None
) -> list[PersonMention]:
    """The article's mentions of the same person with a title that ends in ``p``'s (조태열 외교부
    장관 for 조태열 장관; 정나래 통상교섭본부장 for 정 본부장), or with any title of ``among``
    (대표이사 for 구 대표)."""
    m = p.mention
    if m.title is None:
        return []
    own = m.title.ko
    return [
        q
        for mentions in plain_mentions(view.doc).values()
        for q in mentions
        if q.title is not None
        and (q.title.ko in among if among is not None else q.title.ko.endswith(own))
        and same_person(q, m)
    ]


def _prefix_words(view: UnitView, p: PersonInfo) -> set[str]:
    """The words of the bodies or places before ``p``'s title here and wherever the article
    gives the same person the same title (외교부 of 조태열 외교부 장관, for 조태열 장관)."""
    words = set(p.mention.title_prefix.split())
    own = p.mention.title.ko if p.mention.title is not None else ""
    for q in _titled_elsewhere(view, p):
        if q.title is not None and q.title.ko == own:
            words.update(q.title_prefix.split())
    return words


def _full_titles(view: UnitView, p: PersonInfo) -> list[Title]:
    """Longer titles ending in ``p``'s that the article gives the same person elsewhere (통상교섭
    본부장 of 정나래 for 정 본부장): the short one stands for them."""
    own = p.mention.title.ko if p.mention.title is not None else ""
    return [
        q.title
        for q in _titled_elsewhere(view, p)
        if q.title is not None and len(q.title.ko) > len(own)
    ]


def _role(view: UnitView, p: PersonInfo) -> Title | None:
    """The occupation written before the name of a person with no title (세터 이슬기; 비서실장
    오나래(45)씨, anchored by the age)."""
    m = p.mention
    if m.title is not None or m.kind != "korean" and m.anchor != ROLE:
        return None
    return role_title(view.source_text, m.start)


def _title_or_role(view: UnitView, p: PersonInfo) -> Title | None:
    """The person's title, or the occupation written before the name (세터 이슬기)."""
    return p.mention.title or _role(view, p)


@rule(
    "MT603",
    "title-misattributed",
    "Accuracy/Mistranslation",
    Severity.MAJOR,
    "A title stands beside a different person in the English than in the Korean.",
    "The Korean gives person A a title; the English puts it right before another person B's "
    "name or in apposition after it ('Governor Lee' for 김 지사와 이 시장), where it renders no "
    "title the Korean gives B and B's own title does not stand beside B: the title was moved or "
    "two titles swapped. Where B's own title stands beside B too, a title right before B's name "
    "(no comma between) counts where A goes without it ('Park met with First Vice Foreign "
    "Minister Al-Mashat, Egypt's minister of planning' for 박하늘 제1차관). Where the Korean "
    "gives B no title, A's name must stand without it (the "
    "English may add a title the Korean left out). The whole title phrase beside B counts "
    "('Vice President' is no 'president'), and words that fit any head ('leader', 'head', "
    "'chief') are no one's title, nor part of A's title ('chief' of 'Chief Financial Officer "
    "(CFO) Han'; an acronym in brackets may stand between title and name, and an age between "
    "name and apposition: 'Jung, 58, a former secretary-general'). Confidence 0.6 where B has "
    "a title of its own in the Korean, "
    "0.5 where B has none. The same title with A's place before it ('Seoul Mayor Park' for "
    "오세훈 서울시장과 박형준 부산시장) is reported at 0.6 too.",
    (
        Example(
            "김 지사와 이 시장이 만났다.",
            "Governor Lee and Mayor Kim met.",
            "The governor is Kim and the mayor is Lee.",
        ),
        Example(
            "도널드 트럼프 대통령이 김정은 위원장과 만났다.",
            "Donald Trump met President Kim Jong-un.",
            "The president is Trump; Kim is the chairman.",
        ),
    ),
)
def title_misattributed(view: UnitView) -> Iterator[Hit]:
    text = view.target_text
    located = [
        (p, trimmed(text, p.match.span))
        for p in unit_persons(view)
        if p.match.status in LOCATED and p.match.span is not None
    ]
    for b, b_span in located:
        own = _title_or_role(view, b)
        mine = _beside(text, b_span, own) if own is not None else None
        if mine is not None:
            # B's own title stands beside B, but maybe with A's place (Seoul Mayor Park for
            # 오세훈 서울시장과 박형준 부산시장)
            others = [a for a, _ in located]
            swapped = (
                _place_of_another(text, mine, b, others)
                or _place_after_title(text, mine, b, others)
                # 김바다 의성군수 as 'Andong Mayor Kim', 권다솜 안동시장 being in the next sentence
                or _place_of_another(text, mine, b, _titled_nearby(view))
            )
            if swapped is not None:
                other, place = swapped
                phrase = text[min(place[0], mine[0]) : max(place[1], mine[1])]
                yield Hit(
                    f"{phrase!r} stands beside {b.mention.name}; in the Korean "
                    f"that is {other.mention.name} ({other.mention.title_prefix}"
                    f"{other.mention.title.ko if other.mention.title else ''}), and "
                    f"{b.mention.name} is {b.mention.title_prefix}{own.ko if own else ''}",
                    source=(b.mention.start, b.mention.end),
                    target=(min(place[0], b_span[0]), max(place[1], mine[1], b_span[1])),
                    confidence=MISATTRIBUTED,
                )
                continue
        for a, a_span in located:
            title = _title_or_role(view, a)
            if (
                title is None
                or a is b
                or same_person(a.mention, b.mention)
                or (a_span[0] < b_span[1] and b_span[0] < a_span[1])
            ):
                continue
            where = _beside(text, b_span, title)
            if where is None or any(
                where[1] <= c[0] and c[1] <= b_span[0] for _, c in located
            ):  # 'Vice Minister for Foreign Affairs Takehiro Funakoshi and Masaaki Kanai'
                continue
            own_here = mine
            if (
                mine is not None
                and fold(text[mine[0] : mine[1]]) in GENERIC
                and where[0] <= mine[0]
                and mine[1] <= where[1]
                and where != mine
            ):
                own_here = None  # 'chief' of A's 'Chief Financial Officer': no title of B's own
            if own_here is not None and (
                (where[0] < own_here[1] and own_here[0] < where[1])
                or _beside(text, a_span, title)
                or (where[1] <= b_span[0] and "," in text[where[1] : b_span[0]])
            ):
                # B's own title stands beside B too: another title right before the name is
                # A's moved to B only where A goes without it ('Park met with First Vice
                # Foreign Minister Al-Mashat, Egypt's minister of planning'); not one a comma
                # parts from the name ('Rivas, the economy secretary, Jung Ba-da, attache')
                continue
            where = _rendering_tail(text, where, title)
            phrase = text[where[0] : where[1]]
            if (
                fold(phrase) in GENERIC
                or not renders(title, phrase)  # a longer title: Vice President, Prime Minister
                or (own is not None and renders(own, phrase))
                or (own is not None and _short_form(own, phrase))
                or _concurrent(view.source_text, b, phrase)  # 국무장관 겸 국가안보보좌관
                # B has no title in the Korean and A keeps its own: B's may be one the Korean
                # left out (Trump met Chairman Kim for 트럼프 대통령, 김정은)
                or (own is None and _beside(text, a_span, title))
            ):
                continue
            yield Hit(
                f"title {phrase!r} stands beside {b.mention.name}; in the Korean it is "
                f"{a.mention.name}'s ({title.ko})",
                source=(b.mention.start, b.mention.end),
                target=(min(where[0], b_span[0]), max(where[1], b_span[1])),
                suggestion=own.en[0] if own is not None else None,
                confidence=MISATTRIBUTED if own is not None else MISATTRIBUTED_UNTITLED,
            )
            break
