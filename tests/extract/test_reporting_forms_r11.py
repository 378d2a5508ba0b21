"""Forms of real reporting read in round 11, each with sentences written for these tests.

Each test is one phenomenon found in real news text the rules had not seen: a university named
in its long form or with a space (`토론토 대학`, `홍콩대학교`), the next edition dated by a statement
of when the event is held (`행사는 내년 2월 … 열린다`, `2027년 행사에`), a pool an organization is
then named one of (`선정된 5편 가운데 A는`), and display conferences (SID Display Week).
"""

from __future__ import annotations

import pytest

from tests.extract.test_reporting_forms import fact_keys


@pytest.mark.parametrize("name", ["토론토 대학은", "토론토대학교는", "토론토 대학교는", "토론토대는"])
def test_a_university_is_found_in_its_long_form_and_with_a_space(name: str) -> None:
    text = f"{name} ICML 2025에서 논문 9편이 채택됐다."
    assert ("toronto", ("ICML",), 2025, 9) in fact_keys(text, published_at="2025-06-01")


def test_a_country_before_university_is_no_university() -> None:
    text = "미국 대학은 ICML 2025에서 논문 90편이 채택됐다."
    assert fact_keys(text, published_at="2025-06-01") == set()


def test_the_next_edition_is_dated_by_when_the_event_is_held() -> None:
    text = (
        "국제고체회로학회(ISSCC)에서 한국 기관들의 성과가 두드러졌다. 이 연례 행사는 내년 2월 "
        "미국에서 열린다. 가람대는 논문 7편을 발표하고, 삼성전자는 5편을 발표한다."
    )
    facts = fact_keys(text, published_at="2026-11-25")
    assert ("samsung-electronics", ("ISSCC",), 2027, 5) in facts
    assert ("samsung-electronics", ("ISSCC",), 2026, 5) not in facts


def test_an_explicit_edition_year_with_an_event_noun_dates_the_conference() -> None:
    text = (
        "ISSCC는 2027년 행사에 실릴 논문 200편을 골랐다. 그 가운데 인텔이 6편으로 가장 많았다. "
        "삼성전자는 4편을 발표한다."
    )
    facts = fact_keys(text, published_at="2026-11-25")
    assert ("samsung-electronics", ("ISSCC",), 2027, 4) in facts


def test_two_edition_years_for_one_conference_date_nothing_new() -> None:
    text = (
        "VLSI 심포지엄은 2025년 행사에 이어 2027년 행사도 교토에서 열린다. "
        "SK하이닉스는 이번 VLSI 심포지엄에서 논문 3편을 발표한다."
    )
    facts = fact_keys(text, published_at="2026-05-02")
    assert ("sk-hynix", ("VLSI",), 2026, 3) in facts


def test_a_past_edition_held_does_not_date_the_next_one() -> None:
    text = "지난해 열린 ISSCC에서 삼성전자는 논문 6편을 발표했다. 올해 ISSCC에서는 8편을 발표한다."
    facts = fact_keys(text, published_at="2026-01-10")
    assert ("samsung-electronics", ("ISSCC",), 2026, 8) in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "올해 VLSI 심포지엄에서 선정된 5편의 논문 가운데 가온전자는 가장 먼저 발표한다.",
        "VLSI 심포지엄 2026에서 뽑힌 3개 논문 중 가온전자는 첫 순서를 맡았다.",
    ],
)
def test_a_pool_an_organization_is_then_named_one_of_is_not_its_count(sentence: str) -> None:
    assert fact_keys(sentence, published_at="2026-05-02") == set()


def test_a_pool_before_a_members_own_count_keeps_the_members_count() -> None:
    text = "ICML 2026에 채택된 7개 논문 중 네이버는 3개를 냈다."
    assert fact_keys(text, published_at="2026-06-01") == {("naver", ("ICML",), 2026, 3)}


def test_an_organizations_own_pool_is_still_its_own() -> None:
    text = "삼성전자는 ICML 2026에 제출한 논문 10편 중 3편이 채택됐다."
    assert ("samsung-electronics", ("ICML",), 2026, 3) in fact_keys(text, published_at="2026-06-01")


@pytest.mark.parametrize(
    "venue", ["SID 2026에서", "'디스플레이 위크 2026'에서", "국제정보디스플레이학회(SID) 2026에서"]
)
def test_display_conferences_are_conferences(venue: str) -> None:
    text = f"LG디스플레이는 {venue} 논문 8편을 발표한다."
    assert ("lg-display", ("SID",), 2026, 8) in fact_keys(text, published_at="2026-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "KAIST는 ACL 2026에서 12편을 발표해 8편을 낸 고려대보다 많았다.",
        "KAIST는 ACL 2026에서 12편을 발표했다. 8편을 낸 고려대보다 4편 많다.",
        "KAIST는 ACL 2026에서 12편으로 고려대(8편)보다 많았다.",
    ],
)
def test_the_count_of_the_organization_compared_with_is_that_organizations(text: str) -> None:
    facts = fact_keys(text, published_at="2026-07-05")
    assert ("korea-university", ("ACL",), 2026, 8) in facts
    assert ("kaist", ("ACL",), 2026, 8) not in facts
    assert ("kaist", ("ACL",), 2026, 12) in facts


def test_a_count_in_parentheses_after_an_object_is_the_objects() -> None:
    text = "네이버는 ICML 2026에서 카카오(5편)를 제치고 7편으로 1위에 올랐다."
    assert fact_keys(text, published_at="2026-07-05") == {
        ("naver", ("ICML",), 2026, 7),
        ("kakao", ("ICML",), 2026, 5),
    }


@pytest.mark.parametrize(
    "text",
    [
        "누리전자는 올해 기계학습학회(ICML), 음성신호 국제 학술대회(ICASSP), 시각 인식 총회(CVPR) 등에서 "
        "9건의 논문이 채택됐다.",
        "올해 국제기계학습학회(ICML), 음성 국제회의(ICASSP), 시각 국제 총회(CVPR) 등 주요 학회에서 "
        "삼성SDS의 논문 9건이 채택됐다.",
    ],
)
def test_a_conference_list_of_descriptions_with_acronyms_keeps_every_member(text: str) -> None:
    facts = fact_keys(text, published_at="2026-10-01")
    assert {f[1] for f in facts if f[3] == 9} == {("CVPR", "ICASSP", "ICML")}


@pytest.mark.parametrize(("name", "org"), [("삼성D는", "samsung-display"), ("LGD는", "lg-display")])
def test_display_makers_short_names(name: str, org: str) -> None:
    text = f"{name} IMID 2026에서 논문 12편을 발표한다."
    assert (org, ("IMID",), 2026, 12) in fact_keys(text, published_at="2026-08-20")


def test_a_count_two_organizations_make_together_is_neither_ones_nor_the_subjects() -> None:
    text = "ICML 2026에서 네이버는 7편, 카카오와 LG는 합쳐서 9편을 발표했다."
    assert fact_keys(text, published_at="2026-07-05") == {("naver", ("ICML",), 2026, 7)}


def test_a_count_an_organization_makes_with_its_own_unit_is_its_total() -> None:
    text = "네이버와 네이버랩스는 합쳐서 ICML 2026에서 12편을 발표했다."
    assert fact_keys(text, published_at="2026-07-05") == {("naver", ("ICML",), 2026, 12)}


def test_an_inclusion_clause_with_its_subject_before_still_gives_the_subjects_total() -> None:
    text = "네이버는 라인과 NLE를 포함하면 ICML 2026에서 총 20편을 발표했다."
    assert fact_keys(text, published_at="2026-07-05") == {("naver", ("ICML",), 2026, 20)}


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 ICLR 2026에서 전년(5편) 대비 두 배인 10편을 발표했다.",
        "네이버는 ICLR 2026에서 지난해 5편보다 많은 10편을 발표했다.",
        "네이버는 ICLR 2026에서 10편을 발표했다. 작년엔 5편이었다.",
    ],
)
def test_a_year_word_right_before_a_count_dates_it_and_not_the_count_compared(text: str) -> None:
    facts = fact_keys(text, published_at="2026-04-05")
    assert facts == {("naver", ("ICLR",), 2026, 10), ("naver", ("ICLR",), 2025, 5)}


def test_next_years_conference_and_the_previous_edition_in_an_autumn_briefing() -> None:
    text = (
        "ISSCC에 따르면 내년 학회에서 한국 논문은 모두 25편이 채택됐다. KAIST에서 낸 논문이 12편으로 "
        "가장 많았다. 삼성전자는 지난해 9편이 실렸지만 올해는 5편에 그쳤다. SK하이닉스는 지난 행사 "
        "3편에서 올해 4편으로 늘었다."
    )
    facts = fact_keys(text, published_at="2026-11-18")
    assert {
        ("kaist", ("ISSCC",), 2027, 12),
        ("samsung-electronics", ("ISSCC",), 2026, 9),
        ("samsung-electronics", ("ISSCC",), 2027, 5),
        ("sk-hynix", ("ISSCC",), 2026, 3),
        ("sk-hynix", ("ISSCC",), 2027, 4),
    } <= facts


@pytest.mark.parametrize(
    "text",
    [
        "가람연구원은 지난해 논문 420편을 발표해 연구기관 가운데 가장 많았다. 누리전자는 130편이었다.",
        "과학기술논문색인(SCI) 기준으로 가람연구원이 420편, 누리전자가 130편을 기록했다.",
    ],
)
def test_paper_counts_in_an_article_that_names_no_venue_are_no_conference_facts(text: str) -> None:
    assert fact_keys(text, published_at="2026-03-02") == set()


def test_the_slots_of_an_award_are_no_organizations_count() -> None:
    text = (
        "가람전자는 WSDM 2026에서 최우수 논문상을 받았다. 최우수 논문상은 전체 논문 중 약 3편인 상위 "
        "1%에만 돌아갔다."
    )
    assert not {f for f in fact_keys(text, published_at="2026-03-02") if f[3] == 3}


def test_an_organization_named_with_a_gloss_before_its_particle_is_the_subject() -> None:
    text = (
        "LG AI연구원 등 큰 기업들이 NeurIPS 2026에서 논문을 발표했다. 누리에이아이(누리AI)는 이번 "
        "학회에서 논문 두 편이 채택됐다고 밝혔다."
    )
    facts = fact_keys(text, published_at="2026-12-20")
    assert ("pattern:누리에이아이", ("NeurIPS",), 2026, 2) in facts
    assert not any(f[0] == "lg-ai-research" for f in facts)


def test_a_quoted_event_the_gazetteer_lacks_gives_no_conference_less_fact() -> None:
    text = "누리에이아이는 자사 에이전트로 쓴 논문 3편이 ‘Agents4Robots 2026’에 채택됐다고 밝혔다."
    assert fact_keys(text, published_at="2026-10-02") == set()


def test_a_quoted_listed_conference_still_gives_its_fact() -> None:
    text = "네이버는 ‘NeurIPS 2026’에 논문 30편을 발표했다."
    assert fact_keys(text, published_at="2026-10-02") == {("naver", ("NeurIPS",), 2026, 30)}


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("네이버제트는 SIGGRAPH 2026에서 논문 2편을 발표했다.", "naver-z"),
        ("라이너는 ACL 2026에서 논문 2편을 발표했다.", "liner"),
        ("스탠포드는 ICML 2026에서 논문 2편을 발표했다.", "stanford"),
    ],
)
def test_organizations_real_reporting_named(sentence: str, org: str) -> None:
    assert {f[0] for f in fact_keys(sentence, published_at="2026-10-02")} == {org}


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 ISSCC 2026에서 11편을 발표해 9편의 인텔을 제쳤다.",
        "ISSCC 2026에서 기업 1위는 11편의 삼성전자, 2위는 9편의 인텔이었다.",
    ],
)
def test_a_count_in_the_genitive_before_a_name_is_that_names(text: str) -> None:
    facts = fact_keys(text, published_at="2025-11-25")
    assert facts == {("samsung-electronics", ("ISSCC",), 2026, 11), ("intel", ("ISSCC",), 2026, 9)}


def test_a_year_word_as_the_base_of_a_comparison_does_not_date_the_count() -> None:
    text = "올해 ICLR에서 KAIST는 지난해보다 10편 늘어난 45편을 발표했다."
    assert fact_keys(text, published_at="2026-04-05") == {("kaist", ("ICLR",), 2026, 45)}


def test_the_following_year_counts_from_the_year_just_written() -> None:
    text = "네이버는 2023년 CVPR에서 10편, 이듬해에는 14편을 발표했다."
    facts = fact_keys(text, published_at="2025-06-05")
    assert facts == {("naver", ("CVPR",), 2023, 10), ("naver", ("CVPR",), 2024, 14)}


def test_the_start_of_a_trend_without_its_own_year_is_left_out() -> None:
    text = (
        "지난해 ICML에서 삼성전자는 30건, 네이버는 20건을 발표했다. 네이버는 같은 기간 12건에서 "
        "20건으로 늘었다."
    )
    facts = fact_keys(text, published_at="2026-03-02")
    assert ("naver", ("ICML",), 2025, 12) not in facts
    assert ("naver", ("ICML",), 2025, 20) in facts


def test_the_start_of_a_trend_with_its_own_year_is_that_years() -> None:
    text = "네이버의 ICLR 채택 논문은 2021년 3편에서 2025년 16편으로 늘었다."
    assert fact_keys(text, published_at="2026-03-02") == {
        ("naver", ("ICLR",), 2021, 3),
        ("naver", ("ICLR",), 2025, 16),
    }


def test_the_main_conference_as_a_track_is_the_articles_conference() -> None:
    text = (
        "가온AI는 EMNLP 2026에 논문 7편이 채택됐다고 밝혔다. 채택된 논문은 메인 콘퍼런스 4편, "
        "파인딩스 3편이다."
    )
    facts = fact_keys(text, published_at="2026-10-14")
    assert {f[1:] for f in facts} == {(("EMNLP",), 2026, 7), (("EMNLP",), 2026, 4), (("EMNLP",), 2026, 3)}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("삼성전자 SAIT는 NeurIPS 2025에 논문 10편이 채택됐다.", "sait"),
        ("현대차그룹 AI연구소 포티투닷은 NeurIPS 2025에 논문 10편이 채택됐다.", "42dot"),
    ],
)
def test_a_parent_written_before_its_unit_names_the_unit(text: str, org: str) -> None:
    assert fact_keys(text, published_at="2025-10-05") == {(org, ("NeurIPS",), 2025, 10)}


def test_parts_in_the_sentence_that_add_up_make_a_total_over_their_conferences() -> None:
    text = "엔씨소프트는 ACL 2025에 논문 3편, EMNLP 2025에 2편을 발표해 올해 5편을 기록했다."
    facts = fact_keys(text, published_at="2025-11-25")
    assert ("ncsoft", ("ACL", "EMNLP"), 2025, 5) in facts
    assert ("ncsoft", ("EMNLP",), 2025, 5) not in facts
