"""The default QE backend with the shipped head."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mtqa.models.qe import QEUnit, get_backend
from mtqa.models.qe.estimator import RECORD_FILE, shipped_head_path
from mtqa.models.qe.features import EVIDENCE
from mtqa.models.qe.head import load_head
from mtqa.models.qe.joint import joint_path
from mtqa.models.weights_cache import sha256_file

PAIRS = [
    (
        "정부는 30일 새 부동산 대책을 발표하고 다음 달부터 시행하기로 했다.",
        "The government announced new real estate measures on the 30th, to take effect next month.",
    ),
    (
        "문재인 대통령은 서울에서 트럼프 대통령과 만나 북한 핵 문제를 논의했다.",
        "President Moon Jae-in met President Trump in Seoul and discussed North Korea's "
        "nuclear issue.",
    ),
    (
        "경찰은 사고 원인을 조사하고 있으며 부상자 3명은 인근 병원으로 옮겨졌다.",
        "Police are investigating the cause of the accident, and three injured people were "
        "taken to a nearby hospital.",
    ),
    (
        "부산에서는 하루 종일 강한 비가 내려 항공편 수십 편이 결항됐다.",
        "Heavy rain fell all day in Busan, and dozens of flights were cancelled.",
    ),
    (
        "한국은행은 기준금리를 연 3.5%로 동결했다고 밝혔다.",
        "The Bank of Korea said it kept its benchmark interest rate at 3.5 percent a year.",
    ),
    (
        "삼성전자는 올해 2분기 영업이익이 작년보다 크게 늘었다고 발표했다.",
        "Samsung Electronics announced that its second-quarter operating profit rose sharply "
        "from a year earlier.",
    ),
]


def _broken(i: int, en: str) -> dict[str, str]:
    words = en.split()
    return {
        "half dropped": " ".join(words[: len(words) // 2]),
        "unrelated": PAIRS[(i + 3) % len(PAIRS)][1],
        "repetition loop": " ".join(words[:4] + [words[3]] * 12),
    }


def test_shipped_head_matches_its_record() -> None:
    path = shipped_head_path()
    record = json.loads((path.parent / RECORD_FILE).read_text("utf-8"))
    assert record["head_sha256"] == sha256_file(path)
    assert record["head_file"] == path.name
    assert path.stat().st_size < 400_000
    head = load_head(path)
    assert head.config.features == EVIDENCE
    assert head.config.meta["encoder_weights_hash"] == record["encoder"]["weights_hash"]
    joint = path.with_name(record["joint"]["file"])
    assert joint == joint_path(path) and record["joint"]["sha256"] == sha256_file(joint)
    assert joint.stat().st_size < 4_000_000  # adapters and MLP only, in float16


def test_estimator_declares_no_reference() -> None:
    est = get_backend("estimator")
    assert est.requires_reference is False
    assert est.predict([]) == []


@pytest.mark.model
def test_correct_translations_score_above_broken_ones() -> None:
    est = get_backend("estimator")
    units, kinds = [], []
    for i, (ko, en) in enumerate(PAIRS):
        units.append(QEUnit(ko, en))
        kinds.append((i, "correct"))
        for kind, text in _broken(i, en).items():
            units.append(QEUnit(ko, text))
            kinds.append((i, kind))
    results = est.predict(units)
    assert all(0.0 <= r.score <= 1.0 for r in results)
    score = {k: r.score for k, r in zip(kinds, results, strict=True)}
    for i in range(len(PAIRS)):
        for kind in ("half dropped", "unrelated", "repetition loop"):
            assert score[(i, "correct")] > score[(i, kind)], (PAIRS[i][0], kind, score)
    loops = [r for k, r in zip(kinds, results, strict=True) if k[1] == "repetition loop"]
    assert all(r.spans and r.spans[0].side == "target" for r in loops)
    sig = est.signature()
    assert sig["backend"] == "estimator" and len(sig["head"]) == 16
    assert len(sig["encoder_weights"]) == 16
    # the default runs the feature head alone; estimator-joint blends the joint model in
    assert sig["joint"] == "none"
    head_only = est.head.score(est.featurizer.transform(units))
    assert np.allclose([r.score for r in results], head_only, atol=1e-3)
    both = get_backend("estimator-joint")
    assert both.joint is not None and both.signature()["joint"] == both.joint.hash[:16]
    joint = both.joint.score(units)
    assert not np.isnan(joint).any() and not np.allclose(head_only, joint)
    blended = [r.score for r in both.predict(units)]
    expected = both.joint.config.blend * head_only + (1 - both.joint.config.blend) * joint
    assert np.allclose(blended, expected, atol=1e-3)
    score = {k: s for k, s in zip(kinds, blended, strict=True)}
    for i in range(len(PAIRS)):
        for kind in ("half dropped", "unrelated", "repetition loop"):
            assert score[(i, "correct")] > score[(i, kind)], (PAIRS[i][0], kind, score)
