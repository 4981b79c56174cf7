"""BLEU, chrF++ and TER through sacrebleu, at document level and per aligned unit.

Every score carries sacrebleu's signature so two numbers can be compared honestly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from sacrebleu.metrics import BLEU, CHRF, TER


@dataclass
class ReferenceMetrics:
    """sacrebleu metrics configured once per run: BLEU, chrF++ (word order 2), TER."""

    @cached_property
    def _corpus(self) -> dict[str, BLEU | CHRF | TER]:
        return {"bleu": BLEU(), "chrf": CHRF(word_order=2), "ter": TER()}

    @cached_property
    def _sentence(self) -> dict[str, BLEU | CHRF | TER]:
        return {"bleu": BLEU(effective_order=True), "chrf": CHRF(word_order=2), "ter": TER()}

    @cached_property
    def signatures(self) -> dict[str, str]:
        """sacrebleu signatures (they name the number of references, so score once first)."""
        out = {}
        for name, m in self._corpus.items():
            m.corpus_score(["a"], [["a"]])
            out[name] = str(m.get_signature())
        return out

    def corpus(self, hypotheses: Sequence[str], references: Sequence[str]) -> dict[str, float]:
        """Scores of a whole document given as aligned segments (or one segment each)."""
        return {
            name: round(m.corpus_score(list(hypotheses), [list(references)]).score, 4)
            for name, m in self._corpus.items()
        }

    def sentence(self, hypothesis: str, reference: str) -> dict[str, float]:
        """Scores of one aligned unit."""
        return {
            name: round(m.sentence_score(hypothesis, [reference]).score, 4)
            for name, m in self._sentence.items()
        }
