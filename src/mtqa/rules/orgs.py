"""MT71x: organizations named in the source (MT711) and acronyms given in parentheses (MT712).

Organizations come from the bundled list (:mod:`mtqa.lexicon.organizations`); spans the desk's
termbase covers are left to MT701. Paraphrase is common ("the ministry", "Seoul's spy agency"),
so a missing organization is minor with modest confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from mtqa.lexicon.en_words import is_dictionary_word, is_name_word
from mtqa.lexicon.gazetteer import english_place_names, gazetteer
from mtqa.lexicon.korean_bounds import compact
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.termbase import Term, view_terms
from mtqa.lexicon.titles import english_title_words
from mtqa.lexicon.transliterate import english_key, hangul_key
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, neighbour_views, rule
from mtqa.rules.ministry_portfolio import SWAP_CONFIDENCE as PORTFOLIO_SWAP_CONFIDENCE
from mtqa.rules.ministry_portfolio import portfolio_swaps
from mtqa.rules.persons import plain_mentions
from mtqa.rules.rendering import (
    SHARED_NAME_WORDS,
    content_words,
    expands,
    find_form,
    first_found,
    is_acronym,
    mostly_present,
)
from mtqa.text.en_match import find_all, fold
from mtqa.text.newswire import blank

# 세계보건기구(WHO), 국가정보원(NIS): an acronym in parentheses right after a Korean name.
PAREN_ACRONYM = re.compile(r"(?<=[가-힣])\(([A-Z][A-Za-z0-9&.\-]{1,11})\)")
GENERIC_ORG = (
    "ministry", "agency", "party", "office", "committee", "commission", "bank", "court", "assembly",
    "council", "company", "firm", "group", "university", "hospital", "institute", "center",
    "foundation", "state",
)  # fmt: skip


def org_mentions(view: UnitView) -> list[tuple[int, int, Term]]:
    """The unit's organizations outside termbase spans (cached on the document: MT711 and
    MT103's length ratio both ask). A government body's name after a place of another country
    names that country's body (일본 기상청 the Japan Meteorological Agency, 산시성 산림청 a
    Chinese forestry bureau, 중국 상무부 China's commerce ministry), not the listed one: left
    out; after its own country's name it is the listed one (일본 방위성, 미국 국무부). So is a
    company's name that Kiwi reads as a common noun there (기아와 빈곤 'hunger and poverty', not
    Kia)."""
    key = f"orgs:{view.unit.index}"
    if key not in view.doc.cache:
        text = view.source_text
        terms = [(a, b) for a, b, _ in view_terms(view)]
        common = {  # a noun Kiwi knows, not one it only guesses (한국광해광업공단/NNG)
            (t.start, t.end)
            for t in view.source_tokens
            if t.tag == "NNG" and not getattr(t, "oov", False)
        }
        # a body's short name inside a Korean person's name (한은 of 한은재) is none
        names = [
            (m.start, m.end)
            for m in plain_mentions(view.doc).get(view.unit.index, [])
            if m.kind == "korean" and m.given and m.anchored
        ]
        found = [
            (a, b, t)
            for a, b, t in organizations().find(text, view.source_tokens)
            if not any(x <= a and b <= y for x, y in terms)
            and not (t.kind == "company" and (a, b) in common)  # 기아 'hunger', not Kia
            and not any(x <= a and b <= y and (a, b) != (x, y) for x, y in names)
        ]
        if any(t.kind == "government" for _, _, t in found):  # else no place need be read
            places = gazetteer().find(text, view.source_tokens)
            found = [
                (a, b, t)
                for a, b, t in found
                if not (
                    t.kind == "government"
                    and _after(
                        text, a, {e for _, e, p in places if p.country not in ("KR", _country(t))}
                    )
                )
            ]
        view.doc.cache[key] = found
    mentions: list[tuple[int, int, Term]] = view.doc.cache[key]
    return mentions


_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)+\b")
_COUNTRY_DOMAINS = {".kr": "KR", ".jp": "JP", ".cn": "CN", ".ru": "RU", ".gov": "US"}


def _country(term: Term) -> str:
    """The country whose state body ``term`` is, by the web domain the list gives as its source
    (mod.go.jp: Japan; state.gov: the US); Korea where none says otherwise."""
    for domain in _DOMAIN.findall(term.notes):
        for ending, code in _COUNTRY_DOMAINS.items():
            if domain.endswith(ending):
                return code
    return "KR"


def _after(text: str, start: int, ends: set[int]) -> bool:
    """A mention in ``ends`` stops right before ``start`` (a space or 의 between)."""
    return any(e <= start and text[e:start].strip() in ("", "의") and start - e <= 2 for e in ends)


@lru_cache(maxsize=1)
def _org_names() -> list[set[str]]:
    """The word sets of every organization's multi-word English names."""
    return [_words(form) for t in organizations().terms for form in t.accepted if " " in form]


# A capitalized run of two or more words (of, and, for, the between them) in the English.
_NAME_RUN = re.compile(
    r"(?<![\w'])(?:[A-Z][\w'’&-]*(?:\s+(?:of|and|for|the|on)\s+|\s+)){1,5}[A-Z][\w'’&-]*"
)
_ORG_STOP = frozenset(
    {"of", "and", "for", "the", "on", "korea", "korean", "national", "united", "s"}
)
LITERAL_CONFIDENCE = 0.6
SWAP_CONFIDENCE = 0.7


def _singular(word: str) -> str:
    return word.removesuffix("s") if len(word) > 3 else word


def _words(text: str) -> set[str]:
    words = (_singular(w) for w in re.findall(r"[A-Za-z]+", text.lower()))
    return {w for w in words if w not in _ORG_STOP}


_GENERIC_WORDS = frozenset(_singular(g) for g in GENERIC_ORG)
# Words of a place's English name no list of places has alone ('South' of South Jeolla
# Provincial Office of Education): shared with another place, they make no name translated.
_PLACE_PARTS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"provincial", "metropolitan", "special", "self", "governing"}
)


def _name_runs(target: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each capitalized run of ``target``, a leading 'The ' left out."""
    for m in _NAME_RUN.finditer(target):
        a, b = m.span()
        run = target[a:b]
        if run.startswith("The "):
            a, run = a + 4, run[4:]
        yield a, b, run


def _the_head_noun(target: str, term: Term) -> bool:
    """The English names the organization by 'the' and its head noun (the ministry, the
    agency's) that its English name holds."""
    return any(
        g in term.en.lower() and re.search(rf"\b[Tt]he {g}\b", target) is not None
        for g in GENERIC_ORG
    )


def _literal_name(target: str, term: Term) -> tuple[int, int] | None:
    """The span of a capitalized run that shares a word (not a generic one: party, committee)
    with one of the organization's English names without being one ('Fair Trading Committee'
    for Fair Trade Commission): the name translated word by word."""
    if term.kind == "club":
        return None  # 'Yankee Stadium', "Minnesota's Justin Morneau": clubs are not translated
    full = [_words(form) for form in term.accepted if " " in form]
    # a place the name starts with is no word of its own making ("Boston's World Series")
    names = [name - _GENERIC_WORDS - english_place_names() - _PLACE_PARTS for name in full]
    if not names:
        return None
    for a, b, run in _name_runs(target):
        office = _OFFICE_WORD.search(run)
        if office is not None and any(_words(run[: office.start()]) <= name for name in full):
            continue  # 'HD Korea Shipbuilding President Kim': the body's short name, a title
        mine = _words(run)
        if any(mine <= name for name in full):
            continue  # a short form of the name ("the International Court's")
        if mine in _org_names():
            continue  # another organization's name ('European Union' for 유럽의회)
        # most of its own words the name's ('Fair Trading Committee'), not one word of a
        # program's name ('Korea-Philippines Employment Permit System' for 고용부)
        core = {w for w in mine - _GENERIC_WORDS - _PLACE_PARTS if not _place_word(w)}
        if len(run.split()) >= 2 and any(
            (mine & name) and len(core & name) * 2 >= len(core) for name in names
        ):
            return a, b
    return None


def _place_word(word: str) -> bool:
    """``word`` (lower case, made singular) is a place's English name (philippine)."""
    places = english_place_names()
    return word in places or f"{word}s" in places


UNLISTED_SWAP_CONFIDENCE = 0.5


# The Korean a body's head noun ends with: where the unit's Korean has another word ending so
# (녹색당 beside 노동당), an English name with that head may be its rendering.
_KOREAN_HEADS = {
    "committee": "위원회", "commission": "위원회", "party": "당", "ministry": "부",
    "agency": "청", "court": "법원", "council": "의회",
}  # fmt: skip


def _unlisted_other(
    view: UnitView, source: tuple[int, int], term: Term, others: list[Term]
) -> tuple[int, int] | None:
    """The span of a capitalized name that ends in the head noun of the organization's English
    name (Committee, Party) and shares no other word with any of its names nor with those of
    the unit's other organizations ('Administration and Autonomy Committee' for 예산결산특별위원회,
    Special Committee on Budget and Accounts), where the unit's Korean names no other body with
    that head (녹색당 beside 노동당): another body of its kind, one no list has."""
    target = view.target_text
    head = next((w for w in map(_singular, term.en.lower().split()) if w in _KOREAN_HEADS), "")
    if not head:
        return None
    ko_head = _KOREAN_HEADS[head]
    rest = view.source_text[: source[0]] + " " + view.source_text[source[1] :]
    if re.search(rf"[가-힣]{ko_head}(?![가-힣])|[가-힣]{ko_head}[은는이가을를의에와과도]", rest):
        return None
    names = [_words(form) - _GENERIC_WORDS for t in (term, *others) for form in t.accepted]
    korean = hangul_key(term.ko)
    for a, b, run in _name_runs(target):
        words = run.split()
        if _singular(words[-1].lower()) != head or len(words) < 2:
            continue
        mine = _words(run) - _GENERIC_WORDS - english_place_names() - _PLACE_PARTS
        if any(len(k := english_key(w)) >= 3 and k in korean for w in mine):
            continue  # 'Minjoo Party' for 더불어민주당: the Korean name romanized
        if mine and not any(mine & name for name in names):
            return a, b
    return None


# Variants that name an office, not the body ('Attorney General', 'Trade Minister').
_OFFICE_WORDS = frozenset(
    {"Minister", "Secretary", "General", "Chief", "Chairman", "President", "Governor", "Director"}
)


_OFFICE_WORD = re.compile(rf"\s(?:{'|'.join(sorted(_OFFICE_WORDS))})\b")


# Kinds whose one-word names are brands no English word or name shares (Realmeter, Hyundai).
_BRANDS = frozenset({"company", "organization"})  # not media: datelines cite (Yonhap)


def _brand_word(form: str) -> bool:
    """A capitalized word of five letters or more that is no English word, name or place,
    or one with a sign in it no word has (Disney+), or a capital or two hyphened to a word
    (S-Oil, E-Mart)."""
    if re.fullmatch(r"[A-Z][A-Za-z]{3,}[+&][A-Za-z]*|[A-Z]{1,2}-[A-Z][a-z]{2,}", form):
        return True
    return (
        len(form) >= 5
        and form.isalpha()
        and form[:1].isupper()
        and not is_dictionary_word(form)
        and not is_name_word(form)
        and fold(form) not in english_place_names()
    )


_MINISTRY_FORM = re.compile(r"[A-Z][a-z]+ Ministry")


@lru_cache(maxsize=1)
def _proper_forms() -> tuple[re.Pattern[str], dict[str, list[Term]]]:
    """One case-sensitive pattern over every listed organization's proper English forms
    (capitalized names of two words or more, acronyms; no office titles), and form ->
    organizations."""
    by_form: dict[str, list[Term]] = {}
    for t in organizations().terms:
        for form in t.accepted:
            if (
                is_acronym(form)
                or (
                    form[:1].isupper()
                    and " " in form
                    and form.split()[-1] not in _OFFICE_WORDS
                    and fold(form) not in english_title_words()  # 'Secretary of State'
                )
                or (t.kind in _BRANDS and _brand_word(form))
            ):
                by_form.setdefault(form, []).append(t)
                if _MINISTRY_FORM.fullmatch(form):  # 'the foreign ministry', as news writes it
                    by_form.setdefault(form.lower(), []).append(t)
    alt = "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alt})(?![\w])"), by_form


def other_org(view: UnitView, term: Term) -> tuple[tuple[int, int], Term] | None:
    """Another listed organization of the same kind as ``term`` whose proper English name or
    acronym the English gives, and which neither this unit's Korean nor its neighbours' name
    (in Hangul or in Latin letters): the likely substitute for the missing ``term``
    (국토교통부 -> 'Ministry of Trade, Industry and Energy', 국제원자력기구(IAEA) ->
    'International Energy Agency (IEA)'). A body inside the other or around it (유엔 and
    유엔 안전보장이사회) is no substitute."""
    pattern, by_form = _proper_forms()
    own = set(term.accepted)
    named: set[str] | None = None
    for m in pattern.finditer(view.target_text):
        if any(m.group() in form for form in own):
            continue
        here = by_form[m.group()]
        if any(
            compact(t.ko) in compact(term.ko) or compact(term.ko) in compact(t.ko) for t in here
        ):
            continue
        terms = [t for t in here if _same_kind(t, term) and t.en not in own]
        if not terms:
            continue
        if named is None:
            named = _named_in_korean(view)
        if not any(t.en in named for t in by_form[m.group()]):
            return m.span(), terms[0]
    return None


def _named_apart(target: str, term: Term, span: tuple[int, int]) -> bool:
    """An English form of ``term`` stands in ``target`` outside ``span``."""
    return any(
        not (a < span[1] and span[0] < b)
        for form in term.accepted
        for a, b in find_all(target, form)
    )


def _fits_another(term: Term, substitute: Term, others: Sequence[Term]) -> bool:
    """Another organization the Korean names shares a word of what it does with
    ``substitute`` (Intelligence: 국가정보원 and the Defense Intelligence Agency) and ``term``
    none: the substitute stands in for that one."""

    return not _shared_fields(term, substitute) and any(
        _shared_fields(t, substitute) for t in others
    )


def _only_inside_other(view: UnitView, term: Term) -> tuple[tuple[int, int], Term] | None:
    """Another listed organization the Korean does not name (:func:`other_org`) whose name in
    the English holds every form of ``term`` the English gives ('Hanwha' of 'Hanwha Ocean' for
    한화에어로스페이스, whose short form is Hanwha): the one given in its stead."""
    swapped = other_org(view, term)
    if swapped is None:
        return None
    (a, b), _ = swapped
    spans = [span for form in term.accepted for span in find_form(view.target_text, form)]
    return swapped if spans and all(a <= x and y <= b for x, y in spans) else None


_BRAND_OWNER = re.compile(r"(?<![가-힣])([가-힣]{2,}) (?=[A-Za-z])")
# What a group's listed names add to its short name (신한 -> 신한금융, 신한은행).
_GROUP_PARTS = frozenset({"금융", "금융지주", "금융그룹", "그룹", "은행", "카드", "증권", "생명"})


def _named_in_korean(view: UnitView) -> set[str]:
    """The English names of the listed organizations this unit's Korean or its neighbours'
    name, in Hangul or in Latin letters."""
    _, by_form = _proper_forms()
    korean = "\n".join([view.source_text, *(u.source_text for u in neighbour_views(view))])
    found = organizations().find(korean)
    named = {t.en for _, _, t in found}
    # written whole, or a committee or association named by its head's title (외교통일위원장:
    # 외교통일위원회's chair; 축구협회장)
    named.update(
        t.en
        for t in organizations().terms
        if t.ko in korean
        or (
            t.ko.endswith("회")
            and len(t.ko) > 2
            and (t.ko[:-1] + "장" in korean or t.ko + "장" in korean)
        )
    )
    # a group's name alone, before a brand in Latin letters (신한 SOL뱅크: Shinhan, 신한금융)
    alone = set(_BRAND_OWNER.findall(korean))
    named.update(
        t.en
        for t in organizations().terms
        if any(t.ko.startswith(w) and t.ko[len(w) :] in _GROUP_PARTS for w in alone)
    )
    # Latin forms outside the names found (SK of SK실트론 names no SK hynix)
    rest = korean
    for a, b, _ in found:
        rest = blank(rest, (a, b))
    named.update(t.en for f, ts in by_form.items() if f in rest for t in ts)
    return named


def _listed_not_named(view: UnitView) -> tuple[int, int] | None:
    """A listed organization's proper English name (no news medium's) that neither this unit's
    Korean nor its neighbours' name: another body in the stead of an unlisted one the Korean
    gives with its acronym ('QatarEnergy' for 카타르투자청(QIA))."""
    pattern, by_form = _proper_forms()
    named: set[str] | None = None
    runs = [r.span() for r in _NAME_RUN.finditer(view.target_text)]
    for m in pattern.finditer(view.target_text):
        terms = by_form[m.group()]
        if m.group() in _media_forms() or any(t.kind == "media" for t in terms):
            continue
        if any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in runs):
            continue  # 'Red Cross' of 'International Red Cross': part of another name
        if named is None:
            named = _named_in_korean(view)
        if not any(t.en in named for t in terms):
            return m.span()
    return None


# Kinds a swap may cross: a state agency and a state-run company (한국철도기술연구원 ->
# 'Korea Railroad Corporation'), the state-run KEXIM and the listed IBK.
_PUBLIC_KINDS = frozenset({"government", "company", "organization"})


def _shared_fields(a: Term, b: Term) -> set[str]:
    """The words of what they do that the English names of ``a`` and ``b`` share (Railroad,
    Intelligence; not Korea, National, Corporation)."""
    return (_fields(a.en) & _fields(b.en)) - _GENERIC_WORDS - _CORPORATE_WORDS


def _same_kind(a: Term, b: Term) -> bool:
    """Organizations of one kind, or public bodies or companies whose English names share a
    word that says what they do (Railroad, Bank; not Korea, National)."""
    if a.kind == b.kind:
        return True
    shared = _shared_fields(a, b)
    both_banks = all("bank" in _words(t.en) for t in (a, b))
    return {a.kind, b.kind} <= _PUBLIC_KINDS and (bool(shared) or both_banks)


_CORPORATE_WORDS = frozenset({"corp", "co", "inc", "ltd", "holding", "service", "administration"})
# Words that say one line of work in other words: Korea Railroad Corp. and Busan Transportation
# Corporation both run trains; Korea Electric Power Corp. and Korea Electrical Safety
# Corporation both deal in electricity.
_LINES_OF_WORK = {
    "transport": ("railroad", "railway", "rail", "transportation", "transport", "transit", "metro"),
    "electricity": ("electric", "electrical", "electricity", "power"),
}
_FIELD_OF = {w: line for line, words in _LINES_OF_WORK.items() for w in words}


def _fields(text: str) -> set[str]:
    """:func:`_words` of ``text``, with the words of one line of work as that line's name."""
    return {_FIELD_OF.get(w, w) for w in _words(text)}


def named_pairs(view: UnitView) -> list[tuple[str, str]]:
    """(Korean, English) text of each organization the unit names on both sides, the longest
    English form found ('Ministry of Land, Infrastructure and Transport' for 국토교통부) that
    renders no other mention already (국제형사경찰기구(인터폴): the long name, then 'Interpol')."""
    out = []
    used: list[tuple[int, int]] = []
    for a, b, term in org_mentions(view):
        forms = sorted(term.accepted, key=len, reverse=True)
        spans = (span for form in forms for span in find_form(view.target_text, form))
        found = next((x for x in spans if not any(x[0] < e and s < x[1] for s, e in used)), None)
        if found is not None:
            used.append(found)
            out.append((view.source_text[a:b], view.target_text[found[0] : found[1]]))
    return out


def _named_fewer(view: UnitView, term: Term, acronym: str) -> bool:
    """The Korean names the organization (by name, or by its acronym in Latin letters outside
    the brackets) more often than the English does."""
    by_name = sum(t.en == term.en for _, _, t in org_mentions(view))
    by_acronym = len(re.findall(rf"(?<![A-Za-z(]){re.escape(acronym)}(?![A-Za-z)])",
                                view.source_text))  # fmt: skip
    return by_name + by_acronym > _times_named(view.target_text, term)


def _times_named(target: str, term: Term) -> int:
    """How many places of ``target`` give one of the organization's English names, not inside
    another listed organization's ('defense' of 'Defense Acquisition Program Administration'
    names no 국방부)."""
    mine = {span for form in term.accepted for span in find_form(target, form)}
    pattern, _ = _proper_forms()
    own = set(term.accepted)
    spans = mine | {m.span() for m in pattern.finditer(target) if m.group() not in own}
    return len(
        [s for s in mine if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    )


def rendered_org(target: str, term: Term) -> bool:
    if first_found(target, term.accepted):
        return True
    return any(
        mostly_present(target, form) or _leading_words(target, form)
        for form in term.accepted
        if " " in form
    )


def _leading_words(target: str, form: str) -> bool:
    """The first words of the name ``form``, two distinctive ones at least, one of them no word
    many names share, and no other organization's name, are in ``target`` ('HD Korea
    Shipbuilding' for HD Korea Shipbuilding & Offshore Engineering)."""
    words = form.split()
    for k in range(len(words) - 1, 1, -1):
        lead = " ".join(words[:k])
        cw = content_words(lead)
        if (
            words[k - 1].lower() in _ORG_STOP
            or len(cw) < 2
            or all(w in SHARED_NAME_WORDS for w in cw)
            or _words(lead) in _org_names()
        ):
            continue
        if find_form(target, lead):
            return True
    return False


@rule(
    "MT711",
    "organization-missing",
    "Accuracy/Omission",
    Severity.MINOR,
    "An organization named in the source does not appear in the English.",
    "The source names an organization from the bundled list (UN bodies, Korean ministries and "
    "agencies, parties, companies often in the news), written with or without spaces inside "
    "(유럽연합, 유럽 연합), and none of its English names or acronyms "
    "(WHO, Foreign Ministry, Ministry of Foreign Affairs...) nor most of the words of one appear "
    "in the aligned English (most words count only where no other organization stands in; "
    "the first words of its name, two distinctive ones at least, count too: 'HD Korea "
    "Shipbuilding' for HD Korea Shipbuilding & Offshore Engineering). "
    "Paraphrase is common, so the confidence is modest; lower still when "
    "a generic noun ('the ministry') may stand in. A capitalized name in the English that shares "
    "a word (not a generic one such as party or committee) with the organization's English name "
    "without being it or a short form of it is the name translated word by word ('People's "
    f"Strength' for 국민의힘, 'Fair Trading Committee'): shown at {LITERAL_CONFIDENCE}. "
    "Another listed organization of the same kind in its stead, whose name neither this "
    "sentence's Korean nor its neighbours' give ('Financial Supervisory Service' for "
    f"금융위원회), is a swap: major, at {SWAP_CONFIDENCE}. A capitalized name no list has "
    "that ends in the organization's head noun (Committee, Party, Ministry, Agency, Court, "
    "Council) and shares no other word with its names or with the sentence's other "
    "organizations', where the Korean names no other body with that head (녹색당 beside 노동당), "
    "is another body in its place ('Administration and Autonomy Committee' for "
    f"예산결산특별위원회): major, at {UNLISTED_SWAP_CONFIDENCE}. "
    "A short form found only inside another listed affiliate's name the Korean does not give "
    "('Hanwha' of 'Hanwha Ocean' for 한화에어로스페이스) is that swap too. "
    "Organizations followed by an acronym in parentheses are checked by MT712 instead. A "
    "ministry no list has, named by portfolio nouns and 부 (성 for Japan's: 베트남 산업무역부, "
    "일본 후생노동성), whose portfolio the English leaves out while naming a ministry by "
    "another portfolio the Korean does not mention ('deputy minister of planning and "
    f"investment' for 산업무역부 차관) is a swap at {PORTFOLIO_SWAP_CONFIDENCE}.",
    (
        Example(
            "통일부는 성명을 냈다.", "The government issued a statement.", "Unification Ministry"
        ),
    ),
)
def organization_missing(view: UnitView) -> Iterator[Hit]:
    target = view.target_text
    if not target.strip():
        return
    seen: set[str] = set()
    claimed: list[tuple[int, int]] = []  # English spans that render an earlier organization
    mentions = org_mentions(view)
    for a, b, term in mentions:
        if term.en in seen:
            continue
        acronym = PAREN_ACRONYM.match(view.source_text, b)
        if acronym is not None:
            # its acronym is MT712's; but another body's full name beside its own acronym
            # ('Busan Port Authority (IPA)' for 인천항만공사(IPA)) is a swap
            names = [f for f in term.accepted if " " in f]
            kept = find_form(target, acronym.group(1))
            swapped = other_org(view, term) if names and kept else None
            if swapped is not None and first_found(target, names) is None:
                seen.add(term.en)
                yield _swap_hit(term, swapped, (a, b), view)
            continue
        seen.add(term.en)
        spans = [span for form in term.accepted for span in find_form(target, form)]
        found = first_found(target, term.accepted)
        if spans and all(any(x < d and c < y for c, d in claimed) for x, y in spans):
            found = None  # 'the foreign ministry' renders 외교부, not 외무성 beside it too
        claimed.extend(spans)
        if found is not None:
            inside = _only_inside_other(view, term)
            if inside is not None:  # 'Hanwha' of 'Hanwha Ocean' for 한화에어로스페이스
                yield _swap_hit(term, inside, (a, b), view)
                continue
            if found[2].islower() and not term.en.islower():  # only 'defense' for 국방부
                swapped = other_org(view, term)  # and 'Foreign Ministry' in its stead
                if swapped is not None:
                    yield _swap_hit(term, swapped, (a, b), view)
                    continue
            times = sum(t.en == term.en for _, _, t in mentions)
            if times > 1 and _times_named(target, term) < times:
                # named twice in the Korean, once in the English, and another body the Korean
                # does not name stands in ('Abu Dhabi Investment Authority' ... 'Mubadala's')
                swapped = other_org(view, term)
                if swapped is not None:
                    yield _swap_hit(term, swapped, (a, b), view)
            continue
        swapped = other_org(view, term)
        # the other bodies the English does not name already, apart from the substitute (NMC is
        # 'National Medical Center'; 'intelligence agency' inside 'Defense Intelligence Agency'
        # names no 국정원)
        others = [
            t
            for _, _, t in mentions
            if t is not term and (swapped is None or not _named_apart(target, t, swapped[0]))
        ]
        if swapped is not None and _fits_another(term, swapped[1], others):
            swapped = None  # 'the ministry' for 외교부; the Defense Intelligence Agency is 국정원's
        if swapped is None and rendered_org(target, term):
            continue  # most words of the name, and no other organization in its stead
        if swapped is not None:  # 금융위원회 -> 'Financial Supervisory Service'
            yield _swap_hit(term, swapped, (a, b), view)
            continue
        # 'the ministry's Energy Policy Office' for 산업부 에너지정책실장: the ministry named by
        # its head noun, the name after it another body's (of the title), no name of its making
        literal = None if _the_head_noun(target, term) else _literal_name(target, term)
        if literal is not None:  # 국민의힘 -> "People's Strength": a name of its own making
            got = target[literal[0] : literal[1]]
            yield Hit(
                f"organization {term.ko} appears as {got!r}, not its English name ({term.en})",
                source=(a, b),
                target=literal,
                suggestion=term.en,
                confidence=LITERAL_CONFIDENCE,
            )
            continue
        unlisted = _unlisted_other(view, (a, b), term, [t for _, _, t in mentions if t is not term])
        if unlisted is not None:  # 예산결산특별위원회 -> 'Administration and Autonomy Committee'
            got = target[unlisted[0] : unlisted[1]]
            yield Hit(
                f"organization {term.ko} ({term.en}) is not mentioned in the English; "
                f"{got!r}, another body of its kind, stands in its place",
                source=(a, b),
                target=unlisted,
                suggestion=term.en,
                confidence=UNLISTED_SWAP_CONFIDENCE,
                severity=Severity.MAJOR,
            )
            continue
        generic = next(
            (g for g in GENERIC_ORG if g in term.en.lower() and find_form(target, g)), ""
        )
        yield Hit(
            f"organization {term.ko} ({term.en}) is not mentioned in the English"
            + (f"; '{generic}' may stand in for it" if generic else ""),
            source=(a, b),
            suggestion=term.en,
            confidence=0.25 if generic else 0.45,
        )
    # a ministry no list has, by its portfolio (베트남 산업무역부 -> 'planning and investment')
    yield from portfolio_swaps(view.source_text, target, [(a, b) for a, b, _ in mentions])


# A company written in Latin letters in the Korean, a listed one in its stead in the English
LATIN_SWAP_CONFIDENCE = 0.6


@rule(
    "MT712",
    "acronym-mismatch",
    "Accuracy/Mistranslation",
    Severity.MAJOR,
    "An acronym given in parentheses in the source is neither in the English nor spelled out.",
    "Korean news introduces an organization with its acronym in parentheses (세계보건기구(WHO)). "
    "The English must contain that acronym (case-sensitive), the organization's known English "
    "name, or a run of words whose initials spell the acronym. A different acronym in its place "
    "(WTO for WHO) is flagged this way too; another listed organization of the same kind that "
    "the Korean does not name ('International Energy Agency (IEA)' for 국제원자력기구(IAEA)) is "
    f"a swap: major, at {SWAP_CONFIDENCE}. For an unlisted organization (카타르투자청(QIA)) the "
    "acronym's absence is shown at 0.6 where a name with an acronym of its own, or a listed "
    "organization's name that is part of no longer name, stands in the English and the Korean "
    "does not name it ('QatarEnergy'); at 0.4 otherwise. A listed one whose English is missing "
    "is shown at 0.6 with the name of two words or more and an acronym of its own the Korean "
    "does not give as the span ('Korea International Cooperation Agency (KOICA)' for "
    "대한무역투자진흥공사(KOTRA)). Public bodies in one line of work are of one kind (Korea "
    "Railroad Corp. for 부산교통공사). A name the Korean writes in Latin "
    "letters on its own "
    "(LS MnM) that the English lacks, where the English names a listed company the Korean does "
    f"not ('Korea Zinc'), is a swap too, at {LATIN_SWAP_CONFIDENCE}. So is an acronym the "
    "English gives fewer times than the Korean names the organization, with another listed "
    "organization the Korean does not name beside it ('Korea International Trade Association "
    "(KITA) ... KOTRA's office' for two mentions of KOTRA).",
    (
        Example("세계보건기구(WHO)는 경고했다.", "The WTO warned.", "WHO became WTO"),
        Example("국가정보원(NIS)은 밝혔다.", "The spy agency said.", "low: paraphrase"),
    ),
)
def acronym_mismatch(view: UnitView) -> Iterator[Hit]:
    target = view.target_text
    if not target.strip():
        return
    orgs = {b: (a, t) for a, b, t in organizations().find(view.source_text, view.source_tokens)}
    for m in PAREN_ACRONYM.finditer(view.source_text):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        org = orgs.get(m.start())
        if find_form(target, acronym):
            swapped = (
                other_org(view, org[1]) if org and _named_fewer(view, org[1], acronym) else None
            )
            if org and swapped is not None:  # KOTRA twice in the Korean, 'KITA ... KOTRA's'
                yield _swap_hit(org[1], swapped, (org[0], m.end()), view)
            continue
        if org and any(" " in f and find_form(target, f) for f in org[1].accepted):
            continue  # its whole English name, whatever other body stands beside it
        swapped = other_org(view, org[1]) if org else None
        if org and swapped is None and rendered_org(target, org[1]):
            continue  # most words of the name, and no other organization in its stead
        if org and swapped is not None:  # IAEA -> 'International Energy Agency (IEA)'
            yield _swap_hit(org[1], swapped, (org[0], m.end()), view)
            continue
        # another body with an acronym of its own in its place ('Korea International
        # Cooperation Agency (KOICA)' for 대한무역투자진흥공사(KOTRA))
        instead = _other_acronym(view, orgs) or (_listed_not_named(view) if not org else None)
        spelled = expands(target, acronym)
        if spelled and not (instead and spelled[0] < instead[1] and instead[0] < spelled[1]):
            continue  # spelled out, and not by a name with an acronym of its own (KPGA for KLPGA)
        start = org[0] if org else m.start(1)
        yield Hit(
            f"acronym {acronym} is neither in the English nor spelled out"
            + (f" ({org[1].en})" if org else "")
            + (f"; {target[instead[0] : instead[1]]!r} stands in" if instead else ""),
            source=(start, m.end()),
            target=instead,
            suggestion=acronym if not org else f"{org[1].en} ({acronym})",
            confidence=0.6 if org or instead else 0.4,
            severity=None if org or instead else Severity.MINOR,
        )
    yield from _latin_swapped(view)


_EN_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&]{1,9})\)")
# A name the Korean writes in Latin letters on its own (LS MnM 제련소, 국영 전력공사 PGE와): not
# in brackets, nor glued to Hangul that is not a particle (LG에너지솔루션).
_LATIN_NAME = re.compile(
    r"(?<![A-Za-z0-9(&.-])([A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9&]*(?: [A-Z][A-Za-z0-9&]+)*)"
    r"(?![A-Za-z0-9&)])(?=[^가-힣]|$|[와과의는은가이를을도에로](?:[^가-힣]|$))"
)


def _latin_swapped(view: UnitView) -> Iterator[Hit]:
    """A company the Korean writes in Latin letters that the English lacks, where the English
    names a listed company the Korean does not: the one given in its stead ('Korea Zinc' for
    LS MnM)."""
    target = view.target_text
    for m in _LATIN_NAME.finditer(view.source_text):
        name = m.group(1)
        if len(name) < 2 or find_form(target, name) or expands(target, name):
            continue
        stand_in = other_org(view, Term(name, name, kind="company"))
        if stand_in is None:
            continue
        span, other = stand_in
        yield Hit(
            f"{name} appears to be rendered as {target[span[0] : span[1]]!r} ({other.ko}), an "
            "organization the Korean does not name",
            source=m.span(1),
            target=span,
            suggestion=name,
            confidence=LATIN_SWAP_CONFIDENCE,
        )
        return


def _other_acronym(view: UnitView, orgs: dict[int, tuple[int, Term]]) -> tuple[int, int] | None:
    """A name of two words or more with an acronym in parentheses in the English ('China
    General Nuclear Power Group (CGN)') that the Korean neither writes nor names an
    organization of: another body given in the stead of an unlisted one (중국핵공업집단(CNNC)).
    Not a dateline's agency ('BOGOTA, Colombia (CNN)')."""
    source, target = view.source_text, view.target_text
    accepted = {form for _, term in orgs.values() for form in term.accepted}
    for m in _EN_PAREN_ACRONYM.finditer(target):
        acronym = m.group(1)
        if acronym in source or acronym in accepted or acronym in _media_forms():
            continue
        run = None
        for r in _NAME_RUN.finditer(target[: m.start()]):
            run = r
        if run is None or target[run.end() : m.start()] != " " or len(run.group().split()) < 2:
            continue
        return run.start(), m.end()
    return None


@lru_cache(maxsize=1)
def _media_forms() -> frozenset[str]:
    """Every form of the listed news media (Yonhap, KCNA) and the agencies datelines cite."""
    listed = {f for t in organizations().terms if t.kind == "media" for f in t.accepted}
    return frozenset(listed | {"AP", "AFP", "CNN", "UPI", "BBC", "NHK", "CCTV", "DPA"})


def _swap_hit(
    term: Term, swapped: tuple[tuple[int, int], Term], source: tuple[int, int], view: UnitView
) -> Hit:
    span, other = swapped
    return Hit(
        f"organization {view.source_text[source[0] : source[1]]} appears to be rendered as "
        f"{view.target_text[span[0] : span[1]]!r} ({other.ko}), another organization the Korean "
        "does not name",
        source=source,
        target=span,
        suggestion=term.en,
        confidence=SWAP_CONFIDENCE,
        severity=Severity.MAJOR,
    )
