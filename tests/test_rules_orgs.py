from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import mtqa.rules.orgs  # noqa: F401  (registers MT71x)
import mtqa.rules.terms  # noqa: F401  (registers MT70x)
from lexicontools import with_termbase
from mtqa.lexicon.organizations import organizations
from mtqa.rules.base import select_rules
from ruletools import get_rule, make_view, run_rule

CORRECT = [
    ("세계보건기구(WHO)는 경고했다.", "The WHO warned."),
    ("세계보건기구(WHO)는 경고했다.", "The World Health Organization warned."),
    ("인공지능(AI) 기술", "artificial intelligence technology"),
    ("통일부는 성명을 냈다.", "The Unification Ministry issued a statement."),
    ("외교부 대변인은", "A foreign ministry spokesperson"),
    ("기획재정부는 발표했다.", "The finance ministry announced."),
    ("더불어민주당 의원들은", "Democratic Party lawmakers"),
    ("국민의힘 대표", "the leader of the People Power Party"),
    ("국가정보원(NIS)은 밝혔다.", "The National Intelligence Service said."),
    ("한국은행은 금리를 동결했다.", "The BOK froze rates."),
    ("삼성전자는 발표했다", "Samsung said"),
    ("유엔 안보리는 회의를 열었다.", "The U.N. Security Council met."),
    ("국제통화기금(IMF)은 전망했다.", "The International Monetary Fund forecast."),
    ("통일부는 성명을 냈다.", ""),
    # a company's name Kiwi reads as a common noun there (기아 'hunger')
    ("기아와 빈곤 퇴치를 위한 동맹", "an alliance against hunger and poverty"),
]

WRONG = [
    ("세계보건기구(WHO)는 경고했다.", "The WTO warned.", "MT712"),
    ("국가정보원(NIS)은 밝혔다.", "The police said.", "MT712"),
    ("경제협력개발기구(OECD)는 밝혔다.", "The organization said.", "MT712"),
    ("통일부는 성명을 냈다.", "The government issued a statement.", "MT711"),
    ("국민의힘은 반발했다.", "The Democrats protested.", "MT711"),
    ("삼성전자는 발표했다", "LG Electronics said", "MT711"),
    # words many names share (World, Organization) render no organization
    ("세계보건기구(WHO)는 경고했다.", "The World Trade Organization (WTO) warned.", "MT712"),
    # a party's name as ordinary lower-case words
    ("국민의힘은 반발했다.", "The power of the people protested.", "MT711"),
]


def codes(ko: str, en: str) -> list[str]:
    return [c for c in ("MT711", "MT712") for _ in run_rule(c, ko, en)]


@pytest.mark.parametrize(("ko", "en"), CORRECT)
def test_correct_organizations_not_flagged(ko: str, en: str) -> None:
    assert codes(ko, en) == []


@pytest.mark.parametrize(("ko", "en", "code"), WRONG)
def test_wrong_organizations_flagged(ko: str, en: str, code: str) -> None:
    assert codes(ko, en) == [code]


@pytest.mark.parametrize(
    ("ko", "en", "got"),
    [
        ("국민의힘은 반발했다.", "The People's Strength protested.", "People's Strength"),
        ("공정거래위원회는 과징금을 부과했다.", "The Fair Trading Committee imposed a fine.",
         "Fair Trading Committee"),
        ("합동참모본부는 밝혔다.", "The Joint Staff Headquarters said.",
         "Joint Staff Headquarters"),
    ],
)  # fmt: skip
def test_a_name_translated_word_by_word_is_shown(ko: str, en: str, got: str) -> None:
    (hit,) = run_rule("MT711", ko, en)
    assert hit.confidence >= 0.5 and hit.target is not None and en[slice(*hit.target)] == got


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        # a short form of the name, a generic word shared, another country's name
        ("국제사법재판소의 판결", "the International Court's ruling"),
        ("더불어민주당은 반발했다.", "The Minjoo Party protested."),
        ("유엔 제재에 찬성했다.", "The United Kingdom backed sanctions."),
    ],
)
def test_other_capitalized_names_are_no_word_by_word_rendering(ko: str, en: str) -> None:
    assert all(h.confidence < 0.5 for h in run_rule("MT711", ko, en))


@pytest.mark.parametrize(
    ("ko", "en", "code", "got"),
    [
        ("국토교통부는 노선을 신설한다.",
         "The Ministry of Trade, Industry and Energy will add routes.", "MT711",
         "Ministry of Trade, Industry and Energy"),
        ("금융위원회는 4일 밝혔다.", "The Financial Supervisory Service said on the 4th.", "MT711",
         "Financial Supervisory Service"),
        ("국제원자력기구(IAEA) 사무총장은 우려했다.",
         "International Energy Agency (IEA) Director General voiced concern.", "MT712",
         "International Energy Agency"),
    ],
)  # fmt: skip
def test_another_organization_in_its_stead_is_a_major_swap(
    ko: str, en: str, code: str, got: str
) -> None:
    (hit,) = run_rule(code, ko, en)
    assert hit.confidence >= 0.7 and hit.severity is not None and hit.severity.name == "MAJOR"
    assert hit.target is not None and en[slice(*hit.target)] == got


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        # the other body is named in the Korean in Latin letters, or holds the missing one
        ("EU는 유럽의회 선거 전에 해결해야 한다.", "The European Union must act before the polls."),
        ("유엔 제재안은 부결됐다.", "Permanent members of the Security Council vetoed it."),
        # an office, not a body ('Attorney General' is listed for 법무부)
        ("연방 검찰은 사형을 구형했다.", "The Attorney General sought the death penalty."),
    ],
)
def test_no_swap_for_related_or_named_organizations(ko: str, en: str) -> None:
    assert not any(
        "rendered as" in h.message for c in ("MT711", "MT712") for h in run_rule(c, ko, en)
    )


def test_missing_org_is_modest() -> None:
    (hit,) = run_rule("MT711", "통일부는 성명을 냈다.", "The government issued a statement.")
    assert hit.confidence < 0.6 and hit.suggestion == "Ministry of Unification"


TB = "ko,en,variants\n김지사,Governor Kim,Gov. Kim\n광둥성,Guangdong Province,Guangdong\n"


def termbase_hits(tmp_path: Path, code: str, ko: str, en: str) -> list:  # type: ignore[type-arg]
    path = tmp_path / "tb.csv"
    path.write_text(TB, encoding="utf-8")
    view = make_view(ko, en, with_termbase(path))
    return list(get_rule(code).check(view))


@pytest.mark.parametrize(
    "en", ["Governor Kim said.", "Gov. Kim said.", "GOVERNOR KIM said.", "governor-kim said."]
)
def test_termbase_preferred_or_variant_accepted(tmp_path: Path, en: str) -> None:
    assert termbase_hits(tmp_path, "MT701", "김지사는 말했다.", en) == []


def test_termbase_misspelled_and_missing(tmp_path: Path) -> None:
    (miss,) = termbase_hits(tmp_path, "MT701", "김지사의 발언", "Governer Kim's remarks")
    assert "misspelled" in miss.message and miss.suggestion == "Governor Kim"
    assert miss.target == (0, 12)
    (gone,) = termbase_hits(tmp_path, "MT701", "김지사가 밝혔다.", "The official said.")
    assert "not rendered" in gone.message and gone.source == (0, 3)


def test_termbase_span_suppresses_place_rule(tmp_path: Path) -> None:
    import mtqa.rules.places  # noqa: F401

    assert termbase_hits(tmp_path, "MT501", "광둥성 공장", "a factory") == []
    assert len(termbase_hits(tmp_path, "MT701", "광둥성 공장", "a factory")) == 1


def test_deprecated_form(tmp_path: Path) -> None:
    path = tmp_path / "tb.tbx"
    path.write_text(
        '<martif><text><body><termEntry><langSet xml:lang="ko"><tig><term>북한</term></tig>'
        '</langSet><langSet xml:lang="en"><tig><term>North Korea</term></tig><tig><term>DPRK'
        '</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>'
        "</langSet></termEntry></body></text></martif>",
        encoding="utf-8",
    )
    view = make_view("북한은 발표했다.", "The DPRK announced.", with_termbase(path))
    (hit,) = get_rule("MT702").check(view)
    assert hit.suggestion == "North Korea"
    assert list(get_rule("MT701").check(view))[0].suggestion == "North Korea"


def test_rules_are_documented() -> None:
    for r in select_rules(["MT70", "MT71"]):
        assert r.category and r.description and r.examples


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("유럽 연합과 협상했다.", "They negotiated with the EU."),
        ("유럽연합과 협상했다.", "They negotiated with Brussels."),
        ("국제 통화 기금은 전망했다.", "The IMF forecast."),
        ("유엔안전보장이사회는 회의를 열었다.", "The UN Security Council met."),
    ],
)
def test_organizations_match_with_any_spacing(ko: str, en: str) -> None:
    assert codes(ko, en) == []


def test_spaced_organization_still_checked() -> None:
    (hit,) = run_rule("MT711", "국제 통화 기금은 전망했다.", "The forecasters said.")
    assert hit.suggestion == "International Monetary Fund"
    assert hit.source == (0, 8)


def test_spacing_tolerance_keeps_words_apart() -> None:
    from mtqa.lexicon.korean_bounds import match_spaced

    assert match_spaced("국제 통화 기금은", 0, "국제통화기금") == 8
    assert match_spaced("국 방부", 0, "국방부") is None  # a one-syllable part is another word
    assert match_spaced("유럽의 연합", 0, "유럽연합") is None


def test_organization_inside_a_longer_name_is_not_matched() -> None:
    # 기아나 (Guiana) is one proper noun, not 기아 (Kia) followed by the particle 나
    ko = "브라질과 프랑스령 기아나의 도시를 잇는다."
    assert run_rule("MT711", ko, "It links cities in Brazil and French Guiana.") == []


def test_a_korean_body_after_a_foreign_place_is_that_country_s() -> None:
    # 일본 기상청 is the Japan Meteorological Agency, not the Korea Meteorological Administration.
    assert run_rule("MT711", "일본 기상청은 경보를 발령했다.", "The JMA issued a warning.") == []
    assert run_rule("MT711", "기상청은 경보를 발령했다.", "The JMA issued a warning.")


def test_another_organization_s_name_is_no_literal_rendering() -> None:
    ko = "유럽의회 선거 전에 해결책이 나와야 한다."
    en = "A solution must be found before the European Union votes."
    # another body named in its stead is a swap, not a word-by-word rendering of its name
    (hit,) = run_rule("MT711", ko, en)
    assert "another organization" in hit.message and "not its English name" not in hit.message
    (hit,) = run_rule("MT711", ko, "A solution must be found before the European Congress votes.")
    assert hit.confidence >= 0.5


@pytest.mark.parametrize(
    ("ko", "en", "got"),
    [
        ("한국갤럽이 실시한 여론조사에서 찬성은 41%였다.",
         "In a poll by Realmeter, 41% were in favour.", "Realmeter"),
        ("이상훈 행정안전부 장관은 지시했다.",
         "Minister of Land, Infrastructure and Transport Lee Sang-hoon ordered it.",
         "Minister of Land, Infrastructure and Transport"),
        ("한국무역협회(KITA)에 따르면 교역액이 늘었다.",
         "According to the Korea Trade-Investment Promotion Agency (KOTRA), trade grew.",
         "Korea Trade-Investment Promotion Agency"),
    ],
)  # fmt: skip
def test_another_body_in_the_organization_s_stead(ko: str, en: str, got: str) -> None:
    hits = [h for c in ("MT711", "MT712") for h in run_rule(c, ko, en) if h.confidence >= 0.7]
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == [got]


def test_a_minister_s_name_renders_the_ministry() -> None:
    ko = "이상훈 국토교통부 장관은 지시했다."
    en = "Minister of Land, Infrastructure and Transport Lee Sang-hoon ordered it."
    assert not run_rule("MT711", ko, en)


def test_a_dateline_agency_is_no_substitute() -> None:
    ko = "한국갤럽이 실시한 여론조사에서 찬성은 41%였다."
    en = "SEOUL, Nov. 5 (Yonhap) -- In a poll, 41% were in favour."
    assert not [h for h in run_rule("MT711", ko, en) if h.confidence >= 0.5]


def test_airports_and_short_forms_are_bodies() -> None:
    ko = "박 지사는 인천국제공항을 통해 귀국할 예정이다."
    en = "Governor Park will return through Gimpo International Airport."
    assert [h.confidence for h in run_rule("MT711", ko, en)] == [0.7]
    assert not run_rule("MT711", "한은은 기준금리를 동결했다.", "The BOK froze the base rate.")


def test_a_streaming_service_swapped() -> None:
    ko = "이번 시즌 넷플릭스를 통해 공개된 드라마가 인기를 끌었다."
    en = "The drama released on Disney+ this season became popular."
    hits = [h for h in run_rule("MT711", ko, en) if h.confidence >= 0.7]
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == ["Disney+"]
    assert not run_rule("MT711", ko, en.replace("Disney+", "Netflix"))


def test_each_korean_form_is_listed_once() -> None:
    counts = Counter(t.ko for t in organizations().terms)
    assert [ko for ko, n in counts.items() if n > 1] == []
