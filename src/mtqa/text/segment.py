"""Splitting a document into sentences.

Every line break is a hard boundary (news files often hold one paragraph per line). Blank lines
separate paragraphs; in a file without blank lines each line is a paragraph. The first line (the
headline, where there is one) is always paragraph 0 on its own. Within a line, Korean is split by
kiwipiepy and English by :func:`split_english`, a rule-based splitter for news prose.

Sentence spans exclude surrounding whitespace, and every non-whitespace character of the document
belongs to exactly one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

from mtqa.records import Document, Sentence
from mtqa.text.korean import KoreanAnalyzer


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and other abbreviations that do not end a sentence (compared case-sensitively, with the
# first letter capitalized or the whole word in capitals).
_TITLES = _words(
    "Mr Mrs Ms Messrs Mme Dr Prof Gov Sen Sens Rep Reps Gen Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm "
    "Cmdr Brig Rev Fr Hon Pres Supt Det Insp Amb Atty Cllr St Mt Ft"
)
# Abbreviations that do not end a sentence when a number follows ("No. 3", "Jan. 5", "p. 12").
_BEFORE_NUMBER = _words(
    "No Nos Fig Figs Vol Art Sec Ch Para Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "p pp no nos vol"
)
# Lower-case abbreviations that never end a sentence.
_NEVER_FINAL = _words("e.g i.e cf vs v viz approx ca")
# Abbreviations that may end a sentence ("Apple Inc. said" / "... Apple Inc. The company").
_AMBIGUOUS = _words("Inc Co Corp Ltd Jr Sr Bros Ave Blvd Rd etc al Esq")
# Words that usually open a sentence; after an ambiguous abbreviation ("the U.S."), a boundary is
# assumed only before one of these ("the U.S. He said" splits, "the U.S. Navy" does not).
_STARTERS = _words(
    "A An The This That These Those There Then It Its He His Him She Her They Their Them We Our "
    "I You Your My But And Or So Yet Still Also However Meanwhile In On At For As After Before "
    "When While If Although Though Since Because Some Many Most All Both Each Other Another "
    "One Two Three Such What Who Where Why How Last Next Earlier Later Now Today"
)
_INITIALISM = re.compile(r"^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$")  # U.S, J.K, a.m, Ph.D
# Sentence-final punctuation, closing quotes and brackets after it, then whitespace or the end.
_END = re.compile(r"(?P<punct>[.!?\u2026]+)(?P<close>[\"'\u201d\u2019\u00bb)\]]*)(?=\s|$)")
# A Hangul syllable and final punctuation, whitespace, then a quote that opens (text follows it).
# One quotation in double quotes, straight or curly (what MT105 and the aligner count).
QUOTATION = re.compile(r"[\"“][^\"“”]{2,}[\"”]")
_KO_BEFORE_QUOTE = re.compile(
    r"(?<=[\uac00-\ud7a3][.!?])\s+(?=[\"'\u201c\u2018][^\s\"'\u201d\u2019])"
)
# A quotative particle after a closing quote continues the sentence (``..."라고 말했다``); kiwipiepy
# cuts there when the quote opened on an earlier line.
_KO_QUOTATIVE = re.compile(r"\s?(?:이?라[고며는]|이?라면서|이?란|하고|고\s)")
_CLOSERS = "\"'\u201d\u2019"
_OPENERS = "\"'\u201c\u2018\u00ab([{"
# What follows a candidate end: whitespace, opening quotes or brackets, then a word.
_NEXT = re.compile(r"\s+(?P<open>[\"'\u201c\u2018\u00ab(\[{]*)(?P<word>\S*)")
_WORD = re.compile(r"[\w'-]*")
_MAX_PAREN = 200  # boundaries inside a parenthesis at most this long are ignored


def segment(doc: Document, analyzer: KoreanAnalyzer | None = None) -> list[Sentence]:
    """The sentences of ``doc.text`` (normalized), in order, with paragraph numbers."""
    if doc.lang != "ko":
        analyzer = None
    elif analyzer is None:
        analyzer = _default_analyzer()
    text = doc.text
    out: list[Sentence] = []
    for paragraph, start, line in _lines(text):
        cuts = split_korean(line, analyzer) if analyzer is not None else split_english(line)
        for a, b in _pieces(line, cuts):
            out.append(Sentence(len(out), start + a, start + b, line[a:b], paragraph))
    return out


def split_korean(text: str, analyzer: KoreanAnalyzer) -> list[int]:
    """Sentence-end offsets in one line of Korean text: kiwipiepy's, plus a boundary that it
    misses before an opening quote (``말했다. "그들은``), less cuts before a quotative particle,
    after an ellipsis (a headline's 빠져…문하늘 시장: no end, as in English) and before a short
    fragment with no end of its own."""
    cuts = [end for _, end in analyzer.split_sentences(text)]
    cuts += [m.start() for m in _KO_BEFORE_QUOTE.finditer(text)]
    cuts = [c for c in cuts if not (text[c - 1 : c] in _CLOSERS and _KO_QUOTATIVE.match(text, c))]
    cuts = [c for c in cuts if not text[:c].rstrip().endswith(("\u2026", "..."))]  # as English
    return [c for c in cuts if not _tail_fragment(text, c, cuts)]


def _tail_fragment(text: str, cut: int, cuts: list[int]) -> bool:
    """What follows ``cut`` to the next cut or the line's end is a short run of words with no
    end of its own (a headline's '...철회하라" 강력 항의'): no sentence, the end of this one."""
    nxt = min([c for c in cuts if c > cut] + [len(text)])
    piece = text[cut:nxt].strip()
    return 0 < len(piece) <= _FRAGMENT and not _KO_FINAL.search(piece)


_FRAGMENT = 12  # characters
_KO_FINAL = re.compile(r"(?:[.!?\u2026\"'\u201d\u2019)]|다|요|까|죠|함|음|임)$")


def split_english(text: str) -> list[int]:
    """Sentence-end offsets in one line of English text (the end of the text not included)."""
    in_parens = _in_short_parentheses(text)
    cuts = []
    for m in _END.finditer(text):
        end = m.end()
        if end < len(text) and not in_parens[end - 1] and _is_boundary(m):
            cuts.append(end)
    return cuts


def _is_boundary(m: re.Match[str]) -> bool:
    text, punct = m.string, m.group("punct")
    after = _NEXT.match(text, m.end())
    word = after.group("word") if after else ""
    first = word[:1]
    if not first or first.islower():
        return False  # "... he said." / "e.g. apples"
    if punct.count(".") > 1 or "\u2026" in punct:
        return False  # an ellipsis is not an end
    if punct != ".":
        return True  # "?", "!", "?!"
    start = end = m.start("punct")
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    token = text[start:end].lstrip(_OPENERS)
    if not token:
        return True
    if token in _TITLES or (token.isupper() and token.capitalize() in _TITLES):
        return False
    if token in _NEVER_FINAL or (token in _BEFORE_NUMBER and first.isdigit()):
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "Kim J. Lee"
    if _INITIALISM.match(token) or token in _AMBIGUOUS:
        # "the U.S. He said" ends a sentence, "the U.S. Navy" does not; nor does a bracket after
        # it ("Hanbit Bio Co. (CEO Lee)"), where a quote may ("... Inc. \"We ...").
        lead = _WORD.match(word)
        opened = after.group("open") if after else ""
        return bool(opened and opened[0] not in "([{") or (
            lead is not None and lead[0] in _STARTERS
        )
    return True


def _in_short_parentheses(text: str) -> list[bool]:
    """For each offset: is it strictly inside parentheses at most ``_MAX_PAREN`` long?"""
    change = [0] * (len(text) + 1)
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            if i - start <= _MAX_PAREN:
                change[start + 1] += 1
                change[i] -= 1
    return [depth > 0 for depth in accumulate(change)]


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(paragraph, start offset, line) for each non-blank line."""
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    blank_between = bool(content) and any(
        not lines[i].strip() for i in range(content[0], content[-1])
    )
    paragraph, offset, previous = -1, 0, -2
    for i, line in enumerate(lines):
        if line.strip():
            # A new paragraph after a blank line, after the headline, or on every line when the
            # file has no blank lines at all.
            if not blank_between or previous != i - 1 or previous == content[0]:
                paragraph += 1
            previous = i
            yield paragraph, offset, line
        offset += len(line) + 1


def _pieces(line: str, cuts: list[int]) -> Iterator[tuple[int, int]]:
    """Cut ``line`` at ``cuts`` into whitespace-trimmed, non-empty spans covering all of it."""
    start = 0
    for cut in [*sorted(set(cuts)), len(line)]:
        if cut <= start or cut > len(line):
            continue
        piece = line[start:cut]
        stripped = piece.strip()
        if stripped:
            a = start + len(piece) - len(piece.lstrip())
            yield a, a + len(stripped)
        start = cut


@lru_cache(maxsize=1)
def _default_analyzer() -> KoreanAnalyzer:
    return KoreanAnalyzer()
