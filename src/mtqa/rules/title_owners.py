"""Title rule MT603: a title attached in the English to another person than in the Korean,
or a person's office given the place or body of another person.

Titles come from :mod:`mtqa.lexicon.titles`; where their renderings stand from
:mod:`mtqa.rules.title_spans`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from mtqa.lexicon.country_abbrev import SYLLABLES
from mtqa.lexicon.gazetteer import Place, english_place_names, gazetteer
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.titles import (
    Title,
    renders,
)
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, neighbour_views, rule
from mtqa.rules.persons import PersonInfo, same_person, trimmed, unit_persons
from mtqa.rules.title_spans import (
    GENERIC,
    LOCATED,
    concurrent_office,
    office_word,
    role_of,
    title_beside,
)
from mtqa.text.en_match import fold


def _short_form(own: Title, phrase: str) -> bool:
    """``phrase`` is a generic word of one of ``own``'s renderings ('Secretary Blinken' for
    국무장관, 'secretary of state'): a short form of the person's own title."""
    word = office_word(phrase)
    return word is not None and any(word in r.split() for r in own.en)


# A title standing beside a person the Korean gives another title, or none: the first is surer.
MISATTRIBUTED = 0.6
MISATTRIBUTED_UNTITLED = 0.5


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


def _body_names(prefix: str, portfolios: bool = True) -> list[str]:
    """English names of the listed bodies in a title's prefix (KHNP for 한수원) and the Latin
    words of it (EDUⅡ as 'EDU II'): where English writes them before another person's title,
    the body moved as a place does. With ``portfolios``, a ministry's portfolio too ('Land,
    Infrastructure and Transport' of its 'Ministry of ...'), which only a title right after
    it makes a body's: after 'Minister of' it may be any country's ministry's."""
    out: list[str] = []
    for word in prefix.split():
        bare = _BRACKETED.sub("", word)  # 대한무역투자진흥공사(KOTRA): the body, its acronym
        # 금융감독 of 금융감독원장: the body glued to its head's title by the title's syllable
        term = next(
            (
                t
                for w in dict.fromkeys((word, bare, *(bare + c for c in _BODY_SYLLABLES)))
                if (t := organizations().get(w))
            ),
            None,
        )
        if term is not None:
            out += [f for f in term.accepted if len(f) > 2]
            # the portfolio before a title ('Land, Infrastructure and Transport Minister' for
            # the Ministry of Land, Infrastructure and Transport's): of two words or more
            if portfolios:
                out += [m.group(1) for f in term.accepted if (m := _PORTFOLIO.match(f))]
        # the Latin words of it (EDUⅡ, ASML of ASML코리아)
        for latin in re.findall(r"[A-Za-z0-9&\u2160-\u216b]{3,}", word):
            out.append(unicodedata.normalize("NFKC", _ROMAN_SIGN.sub(r"\1 \2", latin)))
    return out


_BODY_SYLLABLES = "원청처부회"
_BRACKETED = re.compile(r"\([^)]*\)")
_PORTFOLIO = re.compile(r"(?:Ministry|Minister|Department|Secretary) of (?:the )?(\S+(?: \S+)+)$")


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
    another person's title (A's 서울 in 서울시장) and not B's own; or before its last word,
    where the phrase took in the end of a portfolio ('Transport Minister' of 'Land,
    Infrastructure and Transport Minister')."""
    last = phrase[0] + text[phrase[0] : phrase[1]].rfind(" ") + 1
    cuts = [(cut, text[max(0, cut - 60) : cut]) for cut in dict.fromkeys((phrase[0], last))]
    own = _place_names(b.mention.title_prefix) + _body_names(b.mention.title_prefix)
    own_starts = [
        cut - len(before) + found
        for cut, before in cuts
        for n in own
        if (found := _ends_with_place(before, n)) is not None
    ]
    for cut, before in cuts:

        def where(name: str, cut: int = cut, before: str = before) -> tuple[int, int] | None:
            found = _ends_with_place(before, name)
            return None if found is None else (cut - len(before) + found, cut)

        swapped = _first_place_of_another(
            b, others, where, unprefixed=True, portfolios=True, exclude=own
        )
        # 'Mokpo Coast Guard Station chief' has B's Mokpo before A's Coast Guard: B's own; but
        # 'Incheon Tourism Organization President' for 인천항만공사 사장 is A's body, B's
        # Incheon only the start of it (and 'Incheon Port Authority President' B's own)
        if swapped is None or any(start < swapped[1][0] for start in own_starts):
            continue
        if not any(_ends_with_place(before, n, portfolio=False) is not None for n in own):
            return swapped
    return None


def _first_place_of_another(
    b: PersonInfo,
    others: Sequence[PersonInfo],
    where: Callable[[str], tuple[int, int] | None],
    unprefixed: bool,
    portfolios: bool = False,
    exclude: Sequence[str] = (),
) -> tuple[PersonInfo, tuple[int, int]] | None:
    """(A, span) for the first other person A whose title's place ``where`` finds in the
    English (its longest name first; none of ``exclude``, B's own), A's prefix being none of
    B's. Where B has no prefix, only with ``unprefixed`` and a foreign country in A's
    (:func:`_foreign_over_korean`)."""
    excluded = {fold(n) for n in exclude}
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
        bodies = _body_names(prefix, portfolios) if b.mention.title_prefix else []
        names = [n for n in _place_names(prefix) + bodies if fold(n) not in excluded]
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
    if any(text.startswith(n, m.start(1)) for n in _body_names(b.mention.title_prefix, False)):
        return None  # 'president of the Korea Trade-Investment Promotion Agency': B's own body

    offset = m.start(1)

    def where(name: str) -> tuple[int, int] | None:
        found = re.search(rf"\b{re.escape(name)}\b", body)
        if found is None:
            return None
        return offset + found.start(), offset + found.start() + len(name)

    return _first_place_of_another(b, others, where, unprefixed=False)


def _ends_with_place(before: str, name: str, portfolio: bool = True) -> int | None:
    """Where ``name`` starts in ``before`` when it ends it, with a possessive or not, or (with
    ``portfolio``) only a portfolio of one or two capitalized words follows it ('Philippine
    Trade ' before 'Secretary'); None otherwise."""
    words = 2 if portfolio else 0
    m = re.search(  # the name in any case, possessive too ("Vietnam's minister"); the
        # portfolio's words capitalized ('side were' no)
        rf"(?<![\w-])(?i:{re.escape(name)})(?:['’]s)?(?:\s+[A-Z][a-z]+){{0,{words}}}\s*$",
        before,
    )
    return m.start() if m is not None else None


def _envoy_post(prefix: str) -> tuple[str, list[Place]]:
    """The word of an envoy's post in a title's prefix and its places: 주중 of 주중 한국대사
    (China), 주몬트리올 (Montreal); ("", []) where the prefix names no post."""
    gaz = gazetteer()
    for word in prefix.split():
        rest = word[1:] if word[:1] == "주" and len(word) >= 2 else ""
        if len(rest) == 1 and rest in SYLLABLES:
            places = [c for c in (gaz.country(SYLLABLES[rest]),) if c is not None]
        else:
            places = gaz.lookup(rest) if rest else []
        if places:
            return word, places
    return "", []


_POSTED_TO = re.compile(r" to (?:the )?((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3})")


def _wrong_post(
    text: str, phrase: tuple[int, int], b: PersonInfo
) -> tuple[tuple[int, int], str] | None:
    """The span of the country or city after 'Ambassador to' beside B where the Korean posts B
    elsewhere ('Ambassador to South Korea Yoon' for 윤지석 주중 한국대사: his post is China), and
    the Korean word of the post (주중)."""
    post, posts = _envoy_post(b.mention.title_prefix)
    m = _POSTED_TO.match(text, phrase[1])
    if not posts or m is None:
        return None
    written = m.group(1)
    names = [fold(n) for p in posts for n in (*p.en, *p.related)]
    if any(fold(written).startswith(n) for n in names):
        return None
    words = written.split()
    for k in range(len(words), 0, -1):  # the longest place name the words start with
        if fold(" ".join(words[:k])) in english_place_names():
            return (m.start(1), m.start(1) + len(" ".join(words[:k]))), post
    return None


def _title_or_role(view: UnitView, p: PersonInfo) -> Title | None:
    """The person's title, or the occupation written before the name (세터 이슬기)."""
    return p.mention.title or role_of(view, p)


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
    "오세훈 서울시장과 박형준 부산시장) is reported at 0.6 too, and so is an envoy's post given as "
    "another country ('Ambassador to South Korea Yoon' for 윤지석 주중 대사).",
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
        mine = title_beside(text, b_span, own) if own is not None else None
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
            posted = _wrong_post(text, mine, b)
            if posted is not None:
                (post_start, post_end), post = posted
                yield Hit(
                    f"{b.mention.name} is posted to {text[post_start:post_end]!r} in the English; "
                    f"in the Korean the post is {post}",
                    source=(b.mention.start, b.mention.end),
                    target=(min(mine[0], b_span[0]), max(post_end, b_span[1])),
                    confidence=MISATTRIBUTED,
                )
                continue
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
            where = title_beside(text, b_span, title)
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
                or title_beside(text, a_span, title)
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
                or concurrent_office(view.source_text, b, phrase)  # 국무장관 겸 국가안보보좌관
                # B has no title in the Korean and A keeps its own: B's may be one the Korean
                # left out (Trump met Chairman Kim for 트럼프 대통령, 김정은)
                or (own is None and title_beside(text, a_span, title))
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
