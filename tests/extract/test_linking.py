"""Linking counts to organizations, conferences and years: one small article per phenomenon.

Every sentence here is written for these tests. Facts are (organization id, conferences,
year, count) over a small gazetteer (see conftest.py).
"""

from __future__ import annotations

from extract import extract
from tests.extract.conftest import SMALL_MATCHER, fact_keys


def test_plain_sentence() -> None:
    assert fact_keys("삼성전자는 올해 CVPR에서 논문 8편을 발표했다.", published_at="2023-06-20") == {
        ("samsung-electronics", ("CVPR",), 2023, 8)
    }


def test_both_counter_orders_and_counters() -> None:
    text = "구글은 ICML 2023에 12개 논문을 냈다. 인텔도 논문 14개를 올렸다. 삼성전자는 ICML에 5건의 논문을 등재했다."
    assert fact_keys(text) == {
        ("google", ("ICML",), 2023, 12),
        ("intel", ("ICML",), 2023, 14),
        ("samsung-electronics", ("ICML",), 2023, 5),
    }


def test_native_numerals() -> None:
    text = "네이버는 인터스피치에서 열두 편의 논문을 발표했다. 카카오는 같은 학회에서 스무 편을 냈다."
    assert fact_keys(text, published_at="2022-09-10") == {
        ("naver", ("Interspeech",), 2022, 12),
        ("kakao", ("Interspeech",), 2022, 20),
    }


def test_total_with_affiliates_is_lifted_to_the_parent() -> None:
    text = "클로바는 올해 ACL에서 9편을 발표했다. 네이버랩스유럽과 라인의 논문을 포함하면 총 20편이다."
    assert fact_keys(text, published_at="2023-07-15") == {
        ("naver-clova", ("ACL",), 2023, 9),
        ("naver", ("ACL",), 2023, 20),
    }


def test_total_with_explicit_subject_after_the_clause() -> None:
    text = "라인이 발표한 논문까지 합하면 네이버는 EMNLP에서 모두 31편을 발표한 셈이다."
    keys = fact_keys(text, published_at="2023-12-10")
    assert keys == {("naver", ("EMNLP",), 2023, 31)}
    result = extract(text, published_at="2023-12-10", matcher=SMALL_MATCHER)
    assert result.paper_counts[0].scope == "total"


def test_distributive_organizations() -> None:
    text = "카카오브레인과 카카오엔터프라이즈는 EMNLP에서 각각 3편, 5편의 논문을 발표했다."
    assert fact_keys(text, published_at="2022-12-01") == {
        ("kakao-brain", ("EMNLP",), 2022, 3),
        ("kakao-enterprise", ("EMNLP",), 2022, 5),
    }


def test_distributive_conferences() -> None:
    text = "인텔은 ICML과 NeurIPS에서 각각 6편, 11편이 채택됐다고 밝혔다."
    assert fact_keys(text, published_at="2023-12-01") == {
        ("intel", ("ICML",), 2023, 6),
        ("intel", ("NeurIPS",), 2023, 11),
    }


def test_list_of_conferences_in_parentheses_with_carried_subject() -> None:
    text = "KAIST는 올해 주요 AI 학회에서 논문을 대거 발표했다. 학회별로는 NeurIPS(9편), ICML(6편), ICLR(4편) 순이었다."
    assert fact_keys(text, published_at="2023-12-01") == {
        ("kaist", ("NeurIPS",), 2023, 9),
        ("kaist", ("ICML",), 2023, 6),
        ("kaist", ("ICLR",), 2023, 4),
    }


def test_subject_carried_from_an_earlier_sentence() -> None:
    text = "서울대는 올해 AAAI에 논문을 대거 올렸다. 심사를 통과한 논문은 모두 11편이다."
    assert fact_keys(text, published_at="2024-02-01") == {("snu", ("AAAI",), 2024, 11)}


def test_headline_fact_and_subject() -> None:
    title = "구글, ICCV 2023서 논문 30편…역대 최다"
    text = "구글 연구진이 이번 학회에서 발표한 논문 수는 지난 대회보다 크게 늘었다. 이 가운데 4편은 구두 발표로 뽑혔다."
    assert fact_keys(text, title=title, published_at="2023-10-05") == {
        ("google", ("ICCV",), 2023, 30),
        ("google", ("ICCV",), 2023, 4),
    }


def test_headline_parent_gives_way_to_the_unit_in_the_body() -> None:
    title = "네이버 AI 조직, CVPR서 논문 16개 채택"
    text = "CVPR 2022 심사에서 '클로바' 소속 연구진이 쓴 논문 16개가 네이버 AI 연구 조직의 이름으로 채택됐다."
    assert fact_keys(text, title=title, published_at="2022-03-10") == {("naver-clova", ("CVPR",), 2022, 16)}


def test_count_summed_over_named_conferences() -> None:
    text = "KAIST는 CVPR과 ICCV 두 학회에서 모두 25편의 논문을 발표했다."
    assert fact_keys(text, published_at="2023-10-01") == {("kaist", ("CVPR", "ICCV"), 2023, 25)}


def test_list_with_conference_count_keeps_the_list() -> None:
    text = "클로바는 올해 AAAI, ICLR, CVPR 등 3개 학회에서 모두 27개 논문을 인정받았다."
    assert fact_keys(text, published_at="2022-04-01") == {("naver-clova", ("AAAI", "CVPR", "ICLR"), 2022, 27)}


def test_unnamed_venues_give_no_conference() -> None:
    text = "카카오브레인은 올해 12개 학회에 논문 18건을 등재했다. 카카오엔터프라이즈는 9개 학회에서 22건의 논문을 발표했다."
    assert fact_keys(text, published_at="2023-12-28") == {
        ("kakao-brain", (), 2023, 18),
        ("kakao-enterprise", (), 2023, 22),
    }


def test_collective_reference_to_two_units() -> None:
    text = "카카오브레인은 올해 논문 18건을, 카카오엔터프라이즈는 22건을 학회에 등재했다. 두 회사의 논문을 합치면 40건이다."
    assert ("kakao", (), 2023, 40) in fact_keys(text, published_at="2023-12-28")


def test_joint_count_of_unrelated_companies_is_not_attributed() -> None:
    text = "SK하이닉스와 삼성전자는 ISSCC 2025에서 함께 19편의 논문을 발표했다."
    assert fact_keys(text, published_at="2024-11-25") == set()


def test_relative_years() -> None:
    text = "지난해 NeurIPS에서 인텔은 10편을 발표했다. 작년 ICML에서는 구글이 40편을 냈다. 인텔은 내년 ICLR에 8편을 낼 계획이다."
    assert fact_keys(text, published_at="2023-03-01") == {
        ("intel", ("NeurIPS",), 2022, 10),
        ("google", ("ICML",), 2022, 40),
        ("intel", ("ICLR",), 2024, 8),
    }


def test_previous_year_counts_from_the_edition_year() -> None:
    text = "삼성전자는 ISSCC 2021에서 논문 9편이 채택됐다. 이는 전년도 실적(6편)보다 많다."
    assert fact_keys(text, published_at="2020-11-20") == {
        ("samsung-electronics", ("ISSCC",), 2021, 9),
        ("samsung-electronics", ("ISSCC",), 2020, 6),
    }


def test_comparison_base_is_a_fact_but_a_difference_is_not() -> None:
    text = "올해 CVPR에 채택된 네이버 논문은 14편으로 지난해 11편보다 늘었다. 카카오는 학회 논문 50건을 등재해 작년보다 10건 늘었다."
    assert fact_keys(text, published_at="2022-03-01") == {
        ("naver", ("CVPR",), 2022, 14),
        ("naver", ("CVPR",), 2021, 11),
        ("kakao", (), 2022, 50),
    }


def test_subset_of_an_earlier_count() -> None:
    text = "삼성전자는 ICLR에서 논문 15편을 발표했다. 15편 중 3편은 구두 발표로 선정됐다."
    result = extract(text, published_at="2024-05-01", matcher=SMALL_MATCHER)
    facts = {(p.organization_id, p.count, p.scope) for p in result.paper_counts}
    assert facts == {("samsung-electronics", 15, "unit"), ("samsung-electronics", 3, "subset")}


def test_lab_counts_go_to_the_affiliation_people_are_skipped() -> None:
    text = "서울대 이영희 교수 연구팀은 ICML에 논문 3편을 발표했다. KAIST 김철수 교수는 같은 학회에서 7편의 논문을 냈다."
    assert fact_keys(text, published_at="2023-07-01") == {("snu", ("ICML",), 2023, 3)}


def test_conference_wide_totals_are_not_facts() -> None:
    text = (
        "네이버는 올해 NeurIPS에서 논문 7편을 발표했다.\n"
        "NeurIPS는 해마다 몸집을 키우고 있다. 이번 학회에는 논문 1만2000여 편이 제출됐고 3200편이 채택됐다. "
        "채택 논문은 2년 전 1900편에서 크게 늘었다."
    )
    assert fact_keys(text, published_at="2023-12-01") == {("naver", ("NeurIPS",), 2023, 7)}


def test_acceptance_total_next_to_a_percentage() -> None:
    text = "인텔은 ISSCC에서 5편을 발표했다. 이번 대회에서는 모두 640편 가운데 31%인 198편이 관문을 넘었다."
    assert fact_keys(text, published_at="2023-02-20") == {("intel", ("ISSCC",), 2023, 5)}


def test_countries_are_not_organizations() -> None:
    text = "구글은 NeurIPS에서 논문 90편을 발표했다. 한국은 이번 NeurIPS에서 120편으로 8위를 기록했다. 미국(1500편)이 1위다."
    assert fact_keys(text, published_at="2023-12-01") == {("google", ("NeurIPS",), 2023, 90)}


def test_other_numbers_are_not_paper_counts() -> None:
    text = (
        "네이버는 25개 학회에서 활동하고 있다. 하이퍼클로바는 2040억개 파라미터를 가졌다. "
        "삼성전자는 특허 30건을 냈다. 카카오 연구진 6명이 참여했다. KAIST는 2019년 AI대학원을 열었고 순위는 2위였다."
    )
    assert fact_keys(text, published_at="2023-03-01") == set()


def test_journal_papers_are_not_conference_facts() -> None:
    text = (
        "카카오브레인은 네이처 자매지에 논문 2편을 실었다. 또 국제 의료영상 경진대회에서 논문 1건을 발표했다."
    )
    assert fact_keys(text, published_at="2023-12-01") == set()


def test_year_total_has_no_conference() -> None:
    text = "클로바는 ICLR에서 12개 논문이 채택됐다. 지난해 1년 치 기록(66건)에 빠르게 다가서고 있다."
    assert fact_keys(text, published_at="2022-03-01") == {
        ("naver-clova", ("ICLR",), 2022, 12),
        ("naver-clova", (), 2021, 66),
    }


def test_same_number_restated_without_conference_is_dropped() -> None:
    text = "네이버는 ICASSP 2021에서 11편을 발표해, 두 음성 학회 모두에서 11편씩 낸 것이 된다."
    assert fact_keys(text, published_at="2021-09-01") == {("naver", ("ICASSP",), 2021, 11)}


def test_double_digit_has_no_integer_count() -> None:
    result = extract(
        "네이버는 지난해 ICCV에서 두 자릿수 논문을 냈다.", published_at="2022-01-10", matcher=SMALL_MATCHER
    )
    assert [(p.count, p.count_min, p.count_max, p.year) for p in result.paper_counts] == [
        (None, 10, 99, 2021)
    ]


def test_pattern_organizations() -> None:
    text = "한빛전자는 ISSCC 2024에서 논문 3편을 발표했다. 미래대학교 연구팀은 2편을 냈다."
    result = extract(text, published_at="2023-11-20", matcher=SMALL_MATCHER)
    orgs = {o.id: o.source for o in result.organizations}
    assert orgs.get("pattern:미래대학교") == "pattern"
    facts = {(p.organization_id, p.count) for p in result.paper_counts}
    assert ("pattern:미래대학교", 2) in facts


def test_gazetteer_match_policy() -> None:
    text = "네이버랩스 유럽과 라인업, 온라인 행사, 라인이 참석했다."
    result = extract(text, matcher=SMALL_MATCHER)
    found = [(m.text, o.id) for o in result.organizations for m in o.mentions]
    assert ("네이버랩스 유럽", "naver-labs-europe") in found
    assert ("라인", "line") in found
    assert len([f for f in found if f[1] == "line"]) == 1  # not 라인업, not 온라인


def test_explicit_year_after_parenthesis() -> None:
    text = "네이버는 ‘ICASSP(International Conference on Acoustics, Speech, and Signal Processing) 2022’에서도 7개의 논문을 발표한다."
    assert fact_keys(text, published_at="2022-01-26") == {("naver", ("ICASSP",), 2022, 7)}


def test_edition_number_gives_the_conference_year() -> None:
    result = extract("인텔은 제71회 ISSCC에서 논문 6편을 발표한다.", published_at="2023-12-20")
    assert [(p.conferences, p.year, p.count) for p in result.paper_counts] == [(["ISSCC"], 2024, 6)]
    assert result.conferences[0].year == 2024


def test_company_and_institute_forms_are_pattern_organizations() -> None:
    text = "한결전자는 ICML에서 논문 3편을 냈다. 같은 학회에서 한빛AI연구원은 논문 2편을 선보였다."
    result = extract(text, published_at="2023-07-20")
    assert {(o.name, o.source) for o in result.organizations} == {
        ("한결전자", "pattern"),
        ("한빛AI연구원", "pattern"),
    }
    assert {(p.organization, p.count) for p in result.paper_counts} == {("한결전자", 3), ("한빛AI연구원", 2)}


def test_a_place_after_a_country_is_not_an_organization() -> None:
    text = "구글은 캐나다 밴쿠버에서 열린 ICML에서 논문 20편을 발표했다."
    assert fact_keys(text, published_at="2023-07-30") == {("google", ("ICML",), 2023, 20)}


def test_a_breakdown_takes_the_year_of_the_total_before_it() -> None:
    text = "KAIST는 지난해 주요 학회에 논문 40편을 냈다. 학회별로는 ICML(15편), ICLR(9편)이다. 올해는 50편이 목표다."
    assert fact_keys(text, published_at="2024-01-10") == {
        ("kaist", (), 2023, 40),
        ("kaist", ("ICML",), 2023, 15),
        ("kaist", ("ICLR",), 2023, 9),
        ("kaist", (), 2024, 50),
    }


def test_previous_year_counts_from_the_fact_just_mentioned() -> None:
    text = (
        "카카오는 2022년 ICLR에서 논문 7편을 냈다. 전년도에는 3편이었다. 같은 해 ICML에서는 5편을 발표했다."
    )
    assert fact_keys(text, published_at="2024-03-01") == {
        ("kakao", ("ICLR",), 2022, 7),
        ("kakao", ("ICLR",), 2021, 3),
        ("kakao", ("ICML",), 2022, 5),
    }


def test_anaphoric_conferences_take_the_previous_facts() -> None:
    text = "구글은 지난해 ACL과 EMNLP에서 30편을 냈다. 같은 기간 인텔은 두 학회에서 4편을 발표했다."
    assert fact_keys(text, published_at="2024-02-01") == {
        ("google", ("ACL", "EMNLP"), 2023, 30),
        ("intel", ("ACL", "EMNLP"), 2023, 4),
    }


def test_country_and_conference_wide_counts_are_not_the_subjects() -> None:
    text = (
        "SK하이닉스는 올해 ISSCC에서 4편을 발표했다. 국내에서는 모두 21편이 채택됐다. "
        "올해 ISSCC에는 전체 200여 편이 채택됐다."
    )
    assert fact_keys(text, published_at="2024-02-20") == {("sk-hynix", ("ISSCC",), 2024, 4)}


def test_unit_named_after_a_known_parent() -> None:
    result = extract(
        "삼성전자 메모리사업부 AI센터는 ISSCC 2024에서 논문 2편을 발표했다.",
        title="삼성전자, ISSCC서 논문 2편",
        matcher=SMALL_MATCHER,
    )
    (fact,) = result.paper_counts
    assert (fact.organization, fact.organization_id, fact.count) == (
        "삼성전자 메모리사업부 AI센터",
        "pattern:삼성전자메모리사업부ai센터",
        2,
    )


def test_nearest_unknown_subject_wins_over_the_carried_one() -> None:
    text = "청솔연구소는 올해 CVPR에서 논문 3편을 냈다. 가람데이터도 같은 학회에서 1편을 발표했다."
    assert fact_keys(text, published_at="2024-06-20") == {
        ("pattern:청솔연구소", ("CVPR",), 2024, 3),
        ("pattern:가람데이터", ("CVPR",), 2024, 1),
    }


def test_total_summed_over_conferences_listed_with_their_counts() -> None:
    text = (
        "카카오는 ICLR(3편)과 ICML(5편)에서 모두 8편을 발표했다. 구글은 ACL 7편, EMNLP 4편 등 총 11편을 냈다."
    )
    assert fact_keys(text, published_at="2024-08-01") == {
        ("kakao", ("ICLR",), 2024, 3),
        ("kakao", ("ICML",), 2024, 5),
        ("kakao", ("ICLR", "ICML"), 2024, 8),
        ("google", ("ACL",), 2024, 7),
        ("google", ("EMNLP",), 2024, 4),
        ("google", ("ACL", "EMNLP"), 2024, 11),
    }


def test_a_total_that_does_not_add_up_keeps_its_own_conference() -> None:
    text = "인텔은 CVPR에서 6편, ICCV에서 2편을 냈다. 인텔은 ICCV에서 총 9편이 채택됐다고 덧붙였다."
    assert ("intel", ("ICCV",), 2023, 9) in fact_keys(text, published_at="2023-10-02")


def test_count_in_an_inclusion_clause_belongs_to_the_unit_that_wrote_it() -> None:
    text = "클로바가 발표한 논문 5편을 포함하면 네이버 전체로는 ICLR에서 13편이다. 카카오브레인이 낸 2편까지 합치면 카카오는 ICML에서 모두 7편이다."
    assert fact_keys(text, published_at="2025-05-01") == {
        ("naver-clova", ("ICLR",), 2025, 5),
        ("naver", ("ICLR",), 2025, 13),
        ("kakao-brain", ("ICML",), 2025, 2),
        ("kakao", ("ICML",), 2025, 7),
    }


def test_each_pairs_counts_with_conferences_and_their_own_years() -> None:
    text = (
        "인텔은 NeurIPS 2024와 AAAI 2025에 각각 4편, 2편이 채택됐다. 서울대와 KAIST는 CVPR에서 각각 6편, 9편을 냈다."
        " 구글은 2024 ICML과 2025 ICLR에 각각 8편과 5편을 발표했다."
    )
    assert fact_keys(text, published_at="2025-02-01") == {
        ("intel", ("NeurIPS",), 2024, 4),
        ("intel", ("AAAI",), 2025, 2),
        ("google", ("ICML",), 2024, 8),
        ("google", ("ICLR",), 2025, 5),
        ("snu", ("CVPR",), 2025, 6),
        ("kaist", ("CVPR",), 2025, 9),
    }


def test_joint_paper_is_no_one_organizations_nor_an_unnamed_parents() -> None:
    """A paper two organizations wrote together can belong to either: abstain (round 27)."""
    text = "카카오브레인과 카카오엔터프라이즈가 ICML에서 공동 논문 1편을 발표한다."
    assert fact_keys(text, published_at="2025-07-01") == set()


def test_milestones_not_reached_are_not_counts() -> None:
    text = "KAIST의 누적 ICLR 논문은 100편 돌파를 눈앞에 뒀다. 올해 ICLR 2025에서는 14편이 채택됐다. 서울대도 80편에 육박한다."
    assert fact_keys(text, published_at="2025-05-01") == {("kaist", ("ICLR",), 2025, 14)}


def test_each_after_the_counts() -> None:
    text = "인텔은 ICML 2024와 ICLR 2025에 3편, 2편이 각각 채택됐다. 서울대와 KAIST는 AAAI에 4편과 6편을 각각 발표했다."
    assert fact_keys(text, published_at="2025-03-01") == {
        ("intel", ("ICML",), 2024, 3),
        ("intel", ("ICLR",), 2025, 2),
        ("snu", ("AAAI",), 2025, 4),
        ("kaist", ("AAAI",), 2025, 6),
    }


def test_group_total_after_its_units_counts_is_the_named_parents() -> None:
    text = "카카오는 카카오브레인이 6편, 카카오엔터프라이즈가 3편을 발표해 NeurIPS에서 그룹 전체로 9편을 기록했다."
    assert fact_keys(text, published_at="2024-12-10") == {
        ("kakao-brain", ("NeurIPS",), 2024, 6),
        ("kakao-enterprise", ("NeurIPS",), 2024, 3),
        ("kakao", ("NeurIPS",), 2024, 9),
    }


def test_conference_total_without_submission_words_is_no_organizations() -> None:
    text = (
        "카카오는 올해 ICML에서 논문 4편을 발표했다. 카카오 관계자는 연구 인력을 늘렸다고 말했다. "
        "올해 ICML에 채택된 논문은 모두 280편이었다."
    )
    assert fact_keys(text, published_at="2024-07-30") == {("kakao", ("ICML",), 2024, 4)}


def test_venue_total_in_the_same_sentence_and_approximate() -> None:
    text = (
        "네이버는 인터스피치 2024에서 논문 9편을 선보였으며, 이번 학회에서 발표된 논문은 총 240여편에 이른다."
    )
    result = extract(text, published_at="2024-09-12", matcher=SMALL_MATCHER)
    assert [(p.organization_id, p.count) for p in result.paper_counts] == [("naver", 9)]


def test_whole_conference_total_written_as_a_noun_phrase() -> None:
    text = "SK하이닉스는 ISSCC 2024에서 3편을 발표했다. ISSCC 2024 전체 채택 논문은 234편이다."
    assert fact_keys(text, published_at="2024-02-20") == {("sk-hynix", ("ISSCC",), 2024, 3)}


def test_a_restated_count_of_the_subject_stays_its_own() -> None:
    text = "구글은 클로바와 함께 연구했다. 구글은 ICML에 9편을 냈다. 이번 학회에 채택된 논문은 모두 9편이다."
    assert fact_keys(text, published_at="2024-07-30") == {("google", ("ICML",), 2024, 9)}


def test_conference_list_with_a_modifier_clause_for_each_member() -> None:
    text = "카카오는 지난 7월 열린 ICML 2024와 내년 4월 열리는 ICLR 2025에 각각 3편, 2편이 채택됐다."
    assert fact_keys(text, published_at="2024-11-20") == {
        ("kakao", ("ICML",), 2024, 3),
        ("kakao", ("ICLR",), 2025, 2),
    }


def test_conference_list_with_places_and_counts_before_each() -> None:
    text = "서울대는 캐나다 밴쿠버에서 열린 NeurIPS와 부산에서 열린 인터스피치에서 논문 7편과 3편을 각각 발표했다."
    assert fact_keys(text, published_at="2024-12-20") == {
        ("snu", ("NeurIPS",), 2024, 7),
        ("snu", ("Interspeech",), 2024, 3),
    }


def test_each_conference_takes_the_year_word_of_its_own_clause() -> None:
    text = "삼성전자는 지난해 열린 EMNLP와 올해 열리는 ACL에서 각각 11편, 5편의 논문을 발표한다."
    assert fact_keys(text, published_at="2025-02-05") == {
        ("samsung-electronics", ("EMNLP",), 2024, 11),
        ("samsung-electronics", ("ACL",), 2025, 5),
    }


def test_a_department_named_alone_is_a_unit_of_the_university_before_it() -> None:
    text = "포스텍은 올해 국제학회 성과를 공개했다. 컴퓨터공학과가 ICML에서 8편을 발표했고, 포스텍 전체로는 15편이다."
    facts = extract(text, published_at="2025-07-20").paper_counts
    assert {(f.organization_id, f.count, f.scope) for f in facts} == {
        ("pattern:포스텍컴퓨터공학과", 8, "unit"),  # no total of its university before it: its own
        ("postech", 15, "total"),
    }


def test_departments_after_their_universitys_total_are_its_subsets() -> None:
    text = "KAIST는 ICML에서 모두 20편을 발표했다. 학과별로는 전산학부가 8편, 인공지능대학원이 12편이다."
    facts = extract(text, published_at="2025-07-20").paper_counts
    assert {(f.organization_id, f.count, f.scope) for f in facts} == {
        ("kaist", 20, "unit"),
        ("kaist", 8, "subset"),
        ("kaist", 12, "subset"),
    }


def test_a_school_as_the_subject_keeps_its_own_count() -> None:
    text = (
        "서울대 데이터사이언스대학원은 NeurIPS에 4편을 냈다. 서울대 전체로는 9편이다."  # packaged gazetteer
    )
    facts = extract(text, published_at="2025-12-01").paper_counts
    assert {(f.organization_id, f.count, f.scope) for f in facts} == {
        ("snu-gsds", 4, "unit"),
        ("snu", 9, "total"),
    }


def test_a_breakdown_in_parentheses_is_the_universitys() -> None:
    text = "지난해 서울대의 ICLR 채택 논문은 6편(데이터사이언스대학원 2편)이었다."
    facts = extract(text, published_at="2025-05-01").paper_counts
    assert {(f.organization_id, f.count, f.scope) for f in facts} == {
        ("snu", 6, "unit"),
        ("snu", 2, "subset"),
    }


def test_equal_counts_of_two_departments_are_two_subsets() -> None:
    text = "연세대는 ICML에 9편을 냈다. 이 가운데 인공지능학과가 4편, 전기전자공학부가 4편이다."
    counts = [(f.organization_id, f.count) for f in extract(text, published_at="2025-07-02").paper_counts]
    assert sorted(counts) == [("yonsei", 4), ("yonsei", 4), ("yonsei", 9)]


def test_a_department_is_not_carried_as_the_subject() -> None:
    text = (
        "서울대는 ICLR에 10편을 냈다. 같은 학회에서 KAIST는 12편을 냈다. "
        "학부별로는 전산학부가 5편이다. 지난해에는 같은 학회에서 3편이었다."
    )
    assert fact_keys(text, published_at="2025-05-01") == {
        ("snu", ("ICLR",), 2025, 10),
        ("kaist", ("ICLR",), 2025, 12),
        ("kaist", ("ICLR",), 2025, 5),  # KAIST's, broken down by its department
        ("kaist", ("ICLR",), 2024, 3),  # the subject is still KAIST, not its department
    }


def test_a_department_spelled_like_a_known_unit_is_that_unit() -> None:
    text = "서울대는 NeurIPS에 9편을 냈다. 올해 ICLR에서는 데이터사이언스대학원이 4편을 발표했다."  # packaged gazetteer
    facts = extract(text, published_at="2024-12-01").paper_counts
    assert {(f.organization_id, f.organization, f.count) for f in facts} == {
        ("snu", "서울대", 9),
        ("snu-gsds", "서울대 데이터사이언스대학원", 4),  # another conference: its own count
    }


def test_other_departments_together_are_the_universitys_subset() -> None:
    text = "KAIST는 NeurIPS에 30편이 채택됐다. 전산학부에서 20편이 나왔고, 타 학과 연구실이 10편을 보탰다."
    facts = extract(text, published_at="2024-12-01").paper_counts
    assert {(f.organization_id, f.count, f.scope) for f in facts} == {
        ("kaist", 30, "unit"),
        ("kaist", 20, "subset"),
        ("kaist", 10, "subset"),
    }


def test_a_department_without_a_university_keeps_its_own_count() -> None:
    text = "카카오는 ACL에 6편을 발표했다. 같은 학회에서 컴퓨터공학과 소속 연구팀은 2편을 냈다."
    assert fact_keys(text, published_at="2025-08-01") == {
        ("kakao", ("ACL",), 2025, 6),
        ("pattern:컴퓨터공학과", ("ACL",), 2025, 2),
    }
