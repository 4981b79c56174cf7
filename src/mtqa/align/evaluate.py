"""Scoring aligners against line-aligned references (used by the corpus tests and the bench).

A line-aligned test set gives gold 1-1 beads. :func:`perturb` makes the harder variant: it merges
random adjacent lines on one side (gold 2-1 or 1-2) and deletes random lines on one side (their
partners become gold 1-0 or 0-1), seeded so that runs are repeatable.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from mtqa.align.base import Aligner, check_cover
from mtqa.records import Sentence, Unit

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def sentences_from_lines(lines: Sequence[str], separator: str = "\n") -> list[Sentence]:
    """One sentence per line, with offsets into ``separator.join(lines)``."""
    out, pos = [], 0
    for k, line in enumerate(lines):
        out.append(Sentence(k, pos, pos + len(line), line))
        pos += len(line) + len(separator)
    return out


@dataclass(frozen=True)
class AlignmentCase:
    """Source and target sentence texts with their gold beads.

    ``coarse`` gold beads are blocks that a correct alignment may split further (the line
    alignment of a re-segmented text says which lines go together, not how their sentences do).
    """

    source: list[str]
    target: list[str]
    gold: list[Bead]
    coarse: bool = False


def plain_case(source: Sequence[str], target: Sequence[str]) -> AlignmentCase:
    """Line i aligns to line i."""
    if len(source) != len(target):
        raise ValueError("a line-aligned case needs as many source lines as target lines")
    return AlignmentCase(list(source), list(target), [((k,), (k,)) for k in range(len(source))])


def perturb(
    source: Sequence[str],
    target: Sequence[str],
    rng: random.Random,
    merge_rate: float = 0.1,
    delete_rate: float = 0.05,
) -> AlignmentCase:
    """Line-aligned lines with random one-sided merges of neighbours and one-sided deletions."""
    src: list[str] = []
    tgt: list[str] = []
    gold: list[Bead] = []
    k, n = 0, len(source)
    while k < n:
        roll = rng.random()
        side = rng.choice(("source", "target"))
        if roll < merge_rate and k + 1 < n:
            if side == "source":
                gold.append(((len(src),), (len(tgt), len(tgt) + 1)))
                src.append(f"{source[k]} {source[k + 1]}")
                tgt += [target[k], target[k + 1]]
            else:
                gold.append(((len(src), len(src) + 1), (len(tgt),)))
                src += [source[k], source[k + 1]]
                tgt.append(f"{target[k]} {target[k + 1]}")
            k += 2
            continue
        if roll < merge_rate + delete_rate:
            if side == "source":
                gold.append(((), (len(tgt),)))
                tgt.append(target[k])
            else:
                gold.append(((len(src),), ()))
                src.append(source[k])
        else:
            gold.append(((len(src),), (len(tgt),)))
            src.append(source[k])
            tgt.append(target[k])
        k += 1
    return AlignmentCase(src, tgt, gold)


def resegmented_case(
    source: Sequence[str],
    target: Sequence[str],
    split: Callable[[str, str], Sequence[Sentence]],
) -> AlignmentCase:
    """Join each side's lines into one paragraph, re-split with ``split(text, lang)``.

    Gold beads come from the original line alignment: lines that a re-split sentence joins (on
    either side) form one block, and each block is one bead of the sentences that overlap it.
    """
    if len(source) != len(target):
        raise ValueError("a line-aligned case needs as many source lines as target lines")
    sides = []
    for lines, lang in ((source, "ko"), (target, "en")):
        text = " ".join(line.strip() for line in lines)
        bounds = list(
            accumulate(len(line.strip()) + 1 for line in lines)
        )  # line k ends < bounds[k]
        sentences = list(split(text, lang))
        first = [bisect_right(bounds, s.start) for s in sentences]
        last = [bisect_right(bounds, max(s.start, s.end - 1)) for s in sentences]
        sides.append(([s.text for s in sentences], first, last))
    # Lines joined by a sentence (on either side) belong to one block.
    joined = [False] * len(source)  # joined[k]: line k and line k + 1 share a block
    for _, first, last in sides:
        for a, b in zip(first, last, strict=True):
            for k in range(a, b):
                joined[k] = True
    block = list(accumulate((0, *(0 if j else 1 for j in joined[:-1]))))
    n_blocks = block[-1] + 1 if block else 0
    members: list[tuple[list[int], list[int]]] = [([], []) for _ in range(n_blocks)]
    for side, (_, first, _) in enumerate(sides):
        for index, line in enumerate(first):
            members[block[min(line, len(source) - 1)]][side].append(index)
    gold = [(tuple(src), tuple(tgt)) for src, tgt in members if src or tgt]
    return AlignmentCase(sides[0][0], sides[1][0], gold, coarse=True)


def beads(units: Iterable[Unit]) -> list[Bead]:
    return [(u.source, u.target) for u in units]


@dataclass
class Score:
    """Bead counts summed over documents: strict matches, or block consistency for coarse gold.

    Strict: a predicted bead is right when it equals a gold bead. Coarse: a predicted bead is right
    when it lies inside one gold block, and a gold block is found when every predicted bead that
    touches it lies inside it.
    """

    right_predicted: int = 0
    predicted: int = 0
    found_gold: int = 0
    gold: int = 0

    def add(self, predicted: Sequence[Bead], gold: Sequence[Bead], coarse: bool = False) -> None:
        self.predicted += len(predicted)
        self.gold += len(gold)
        if not coarse:
            same = len(set(predicted) & set(gold))
            self.right_predicted += same
            self.found_gold += same
            return
        where: dict[tuple[int, int], int] = {}  # (side, sentence) -> gold block
        for k, bead in enumerate(gold):
            for side in (0, 1):
                for i in bead[side]:
                    where[(side, i)] = k
        broken = set()
        for bead in predicted:
            blocks = {where[(side, i)] for side in (0, 1) for i in bead[side]}
            if len(blocks) == 1:
                self.right_predicted += 1
            else:
                broken |= blocks
        self.found_gold += len(gold) - len(broken)

    @property
    def f1(self) -> float:
        if not self.predicted and not self.gold:
            return 1.0
        p = self.right_predicted / self.predicted if self.predicted else 0.0
        r = self.found_gold / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def run_case(aligner: Aligner, case: AlignmentCase) -> list[Unit]:
    """Align a case, checking that every sentence is covered once."""
    units = aligner.align(sentences_from_lines(case.source), sentences_from_lines(case.target))
    check_cover(units, len(case.source), len(case.target))
    return units


def score_cases(aligner: Aligner, cases: Iterable[AlignmentCase]) -> Score:
    """F1 over all beads (1-0 and 0-1 included) of every case (see :class:`Score`)."""
    score = Score()
    for case in cases:
        score.add(beads(run_case(aligner, case)), case.gold, case.coarse)
    return score
