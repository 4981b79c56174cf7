"""Numeric expressions in English text: values, kinds and character spans.

Digits (``25,000``, ``3.5``, ``1.2 billion``, ``$4.5 million``), number words (``twenty-eight``,
``two hundred thousand``, ``a million``), fractions (``two-thirds``, ``half``), percentages and
percentage points, currencies, dates (``March 30``, ``30 March``, ``March 30, 2024``, ``the
30th``), ordinals (``28th``, ``twenty-eighth``), ranges (``1-3``, ``between 10 and 20``), times
(``3 p.m.``, ``15:00``) and implicit numbers (``twice``, ``both``, ``dozen``) that a translation
may use for a Korean numeral. Weekdays carry no number (see :func:`has_weekday`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from mtqa.text.ko_numbers import (
    CLOCK_ZONES,
    Kind,
    NumExpr,
    hhmm_hours,
    is_hhmm,
    significant_digits,
)

_UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}  # noqa: E501
_SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "quadrillion": 1e15,
}
# The scales written after a figure with a decimal point (1.5 million), largest first.
_LARGE_SCALES = dict(sorted(((w, v) for w, v in _SCALES.items() if v >= 1e6), key=lambda x: -x[1]))
_SOFT_SCALES = {"decades": 10.0, "decade": 10.0, "dozen": 12.0}
_ORDINAL_SCALES = {"thousandth": 1e3, "millionth": 1e6, "billionth": 1e9}
_ROMAN = {"II": 2, "III": 3, "IV": 4, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "XI": 11, "XII": 12,
          "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18, "WWI": 1,
          "WWII": 2}  # fmt: skip
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
# Abbreviated scales wire headlines write apart from the number ('4.2 tln won', '140 bln-won').
_SPACED_SCALES = {"mln": 1e6, "bln": 1e9, "tln": 1e12, "trln": 1e12, "bn": 1e9, "tn": 1e12}
# Scales headlines cut short with a point ('5.9 tril. won', '$3 bil.').
_DOTTED_SCALES = {"mil": 1e6, "bil": 1e9, "tril": 1e12}
# Glued letters that are also units of measure (83m, 5k run): scales only in amounts of money.
_MONEY_ONLY_SCALES = frozenset({"k", "m", "b"})
# Durations written as fractions of an hour: "half an hour", "quarter-hour" (in minutes).
_HOUR_FRACTIONS = {"half": 30.0, "quarter": 15.0}
_ORD_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
              "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}  # fmt: skip
# Words before a count of periods: 'the first three quarters' (3분기까지), no fraction.
_PERIOD_BEFORE = frozenset({"first", "last", "past", "next", "previous", "recent", "final"})
# "a third of", "a quarter.": one part (not "a third term", which is an ordinal).
_ONE_PART = ("third", "quarter", "fourth", "fifth", "sixth", "eighth", "tenth")
# Words after 'a third' that make it a part, not an ordinal before its noun.
_AFTER_PART = frozenset(
    {"of", "from", "in", "to", "on", "since", "over", "than", "compared", "and", "or", "as",
     "after", "before", "between", "during", "while", "versus", "vs"}
)  # fmt: skip
_IMPLICIT = {"decade": 10, "teens": 10, "teenage": 10, "teenager": 10, "teenagers": 10,
             "doubles": 2, "doubling": 2, "century": 100, "once": 1, "single": 1,
             "twice": 2, "both": 2, "pair": 2, "couple": 2,
             "double": 2, "doubled": 2, "twofold": 2, "thrice": 3, "triple": 3, "tripled": 3,
             "threefold": 3, "trio": 3, "quadrupled": 4, "dozen": 12, "half": 0.5}  # fmt: skip
# Decades of age or of a century in words: "in their thirties" (30대), "the nineties".
_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
# Fractions of a scale word: "half a million", "a quarter of a billion", "half-million".
_SCALE_FRACTIONS = {"half": 0.5, "quarter": 0.25}
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "january jan", "february feb", "march mar", "april apr", "may", "june jun",
            "july jul", "august aug", "september sep sept", "october oct", "november nov",
            "december dec",
        )
    )
    for m in names.split()
}  # fmt: skip
_FULL_MONTHS = {m for m in MONTHS if len(m) > 3 and m != "sept"} | {"may"}
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "won": "KRW", "krw": "KRW", "euro": "EUR",
    "euros": "EUR", "eur": "EUR", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rmb": "CNY", "cny": "CNY", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "gbp": "GBP", "cent": "cent", "cents": "cent",
}  # fmt: skip
_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "¥": None}
_APPROX = re.compile(  # whole words: 'cover 40 percent' is no 'over 40'
    r"(?<![A-Za-z])(?:about|around|roughly|approximately|nearly|almost|some|over|more than|"
    r"less than|fewer than|up to|at least|close to|an estimated|estimated|just over|"
    r"just under|under|some|~)\s*$",
    re.I,
)
# A weekday, or its abbreviation before a point, comma or bracket ('Sun.', '(Sun)'; the 'Sun'
# of 'Yi Sun-sin' or 'Sun Yang' is a name).
_WEEKDAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)(?=[.,)])"
)
_TOKEN = re.compile(
    r"US\$|[$€£¥₩]|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?|(?<![A-Za-z.])\.\d+|"
    r"[A-Za-z]+|\S"
)
_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|through|last|next|this|early|late|mid|end|"
    r"between|before|after|during|to)[\s-]+)$"
    r"|(?:January|February|March|April)(?:(?: and|,)? |[-–])$"  # the January-May period
    # between August 2022 and May
    r"|(?:January|February|March|April|June|July|August|September|October|November|December)"
    r"(?: \d{4})? (?:and|to|through) $",
    re.I,
)
# 'May this year', 'May last year', 'May of the following year': the month, not the verb.
_MAY_AFTER = re.compile(r" (?:of )?(?:this|last|next|the (?:following|next|same|previous)) year\b")
# 'May exports', 'May import and export trends': the month heading a noun, with no name before
# it (Theresa May says); the verb takes a bare verb after it, which never ends in one s ('may
# pass', 'may focus' end otherwise).
_MAY_NOUN = re.compile(
    r" (?:[a-z]+[^su\W]s|import|export|trade|inflation|output|production|employment|retail"
    r"|industrial|consumer|housing)\b"
)
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


_LOWER_BEFORE = re.compile(r"\b[a-z]+ $")


class _Tok:
    __slots__ = ("start", "end", "text", "low")

    def __init__(self, m: re.Match[str]) -> None:
        self.start, self.end, self.text = m.start(), m.end(), m.group()
        self.low = self.text.lower()


def has_weekday(text: str) -> bool:
    """True where ``text`` names a day of the week (a date written as a weekday)."""
    return bool(_WEEKDAY.search(text))


def _glued(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


def _currency_after(toks: list[_Tok], j: int) -> bool:
    """A currency word follows a glued scale: ``5m dollars``, ``3bn euros``."""
    return j + 1 < len(toks) and toks[j + 1].low in _CURRENCY_WORDS


def _is_num(t: _Tok) -> bool:
    return "0" <= t.text[0] <= "9" or (t.text[0] == "." and len(t.text) > 1)


def _word_number(toks: list[_Tok], k: int) -> tuple[int, float, bool] | None:
    """Parse number words from token ``k``: (next index, value, ordinal?).

    ``twenty-eight``, ``one hundred and five``, ``two million``, ``twenty-eighth``; two units in
    a row (``three one-sided``) are two numbers, not one.
    """
    total = current = 0.0
    last = ""  # "unit", "tens", "scale" or "" (nothing yet)
    j = k
    n = len(toks)
    while j < n:
        w = toks[j].low
        if w in _UNITS and last in ("", "tens", "scale", "and"):
            current += _UNITS[w]
            last = "unit"
        elif w in _TENS and last in ("", "scale", "and"):
            current += _TENS[w]
            last = "tens"
        elif w in _ORD_WORDS and last in ("tens",) and _ORD_WORDS[w] < 10:
            return j + 1, total + current + _ORD_WORDS[w], True
        elif w in _SCALES and last in ("unit", "tens"):
            if w == "hundred":
                current *= 100
            else:
                total += current * _SCALES[w]
                current = 0
            last = "scale"
        elif (
            w == "and"
            and last == "scale"
            and j + 1 < n
            and (toks[j + 1].low in _UNITS or toks[j + 1].low in _TENS)
        ):
            last = "and"
        elif w == "-" and last == "unit" and j + 1 < n and toks[j + 1].low in _SCALES:
            pass
        elif w == "-" and last == "tens" and j + 1 < n and _glued(toks[j - 1], toks[j]):
            nxt = toks[j + 1].low
            if not (nxt in _UNITS or nxt in _ORD_WORDS) or not _glued(toks[j], toks[j + 1]):
                break
            last = "tens"
        else:
            break
        j += 1
    if not last:
        if k < n and toks[k].low in _ORD_WORDS and not _time_unit_second(toks, k):
            return k + 1, float(_ORD_WORDS[toks[k].low]), True
        return None
    return j, total + current, False


def _time_unit_second(toks: list[_Tok], k: int) -> bool:
    """toks[k] is 'second' the unit of time: 'meters per second', 'a split second'."""
    return toks[k].low == "second" and k > 0 and toks[k - 1].low in _BEFORE_TIME_SECOND


_BEFORE_TIME_SECOND = frozenset({"per", "every", "split", "each"})  # not "a": a second term


def _scale(toks: list[_Tok], j: int, money: bool = True) -> tuple[int, float]:
    """A scale after a number: ``1.2 billion``, ``25 thousand``, ``4.5bn``, ``$2m``.

    Without ``money`` (no currency sign before the number) a glued ``m``/``k``/``b`` is a unit
    of measure (``83m`` metres), not a scale.
    """
    mult = 1.0
    while j < len(toks):
        w = toks[j].low
        if (
            w == "-"
            and mult == 1
            and j + 1 < len(toks)
            and toks[j + 1].low in _LARGE_SCALES
            and _glued(toks[j - 1], toks[j])
            and _glued(toks[j], toks[j + 1])
        ):
            j += 1  # 1.5-million-square-meter: the scale hyphenated into a compound adjective
            continue
        if w in _SCALES and not (w == "hundred" and mult > 1):
            mult *= _SCALES[w]
        elif w in _SOFT_SCALES and mult == 1:
            mult *= _SOFT_SCALES[w]
        elif w in _SPACED_SCALES and mult == 1:
            mult *= _SPACED_SCALES[w]
        elif w in _DOTTED_SCALES and mult == 1 and j + 1 < len(toks) and toks[j + 1].text == ".":
            mult *= _DOTTED_SCALES[w]
            j += 1
        elif (
            w in _SHORT_SCALES
            and _glued(toks[j - 1], toks[j])
            and (money or w not in _MONEY_ONLY_SCALES)
        ):
            mult *= _SHORT_SCALES[w]
        else:
            break
        j += 1
    return j, mult


def _unit(toks: list[_Tok], j: int) -> tuple[int, Kind, str | None, float]:
    """Unit after a number: (next index, kind, currency, value factor)."""
    n = len(toks)
    w = toks[j].low if j < n else ""
    w2 = toks[j + 1].low if j + 1 < n else ""
    if w == "%":
        if w2 in ("point", "points"):
            return j + 2, "points", None, 1.0
        return j + 1, "percent", None, 1.0
    if w in ("percent", "pct") or (w == "per" and w2 == "cent"):
        k = j + (2 if w == "per" else 1)
        return k, "percent", None, 1.0
    if w == "percentage" and w2 in ("point", "points"):
        return j + 2, "points", None, 1.0
    if w in ("point", "points") and w2 not in ("of", "to", "in"):
        return j + 1, "points", None, 1.0
    if w == "basis" and w2 in ("point", "points"):
        return j + 2, "points", None, 0.01
    if w in ("us", "u") and w2 in ("dollars", "dollar"):
        return j + 2, "money", "USD", 1.0
    if w in _CURRENCY_WORDS:
        return j + 1, "money", _CURRENCY_WORDS[w], 1.0
    if w in ("a", "p") and w2 == "." and j + 3 < n and toks[j + 2].low == "m":
        return j + 3 + (toks[j + 3].text == "."), "time", "pm" if w == "p" else "am", 1.0
    if w in ("am", "pm"):
        return j + 1, "time", w, 1.0
    if w == "o" and w2 == "'" and j + 2 < n and toks[j + 2].low == "clock":
        return j + 3, "time", None, 1.0
    return j, "cardinal", None, 1.0


def english_numbers(text: str) -> list[NumExpr]:
    """Every numeric expression in ``text``, in order of position."""
    toks = [_Tok(m) for m in _TOKEN.finditer(text)]
    out: list[NumExpr] = []
    n = len(toks)
    k = 0
    pending: NumExpr | None = None  # first half of a range
    while k < n:
        t = toks[k]
        if t.low in MONTHS and (t.text[0].isupper()):
            k = _month(text, toks, k, out)
            continue
        start_k = k
        currency: str | None = None
        if t.text in _CURRENCY_SIGNS and k + 1 < n and _is_num(toks[k + 1]):
            currency = _CURRENCY_SIGNS[t.text]
            k += 1
            t = toks[k]
        word = False
        ordinal = False
        if _is_num(t):
            value = float(t.text.replace(",", ""))
            sig = significant_digits(t.text)
            j = k + 1
            if j < n and _glued(t, toks[j]) and toks[j].low in ("st", "nd", "rd", "th"):
                ordinal = True
                j += 1
            elif j + 1 < n and toks[j].text == ":" and _glued(t, toks[j]) and _is_num(toks[j + 1]):
                parts = _duration_parts(toks, k)
                clock = _clock_with_seconds(text, toks, k, parts)
                if clock:  # 7:54:49 a.m.: the time to the minute, and its seconds
                    out.extend(clock)
                    k = next((i for i in range(k, n) if toks[i].start >= clock[0].end), n)
                    continue
                if parts:  # 4:41.30, 1:02:03: a race time, compared part by part
                    out.extend(parts)
                    k = next((i for i in range(k, n) if toks[i].start >= parts[-1].end), n)
                    continue
                minutes = toks[j + 1].text
                if len(minutes) == 2 and value <= 24:
                    value += int(minutes) / 60
                    j += 2
                    j2, kind2, half, _ = _unit(toks, j)
                    if half == "pm" and value < 12:
                        value += 12
                    out.append(_expr(text, toks, start_k, j2 if kind2 == "time" else j, value,
                                     "time", None, sig=0))  # fmt: skip
                    k = j2 if kind2 == "time" else j
                    continue
        else:
            parsed = _word_number(toks, k)
            if parsed is None:
                k = _implicit(text, toks, k, out)
                continue
            j, value, ordinal = parsed
            word, sig = True, 0
            # 'the first three quarters', 'the past two thirds'? a count of periods, not 3/4
            periods = k > 0 and toks[k - 1].low in _PERIOD_BEFORE
            if j < n and toks[j].low in _FRACTIONS and not ordinal and value < 10 and not periods:
                j, value = j + 1, value / _FRACTIONS[toks[j].low]
            elif (
                not ordinal and j + 1 < n and toks[j].text == "-" and toks[j + 1].low in _FRACTIONS
                and _glued(toks[j - 1], toks[j])
            ):  # fmt: skip
                j, value = j + 2, value / _FRACTIONS[toks[j + 1].low]
        if (
            not ordinal and j + 3 < n and [x.low for x in toks[j : j + 3]] == ["and", "a", "half"]
            and toks[j + 3].low in _SCALES and toks[j + 3].low != "hundred"
        ):  # fmt: skip
            j, value = j + 3, value + 0.5  # "one and a half million", "2 and a half billion"
        j, mult = _scale(toks, j, money=currency is not None or _currency_after(toks, j))
        if not ordinal and j < n and toks[j].low in _ORDINAL_SCALES:  # the 6 millionth car
            mult *= _ORDINAL_SCALES[toks[j].low]
            ordinal = True
            j += 1
        value *= mult
        if mult > 1:
            sig = sig or 0
        kind: Kind = "ordinal" if ordinal else "cardinal"
        if not ordinal:
            j, ukind, ucur, factor = _unit(toks, j)
            if ukind == "time":
                if "." in t.text and not word:  # 7.55am
                    whole = int(value)
                    value = whole + round((value - whole) * 100) / 60
                if ucur == "pm" and value < 12:
                    value += 12
                ucur = None
            if ukind != "cardinal":
                kind, value = ukind, value * factor
                currency = currency or ucur
        if currency is not None or (t.text in ("$",)):
            kind = "money"
        if (
            j < n
            and toks[j].low in MONTHS
            and toks[j].text[0].isupper()
            and kind in ("cardinal", "ordinal")
            and 1 <= value <= 31
        ):
            out.append(_expr(text, toks, start_k, j, value, "day", None, sig=sig))
            k = _month(text, toks, j, out)
            continue
        zone = j < n and toks[j].text in CLOCK_ZONES
        military = start_k > 0 and toks[start_k - 1].low == "at" and is_hhmm(t.text)
        if kind == "cardinal" and (zone or military) and len(t.text) == 4 and t.text.isdigit():
            value = hhmm_hours(t.text)  # 1200 GMT
            kind = "time"
        if kind == "cardinal" and not word and value.is_integer() and 1000 <= value <= 2200:
            kind = "year" if "," not in t.text and mult == 1 else kind
        e = _expr(text, toks, start_k, j, value, kind, currency, word=word, sig=sig)
        if pending is not None:
            out[-1], e = _range_pair(pending, e)
            pending = None
        out.append(e)
        k = j
        if _range_next(toks, j, text):
            pending = e
            k = j + 1
    return _relay_products(text, _season_years(text, [_time_of_day(text, e) for e in out]))


# 'x' or '×' between two figures: '4x200m' (a relay of four 200-metre legs, 800 m in all).
_TIMES = re.compile(r" ?[x×] ?")


def _relay_products(text: str, found: list[NumExpr]) -> list[NumExpr]:
    """``found`` with the product of each 'N x M' (the 4x200m relay: 계영 800m) added."""
    out = list(found)
    for first, second in zip(found, found[1:], strict=False):
        if (
            first.kind == second.kind == "cardinal"
            and first.value.is_integer()
            and 2 <= first.value <= 10
            and _TIMES.fullmatch(text, first.end, second.start)
        ):
            out.append(
                replace(first, end=second.end, text=text[first.start : second.end],
                        value=first.value * second.value, sig=0)
            )  # fmt: skip
    return sorted(out, key=lambda e: e.start)


# 'two in the afternoon', '9 at night': an hour told by the part of the day after it.
_DAY_PART = re.compile(r" in the (morning|afternoon|evening)\b| at night\b", re.IGNORECASE)


def _time_of_day(text: str, e: NumExpr) -> NumExpr:
    """``e`` as a clock time where a part of the day follows an hour written bare."""
    m = _DAY_PART.match(text, e.end)
    if e.kind != "cardinal" or m is None or not (e.value.is_integer() and 1 <= e.value <= 12):
        return e
    later = (m.group(1) or "night").lower() != "morning" and e.value < 12
    return replace(e, value=e.value + 12 if later else e.value, kind="time", end=m.end())


def _clock_with_seconds(text: str, toks: list[_Tok], k: int, parts: list[NumExpr]) -> list[NumExpr]:
    """A clock time with seconds before a.m. or p.m. at ``k`` (``7:54:49 a.m.``) as the time
    to the minute and its seconds, as Korean writes it (오전 7시 54분 49초); else []."""
    if len(parts) != 3 or parts[0].value > 24 or "." in parts[2].text:
        return []
    j = next((i for i in range(k, len(toks)) if toks[i].start >= parts[2].end), len(toks))
    end, kind, half, _ = _unit(toks, j)
    if kind != "time":
        return []
    value = parts[0].value + parts[1].value / 60
    if half == "pm" and value < 12:
        value += 12
    return [_expr(text, toks, k, end, value, "time", None, sig=0), parts[2]]


def _duration_parts(toks: list[_Tok], k: int) -> list[NumExpr]:
    """The parts of a race time at ``k`` (``4:41.30``, ``1:02:03``) as cardinals, else [].

    Korean writes these apart (4분 41초 30), so minutes, seconds and hundredths are compared
    one by one; a plain ``h:mm`` is a clock time and yields nothing here.
    """
    idx = [k]
    j = k + 1
    while j + 1 < len(toks) and toks[j].text == ":" and _glued(toks[j - 1], toks[j]):
        nxt = toks[j + 1]
        if not (_is_num(nxt) and _glued(toks[j], nxt) and len(nxt.text.split(".")[0]) == 2):
            break
        idx.append(j + 1)
        j += 2
        if "." in nxt.text:
            break
    if len(idx) < 2 or not (len(idx) == 3 or "." in toks[idx[-1]].text):
        return []
    out = []
    for p in idx:
        t = toks[p]
        for m in re.finditer(r"\d+", t.text):
            lit = m.group()
            a = t.start + m.start()
            out.append(NumExpr(a, a + len(lit), lit, float(lit), sig=significant_digits(lit)))
    return out


def _range_next(toks: list[_Tok], j: int, text: str) -> bool:
    """A range continues at ``j``: ``1-3``, ``10 to 20``, ``between 10 and 20``."""
    if j + 1 >= len(toks):
        return False
    sep, nxt = toks[j], toks[j + 1]
    if not (_is_num(nxt) or nxt.text in _CURRENCY_SIGNS):
        return False
    if sep.text in ("-", "–") and _glued(sep, nxt):
        return True
    if sep.low == "to":
        return True
    return sep.low == "and" and bool(re.search(r"\bbetween\s+\S+\s*$", text[: sep.start]))


def _range_pair(first: NumExpr, second: NumExpr) -> tuple[NumExpr, NumExpr]:
    """``10-20%``, ``$1-2 million``: the halves of a range share one unit and scale."""
    if first.word:
        return first, second
    if first.kind in ("percent", "points") and re.search(r"(?:%|percent|points?)$", first.text):
        # the first half has its own unit: "fell 1.3 percent to 2.086 million units" is no range
        return first, second
    if first.kind != "cardinal" and second.kind != "cardinal" and first.kind != second.kind:
        # each has its own unit: "by 0.25 percentage points to 3.50 percent" is no range
        return first, second
    if second.kind == "cardinal" and first.kind in ("money", "percent"):
        second = replace(second, kind=first.kind, currency=first.currency)
    value = first.value
    m = re.match(r"[^\d.]*([\d,.]+)", second.text)
    if m and first.value < second.value and "," not in first.text:
        lead = float(m.group(1).replace(",", "") or 0)
        if lead and second.value / lead >= 1000 and first.value * 1000 < second.value:
            value = first.value * second.value / lead
    kind = second.kind if second.kind in ("percent", "points", "money", "time") else first.kind
    first = replace(first, value=value, kind=kind, currency=first.currency or second.currency)
    return first, second


def _expr(
    text: str,
    toks: list[_Tok],
    a: int,
    b: int,
    value: float,
    kind: Kind,
    currency: str | None,
    *,
    word: bool = False,
    implicit: bool = False,
    sig: int = 0,
) -> NumExpr:
    start, end = toks[a].start, toks[max(a, b - 1)].end
    approx = bool(_APPROX.search(text[max(0, start - 20) : start]))
    code = not word and kind != "ordinal" and _is_code(text, start, end)
    return NumExpr(start, end, text[start:end], value, kind, currency, approx, word, implicit,
                   code, sig)  # fmt: skip


_UNIT_SUFFIX = re.compile(
    r"(?:s|km|kg|m|cm|mm|ft|mph|kph|sq|x|g|mg|lbs?|ha|kw|mw|gw|h|hrs?|min|bn|mn|k|st|nd|rd|th)"
    r"\b"
)


def _is_code(text: str, start: int, end: int) -> bool:
    """Digits that belong to a name or code: G20, A380, COVID-19, 5G, 9/11, 24/7."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before.isalpha() or before == "#" or "/" in (before, after) or ":" in (before, after):
        return True
    if before == "-" and start > 1 and text[start - 2].isalpha():
        return True
    return after.isalpha() and not _UNIT_SUFFIX.match(text, end)


def _word_scale(toks: list[_Tok], k: int) -> tuple[int, float] | None:
    """A scale word written without a numeral at ``k``: ``a million``, ``half a million``,
    ``a quarter of a billion``, ``half-million``: (index of the scale word, its fraction)."""
    n = len(toks)
    i = k + 1 if toks[k].low in ("a", "an") else k
    if i >= n:
        return None
    if i > k and toks[i].low in _SCALES:
        return i, 1.0  # a million, a hundred
    if toks[i].low not in _SCALE_FRACTIONS:
        return None
    j = i + 1
    if j < n and toks[j].low == "of":
        j += 1
    if j < n and (toks[j].low in ("a", "an") or (toks[j].text == "-" and _glued(toks[i], toks[j]))):
        j += 1
    if j == i + 1 or j >= n or toks[j].low not in _SCALES or toks[j].low == "hundred":
        return None
    return j, _SCALE_FRACTIONS[toks[i].low]


def _implicit(text: str, toks: list[_Tok], k: int, out: list[NumExpr]) -> int:
    """``twice``, ``both``, ``a dozen``, ``a million``, ``half a million``, ``No. 3``,
    ``thirties``: values without numerals."""
    t = toks[k]
    n = len(toks)
    scaled = _word_scale(toks, k)
    if scaled is not None:
        j, mult = _scale(toks, scaled[0])
        j2, kind, cur, _ = _unit(toks, j)
        kind = kind if kind in ("money", "percent") else "cardinal"
        out.append(_expr(text, toks, k, j2, scaled[1] * mult, kind, cur, word=True))
        return j2
    if t.low in _SCALE_FRACTIONS and k + 1 < n:  # "a quarter percentage point", "half a point"
        j2, ukind, _, _ = _unit(toks, k + 1 + (toks[k + 1].low == "a"))
        if ukind in ("percent", "points"):
            value = _SCALE_FRACTIONS[t.low]
            out.append(_expr(text, toks, k, j2, value, ukind, None, word=True, implicit=True))
            return j2
    if t.low in _DECADE_WORDS:
        out.append(_expr(text, toks, k, k + 1, float(_DECADE_WORDS[t.low]), "cardinal", None,
                         word=True))  # fmt: skip
        return k + 1
    if t.low == "no" and k + 2 < n and toks[k + 1].text == "." and _is_num(toks[k + 2]):
        out.append(_expr(text, toks, k, k + 3, float(toks[k + 2].text.replace(",", "")),
                         "ordinal", None, sig=significant_digits(toks[k + 2].text)))  # fmt: skip
        return k + 3
    if t.text in _ROMAN and (t.text.startswith("WW") or k and toks[k - 1].text[:1].isupper()):
        out.append(_expr(text, toks, k, k + 1, float(_ROMAN[t.text]), "ordinal", None, word=True))
        return k + 1
    if t.low in _HOUR_FRACTIONS:
        j = _hour_after(toks, k + 1)
        if j:  # "half an hour", "a quarter-hour", "quarter of an hour": minutes
            value = _HOUR_FRACTIONS[t.low]
            out.append(_expr(text, toks, k, j, value, "cardinal", None, word=True, implicit=True))
            return j
    if t.low in ("a", "an") and k + 1 < n and toks[k + 1].low in _SCALE_FRACTIONS:
        j = k + 2  # "a quarter of a percentage point"
        while j < n and toks[j].low in ("of", "a"):
            j += 1
        j2, ukind, _, _ = _unit(toks, j)
        if ukind in ("percent", "points"):
            value = _SCALE_FRACTIONS[toks[k + 1].low]
            out.append(_expr(text, toks, k, j2, value, ukind, None, word=True, implicit=True))
            return j2
    if t.low in ("a", "an") and k + 1 < n and toks[k + 1].low in _ONE_PART:
        after = toks[k + 2] if k + 2 < n else None
        hour = toks[k + 1].low in _HOUR_FRACTIONS and _hour_after(toks, k + 2)
        # 'a third of', 'a third.', 'by a third from': a fraction; 'a third-quarter profit',
        # 'a third term': an ordinal
        free = after is None or after.low in _AFTER_PART or not after.text[:1].isalnum()
        if not hour and free and not (after is not None and after.text in "-–"):
            value = 1.0 / _FRACTIONS[toks[k + 1].low]
            out.append(_expr(text, toks, k, k + 2, value, "cardinal", None, word=True))
            return k + 2
    if t.low in _IMPLICIT:
        value = float(_IMPLICIT[t.low])
        out.append(_expr(text, toks, k, k + 1, value, "cardinal", None, word=True, implicit=True))
        return k + 1
    return k + 1


def _hour_after(toks: list[_Tok], j: int) -> int:
    """The index after ``[-|of] [a|an] hour`` at ``j`` (``half an hour``, ``quarter-hour``); 0."""
    n = len(toks)
    if j < n and toks[j].low in ("-", "of"):
        j += 1
    if j < n and toks[j].low in ("a", "an"):
        j += 1
    return j + 1 if j < n and toks[j].low == "hour" else 0


def _month(text: str, toks: list[_Tok], k: int, out: list[NumExpr]) -> int:
    """A month name with an optional day and year after it: ``March 30, 2024``."""
    t = toks[k]
    n = len(toks)
    j = k + 1
    if j < n and toks[j].text == "." and len(t.text) <= 4:
        j += 1
    nxt = toks[j] if j < n else None
    has_num = nxt is not None and _is_num(nxt)
    if (
        t.low == "may"
        and not has_num
        and not _MAY_CONTEXT.search(text[: t.start])
        and not _MAY_AFTER.match(text, t.end)
        and not (
            t.text == "May"
            and _MAY_NOUN.match(text, t.end)
            and not _NAME_BEFORE.search(text, 0, t.start)
        )
        # 'every May': the verb is written in lower case inside a sentence, and a name
        # follows another capitalized word (Theresa May)
        and not (t.text == "May" and _LOWER_BEFORE.search(text, 0, t.start))
    ):
        return k + 1
    if (
        t.low not in _FULL_MONTHS
        and not has_num
        and not (j > k + 1 and t.low in ("jan", "feb", "aug", "sept", "oct", "nov", "dec"))
    ):
        return k + 1  # "Mar", "Dec" alone: too ambiguous
    out.append(_expr(text, toks, k, j if has_num else k + 1, float(MONTHS[t.low]), "month", None))
    if not has_num or nxt is None:
        return k + 1
    value = float(nxt.text.replace(",", ""))
    if value.is_integer() and 1 <= value <= 31 and "." not in nxt.text:
        out[-1] = _expr(text, toks, k, k + 1, float(MONTHS[t.low]), "month", None)
        j2 = j + 1
        if j2 < n and _glued(nxt, toks[j2]) and toks[j2].low in ("st", "nd", "rd", "th"):
            j2 += 1
        out.append(_expr(text, toks, j, j2, value, "day", None, sig=significant_digits(nxt.text)))
        if j2 + 1 < n and toks[j2].text == "," and _is_num(toks[j2 + 1]):
            j = j2 + 1
            nxt = toks[j]
            value = float(nxt.text.replace(",", ""))
        else:
            return j2
    if value.is_integer() and 1000 <= value <= 2200 and "," not in nxt.text:
        out.append(_expr(text, toks, j, j + 1, value, "year", None, sig=4))
        return j + 1
    return j


_SMALL_WORDS = {v: w for w, v in _UNITS.items() if v <= 10}


def english_form(e: NumExpr) -> str:
    """How ``e`` (a Korean-side value) would usually be written in English news copy."""
    v = e.value
    if e.kind == "month":
        names = [m for m, i in MONTHS.items() if i == int(v) and m in _FULL_MONTHS]
        return names[0].capitalize() if names else str(int(v))
    if e.kind in ("day", "ordinal"):
        i = int(v)
        suffix = "th" if 10 <= i % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(i % 10, "th")
        return f"{i}{suffix}"
    if e.kind == "year":
        return str(int(v))
    if e.kind == "time":
        h, m = int(v), round((v - int(v)) * 60)
        hh = h % 12 or 12
        return (
            f"{hh}:{m:02d} {'p.m.' if h >= 12 else 'a.m.'}"
            if m
            else f"{hh} {'p.m.' if h >= 12 else 'a.m.'}"
        )  # noqa: E501
    amount = plain_number(v)
    if e.kind == "percent":
        return f"{amount}%"
    if e.kind == "points":
        return f"{amount} percentage point{'s' if v != 1 else ''}"
    if e.kind == "money":
        signs = {"USD": "$", "EUR": "€", "GBP": "£"}
        if e.currency in signs:
            return f"{signs[e.currency]}{amount}"
        words = {"KRW": "won", "JPY": "yen", "CNY": "yuan", "cent": "cents"}
        return f"{amount} {words.get(e.currency or '', '')}".strip()
    if e.word and v.is_integer() and int(v) in _SMALL_WORDS:
        return _SMALL_WORDS[int(v)]
    return amount


def plain_number(v: float) -> str:
    """``1.2e9`` -> "1.2 billion", ``25000`` -> "25,000", ``3.5`` -> "3.5"."""
    for name, scale in _LARGE_SCALES.items():
        if abs(v) >= scale:
            return f"{_trim(v / scale)} {name}"
    return f"{v:,.0f}" if float(v).is_integer() else _trim(v)


def _trim(x: float) -> str:
    s = f"{x:,.3f}".rstrip("0").rstrip(".")
    return s


_SEASON_DASH = re.compile(r"\s?[-–]\s?")


def _season_years(text: str, found: list[NumExpr]) -> list[NumExpr]:
    """A season written '2023-24': the two digits after a year and a dash are the next year."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if (
            first.kind == "year"
            and second.kind == "cardinal"
            and len(second.text) == 2
            and _SEASON_DASH.fullmatch(text[first.end : second.start])
            and int(second.value) == (int(first.value) + 1) % 100
        ):
            out[i] = replace(second, value=first.value + 1, kind="year")
    return out
