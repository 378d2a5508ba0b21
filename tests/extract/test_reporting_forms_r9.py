"""Forms of real reporting read in round 9, each with sentences written for these tests.

Each test is one phenomenon found in real news text the rules had not seen: a list of (owner,
count) pairs whose later owner no gazetteer lists, a venue named by its field or a period's total
(`AI 학회에`, `상반기에만`), a milestone since an organization started (`설립 3년 만에`), a span of
several years (`최근 5년간`), and the papers of an organization's own event in an article that
names no conference.
"""

from __future__ import annotations

from tests.extract.test_reporting_forms import fact_keys


def test_a_list_member_no_gazetteer_lists_owns_its_count() -> None:
    text = "네이버는 ACL 2024에서 클로바 논문 3편·누리랩 2편을 발표했다."
    facts = fact_keys(text, published_at="2024-08-12")
    assert ("naver-clova", ("ACL",), 2024, 2) not in facts
    assert ("naver-clova", ("ACL",), 2024, 3) in facts


def test_an_unknown_name_in_a_ranking_does_not_give_its_count_to_the_one_before() -> None:
    text = "ICML 2024 채택 논문은 구글 31편, 바람소프트 12편, 네이버 9편 순이었다."
    assert fact_keys(text, published_at="2024-07-22") == {
        ("google", ("ICML",), 2024, 31),
        ("pattern:바람소프트", ("ICML",), 2024, 12),  # round 17: a name by form before a count
        ("naver", ("ICML",), 2024, 9),
    }


def test_a_list_of_kinds_of_paper_keeps_its_owner() -> None:
    text = "카카오는 NeurIPS 2024에서 본회의 논문 5개, 워크샵 논문 2개를 발표했다."
    facts = fact_keys(text, published_at="2024-12-10")
    assert {("kakao", ("NeurIPS",), 2024, 5), ("kakao", ("NeurIPS",), 2024, 2)} <= facts


def test_a_venue_named_by_its_field_is_not_the_articles_conference() -> None:
    text = (
        "LG AI연구원은 올해 CVPR에서 논문 6편을 발표한다.\n"
        "LG AI연구원은 올해 들어 AI 학회에 논문 25편을 냈다고 밝혔다."
    )
    facts = fact_keys(text, published_at="2024-06-17")
    assert ("lg-ai-research", ("CVPR",), 2024, 25) not in facts
    assert ("lg-ai-research", (), 2024, 25) in facts


def test_a_half_years_total_is_over_all_venues() -> None:
    text = "삼성리서치는 ICASSP 2024에서 논문 11편을 발표했다. 삼성리서치는 올해 상반기에만 논문 40편을 발표했다."
    facts = fact_keys(text, published_at="2024-07-01")
    assert ("samsung-research", (), 2024, 40) in facts
    assert ("samsung-research", ("ICASSP",), 2024, 40) not in facts


def test_a_milestone_since_founding_counts_all_papers_since() -> None:
    text = "업스테이지는 EMNLP 2024에서 논문 3편을 발표했다. 업스테이지는 설립 4년 만에 논문 80편을 발표했다."
    assert fact_keys(text, published_at="2024-10-30") == {
        ("upstage", ("EMNLP",), 2024, 3),
        ("upstage", (), None, 80),
    }


def test_a_milestone_with_its_own_conference_is_that_editions_count() -> None:
    text = "LG AI연구원은 출범 2년 만에 CVPR 2022에서 논문 7편을 발표했다."
    assert fact_keys(text, published_at="2022-06-20") == {("lg-ai-research", ("CVPR",), 2022, 7)}


def test_a_span_of_several_years_has_no_year() -> None:
    text = "포스텍 컴퓨터공학과는 최근 5년간 ECCV에 논문 12편을 실었다."
    facts = fact_keys(text, published_at="2024-09-30")
    assert {year for (_org, _confs, year, count) in facts if count == 12} == {None}


def test_the_papers_of_an_organizations_own_event_are_nobodys() -> None:
    text = (
        "다온전자는 '제5회 다온전자 기술학술대회'를 열었다고 3일 밝혔다.\n"
        "다온전자는 올해 논문 400건이 접수됐다고 설명했다. 이번 대회에서는 120편이 발표됐다."
    )
    assert fact_keys(text, published_at="2024-11-03") == set()


def test_a_host_of_its_own_event_still_owns_its_papers_at_a_named_conference() -> None:
    text = (
        "삼성전자는 '삼성 AI 포럼 2024'를 열었다고 밝혔다.\n"
        "삼성전자는 올해 NeurIPS에 논문 20편이 채택됐다고 설명했다."
    )
    assert ("samsung-electronics", ("NeurIPS",), 2024, 20) in fact_keys(text, published_at="2024-11-05")


def test_a_count_after_a_percent_is_the_subjects_share() -> None:
    text = (
        "KAIST는 ISSCC 2025에서 전체 채택 논문의 8%인 17편을 발표한다. 올해 학회는 약 30%인 210편을 뽑았다."
    )
    assert fact_keys(text, published_at="2024-11-20") == {("kaist", ("ISSCC",), 2025, 17)}


def test_a_count_after_a_list_of_owned_counts_is_the_lists() -> None:
    text = (
        "카카오는 카카오엔터프라이즈와 카카오브레인 두 계열사를 중심으로 AI 학회 논문을 낸다. "
        "올해 카카오엔터프라이즈는 18개, 카카오브레인은 11개의 논문을 실어 작년 전체(33개)에 다가섰다."
    )
    facts = fact_keys(text, published_at="2023-10-02")
    assert ("kakao", (), 2022, 33) in facts
    assert ("kakao-brain", (), 2022, 33) not in facts


def test_a_count_after_a_list_without_a_named_parent_is_nobodys() -> None:
    text = "올해 가온전자는 9개, 다온랩스는 6개의 논문을 학회에 실어 작년 수치(20개)에 다가섰다."
    assert {count for (_org, _confs, _year, count) in fact_keys(text, published_at="2023-10-02")} == {9, 6}


def test_a_ranking_in_an_article_about_a_set_of_conferences_it_never_lists() -> None:
    text = (
        "한빛리서치가 세계 3대 AI 학회의 기업 논문을 세어 발표했다.\n"
        "회사별로는 구글이 410건(18.2%)으로 가장 많았고 메타(190건)가 뒤를 이었다."
    )
    facts = fact_keys(text, published_at="2024-05-02")
    assert {("google", (), 2024, 410), ("meta", (), 2024, 190)} <= facts


def test_this_years_count_after_last_years_keeps_the_conference() -> None:
    text = "고려대는 지난해 ICCV에서 6편을 발표했다. 올해는 두 배 가까운 11편이 채택됐다."
    assert fact_keys(text, published_at="2025-09-01") == {
        ("korea-university", ("ICCV",), 2024, 6),
        ("korea-university", ("ICCV",), 2025, 11),
    }


def test_submissions_followed_by_the_accepted_part_are_no_paper_count() -> None:
    text = "KAIST는 ICML 2025에 논문 14편을 제출해 6편이 채택됐다."
    assert fact_keys(text, published_at="2025-05-02") == {("kaist", ("ICML",), 2025, 6)}


def test_an_organization_the_article_is_about_reporting_its_own_count() -> None:
    text = (
        "카카오는 올해 AI 연구 성과를 공개했다. "
        "카카오의 AI 기업 카카오브레인에 따르면, 올해 국제 학회 9곳에 논문 13건을 실었다."
    )
    assert fact_keys(text, published_at="2024-12-20") == {("kakao-brain", (), 2024, 13)}


def test_a_source_the_article_is_not_about_owns_no_count() -> None:
    text = "삼성전자는 AI 연구를 늘리고 있다. 한빛리서치에 따르면 국내 기업의 채택 논문은 총 90건이다."
    assert fact_keys(text, published_at="2024-12-20") == set()


def test_a_country_naming_the_class_of_a_record_is_not_the_owner() -> None:
    text = "리벨리온은 지난달 ISSCC 2025에서 국내 스타트업 최다 4편이 채택됐다."
    assert fact_keys(text, published_at="2025-03-02") == {("rebellions", ("ISSCC",), 2025, 4)}
