"""Forms of real reporting read in round 14, each with sentences written for these tests.

Each test is one phenomenon found in real news text the rules had not seen: an oral count restated
in a later quote (one fact, not two), units written as a coordination after their parent (`클로바 및
AI랩`, `LG의 AI연구원`), a count whose sentence opens a new paragraph after the paper sentence it
continues, a yearly trend over the conferences the sentence before named as a series, and names
the gazetteer lacked.
"""

from __future__ import annotations

import pytest

from extract import extract
from tests.extract.test_reporting_forms import fact_keys


def test_a_subset_restated_in_a_later_quote_is_one_fact() -> None:
    text = (
        "가람전자는 ICCV 2025에서 논문 5편을 발표한다. 이 가운데 3편이 구두 발표로 뽑혔다.\n"
        "회사 관계자는 \u201c작년엔 1편이었는데 올해는 3편이 구두 발표로 뽑혔다\u201d고 말했다."
    )
    result = extract(text, published_at="2025-09-01", min_confidence=0.0)
    threes = [p for p in result.paper_counts if p.count == 3]
    assert len(threes) == 1
    assert threes[0].scope == "subset"


def test_a_unit_after_its_parent_in_the_genitive_is_the_gazetteer_unit() -> None:
    text = "지난달 열린 ICML 2025에서 LG의 AI연구원은 논문 9편을 발표했다."
    facts = fact_keys(text, published_at="2025-08-01")
    assert ("lg-ai-research", ("ICML",), 2025, 9) in facts
    assert not any(f[0].startswith("pattern:") for f in facts)


@pytest.mark.parametrize("joined", ["클로바 및 AI랩", "클로바와 AI랩", "클로바, AI랩"])
def test_a_coordination_of_units_is_two_units_of_one_parent(joined: str) -> None:
    text = f"네이버는 ACL 2025에 참가한다. {joined} 연구진은 이번 학회에서 모두 9편을 발표한다."
    result = extract(text, published_at="2025-06-01", min_confidence=0.0)
    assert {"naver-clova", "naver-ai-lab"} <= {o.id for o in result.organizations}
    assert not any(o.id.startswith("pattern:") for o in result.organizations)
    assert ("naver", ("ACL",), 2025, 9) in fact_keys(text, published_at="2025-06-01")


def test_a_sister_unit_named_short_is_that_unit_elsewhere_in_the_text() -> None:
    text = "네이버는 클로바와 서치 논문을 EMNLP 2025에서 발표한다.\n클로바 논문 3편·서치 2편이 채택됐다."
    facts = fact_keys(text, published_at="2025-10-01")
    assert ("naver-search", ("EMNLP",), 2025, 2) in facts
    assert ("naver-clova", ("EMNLP",), 2025, 3) in facts


def test_two_companies_joined_are_not_read_as_sister_units() -> None:
    text = "삼성전자와 LG전자는 ISSCC 2026에서 각각 10편과 4편을 발표한다."
    facts = fact_keys(text, published_at="2025-11-20")
    assert ("samsung-electronics", ("ISSCC",), 2026, 10) in facts
    assert ("lg-electronics", ("ISSCC",), 2026, 4) in facts


def test_the_parent_written_in_a_unit_found_by_form_is_listed_too() -> None:
    text = "DB하이텍 반도체부문 연구진은 VLSI 2025에서 논문 2편을 발표했다."
    result = extract(text, published_at="2025-06-20", min_confidence=0.0)
    ids = {o.id for o in result.organizations}
    assert "db-hitek" in ids
    parent = next(o for o in result.organizations if o.id == "db-hitek")
    assert all(text[m.start : m.end] == m.text for m in parent.mentions)
    assert parent.mentions[0].text == "DB하이텍"


@pytest.mark.parametrize(
    ("written", "org"),
    [
        ("동부하이텍은", "db-hitek"),
        ("키파운드리는", "key-foundry"),
        ("매그나칩은", "magnachip"),
        ("노르웨이 암 레지스트리는", "cancer-registry-norway"),
        ("노르웨이 공중보건 연구소는", "norwegian-institute-public-health"),
    ],
)
def test_names_real_reporting_used_are_in_the_gazetteer(written: str, org: str) -> None:
    text = f"{written} 올해 학회에서 논문 3편을 발표했다."
    result = extract(text, published_at="2025-03-01", min_confidence=0.0)
    assert org in {o.id for o in result.organizations}
    assert not any(o.id.startswith("country:") for o in result.organizations)


def test_a_count_in_a_new_paragraph_continuing_the_subject_is_a_paper_count() -> None:
    text = (
        "한결소프트는 올해 국제 학회 논문을 벌써 14건이나 냈다.\n"
        "이로써 한결소프트는 지난해 한 해의 실적(9건)을 반년 만에 넘어섰다."
    )
    facts = fact_keys(text, published_at="2025-07-10")
    assert ("pattern:한결소프트", (), 2024, 9) in facts


def test_a_count_in_a_new_paragraph_about_another_organization_needs_its_own_paper_word() -> None:
    text = "한결소프트는 올해 국제 학회 논문을 벌써 14건이나 냈다.\n한편 가람전자는 지난해 신규 계약 9건을 맺었다."
    facts = fact_keys(text, published_at="2025-07-10")
    assert not any(f[3] == 9 for f in facts)


def test_a_list_of_a_year_and_a_year_word_pairs_with_each_count() -> None:
    text = "가람대는 ICCV 논문을 꾸준히 늘렸다. 2021년과 지난해에는 각각 5편과 9편이었다."
    facts = fact_keys(text, published_at="2024-03-01")
    assert ("pattern:가람대", ("ICCV",), 2021, 5) in facts
    assert ("pattern:가람대", ("ICCV",), 2023, 9) in facts


def test_dated_counts_after_conferences_named_as_a_yearly_series_take_them() -> None:
    text = (
        "가람대는 ICML과 NeurIPS에서 매년 발표 논문을 늘려 왔다.\n"
        "2016년 2건이던 것이 2019년과 올해엔 각각 8건과 15건이 됐다."
    )
    facts = fact_keys(text, published_at="2020-12-20")
    for year, n in ((2016, 2), (2019, 8), (2020, 15)):
        assert ("pattern:가람대", ("ICML", "NeurIPS"), year, n) in facts


def test_a_dated_count_after_conferences_named_once_does_not_take_them() -> None:
    text = "가람전자는 지난주 ICML에 참가했다. 2019년에는 학회 논문 8편을 냈다."
    facts = fact_keys(text, published_at="2024-07-30")
    assert ("pattern:가람전자", ("ICML",), 2019, 8) not in facts


def test_a_gazetteer_unit_named_again_without_its_parent_is_that_unit() -> None:
    text = (
        "LG AI 연구원은 ECCV 2026에서 논문 6편을 발표한다.\n"
        "회사 설명으로는 AI연구원은 지난해 같은 학회에서 3편을 냈다."
    )
    result = extract(text, published_at="2026-08-01", min_confidence=0.0)
    assert not any(o.id.startswith("pattern:") for o in result.organizations)
    assert all(p.organization_id == "lg-ai-research" for p in result.paper_counts)


@pytest.mark.parametrize(
    "second",
    [
        "투자 유치는 3건이었다.",
        "이와 함께 한결소프트는 업무협약 3건을 맺었다.",
        "한결소프트는 신규 서비스 3개를 내놨다.",
    ],
)
def test_a_count_of_other_things_in_the_next_paragraph_is_no_paper_count(second: str) -> None:
    text = f"한결소프트는 올해 국제 학회 논문을 벌써 14건이나 냈다.\n{second}"
    result = extract(text, title="한결소프트, 학회 논문 14건", published_at="2025-07-10", min_confidence=0.0)
    counts = {p.count for p in result.paper_counts}
    assert 14 in counts
    assert 3 not in counts


def test_a_count_of_other_things_in_the_same_paragraph_is_no_paper_count() -> None:
    text = "가람전자는 ICML 2025에 논문 6편을 발표했다. 같은 기간 투자 유치는 2건이었다."
    facts = fact_keys(text, published_at="2025-08-01")
    assert ("pattern:가람전자", ("ICML",), 2025, 6) in facts
    assert not any(f[3] == 2 for f in facts)


@pytest.mark.parametrize("word", ["단과대학 수준의", "초거대 AI를"])
def test_generic_words_ending_like_a_university_are_no_organizations(word: str) -> None:
    text = f"가람대는 ICLR 2026에 논문 4편을 냈고, {word} 연구도 키운다."
    result = extract(text, published_at="2026-02-01", min_confidence=0.0)
    assert {o.id for o in result.organizations} == {"pattern:가람대"}
