from __future__ import annotations

import pytest

from mtqa.errors import ConfigError
from mtqa.gate import GatePolicy, evaluate
from mtqa.records import Severity


def finding(
    code: str = "MT101", severity: str = "major", confidence: float = 0.9, status: str = "open"
) -> dict:
    return {
        "code": code,
        "severity": severity,
        "confidence": confidence,
        "status": status,
        "message": "m",
        "unit": 1,
    }


def doc(*findings: dict, qe: float | None = 0.8) -> dict:
    return {"doc_id": "a", "findings": list(findings), "scores": {"qe": qe}}


def test_from_mapping_reads_every_key() -> None:
    p = GatePolicy.from_mapping(
        {"fail_on": "Major", "min_qe": 0.5, "max_per_code": {"mt2": 3}, "min_confidence": 0.7}
    )
    assert p == GatePolicy(Severity.MAJOR, 0.5, {"MT2": 3}, 0.7)


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"fail_on": "fatal"}, "fail_on"),
        ({"min_qe": "high"}, "min_qe"),
        ({"min_confidence": 1.5}, "min_confidence"),
        ({"max_per_code": {"MT1": -1}}, "max_per_code.MT1"),
        ({"max_per_code": [1]}, "max_per_code"),
        ({"fail_one": "major"}, "unknown key"),
    ],
)
def test_bad_values_give_one_line_config_errors(table: dict, words: str) -> None:
    with pytest.raises(ConfigError) as err:
        GatePolicy.from_mapping(table)
    assert words in str(err.value)
    assert "\n" not in str(err.value)


def test_default_policy_never_fails() -> None:
    assert evaluate(doc(finding(severity="critical"), qe=0.01), GatePolicy()) == []


def test_fail_on_counts_severity_at_or_above() -> None:
    p = GatePolicy(fail_on=Severity.MAJOR)
    reasons = evaluate(
        doc(finding("MT1", "minor"), finding("MT2", "major"), finding("MT3", "critical")), p
    )
    assert [r.split()[0] for r in reasons] == ["MT2", "MT3"]


def test_low_confidence_and_dismissed_never_fail() -> None:
    p = GatePolicy(fail_on=Severity.MINOR, max_per_code={"MT1": 0}, min_confidence=0.5)
    d = doc(finding("MT1", confidence=0.3), finding("MT1", status="dismissed"))
    assert evaluate(d, p) == []
    assert len(evaluate(doc(finding("MT1", status="accepted")), p)) == 2  # severity + count


def test_min_qe_and_per_code_limits() -> None:
    p = GatePolicy(min_qe=0.6, max_per_code={"MT2": 1})
    reasons = evaluate(doc(finding("MT201"), finding("MT202"), finding("MT3"), qe=0.42), p)
    assert any("QE 0.420" in r for r in reasons)
    assert "MT2: 2 findings, at most 1 allowed" in reasons
    assert evaluate(doc(qe=None), p) == []  # no QE score: nothing to compare


def test_override_keeps_unset_values_and_validates() -> None:
    base = GatePolicy.from_mapping({"fail_on": "critical", "min_qe": 0.5})
    p = base.override(fail_on="major", min_qe=None)
    assert p.fail_on is Severity.MAJOR and p.min_qe == 0.5
    assert base.override(fail_on="none").fail_on is None
    with pytest.raises(ConfigError):
        base.override(min_confidence=2)


def test_without_a_gate_an_article_neither_passes_nor_fails() -> None:
    from mtqa.report.summary import summarize

    bad = doc(finding(severity="critical", confidence=0.9))
    assert not GatePolicy().active
    assert summarize(bad, GatePolicy(), None).status == "none"
    assert summarize(bad, GatePolicy(fail_on=Severity.CRITICAL), None).status == "fail"
    assert summarize(bad, GatePolicy(min_qe=0.5), None).status == "pass"
    assert GatePolicy(max_per_code={"MT1": 0}).active
