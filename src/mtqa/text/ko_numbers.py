"""Numeric expressions in Korean text: values, kinds and character spans.

Handles Arabic digits (``25,000``, ``3.5``), Korean digit units mixed with digits or Sino-Korean
numerals (``2만5천`` = 25,000, ``1억2천만`` = 120,000,000, ``1조2000억``, ``천만 원``, ``십여 명``),
native numerals before a counter (``세 명``, ``두 차례``, ``두 번째``), percentages and
percentage points, currencies, years, months, days, times (``오후 3시``), ordinals (``제28차``,
``3위``), ranges (``1∼3일``, ``10~20%``) and approximations (``약``, ``300여 명``).

Regular expressions rather than kiwipiepy tokens: kiwi splits ``2만5천`` and ``1억2천만`` into
several tokens whose grouping would have to be rebuilt anyway, and a character scan is ~50x
faster than tagging. Relative words (``지난해``, ``다음 달``) carry no number and yield nothing;
``다음 달 12일`` yields the day 12 that is written.

:class:`NumExpr` is shared with :mod:`mtqa.text.en_numbers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from mtqa.text.korean import morphemes

Kind = Literal["cardinal", "percent", "points", "money", "year", "month", "day", "ordinal", "time"]


@dataclass(frozen=True)
class NumExpr:
    """One numeric expression: span in the analysed text, value and what it counts."""

    start: int
    end: int
    text: str
    value: float
    kind: Kind = "cardinal"
    currency: str | None = None  # ISO code ("KRW", "USD", "EUR", "JPY", "CNY", "GBP") or "cent"
    approx: bool = False  # 약 / 여 / about / more than ...
    word: bool = False  # written as a word (세 명, three) rather than digits
    implicit: bool = False  # implies a value without being a numeral (twice, both, dozen, half)
    code: bool = False  # part of a name or code (G20, COVID-19, 코로나19, 6·25)
    sig: int = 0  # significant digits as written (0: unknown / word)
    bound: bool = False  # 제N glued to a noun (제2금융권, 제3자, 제2차관), often an idiom, or a
    # division's number (형사11부), often left out
    only: bool = False  # 승점 3만 추가하면: 만 may be the particle 'only' (3, not 30,000)


def significant_digits(literal: str) -> int:
    """Significant digits of a written numeral: ``25,000`` -> 2, ``1.20`` -> 3, ``300`` -> 1."""
    digits = literal.replace(",", "")
    if "." in digits:
        return len(digits.replace(".", "").lstrip("0")) or 1
    return len(digits.lstrip("0").rstrip("0")) or 1


_DIG = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?")
_SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_SMALL = {"십": 10, "백": 100, "천": 1000}
_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
# A rank or match right after a group's number (1조 3위, 2조 1등, 2조 3차전): 조 there is a
# group, no trillion.
_GROUP_RANK = re.compile(r"\s?\d{1,2}\s?(?:위|등|차전|경기)")
_HANGUL = re.compile(r"[가-힣]")
_NATIVE_ONES = {
    "한": 1, "두": 2, "세": 3, "석": 3, "서": 3, "네": 4, "넉": 4, "너": 4, "다섯": 5,
    "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
}  # fmt: skip
_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20}
_COUNTERS = (
    "명|사람|개국|개월|개|차례|번째|번|가지|마리|대|권|살|곳|군데|척|채|장|잔|벌|그루|송이|"
    "자루|통|분|건|달|해|시간|주일|주|쌍|편|발|배|층|종|타|아이|자녀|아들|딸|"
    "게임|세트|경기|골|홀|이닝|라운드|계단"  # 세 게임, 두 세트, 두 골, 두 이닝, 6계단
)
_GLUED_COUNTERS = {"번째", "번", "차례", "가지"}  # 두번, 세가지: common without a space
_ONES = "|".join(sorted(_NATIVE_ONES, key=len, reverse=True))
_NATIVE_RE = re.compile(
    r"(?<![가-힣0-9])(?:(?P<t>열|스물|스무)\s?)?(?P<w>" + _ONES + r")?"
    r"(?P<sp>\s?)(?P<c>" + _COUNTERS + r")"
)
_ORD_FIRST = re.compile(r"(?<![가-힣])첫\s?번째")
# Native numbers standing alone after a noun, a particle or nothing after them (아이 둘을, 자녀
# 셋과); not 하나 ('but', 'one of'), nor inside words (둘레, 셋째), nor 둘 of 두다 (둘 수 있다).
_ALONE = {"둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
# Native ordinals of one word: those numbers and 째 (셋째 주 'the third week', 둘째 아들 'second
# son'), with 첫째 and 열째.
_NATIVE_ORDINALS = {"첫": 1, **_ALONE, "열": 10}
_NATIVE_ORDINAL = re.compile(
    r"(?<![가-힣])(" + "|".join(_NATIVE_ORDINALS) + r")째(?=[\s,.)]|$|[이가을를은는의에도와과로])"
)
_NATIVE_ALONE = re.compile(
    r"(?<=[가-힣] )(둘|셋|넷|다섯|여섯|일곱|여덟|아홉)"
    r"(?=(?:을|를|이|은|는|과|와|도|뿐|씩)?(?:\s|$|[,.]))"
    r"(?!\s(?:수|것|만|때|곳|데|줄|지|경우)(?![가-힣]))"  # 둘 수 있다: the verb 두다
)
# Days counted by native words: 이틀 'two days', 나흘째 'the fourth day' (하루 is one: never
# required; 보름 half a month).
_DAY_COUNTS = {
    "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "여드레": 8, "아흐레": 9,
    "열흘": 10, "보름": 15,
}  # fmt: skip
_DAY_COUNT = re.compile(
    r"(?<![가-힣])("
    + "|".join(_DAY_COUNTS)
    + r")(째)?(?=\s|$|[,.)가간과까는도동로를만부씩에여와은의이인])"
)
# Hangul syllables a particle or a continuation of a counter/unit may start with (다: 세 번째다).
_PARTICLE = set("이가을를은는의에도와과로만씩째께뿐까부간동으며엔쯤여짜어대선내밖다")
_CURRENCIES = (
    ("미\\s?달러|달러", "USD"),
    ("유로", "EUR"),
    ("위안", "CNY"),
    ("엔(?![진트])", "JPY"),
    ("파운드", "GBP"),
    ("센트", "cent"),
    ("원(?![인칙장자래전소생형리본주천유작숭래정])", "KRW"),  # 오만 원정: an away game in Oman
)
_SUFFIXES: tuple[tuple[re.Pattern[str], str, str | None], ...] = tuple(
    (re.compile(p), k, c)
    for p, k, c in (
        (r"(?:%|퍼센트|프로)\s?포인트|%[pP]", "points", None),
        # 프로 'percent' before a particle or no Hangul; 프로농구, 프로그램 are other words
        (
            r"%|퍼센트|프로(?![가-힣])|프로(?=가|는|를|로|에|의|도|만|와|씩|대|까지|부터|나|라|"
            r"보다|밖에|가량|정도|안팎|쯤|선)",
            "percent",
            None,
        ),
        (r"포인트", "points", None),
        *((p, "money", c) for p, c in _CURRENCIES),
        (r"개월", "cardinal", None),
        (r"년대", "year", None),
        (r"년", "year", None),
        (r"월", "month", None),
        (r"일(?![본])", "day", None),
        (r"시(?![간즌장민청설리도각])", "time", None),
        (r"번째", "ordinal", None),
        (r"번\s?시드", "ordinal", None),  # 12번 시드 'the 12th seed'
        (r"(?:승|골|세이브|홈런|도움)째", "ordinal", None),  # 시즌 2승째 'her second win'
        # 2회전 'the second round' of a tournament; not 4회전 점프 (a quad jump), 3회전 반
        (r"회전(?!\s?(?:반|점프|수|율|력|속|축|근|문|의자|초밥|목마|[자기]))", "ordinal", None),
        (r"주년|주기(?![적])", "ordinal", None),  # 10주년 'the 10th anniversary', 3주기
        (r"분기", "ordinal", None),  # 3분기 'the third quarter', Q3
        (r"라운드", "ordinal", None),  # 21라운드 'Round 21', 최종 4라운드 'the final round
        (r"차(?![례량관종])", "ordinal", None),
        (r"순위", "ordinal", None),  # 전체 17순위 'the 17th overall pick'
        (r"위(?![원])", "ordinal", None),
        (r"등(?![급])", "ordinal", None),
    )
)
_ORD_AFTER_JE = re.compile(r"\s?(?:차(?!관)|조|회|호|항|장|기|대|위|권|편|부|회차)?")
_TIME_PREFIX = re.compile(r"(오전|오후|새벽|아침|낮|저녁|밤)\s?$")
_APPROX_BEFORE = re.compile(r"(?:약|대략|최소|최대|거의|어림잡아|줄잡아)\s?$")
_APPROX_AFTER = re.compile(r"\s?(?:여|가량|정도|안팎|쯤|남짓|이상|넘|미만|내외|이하|초과|수준)")
_MINUTES = re.compile(r"\s?(?:(\d{1,2})분|(반))")
MEASURE_WORDS = (
    r"미터|m\b|km|킬로미터|킬로그램|킬로|마일|피트|인치|센티미터|센티|cm|mm|kg|그램|톤|t(?![A-Za-z])|에이커|"
    r"헥타르|야드|도\b|°|℃|평"
)
_MEASURE = re.compile(r"\s?(?:" + MEASURE_WORDS + r")")
_CLOCK = re.compile(r"([01]?\d|2[0-4]):([0-5]\d)(?![\d.])")
CLOCK_ZONES = ("GMT", "UTC", "BST", "KST", "EST", "ET")
# 오전 10시(0200 GMT): a 24-hour time written as four digits before a time zone.
_ZONED = re.compile(r"(\d{4})(?=\s?(?:" + "|".join(CLOCK_ZONES) + r")\b)")
# 13초04, 2분21초456: a race time in seconds and hundredths or thousandths (13.04 seconds); 2m32,
# 65m48: a jump or throw in metres and centimetres (2.32 m).
_SPLIT_SECONDS = re.compile(r"(\d{1,3})(?:초|m)(\d{2,3})(?![\dA-Za-z㎝])")
_AFTER_MINUTES = re.compile(r"\d분\s?$")
_FRACTION = re.compile(r"(\d+)\s?분의\s?(\d+)")
_RANGE = re.compile(r"\s?[~∼〜\-–]\s?")
_FULL_AGE = re.compile(r"만\s+\d{1,3}\s?(?:세\s?)?(?:[~∼〜-]\s?\d{1,3}\s?)?(?:세|살)")
_JEON = re.compile(r"(\d{1,2})전")
# What 오만 counts when it is 50,000 (오만 명, 오만 원), not the country Oman.
_OMAN_COUNTED = re.compile(r"\s?(?:명|원(?!정)|달러|개|톤|가구|대|마리)")
_VAGUE_BEFORE = re.compile(r"(?:수|몇|여러|십수|수십|수백|수천)\s?$")


def _chain(text: str, i: int) -> tuple[int, float, str, bool, bool] | None:
    """Parse a number like ``2만5천`` at ``i``: (end, value, leading literal, units?, approx?)."""
    n = len(text)
    total = section = 0.0
    current: float | None = None
    lead = ""
    j = i
    end = i
    units = approx = False
    while j < n:
        m = _DIG.match(text, j) if current is None else None
        if m and m.end() + 1 < n and text[m.end()] == " " and _spaced_unit(text, m.end() + 1):
            current = float(m.group().replace(",", ""))
            lead = lead or m.group()
            j = m.end() + 1
            continue
        if m:
            current = float(m.group().replace(",", ""))
            lead = lead or m.group()
            j = end = m.end()
            continue
        ch = text[j]
        nxt = text[j + 1] if j + 1 < n else ""
        if ch in _SINO and current is None and (nxt in _SMALL or nxt in _BIG):
            current = float(_SINO[ch])
            j += 1
            continue
        if ch in _SMALL:
            section += (1.0 if current is None else current) * _SMALL[ch]
            current = None
            units = True
            j = end = j + 1
            if j + 1 < n and text[j] == " ":
                m2 = _DIG.match(text, j + 1)
                if m2 and m2.end() < n and text[m2.end()] in "십백천만억":
                    j += 1
            continue
        if ch == "여" and nxt in _BIG and (current is not None or section):
            approx = True
            j += 1
            continue
        if ch in _BIG:
            if ch == "조" and current is None and not section and not total:
                return None  # B조 1위 'first in the group': 조 alone starts no number
            if ch == "조" and not section and not total and _GROUP_RANK.match(text, j + 1):
                return None  # 1조 3위: third in heat 1, no 1 trillion and 3
            section += current or 0.0
            total += (section or 1.0) * _BIG[ch]
            section, current, units = 0.0, None, True
            j = end = j + 1
            if j + 1 < n and text[j] == " ":
                m2 = _DIG.match(text, j + 1)
                if m2 and (
                    m2.end() < n
                    and text[m2.end()] in "천백만억십"
                    or _spaced_unit(text, m2.end() + 1)
                    or float(m2.group().replace(",", "")) < _BIG[ch]
                ):
                    j += 1
            continue
        break
    if end == i:
        return None
    return end, total + section + (current or 0.0), lead, units, approx


def _sino_ok(text: str, i: int, end: int) -> bool:
    """A chain of Sino-Korean numerals only (천만, 십여, 백) counts where a counter follows it."""
    chain = text[i:end]
    if "조" in chain or _VAGUE_BEFORE.search(text[max(0, i - 3) : i]):
        return False  # 조 alone is too ambiguous (조사, 구조, 조명)
    if text[end : end + 1] == "여":
        return True
    if text[end : end + 1] != " " and len(chain) < 2:
        return False  # 십대, 백지: words
    k = end + 1 if text[end : end + 1] == " " else end
    return bool(_SUFFIX_START.match(text, k) or _NOUN_AFTER.match(text, k))


def _spaced_unit(text: str, k: int) -> bool:
    """``22 억``: a unit after a space, itself followed by a unit, space, digit or currency."""
    if k >= len(text) or text[k] not in "십백천만억조" or text[k - 1] != " ":
        return False
    nxt = text[k + 1 : k + 2]
    return nxt in ("", " ") or nxt in "십백천만억조여" or nxt.isdigit() or not _HANGUL.match(nxt)


# After digits also sports counts (10호 골 'his 10th goal', 3승 2패, 2골, 6언더파) and counters
# seldom written after a native number: no longer word.
_COUNTER_AT = re.compile(
    r"(?:"
    + _COUNTERS
    + r"|호|골|승|패|연승|연패|연속|경기|타점|안타|세트|라운드|언더파|오버파"
    + r"|시즌|점|이닝|홀|홈런|득점|실점|도루|타수|회초|회말"  # 6회말 'the bottom of the sixth'
    + r"|량|칸|문|곡|필지|가구)"  # 3량 'three cars', 포 3문 'three guns', 2필지 'two lots'
)


def counted(text: str, j: int) -> bool:
    """A counter that ends a word follows at ``j`` (2발을 'two missiles', 3척, 2명): the digits
    count things, they are no part of a longer word (2인조, 2학년)."""
    m = _COUNTER_AT.match(text, j)
    return m is not None and _word_end_ok(text, m.end())


def _je_before(text: str, i: int) -> bool:
    """The ordinal prefix 제 stands right before ``i`` (a space between allowed), as a word of
    its own: 제28차, 제 3조; not the last syllable of 축제 in '축제 21만명'."""
    j = i - 1 if text[i - 1 : i] == " " else i
    return text[j - 1 : j] == "제" and not _HANGUL.match(text[j - 2 : j - 1] or " ")


def _word_end_ok(text: str, j: int) -> bool:
    """True where position ``j`` ends a word (end, non-Hangul, or a particle follows)."""
    return j >= len(text) or not _HANGUL.match(text[j]) or text[j] in _PARTICLE


def _suffix(text: str, j: int) -> tuple[int, str, str | None]:
    """Unit after a number at ``j``: (end, kind, currency); kind 'cardinal' when none."""
    k = j + 1 if j < len(text) and text[j] == " " else j
    for pat, kind, cur in _SUFFIXES:
        m = pat.match(text, k)
        if m and (kind not in ("day", "time", "month", "year") or k == j):
            return m.end(), kind, cur
    return j, "cardinal", None


# Before a day count, not a date: 주 4일 (four days a week), 일주일에 3일, 한 달에 10일, 연 15일.
# 주, 월 and 연 stand alone (10월 4일 is a date), and not after 이번/지난/다음 (이번 주 4일).
_PER_PERIOD = re.compile(
    r"(?:(?<!이번 )(?<!지난 )(?<!다음 )(?<!오는 )(?<![가-힣\d])(?:주|월|연)"
    r"|일주일에|한\s?주에|한\s?달에|1년에|한\s?해에)\s?$"
)


_ERA_BEFORE = re.compile(r"(?:서기|기원전|기원후|BC|AD)\s?$")


def _classify(kind: Kind, value: float, text: str, end: int, start: int = 0) -> Kind:
    """Demote date/time kinds whose value or context says duration or count."""
    rest = text[end : end + 4]
    if kind == "year":
        # 서기 400년, 기원전 221년, 400년경: an early year; else under 1000 it counts years
        early = rest.startswith("경") or _ERA_BEFORE.search(text, max(0, start - 5), start)
        low = 1 if early else 1000
        return "year" if value.is_integer() and low <= value <= 2200 else "cardinal"
    if kind == "month":
        return "month" if value.is_integer() and 1 <= value <= 12 else "cardinal"
    if kind == "day":
        per_period = _PER_PERIOD.search(text, max(0, start - 6), start) is not None
        if (
            per_period
            or re.match(r"(?:간|째|\s?동안|\s?만에)", rest)
            or not (value.is_integer() and 1 <= value <= 31)
        ):
            return "cardinal"
        return "day"
    if kind == "time":
        return "time" if 0 <= value <= 24 else "cardinal"
    return kind


def is_hhmm(lit: str) -> bool:
    """``0930``: four digits that read as a 24-hour clock time."""
    return len(lit) == 4 and lit.isdigit() and int(lit[:2]) < 24 and int(lit[2:]) < 60


def hhmm_hours(lit: str) -> float:
    """``0930`` (four digits) as hours: 9.5."""
    return int(lit[:2]) + int(lit[2:]) / 60


def _division(text: str, start: int, end: int) -> bool:
    """Digits between a Hangul word and 부: a division of a court or prosecutors' office
    (형사11부), which English writes as an ordinal or leaves out."""
    before = text[max(0, start - 2) : start]
    return (
        len(before) == 2
        and bool(_HANGUL.fullmatch(before[0]))
        and bool(_HANGUL.fullmatch(before[1]))
        and text[end : end + 1] == "부"
    )


def _is_code(text: str, start: int, end: int) -> bool:
    """Digits glued to letters or written as event names (코로나19, G20, 6·25, 3.1절)."""
    before = text[start - 1] if start else " "
    before2 = text[start - 2] if start > 1 else " "
    after = text[end] if end < len(text) else " "
    if before == "#" or (before.isalpha() and before not in "제약총"):
        return True
    if before in "·ㆍ" and _dotted_name(
        text[: start - 1].rsplit(" ", 1)[-1], text[start:].split(" ", 1)[0]
    ):
        return True
    if before == "-" and before2.isalpha():
        return True
    if after.isascii() and after.isalpha():
        if text[end - 1] in "백천만억조":  # 68만 5천TEU: a written magnitude names no model
            return False
        return _LATIN_UNIT.match(text, end) is None  # 64km is a distance, G20 and 5G are names
    if after in "·ㆍ":
        return _dotted_name(text[start:end], text[end + 1 :].split(" ", 1)[0])
    return after == "절"


_LEADING_NUMBER = re.compile(r"\d+")
_TRAILING_NUMBER = re.compile(r"(\d+)$")


def _dotted_name(left: str, right: str) -> bool:
    """Numbers on both sides of a middle dot that name an event or pair small values (6·25,
    1·2위, 2024·2025): not a figure after another (파72·7천3야드, par 72, 7,003 yards)."""
    a, b = _TRAILING_NUMBER.search(left), _LEADING_NUMBER.match(right)
    if a is None or b is None:
        return True
    x, y = int(a.group(1)), int(b.group())
    years = all(len(n) == 4 for n in (a.group(1), b.group()))
    return years or (x <= 31 and y <= 31) or right[b.end() : b.end() + 1] in ("", " ")


# Units of measure Korean news glues to digits in Latin letters (64km, 12.5kg, 300MW).
_LATIN_UNIT = re.compile(
    r"(?:km|kg|cm|mm|m|t|ha|ml|kW|MW|GW|kWh|MWh|GWh|TWh|GB|TB|MB|TEU|CGT|DWT|bbl|mAh|MHz|GHz)"
    r"(?![A-Za-z])"
)


def _digit_exprs(text: str) -> list[NumExpr]:
    out: list[NumExpr] = []
    i, n = 0, len(text)
    pending: tuple[int, float, str, bool] | None = None  # range start waiting for its unit
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i else ""
        is_digit = "0" <= ch <= "9" and not (prev.isdigit() or (prev != "" and prev in ",."))
        is_sino = (ch in _SINO or ch in _SMALL or ch in _BIG) and not _HANGUL.match(prev or " ")
        if not (is_digit or is_sino):
            i += 1
            continue
        if is_sino and text.startswith("오만", i) and not _OMAN_COUNTED.match(text, i + 2):
            i += 2  # 오만 원정, 오만과: the country Oman, no 50,000
            continue
        if is_sino and _FULL_AGE.match(text, i):
            i += 1  # 만 13세 'aged 13 (full years)': 만 is no ten thousand here
            continue
        start = i
        if is_digit and _je_before(text, i):  # 제28차, 제3조 (not 축제 21만명)
            m = _DIG.match(text, i)
            assert m is not None
            je = _ORD_AFTER_JE.match(text, m.end())
            stop = je.end() if je else m.end()
            lit = m.group()
            start = text.rindex("제", 0, i)
            bound = stop == m.end() and bool(_HANGUL.match(text[stop : stop + 1] or " "))
            out.append(
                NumExpr(
                    start,
                    stop,
                    text[start:stop],
                    float(lit.replace(",", "")),
                    "ordinal",
                    sig=significant_digits(lit),
                    bound=bound and not text.startswith("의", stop),
                )  # fmt: skip
            )
            i = stop
            continue
        cm = _CLOCK.match(text, i) if is_digit else None
        if cm:
            value = int(cm.group(1)) + int(cm.group(2)) / 60
            out.append(NumExpr(i, cm.end(), cm.group(), value, "time"))
            i = cm.end()
            continue
        zm = _ZONED.match(text, i) if is_digit else None
        if zm and is_hhmm(zm.group(1)):
            lit = zm.group(1)
            out.append(NumExpr(i, zm.end(), lit, hhmm_hours(lit), "time"))
            i = zm.end()
            continue
        sm = _SPLIT_SECONDS.match(text, i) if is_digit else None
        if sm and _AFTER_MINUTES.search(text[max(0, i - 4) : i]):
            # 1분44초57: English writes 1:44.57, compared part by part (see english_numbers)
            for g in (1, 2):
                a, b = sm.span(g)
                out.append(NumExpr(a, b, sm.group(g), float(sm.group(g)), sig=b - a))
            i = sm.end()
            continue
        if sm:
            value = float(f"{sm.group(1)}.{sm.group(2)}")
            out.append(
                NumExpr(i, sm.end(), sm.group(), value, sig=len(re.sub(r"\D", "", sm.group())))
            )
            i = sm.end()
            continue
        fm = _FRACTION.match(text, i) if is_digit else None
        if fm:
            value = float(fm.group(2)) / float(fm.group(1)) if float(fm.group(1)) else 0.0
            out.append(NumExpr(i, fm.end(), fm.group(), value))
            i = fm.end()
            continue
        parsed = _chain(text, i)
        if parsed is None:
            i += 1
            continue
        end, value, lead, units, approx = parsed
        if not lead and not _sino_ok(text, i, end):
            i = end
            continue
        j = end
        if text[j : j + 1] == "여":
            approx = True
            j += 1
        if pending is None:
            rm = _RANGE.match(text, j)
            if rm and rm.end() < n and text[rm.end()].isdigit():
                pending = (start, value, lead, units)
                out.append(NumExpr(start, j, text[start:j], value))  # completed by the 2nd half
                i = rm.end()
                continue
        s_end, suffix_kind, cur = _suffix(text, j)
        kind: Kind = suffix_kind  # type: ignore[assignment]
        jeon = _JEON.match(text, s_end) if cur == "KRW" else None
        if jeon:  # 1천397원40전: an exchange rate to the hundredth of a won, 1,397.40
            value += int(jeon.group(1)) / 100
            s_end = jeon.end()
        if kind == "time" and not (_word_end_ok(text, s_end) or text[s_end : s_end + 1] in "경반"):
            s_end, kind = j, "cardinal"
        if kind == "time":
            value, s_end = _time_value(text, start, value, s_end)
        kind = _classify(kind, value, text, s_end, start)
        if kind == "cardinal" and not _word_end_ok(text, s_end) and not units:
            s_end = j  # digits glued to a word we do not know (32미터, 19개국): keep the digits
            if (
                value <= 10
                and "." not in (lead or "")  # 0.39초: a decimal is a figure, not part of a word
                and not _MEASURE.match(text, j)
                and text[j : j + 1] != "여"
                and not counted(text, j)
                and pending is None  # 1~2기: a range's second half, a count
            ):
                i = s_end  # 2인조, 2학년: a small number inside a word
                continue
        if kind == "cardinal" and not units and _dotted_time(lead, text, start):
            # 오후 5.30: a clock time written with a dot, as British English writes 5.30pm
            hours, minutes = lead.split(".")
            value, _ = _time_value(text, start, int(hours) + int(minutes) / 60, s_end)
            kind = "time"
        approx = approx or bool(_APPROX_BEFORE.search(text[max(0, start - 6) : start]))
        approx = approx or bool(_APPROX_AFTER.match(text, s_end))
        sig = significant_digits(lead) if lead and not units else 0
        # 형사11부, 반부패수사1부: a division's number ('the 11th Criminal Division'), no code
        division = bool(lead) and _division(text, start, end)
        code = bool(lead) and not division and _is_code(text, start, end)
        if kind == "time":
            tp = _TIME_PREFIX.search(text[max(0, start - 4) : start])
            if tp:
                start -= len(tp.group(0))
        only = kind == "cardinal" and _only_particle(text, lead, start, s_end)
        expr = NumExpr(start, s_end, text[start:s_end], value, kind, cur, approx, not lead,
                       code=code, sig=sig, bound=division, only=only)  # fmt: skip
        if pending is not None:
            out[-1] = _range_start(out[-1], pending, expr)
            pending = None
        out.append(expr)
        i = max(s_end, end)
    return out


_SUFFIX_START = re.compile(r"(?:%|퍼센트|포인트|달러|유로|위안|엔|파운드|원|년|개월|명|개|여|배)")
_NOUN_AFTER = re.compile(r"(?:" + _COUNTERS + r"|원|달러|명|년|가구|대|표|석)(?![가-힣])")


def _only_particle(text: str, lead: str, start: int, end: int) -> bool:
    """``3만`` whose 만 Kiwi reads as the particle 'only' (승점 3만 추가하면 'only three more
    points'), not as ten thousand (관중 3만 명)."""
    if not lead.isdigit() or len(lead) > 3 or text[start:end] != lead + "만":
        return False
    return any(t.form == "만" and t.tag == "JX" and t.start == end - 1 for t in morphemes(text))


def _dotted_time(lead: str, text: str, start: int) -> bool:
    """``5.30`` right after 오전/오후/저녁...: hours and minutes, not a decimal."""
    m = re.fullmatch(r"(\d{1,2})\.([0-5]\d)", lead)
    return bool(
        m and int(m.group(1)) <= 24 and _TIME_PREFIX.search(text[max(0, start - 4) : start])
    )


def _time_value(text: str, start: int, hours: float, end: int) -> tuple[float, int]:
    """Add minutes (``3시 30분``, ``3시 반``) and a 24-hour shift for 오후/저녁/밤."""
    m = _MINUTES.match(text, end)
    if m:
        hours += 0.5 if m.group(2) else int(m.group(1)) / 60
        end = m.end()
    tp = _TIME_PREFIX.search(text[max(0, start - 4) : start])
    if tp and tp.group(1) in ("오후", "저녁", "밤") and hours < 12:
        hours += 12
    return hours, end


def _range_start(first: NumExpr, pending: tuple[int, float, str, bool], second: NumExpr) -> NumExpr:
    """The first half of a range (``1∼3일``, ``1~2억 원``) takes the unit of the second half."""
    _, value, lead, units = pending
    scale = 1.0
    m = _DIG.match(second.text)
    if not units and m and not second.word:
        lead2 = float(m.group().replace(",", ""))
        if lead2 and second.value / lead2 >= 10:
            scale = second.value / lead2
    kind = second.kind
    if kind == "time" and value < 12 <= second.value:
        value += 12
    return replace(
        first,
        value=value * scale,
        kind=kind,
        currency=second.currency,
        approx=second.approx,
        sig=significant_digits(lead) if lead and not units else 0,
    )


_COPULA_AFTER = re.compile(r"(?:인|였|임|일)(?![가-힣])|(?:였|이었)")


def _native_exprs(text: str) -> list[NumExpr]:
    out = []
    for m in _NATIVE_RE.finditer(text):
        tens, ones, counter = m.group("t"), m.group("w"), m.group("c")
        if not (tens or ones) or not (
            _word_end_ok(text, m.end()) or _COPULA_AFTER.match(text, m.end())
        ):
            continue  # 네 번째인, 세 번째였다: the copula after the counter
        if not m.group("sp") and counter not in _GLUED_COUNTERS:
            continue  # 세대, 열대, 한해: words, not numerals
        if tens == "스무" and ones:
            continue
        kind: Kind = "ordinal" if counter == "번째" else "cardinal"
        approx = bool(_APPROX_BEFORE.search(text[max(0, m.start() - 6) : m.start()]))
        value = float(_NATIVE_TENS.get(tens or "", 0) + _NATIVE_ONES.get(ones or "", 0))
        out.append(NumExpr(m.start(), m.end(), m.group(), value, kind, approx=approx, word=True))
    for m in _ORD_FIRST.finditer(text):
        out.append(NumExpr(m.start(), m.end(), m.group(), 1.0, "ordinal", word=True))
    for m in _NATIVE_ORDINAL.finditer(text):  # 셋째 주 'the third week'
        value = float(_NATIVE_ORDINALS[m.group(1)])
        out.append(NumExpr(m.start(), m.end(), m.group(), value, "ordinal", word=True))
    for m in _NATIVE_ALONE.finditer(text):  # 아이 둘을 'two children': a count with no counter
        if any(e.start <= m.start() < e.end for e in out):
            continue  # 다섯 번째: the counter's
        out.append(NumExpr(m.start(), m.end(), m.group(1), float(_ALONE[m.group(1)]), word=True))
    for m in _DAY_COUNT.finditer(text):  # 나흘째 'the fourth day', 이틀간 'two days'
        kind = "ordinal" if m.group(2) else "cardinal"
        value = float(_DAY_COUNTS[m.group(1)])
        out.append(NumExpr(m.start(), m.end(), m.group(), value, kind, word=True))
    return out


def sino_chain(e: NumExpr) -> bool:
    """A Sino-Korean numeral of two or more characters with a unit (팔십, 삼천, 일만, 이백만):
    as exact as digits, unlike native counting words (세 명) or a lone 백 or 십여."""
    chain = e.text.split()[0] if e.text.split() else ""
    return (
        e.word
        and len(chain) >= 2
        and all(c in _SINO or c in _SMALL or c in _BIG for c in chain)
        and any(c in _SMALL or c in _BIG for c in chain)
    )


def korean_numbers(text: str) -> list[NumExpr]:
    """Every numeric expression in ``text``, in order of position."""
    found = _digit_exprs(text) + _native_exprs(text)
    found.sort(key=lambda e: (e.start, -e.end))
    out: list[NumExpr] = []
    for e in found:
        if out and e.start < out[-1].end and e.kind == out[-1].kind == "cardinal" and e.word:
            continue
        out.append(e)
    return out
