"""Korean titles of persons, their accepted English renderings and their homograph traps.

The table lives in ``src/mtqa/data/titles.tsv``. Some titles are homographs that machine
translation gets wrong: 시장 is "mayor" beside a person but "market" elsewhere, 지사 is "governor"
beside a person but "branch office" elsewhere. The ``wrong`` column lists those ordinary-word
renderings; they only count as errors when the title belongs to a person (see
:mod:`mtqa.text.ko_persons`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from mtqa.text.en_match import find_all, fold, form_regex


@dataclass(frozen=True)
class Title:
    ko: str
    en: tuple[str, ...]  # accepted renderings, lower case
    wrong: tuple[str, ...] = ()  # ordinary-word renderings of a homograph


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """The title lexicon keyed by Korean form."""
    text = resources.files("mtqa.data").joinpath("titles.tsv").read_text(encoding="utf-8")
    table: dict[str, Title] = {}
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for ln in lines[1:]:  # header
        cols = ln.split("\t") + ["", ""]
        en = _with_gender_forms(tuple(s.strip() for s in cols[1].split("|") if s.strip()))
        en = _with_abbreviations(en)
        wrong = tuple(s.strip() for s in cols[2].split("|") if s.strip())
        table[cols[0].strip()] = Title(cols[0].strip(), en, wrong)
    return {ko: _with_head_traps(t, table) for ko, t in table.items()}


# The other forms English gives a rendering named after a man ('Vice Chairwoman Jang').
_GENDER_FORMS = {
    "chairman": ("chairwoman", "chairperson"),
    "spokesman": ("spokeswoman", "spokesperson"),
    "congressman": ("congresswoman",),
}


def _with_gender_forms(en: tuple[str, ...]) -> tuple[str, ...]:
    """``en`` and, after it, each rendering with 'chairman', 'spokesman' or 'congressman' in
    its other forms, where the table lists them not."""
    extra = [
        re.sub(rf"\b{word}\b", other, form)
        for form in en
        for word, others in _GENDER_FORMS.items()
        if re.search(rf"\b{word}\b", form)
        for other in others
    ]
    return en + tuple(dict.fromkeys(e for e in extra if e not in en))


# Title words news copy abbreviates before a name ('Assistant Gov. Yoo' for assistant governor).
_ABBREVIATIONS = {
    "governor": "gov.", "representative": "rep.", "senator": "sen.", "president": "pres.",
    "secretary": "sec.", "general": "gen.", "professor": "prof.", "lieutenant": "lt.",
    "colonel": "col.", "commissioner": "commr.", "superintendent": "supt.",
}  # fmt: skip


def _with_abbreviations(forms: tuple[str, ...]) -> tuple[str, ...]:
    """``forms`` and, after them, each form of several words ending in a word news
    abbreviates, with that word abbreviated, where the table lists it not."""
    out = list(forms)
    for form in forms:
        *head, last = form.split()
        short = _ABBREVIATIONS.get(last)
        if head and short is not None:
            out.append(" ".join([*head, short]))
    return tuple(dict.fromkeys(out))


def _with_head_traps(title: Title, table: dict[str, Title]) -> Title:
    """``title`` with the ordinary-word renderings of the title it ends with, where it lists
    none of its own: 경제부시장 is no 'vice market' either (부시장's 'market')."""
    if title.wrong:
        return title
    heads = (table.get(title.ko[cut:]) for cut in range(1, len(title.ko) - 1))
    head = next((h for h in heads if h is not None and h.wrong), None)
    return Title(title.ko, title.en, head.wrong) if head is not None else title


def title_suffix(noun: str) -> tuple[str, Title] | None:
    """Split a compound ending in a title: ``"서울시장" -> ("서울", 시장)``; longest title wins.
    부 and a title the table lacks is its deputy (부법인장 'deputy head')."""
    table = titles()
    for cut in range(len(noun)):
        t = table.get(noun[cut:])
        if t is not None:
            if noun[:cut] == "부" and not t.ko.startswith(RANK_PREFIXES):
                return "", _deputy(t)
            return noun[:cut], t
    return None


@lru_cache(maxsize=256)
def _deputy(title: Title) -> Title:
    """The deputy of ``title`` (부 + 법인장): 'deputy' and 'vice' before its renderings."""
    en = [f"{rank} {form}" for form in title.en for rank in ("deputy", "vice")]
    return Title("부" + title.ko, tuple(en), ())


# Rank words that English puts before a portfolio inside a title: "Vice Foreign Minister",
# "Deputy Finance Minister", "Assistant Defense Secretary" render "vice minister" etc.
RANKS = frozenset({"vice", "deputy", "assistant", "under", "first", "senior", "chief"})


def find_renderings(title: Title, en_text: str) -> list[tuple[int, int]]:
    """Spans of any accepted English rendering of ``title`` in ``en_text``; a two-word rendering
    led by a rank word also with one or two capitalized words inside ("Vice Foreign Minister"
    for "vice minister")."""
    spans: list[tuple[int, int]] = []
    for form in title.en:
        spans.extend(find_all(en_text, form))
        parts = form.split()
        if len(parts) == 2 and parts[0] in RANKS:
            spans.extend(
                m.span()
                for m in _split_rank(parts[0], parts[1]).finditer(en_text)
                if not _another_office_form(title, m.group())
            )
    if not spans:
        return []
    deputy = {s for s in spans if _after_deputy_rank(title, en_text, s[0])}
    return sorted(set(spans) - _inside_other_titles(title, en_text, spans) - deputy)


# Rank words of a deputy's office ('Deputy Energy Minister' is no minister's title).
DEPUTY_RANKS = ("vice", "deputy", "assistant", "under")
_DEPUTY_RANK = re.compile(rf"\b((?i:{'|'.join(DEPUTY_RANKS)}))\s+(?:[A-Z][\w.\-]*\s+){{1,2}}$")


def _after_deputy_rank(title: Title, en_text: str, start: int) -> bool:
    """A deputy's rank word stands before the rendering with a portfolio between ('Deputy
    Energy Minister': no 'minister' of 장관), and no rendering of the title has that rank."""
    m = _DEPUTY_RANK.search(en_text, max(0, start - 40), start)
    if m is None:
        return False
    rank = m.group(1).lower()
    return not any(form.split()[0] == rank for form in title.en)


_STATUS = re.compile(r"\b(?:former|ex|acting|interim|elect)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _any_rendering() -> re.Pattern[str]:
    """Every accepted rendering of every title, longest first, on word boundaries (folded;
    spaces and hyphens between parts alike, as :func:`find_all` reads them). Renderings with
    a status ('former president', 'president-elect') are left out: the status keeps the
    office."""
    forms = sorted(
        {f for t in titles().values() for f in t.en if not _STATUS.search(f)},
        key=len,
        reverse=True,
    )
    alt = "|".join(form_regex(f) for f in forms)
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])")


@lru_cache(maxsize=256)
def _renderings_in(en_text: str) -> tuple[tuple[tuple[int, int], str], ...]:
    """Every title rendering in ``en_text`` (span, squashed form), longest first: scanned once
    per text, though each title's :func:`find_renderings` asks."""
    return tuple((m.span(), _squash(m.group())) for m in _any_rendering().finditer(fold(en_text)))


def _inside_other_titles(
    title: Title, en_text: str, spans: list[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The ``spans`` that lie inside a longer rendering of another office and not of this
    title: 'Chairman' in 'Vice Chairman' (부회장) renders no 회장, 'Governor' in
    'Governor-General' (총독) no 주지사. A portfolio of the same office ('Foreign Minister',
    외교장관, for 장관) is no other office."""
    own = {_squash(f) for f in title.en}
    by_form = _titles_by_form()
    longer = [
        span
        for span, form in _renderings_in(en_text)
        if form not in own
        and span not in spans
        and not all(_same_office(t, title) for t in by_form.get(form, ()))
    ]
    return {
        (s, e) for s, e in spans if any(a <= s and e <= b and (a, b) != (s, e) for a, b in longer)
    }


# Korean prefixes that make another office of a title (부회장, 수석부의장), not a portfolio.
RANK_PREFIXES = ("부", "副", "수석", "차")


# Japan's ministers in Korean news: 외무상, 방위상 are 장관 with a portfolio before them.
_MINISTER_SUFFIXES = {"장관": "상"}
# Offices of a minister's rank under another name: the trade minister (통상교섭본부장), China's
# and Taiwan's ministers (외교부장).
_MINISTER_LEVEL = {
    "장관": frozenset({"통상교섭본부장", "외교부장", "국방부장", "상무부장", "재정부장"})
}


def _same_office(other: Title, title: Title) -> bool:
    """``other`` is ``title`` with a portfolio or body before it (외교장관, 서울시장; 외무상 for
    장관)."""
    ko = other.ko.replace(" ", "")
    base = title.ko.replace(" ", "")
    if ko in _MINISTER_LEVEL.get(base, ()):
        return True
    for end in (base, _MINISTER_SUFFIXES.get(base)):
        if end and len(ko) > len(end) and ko.endswith(end):
            return not ko[: -len(end)].endswith(RANK_PREFIXES)
    return ko == base


def _another_office_form(title: Title, phrase: str) -> bool:
    """``phrase`` is a listed rendering only of other offices that share no rendering with
    ``title`` ('Deputy Prime Minister', 부총리's, is no 'deputy minister' with a word inside, for
    차관; 'Vice Finance Minister', also 재무관's, which is 'vice minister' too, may be)."""
    others = _titles_by_form().get(_squash(phrase), ())
    mine = set(title.en)
    return bool(others) and not any(_same_office(t, title) or mine & set(t.en) for t in others)


def _squash(form: str) -> str:
    return re.sub(r"[\s\-]+", " ", fold(form).strip())


@lru_cache(maxsize=1)
def _titles_by_form() -> dict[str, tuple[Title, ...]]:
    out: dict[str, list[Title]] = {}
    for t in titles().values():
        for f in t.en:
            out.setdefault(_squash(f), []).append(t)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=256)
def _split_rank(rank: str, head: str) -> re.Pattern[str]:
    """``rank`` and ``head`` in any case with one or two capitalized words between them."""
    return re.compile(rf"\b(?i:{rank})\s+(?:[A-Z][\w.\-]*\s+){{1,2}}(?i:{head})\b")


# 'office' of a phrase about holding one ('since he took office', 'in office'): no rendering
# of a title at all, whatever the homograph (지사 'branch office').
_OFFICE_IDIOM = re.compile(
    r"\b(?:t[ao]ken?|took|takes|taking|assum(?:e[sd]?|ing)|le(?:ft|aves?|aving)|h[oe]ld"
    r"|holds|holding|in|into|out of|from|return(?:ed|ing|s)? to)\s+office$",
    re.I,
)


def find_wrong(title: Title, en_text: str) -> list[tuple[int, int]]:
    """Spans of the homograph's ordinary-word renderings in ``en_text``, and of the title
    merely romanized ('Jisa' for 지사, 'Wiwonjang' for 위원장)."""
    spans: list[tuple[int, int]] = []
    for form in title.wrong:
        spans.extend(
            (a, b) for a, b in find_all(en_text, form) if not _OFFICE_IDIOM.search(en_text, 0, b)
        )
    romanized = _romanized(title)
    if romanized is not None:
        spans.extend(m.span() for m in romanized.finditer(en_text))
    return sorted(set(spans))


def romanizes(title: Title, word: str) -> bool:
    """``word`` is the title merely romanized ('Jang-gwan' for 장관)."""
    pattern = _romanized(title)
    return pattern is not None and pattern.fullmatch(word) is not None


# Titles whose ordinary-word renderings misread their parts (본부장 'headquarters' of 본부), or
# whose other sense heads no compound (국장 'state funeral'; 조사조정국장 is a director): they
# read as titles after any noun, as other titles do.
_MISREAD_ONLY = ("본부장", "국장")


def homograph(title: Title) -> bool:
    """The Korean title is also an ordinary word (시장 'market', 지사 'branch office'), so that
    after a common noun it is that word (부동산시장); 본부장 ('headquarters' is a misreading)
    and 국장 are not."""
    return bool(title.wrong) and not title.ko.endswith(_MISREAD_ONLY)


def has_traps(title: Title) -> bool:
    """Whether :func:`find_wrong` can find anything for ``title``."""
    return bool(title.wrong) or _romanized(title) is not None


@cache
def _romanized(title: Title) -> re.Pattern[str] | None:
    """The title's Revised Romanization as one word, syllables optionally hyphenated
    (Jisa, Ji-sa), or that of a title the compound starts with (Daepyo for 대표이사), a status
    word glued before it or not (Jeon-sijang for 전 시장), a prefix before a hyphen; None
    where that is short or an English word or name (왕 'Wang')."""
    from mtqa.lexicon.en_words import is_dictionary_word, is_name_word
    from mtqa.lexicon.romanize import is_hangul_syllable, romanize

    table = titles()
    heads = (
        [title.ko]
        + [  # 대표 of 대표이사: a title the compound starts with
            title.ko[:k] for k in range(2, len(title.ko)) if title.ko[:k] in table
        ]
        + [  # 서장 of 소방서장: a title it ends with
            title.ko[k:] for k in range(1, len(title.ko) - 1) if title.ko[k:] in table
        ]
    )
    bodies = []
    for ko in heads:
        syllables = [romanize(c) for c in ko if is_hangul_syllable(c)]
        word = "".join(syllables)
        if len(word) < 4 or is_dictionary_word(word) or is_name_word(word):
            continue
        bodies.append("-?".join(re.escape(x) for x in syllables))
    if not bodies:
        return None
    # with a status word romanized and glued before it: 'Jeon-sijang' for 전 시장 (the former),
    # or the title's own prefix romanized before a hyphen ('Yeogaek-bonbujang' for 여객본부장)
    status = r"(?:(?:jeon|hyeon|sinim|jeonim)-?|[a-z]{2,}-?)?"
    return re.compile(rf"(?<![\w-])(?i:{status}(?:{'|'.join(bodies)}))(?![\w-])")


@lru_cache(maxsize=1)
def english_title_words() -> frozenset[str]:
    """Every accepted rendering of every title (folded), for spotting a title in English."""
    return frozenset(f for t in titles().values() for f in t.en)


def renders(title: Title, phrase: str) -> bool:
    """True when ``phrase`` as a whole is an accepted rendering of ``title`` (Sen. for 상원의원)."""
    phrase = phrase.strip()
    return bool(phrase) and (0, len(phrase)) in find_renderings(title, phrase)


def join_overlaps(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, with overlapping ones joined into one."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def merged_renderings(title: Title, en_text: str) -> list[tuple[int, int]]:
    """:func:`find_renderings` with overlapping spans joined ("Sen" and "Sen." are one title)."""
    return join_overlaps(find_renderings(title, en_text))


# The English of an occupation or a position written before a name (세터 이슬기, 주장 박한솔,
# 센터 치디 오코로): no title of the table, but as much a person's as one where the English
# moves it to another ('head coach Lee' for 세터 이슬기 beside 감독 김바다).
_ROLE_RENDERINGS = {
    "세터": ("setter",),
    "센터": ("center", "centre", "middle blocker"),
    "주장": ("captain", "team captain", "skipper"),
    "골키퍼": ("goalkeeper", "keeper", "goalie"),
    "공격수": ("striker", "forward", "attacker"),
    "수비수": ("defender", "centre-back", "center-back", "fullback"),
    "미드필더": ("midfielder",),
    "투수": ("pitcher", "starter", "reliever", "closer"),
    "포수": ("catcher",),
    "타자": ("batter", "hitter", "slugger"),
    "유격수": ("shortstop",),
    "내야수": ("infielder",),
    "외야수": ("outfielder",),
    "가드": ("guard", "point guard", "shooting guard"),
    "포워드": ("forward",),
    "골퍼": ("golfer",),
    "라이트백": ("right back", "right-back", "fullback", "full-back", "defender"),
    "레프트백": ("left back", "left-back", "fullback", "full-back", "defender"),
    "센터백": ("centre-back", "center-back", "centre back", "center back", "defender"),
    "풀백": ("fullback", "full-back", "defender"),
    "윙백": ("wingback", "wing-back", "defender"),
    "윙어": ("winger",),
    "피벗": ("pivot", "line player"),
    "리베로": ("libero",),
    "아포짓": ("opposite", "opposite hitter", "opposite spiker"),
    "미들블로커": ("middle blocker", "center", "centre"),
    "스트라이커": ("striker", "forward"),
    "플레이메이커": ("playmaker", "midfielder"),
    "포인트가드": ("point guard", "guard"),
    "지명타자": ("designated hitter", "dh", "hitter"),
    "선발투수": ("starting pitcher", "starter", "pitcher"),
    "마무리투수": ("closer", "reliever", "pitcher"),
    "아웃사이드히터": ("outside hitter", "wing spiker", "spiker"),
    "레프트윙": ("left wing", "left winger", "winger"),
    "라이트윙": ("right wing", "right winger", "winger"),
    "골잡이": ("striker", "scorer", "goal scorer", "forward"),
    "수문장": ("goalkeeper", "keeper", "goalie"),
    "골리": ("goalie", "goaltender", "netminder", "goalkeeper", "keeper"),
}


def role_title(source: str, start: int) -> Title | None:
    """The occupation one space before the name at ``start`` in the Korean ``source`` as a
    title (세터 -> 'setter'; 감독 and 선수 as the table has them), if it is one."""
    if not source[:start].endswith(" "):
        return None
    role = last_word(source[:start])
    if role in _ROLE_RENDERINGS:
        return Title(role, _ROLE_RENDERINGS[role])
    return titles().get(role)


def last_word(text: str) -> str:
    """The last space-separated word of ``text`` without the quote or bracket that opens it
    ("포수 of '"포수 ', 부장검사 of '(부장검사 '); empty where there is none."""
    words = text.split()
    return re.split(r"[\"'“‘(「『\[]", words[-1])[-1] if words else ""


@lru_cache(maxsize=1)
def english_title_word_set() -> frozenset[str]:
    """Every word of every title's renderings (vice, minister, officer...)."""
    return frozenset(w for form in english_title_words() for w in form.split())
