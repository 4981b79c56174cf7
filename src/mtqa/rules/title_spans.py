"""Where a title's English rendering stands beside a person's name: shared by the title rules
(:mod:`mtqa.rules.titles`, :mod:`mtqa.rules.title_homographs`, :mod:`mtqa.rules.title_owners`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from mtqa.align.words import EN_STOPWORDS
from mtqa.lexicon.en_words import is_demonym
from mtqa.lexicon.gazetteer import english_place_names
from mtqa.lexicon.titles import (
    Title,
    english_title_word_set,
    english_title_words,
    find_renderings,
    merged_renderings,
    renders,
    role_title,
    title_suffix,
)
from mtqa.rules.base import UnitView
from mtqa.rules.persons import PersonInfo, plain_mentions, same_person, unit_persons
from mtqa.text.en_match import fold
from mtqa.text.ko_persons import ROLE, PersonMention


def titled_persons(view: UnitView) -> list[PersonInfo]:
    return [p for p in unit_persons(view) if p.mention.title is not None]


def office_word(phrase: str) -> str | None:
    """``phrase`` folded if it is a word any office may take alone (Secretary, Minister)."""
    word = fold(phrase).strip(".")
    return word if word in OFFICE_WORDS else None


# Words that render the title of any head of a body ("Soviet leader Gorbachev" for 서기장 or
# "the party's chief"): beside a name they tell no title from another.
GENERIC = frozenset({"leader", "head", "chief", "boss", "official"})  # 'an official' of any post
# Renderings any office may share with another ('Secretary Pompeo', 'the minister'): they tell
# no office from another.
OFFICE_WORDS = GENERIC | frozenset({"secretary", "minister", "sec.", "sec"})
LOCATED = frozenset({"found", "surname", "close"})  # matches that say where the name is


def full_title_start(text: str, start: int, end: int) -> int:
    """Start of the longest title rendering that ends at ``end`` and covers ``start``: the
    whole title phrase ("Vice President" around "President")."""
    before = fold(text[:end])
    best = start
    for form in english_title_words():
        s = end - len(form)
        if s < best and before.endswith(form) and (s == 0 or not before[s - 1].isalnum()):
            best = s
    return best


def title_beside(text: str, span: tuple[int, int], title: Title) -> tuple[int, int] | None:
    """The whole title phrase rendering ``title`` right before the name at ``span`` (Mayor Kim,
    Gov. Kim) or in apposition after it (Kim, the mayor,), if any."""
    found = next_to(text, span, merged_renderings(title, text), portfolio=True)
    if found is not None and found[1] <= span[0]:
        return full_title_start(text, *found), found[1]
    return found


# The portfolio or post after a title and before the name: 'Minister of Mining and Heavy
# Industry Ahn', 'Consul General in Montreal Han', 'Ambassador to South Korea Almeida'.
_PORTFOLIO_AFTER = re.compile(
    r" (?:of|in|at|for)(?: the)?(?: (?:and|of|&|[A-Z][\w'’-]*(?:,(?= [A-Z]))?)){1,6},? "
    r"| to(?: the)?(?: [A-Z][\w'’-]*){1,2} "  # an envoy's country: 'Ambassador to South Korea'
)  # 'First Vice Chairman of Trade, Industry and Energy Jeong'


# The title's acronym in brackets between it and the name: 'Chief Financial Officer (CFO) Han'.
_ACRONYM_GAP = re.compile(r" \([A-Z][A-Za-z&]{1,7}\) ")


def _name_follows(text: str, end: int) -> bool:
    """A capitalized word that is no title word follows the title ending at ``end`` (manager
    A.J. Hinch), not one that continues the title ('Loan Officer of Trade')."""
    m = re.match(r" ((?:[A-Z]\.\s?)*[A-Z][a-z][\w'-]*)", text[end:])
    return m is not None and fold(m.group(1)) not in english_title_word_set()


def next_to(
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
                r"[ ,]+(?:\d{1,3}, )?(the (?:[a-z]+['’]s )?|a |an |(?:[A-Z][\w.]*\s){0,2}"
                r"[A-Z][\w.]*['’]s )?"
                r"(?:(?:former|acting|interim|then) )?(?i:(?:first|second|third|fourth) )?",
                gap,
            )  # 'Park, Second Vice Minister of ...': an ordinal before the title; 'Kim, 58, a
            # former secretary-general': the age first; 'Kwon, the province's vice governor'
            and not _name_follows(text, e)  # Harris, manager A.J. Hinch
        ):
            return s, e
        if s >= span[1] and gap == " " and text[s:e][:1].isupper():
            return s, e
        if portfolio and s >= span[1] and _portfolio_apposition(text, span[1], s, e):
            return s, e
    return None


# A comma and one to three words before a title in apposition ('Park, railway safety police chief').
_APPOSED_PORTFOLIO = re.compile(r", ((?:[A-Za-z][a-z-]+ ){1,3})")


def _portfolio_apposition(text: str, end: int, s: int, e: int) -> bool:
    """After the name at ``end``, a comma and a portfolio of one to three content words before
    the title at ``s``: 'Park, railway safety police chief at the ministry', 'Yoon, Economic
    Vice Minister of South Gyeongsang'."""
    m = _APPOSED_PORTFOLIO.fullmatch(text, end, s)
    return (
        m is not None
        and not any(
            w.lower() in EN_STOPWORDS
            or w.endswith(("ed", "ing", "ly"))
            or (w[0].isupper() and (fold(w) in english_place_names() or is_demonym(w)))
            for w in m.group(1).split()
        )  # but 'Rashid, Korea commissioner of ...': the post's country, the title his own
        and not _name_follows(text, e)
    )


def concurrent_office(source: str, p: PersonInfo, phrase: str, loose: bool = False) -> bool:
    """The Korean gives ``p`` a second title after 겸 ('concurrently') or in brackets after
    the first that ``phrase`` renders: 마코 루비오 국무장관 겸 국가안보보좌관 holds both offices,
    최지혜 글로벌사업본부장(부사장) is also a vice president."""
    return any(
        renders(t, phrase) or (loose and find_renderings(t, phrase))
        for t in second_titles(source, p)
    )


def second_titles(source: str, p: PersonInfo, brackets: bool = True) -> list[Title]:
    """The titles the Korean may give ``p`` after the first, after 겸 ('concurrently') or, with
    ``brackets``, in brackets (최지혜 글로벌사업본부장(부사장)): the title of each reading of
    the words there (겸 통상교섭본부장; 겸 무역산업부 장관, the body and the title)."""
    span = p.mention.title_span
    if span is None:
        return []
    lead = r"\s*(?:겸\s*|\()" if brackets else r"\s*겸\s*"
    after = re.match(lead + r"([가-힣]+)(?:\s([가-힣]+))?", source[span[1] :])
    if after is None:
        return []
    words = [w for w in after.groups() if w]
    # 국방부 장관 is 국방장관, the defence minister (not 국방 + 부장관, a deputy)
    ministry = words[0][:-1] + words[-1] if len(words) == 2 and words[0].endswith("부") else ""
    out = []
    for word in dict.fromkeys(w for w in (words[0], words[-1], ministry, "".join(words)) if w):
        found = title_suffix(word.rstrip("은는이가을를의과와도"))
        if found is not None:
            out.append(found[1])
    return out


def titled_elsewhere(
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


def role_of(view: UnitView, p: PersonInfo) -> Title | None:
    """The occupation written before the name of a person with no title (세터 이슬기; 비서실장
    오나래(45)씨, anchored by the age)."""
    m = p.mention
    if m.title is not None or m.kind != "korean" and m.anchor != ROLE:
        return None
    return role_title(view.source_text, m.start)
