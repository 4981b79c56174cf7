from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtqa.records import Severity
from mtqa.rules.base import RETIRED, all_rules, rule, select_rules
from mtqa.rules.docs import rule_page, write_docs

CODE = re.compile(r"^MT\d{3}$")


def test_every_rule_is_documented_with_a_stable_code() -> None:
    rules = all_rules()
    assert len(rules) >= 5
    assert len({r.code for r in rules}) == len(rules)
    for r in rules:
        assert CODE.match(r.code), r.code
        assert r.name and r.summary and len(r.description) > 40
        assert r.category.split("/")[0] in {"Accuracy", "Terminology", "Fluency", "Style", "Locale"}
        assert isinstance(r.severity, Severity)
        assert r.examples, f"{r.code} has no example"
        assert r.code not in RETIRED


def test_codes_cannot_be_registered_twice() -> None:
    code = all_rules()[0].code
    with pytest.raises(ValueError, match="already used"):
        rule(code, "dup", "Accuracy/Addition", Severity.MINOR, "s", "d")(lambda v: iter(()))


@pytest.mark.parametrize(
    ("select", "ignore", "expect_in", "expect_out"),
    [
        ((), (), ["MT101", "MT201"], []),
        (("MT1",), (), ["MT101", "MT103"], ["MT201"]),
        ((), ("MT10",), ["MT201"], ["MT101", "MT103"]),
        (("MT103",), ("MT1",), ["MT103"], ["MT101"]),  # longest prefix wins
        (("mt2",), (), ["MT201"], ["MT101"]),
    ],
)
def test_select_and_ignore_by_prefix(
    select: tuple[str, ...], ignore: tuple[str, ...], expect_in: list[str], expect_out: list[str]
) -> None:
    codes = {r.code for r in select_rules(select, ignore)}
    assert set(expect_in) <= codes
    assert not set(expect_out) & codes


def test_docs_one_page_per_rule(tmp_path: Path) -> None:
    files = write_docs(tmp_path)
    rules = all_rules()
    assert len(files) == len(rules) + 1
    page = rule_page(rules[0])
    assert rules[0].code in page and "--ignore" in page and "Examples" in page


def test_committed_rule_docs_are_up_to_date() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs" / "rules"
    stale = [
        r.code
        for r in all_rules()
        if not (docs / f"{r.code}.md").is_file()
        or (docs / f"{r.code}.md").read_text(encoding="utf-8") != rule_page(r)
    ]
    assert not stale, f"run `make docs`: stale or missing pages for {stale}"


def test_off_by_default_rules_run_only_when_selected() -> None:
    off = {r.code for r in all_rules() if not r.default}
    assert {"MT801", "MT802"} <= off
    assert not off & {r.code for r in select_rules()}
    assert not off & {r.code for r in select_rules((), ("MT1",))}
    assert {"MT801"} <= {r.code for r in select_rules(("MT801",))}
    assert off <= {r.code for r in select_rules(("MT8",))}
    assert "MT803" in {r.code for r in select_rules()}
