"""Aligners on real line-aligned test sets (NTREX-128 and FLORES-200 devtest documents).

Floors sit a little below what was measured (bench/alignment.py reports the figures).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mtqa.align.base import Aligner
from mtqa.align.evaluate import perturb, plain_case, resegmented_case, score_cases
from mtqa.align.length import LengthAligner
from mtqa.corpora import documents
from mtqa.records import Document, Sentence

pytestmark = pytest.mark.corpus

SETS = {"ntrex128": ("ntrex128", "ko.txt"), "flores": ("flores200-devtest", "ko.quotes-fixed.txt")}

# Measured with the length aligner (seed 0): plain ntrex 0.995, flores 1.000;
# hard ntrex 0.863, flores 0.844; re-segmented (block F1) ntrex 0.848-0.862, flores 0.981.
LENGTH_FLOORS = {
    ("ntrex128", "plain"): 0.99,
    ("flores", "plain"): 0.99,
    ("ntrex128", "hard"): 0.82,
    ("flores", "hard"): 0.80,
    ("ntrex128", "resegmented"): 0.82,
    ("flores", "resegmented"): 0.96,
}


def load(corpora: Path, name: str) -> list[tuple[str, list[str], list[str]]]:
    folder, ko = SETS[name]
    return documents(corpora / folder, ko=ko)


def f1(aligner: Aligner, docs: list[tuple[str, list[str], list[str]]], variant: str) -> float:
    rng = random.Random(0)
    if variant == "plain":
        cases = [plain_case(ko, en) for _, ko, en in docs]
    elif variant == "hard":
        cases = [perturb(ko, en, rng) for _, ko, en in docs]
    else:
        cases = [resegmented_case(ko, en, resplit) for _, ko, en in docs]
    return score_cases(aligner, cases).f1


def resplit(text: str, lang: str) -> list[Sentence]:
    segment = pytest.importorskip("mtqa.text.segment").segment
    return list(segment(Document.from_text("doc", text, lang)))


@pytest.mark.parametrize("variant", ["plain", "hard", "resegmented"])
@pytest.mark.parametrize("name", list(SETS))
def test_length_aligner_f1(corpora: Path, name: str, variant: str) -> None:
    score = f1(LengthAligner(), load(corpora, name), variant)
    assert score >= LENGTH_FLOORS[(name, variant)]


# Measured with the embedding aligner on the first documents of each set (seed 0): see
# bench/alignment.py for the full sets.
EMBEDDING_DOCS = {"ntrex128": 10, "flores": 40}
EMBEDDING_FLOOR = 0.97


@pytest.fixture(scope="module")
def embedding_aligner() -> Aligner:
    from mtqa.align.embedding import EmbeddingAligner
    from mtqa.models.encoder import load_encoder

    return EmbeddingAligner(load_encoder())


@pytest.mark.model
@pytest.mark.parametrize("variant", ["plain", "hard"])
@pytest.mark.parametrize("name", list(SETS))
def test_embedding_aligner_f1(
    corpora: Path, embedding_aligner: Aligner, name: str, variant: str
) -> None:
    docs = load(corpora, name)[: EMBEDDING_DOCS[name]]
    assert f1(embedding_aligner, docs, variant) >= EMBEDDING_FLOOR
