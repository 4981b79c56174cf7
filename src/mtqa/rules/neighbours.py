"""Is a lone sentence (a 1-0 or 0-1 unit) rendered inside a neighbouring unit?

Machine translation that works line by line often joins two or three Korean sentences of one
line into a single English sentence ("한 교정청 대변인이 말했습니다. “특별히 ..." -> "A
corrections spokesperson said that specially ..."). When the joined sentence is compressed, the
aligner can keep the 1-1 unit for one sentence and leave the other alone in a 1-0 unit, which
MT101 would report as an omission although its content is in the neighbour's English.

For each adjacent unit with both sides, two pieces of evidence:

- ``share``: the share of the lone run's content words (kiwipiepy content morphemes, English
  content words) that win a mutual best match (argmax both ways over layer-8 token vectors, as
  SimAlign does) among the neighbour's other-side tokens, competing with the neighbour's own
  tokens on the lone run's side. Content the neighbour's own sentence explains stays with it;
  content only the lone run has, and the neighbour's translation renders, goes to the run.
- ``gain``: the similarity of the neighbour's other side to its own side joined with the run,
  minus to its own side alone (MT105's test, the other way round).

- ``together``: the lone run follows the neighbour's own side in one paragraph (one line of a
  line-by-line translation), where a joined translation is most likely.

A run counts as rendered in the neighbour when :attr:`Evidence.rendered` says so. The thresholds
were chosen on 192 omissions injected into NTREX-128 and FLORES reference articles, 41 false
omissions the aligner reported on those articles, and 55 hand-judged MT101 findings on NLLB-200
translations of NTREX-128 (``bench/omissions.py``): 5 of the 210 true omissions counted as
rendered, and 60 of the 78 false ones. Within one paragraph a share of MIN_SHARE is enough without
a similarity gain: on the hand-judged MT101 findings shown at >= 0.5 on NLLB-200 and OPUS-MT
translations of NTREX-128 that demotes 7 false of 18 and no true one of 55; on the injected
omissions, 3 false of 9 and 1 true (a two-word sentence, shown at 0.6) of 253. It counts only
for a run after its neighbour: on FLORES (judged later, and so no longer held out for this
choice) a run before its neighbour was a line's first sentence that NLLB dropped, whose topic
words the second sentence's translation shares (5 real omissions demoted, 2 false). So
restricted, shown precision over both corpora goes from 0.80 to 0.84 (101 real, 26 -> 19
false) and no real omission is demoted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from mtqa.align.embedding import join_run
from mtqa.align.words import (
    ALIGN_LAYER,
    WordLink,
    content_spans_en,
    content_spans_ko,
    coverage,
    link_matrix,
    similarity,
)
from mtqa.rules.base import DocView, UnitView
from mtqa.rules.numbers import exact_figure, none_written
from mtqa.text.ko_numbers import NumExpr, korean_numbers

if TYPE_CHECKING:
    from mtqa.resources import Resources

MIN_WORDS = 2  # content words a run needs for its share to count
STRONG_SHARE = 0.6  # share of them matched in the neighbour's translation that is enough alone
MIN_SHARE = 0.4  # a smaller share that counts when joining the run also raises similarity
MIN_GAIN = 0.01  # a similarity gain from joining the run that is enough alone
_CACHE = "neighbours:"


@dataclass(frozen=True)
class Evidence:
    """How much of a lone run one neighbouring unit renders."""

    neighbour: int  # unit index
    share: float
    words: int
    gain: float
    together: bool = False  # the run follows the neighbour's own side in its paragraph

    @property
    def rendered(self) -> bool:
        if words_rendered(self.share, self.words):
            return True
        matched = self.words >= MIN_WORDS and self.share >= MIN_SHARE
        return (matched and (self.gain > 0 or self.together)) or self.gain > MIN_GAIN


def words_rendered(share: float, words: int) -> bool:
    """Whether a :func:`word_share` result alone says the other side renders the text."""
    return words >= MIN_WORDS and share >= STRONG_SHARE


def lone_run(doc: DocView, index: int, source: bool) -> tuple[int, int]:
    """First and last unit of the run of lone units (one side only) around ``index``."""

    def lone(i: int) -> bool:
        u = doc.units[i]
        mine, theirs = (u.source, u.target) if source else (u.target, u.source)
        return bool(mine) and not theirs

    first = last = index
    while first > 0 and lone(first - 1):
        first -= 1
    while last + 1 < len(doc.units) and lone(last + 1):
        last += 1
    return first, last


def _texts(doc: DocView, indices: Sequence[int], source: bool) -> str:
    sents = doc.source_sentences if source else doc.target_sentences
    return join_run([sents[i].text for i in indices])


def _content(resources: Resources, text: str, source: bool) -> list[tuple[int, int, str]]:
    if source:
        return content_spans_ko(resources.korean.tokenize(text))
    return content_spans_en(text)


def word_share(
    resources: Resources, text: str, own: str, other: str, source: bool
) -> tuple[float, int]:
    """(share, count) of ``text``'s content words that ``other`` renders, against ``own``.

    A content word of ``text`` counts when one of its tokens wins a mutual best match (layer-8
    token vectors) with a token of ``other``, while the tokens of ``own`` (the rest of
    ``text``'s side) compete for the same matches: what ``own`` explains stays with it.
    ``source``: ``text`` and ``own`` are Korean, ``other`` English (else the other way round).
    """
    spans = _content(resources, text, source)
    if not spans:
        return 0.0, 0
    states_text, states_own, states_other = resources.encoder.token_states(
        [text, own, other], layer=ALIGN_LAYER
    )
    if len(states_other.vectors) == 0 or len(states_text.vectors) == 0:
        return 0.0, len(spans)
    sim_text = similarity(states_text, states_other)
    joint = np.vstack([similarity(states_own, states_other), sim_text])
    won = link_matrix(joint, "argmax")[len(states_own.vectors) :]
    links = [
        WordLink(
            (int(states_text.offsets[i][0]), int(states_text.offsets[i][1])),
            (int(states_other.offsets[j][0]), int(states_other.offsets[j][1])),
            float(sim_text[i, j]),
        )
        for i, j in zip(*np.nonzero(won), strict=True)
    ]
    return coverage(spans, links, "source"), len(spans)


def _gain(view: UnitView, lone: str, own: list[str], other: str, before: bool) -> float:
    joined = join_run(own + [lone]) if before else join_run([lone] + own)
    v = np.asarray(view.resources.encoder.embed([join_run(own), joined, other]))
    return float(v[1] @ v[2] - v[0] @ v[2])


def evidence(view: UnitView, source: bool) -> list[Evidence]:
    """Evidence from each adjacent unit with both sides for the lone run around ``view``."""
    doc = view.doc
    first, last = lone_run(doc, view.unit.index, source)
    key = f"{_CACHE}{first}:{source}"
    if key in doc.cache:
        cached: list[Evidence] = doc.cache[key]
        return cached
    mine = [i for u in doc.units[first : last + 1] for i in (u.source if source else u.target)]
    lone = _texts(doc, mine, source)
    sents = doc.source_sentences if source else doc.target_sentences
    paragraphs = {sents[i].paragraph for i in mine}
    out: list[Evidence] = []
    for n, before in ((first - 1, True), (last + 1, False)):
        if not 0 <= n < len(doc.units) or not (doc.units[n].source and doc.units[n].target):
            continue
        unit = doc.units[n]
        own_idx, other_idx = (unit.source, unit.target) if source else (unit.target, unit.source)
        own = [sents[i].text for i in own_idx]
        other = _texts(doc, other_idx, not source)
        share, words = word_share(view.resources, lone, join_run(own), other, source)
        # Only the run after its neighbour: MT joins a line's next sentence into the translation
        # of the one before; a line's first sentence alone is more often dropped (NLLB).
        together = before and any(sents[i].paragraph in paragraphs for i in own_idx)
        out.append(Evidence(n, share, words, _gain(view, lone, own, other, before), together))
    doc.cache[key] = out
    return out


def rendered_in(view: UnitView, source: bool) -> Evidence | None:
    """The neighbour that renders the lone run around ``view``, if one does: not one whose
    English lacks every figure of the lone Korean run, unless most of its words match there
    (발전 단지가 완공되면 연간 약 330만 가구가 ... dropped beside a sentence on the same farm)."""
    figures = lone_figures(view.source_text) if source else []
    found = [
        e
        for e in evidence(view, source)
        if e.rendered
        and (
            not figures
            or words_rendered(e.share, e.words)
            or not none_written(
                figures, _texts(view.doc, view.doc.units[e.neighbour].target, False)
            )
        )
    ]
    return max(found, key=lambda e: (e.share, e.gain)) if found else None


FIGURE_MIN = 100  # a figure from which a lone sentence's number is one a paraphrase keeps


def lone_figures(korean: str) -> list[NumExpr]:
    """The figures of ``korean`` a paraphrase keeps: FIGURE_MIN or more, or a percentage or
    decimal (:func:`mtqa.rules.numbers.exact_figure`); no dates, times or codes."""
    return [
        s
        for s in korean_numbers(korean)
        if not s.code
        and (s.value >= FIGURE_MIN or exact_figure(s))
        and s.kind not in ("year", "month", "day", "time", "date")
    ]


def figures_lost(korean: str, english: str) -> bool:
    """The Korean gives a figure :func:`lone_figures` keeps and the English none of them."""
    figures = lone_figures(korean)
    return bool(figures) and none_written(figures, english)


# A lone English sentence whose content words the English of a neighbouring unit already has
# (at least REPEAT_SHARE of at least REPEAT_WORDS words) repeats it: MT that loops on a sentence
# ("Experts said X. Experts said X."), not a sentence the Korean says in other words.
REPEAT_SHARE = 0.8
REPEAT_WORDS = 4


def repeated_from(view: UnitView) -> int | None:
    """The nearest unit (within two) with both sides whose English already says the lone
    English sentence of ``view`` word for word, or None."""
    words = {w.lower() for _, _, w in content_spans_en(view.target_text)}
    if len(words) < REPEAT_WORDS:
        return None
    doc, k = view.doc, view.unit.index
    for n in (k - 1, k + 1, k - 2, k + 2):
        if not 0 <= n < len(doc.units) or not (doc.units[n].source and doc.units[n].target):
            continue
        english = _texts(doc, doc.units[n].target, False)
        theirs = {w.lower() for _, _, w in content_spans_en(english)}
        if len(words & theirs) >= REPEAT_SHARE * len(words):
            return n
    return None
