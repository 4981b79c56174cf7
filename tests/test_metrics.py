from __future__ import annotations

import sacrebleu

from mtqa.metrics.reference import ReferenceMetrics


def test_scores_match_sacrebleu_and_carry_signatures() -> None:
    m = ReferenceMetrics()
    hyp, ref = "The governor announced 25,000 evacuees.", "The governor said 25,000 people fled."
    doc = m.corpus([hyp], [ref])
    assert doc["bleu"] == round(sacrebleu.corpus_bleu([hyp], [[ref]]).score, 4)
    assert doc["chrf"] == round(sacrebleu.corpus_chrf([hyp], [[ref]], word_order=2).score, 4)
    assert doc["ter"] == round(sacrebleu.corpus_ter([hyp], [[ref]]).score, 4)
    sigs = m.signatures
    assert set(sigs) == {"bleu", "chrf", "ter"}
    assert "nw:2" in sigs["chrf"] and "nrefs:1" in sigs["bleu"]


def test_sentence_scores_rank_a_better_translation_higher() -> None:
    m = ReferenceMetrics()
    ref = "The central bank kept its base rate at 3.5 percent."
    good = m.sentence("The central bank held its base rate at 3.5 percent.", ref)
    bad = m.sentence("The market price went up yesterday.", ref)
    assert good["chrf"] > bad["chrf"] and good["bleu"] > bad["bleu"] and good["ter"] < bad["ter"]
