"""Forms of real reporting probed in round 16, each with sentences written for these tests.

Round 16 probed the extractor with texts written as rewritten reports (a headline, then three to
eight sentences): press releases, roundups of several companies and universities, tables written
as text, and counts of other things next to the paper counts. Each test is one phenomenon that gave
a wrong fact: a count in a condition or in what a condition would give, papers not accepted, a zero
count, a difference written with 뒤지다, the remainder of a count, a conference track read as a name,
and the year of a list that goes on counting the period of the sentence before.
"""

from __future__ import annotations

import pytest

from extract import extract
from tests.extract.test_reporting_forms import fact_keys

D = "2025-09-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "가람대는 심사 중인 논문까지 통과한다면 ICML 2025 논문이 18편으로 늘어난다고 설명했다.",
        "가람대가 ICML 2025에서 18편 이상 채택되면 개교 이래 최다가 된다.",
        '가람대 관계자는 "남은 결과가 좋게 나오면 ICML 2025 논문은 18편을 넘길 것"이라고 했다.',
        "만약 재심사 논문이 붙는다면 가람대의 ICML 2025 논문은 18편이 된다.",
        "가람대는 ICML 2025에서 논문 18편이 추가로 선정될 경우 아시아 1위에 오른다.",
    ],
)
def test_a_count_in_a_condition_or_what_it_would_give_is_no_fact(sentence: str) -> None:
    text = f"가람대는 ICML 2025에서 논문 12편을 발표한다. {sentence}"
    assert fact_keys(text, published_at=D) == {("pattern:가람대", ("ICML",), 2025, 12)}


def test_a_count_told_as_done_before_a_condition_stays() -> None:
    text = "한결전자는 ICASSP 2025에서 논문 6편을 발표했고, 후속 연구가 채택되면 내년에도 발표를 이어간다."
    assert fact_keys(text, published_at=D) == {("pattern:한결전자", ("ICASSP",), 2025, 6)}


def test_a_count_after_a_breakdown_verb_in_if_form_stays() -> None:
    text = "기관별로 보면 SK텔레콤이 ICASSP 2025에서 4편, KT가 3편을 발표했다."
    assert fact_keys(text, published_at=D) == {
        ("sk-telecom", ("ICASSP",), 2025, 4),
        ("kt", ("ICASSP",), 2025, 3),
    }


@pytest.mark.parametrize(
    "tail",
    [
        "3편은 끝내 채택되지 못했다",
        "3편은 모두 심사를 통과하지 못했다",
        "3편은 최종 채택이 불발됐다",
        "3편은 결국 리젝됐다",
    ],
)
def test_papers_not_accepted_are_no_paper_count(tail: str) -> None:
    text = f"크래프톤은 NeurIPS 2025에서 논문 2편을 발표한다. 다른 {tail}."
    facts = fact_keys(text, published_at=D)
    assert ("krafton", ("NeurIPS",), 2025, 2) in facts
    assert not any(f[3] == 3 for f in facts)


def test_submissions_followed_by_the_part_not_accepted_are_no_paper_count() -> None:
    text = "카카오는 ICLR 2025에 8편을 냈지만 5편이 채택되지 못했다."
    assert not any(f[3] == 8 for f in fact_keys(text, published_at=D))


def test_a_zero_count_is_no_paper_count() -> None:
    text = "KT, CVPR 2025 채택 0편\nKT는 올해 CVPR에서 채택된 논문이 없다. SK텔레콤은 2편을 냈다."
    facts = fact_keys(text, published_at=D)
    assert not any(f[3] == 0 for f in facts)
    assert ("sk-telecom", ("CVPR",), 2025, 2) in facts


@pytest.mark.parametrize("tail", ["메타에 3편 뒤졌다", "메타보다 3편 뒤진 수치다", "목표에 3편 모자랐다"])
def test_a_difference_written_with_lagging_is_no_paper_count(tail: str) -> None:
    text = f"구글은 ICML 2025에서 논문 40편을 발표했다. 구글은 지난해 {tail}."
    facts = fact_keys(text, published_at=D)
    assert ("google", ("ICML",), 2025, 40) in facts
    assert not any(f[3] == 3 for f in facts)


def test_a_remainder_with_no_organization_is_no_ones_count() -> None:
    text = (
        "LG는 ACL 2025에서 논문 15편을 발표했다. 이 가운데 LG AI연구원이 9편, LG전자가 4편이다. "
        "나머지 2편은 해외 협력 기관과 쓴 것이다."
    )
    facts = fact_keys(text, published_at=D)
    assert ("lg-electronics", ("ACL",), 2025, 4) in facts
    assert not any(f[3] == 2 for f in facts)


def test_a_remainder_of_named_units_keeps_its_owner() -> None:
    text = "포스텍은 ICCV 2025에서 10편을 냈다. 전자전기공학과가 6편, 기계공학과와 화학공학과 등 나머지 학과가 4편이다."
    assert ("postech", ("ICCV",), 2025, 4) in fact_keys(text, published_at=D)


@pytest.mark.parametrize("track", ["파인딩스는", "인더스트리 트랙은", "워크숍은"])
def test_a_conference_track_is_no_organization(track: str) -> None:
    text = (
        f"NAACL 2025 본 학회 채택 논문은 700편, {track} 500편이다. 업스테이지는 본 학회에서 2편을 발표한다."
    )
    facts = fact_keys(text, published_at=D)
    assert facts == {("upstage", ("NAACL",), 2025, 2)}


def test_a_list_after_a_dated_count_over_unnamed_venues_counts_the_same_year() -> None:
    text = "조사에 따르면 네이버는 지난해 주요 AI 학회에서 70편을 냈다. 카카오는 30편, 업스테이지는 6편이다."
    facts = fact_keys(text, published_at=D)
    assert ("kakao", (), 2024, 30) in facts and ("upstage", (), 2024, 6) in facts


def test_the_same_organizations_next_count_is_not_given_the_year_before() -> None:
    text = "네이버는 지난해 주요 학회에서 70편을 냈다. 올해 상반기에만 50편이 채택됐다."
    facts = fact_keys(text, published_at=D)
    assert ("naver", (), 2024, 70) in facts
    assert ("naver", (), 2024, 50) not in facts


def test_a_professors_count_in_parentheses_is_not_the_universitys() -> None:
    text = "연세대 전기전자공학부 박 교수(4편)와 최 교수(2편)가 ICLR 2025에서 주목받았다. 연세대 전체로는 15편이다."
    facts = fact_keys(text, published_at=D)
    assert ("yonsei", ("ICLR",), 2025, 15) in facts
    assert not any(f[3] in (2, 4) for f in facts)


def test_a_conference_total_after_a_clause_naming_its_sponsor_is_no_ones() -> None:
    text = "LG전자가 공식 후원사로 나선 CVPR 2025에는 논문 2800편이 발표됐다. LG전자는 6편을 발표했다."
    facts = fact_keys(text, published_at=D)
    assert facts == {("lg-electronics", ("CVPR",), 2025, 6)}


@pytest.mark.parametrize(
    "affiliates", ["삼성 3개 계열사가", "삼성 주요 계열사들이", "삼성전자 등 삼성 관계사가"]
)
def test_a_company_written_with_its_affiliates_is_its_group(affiliates: str) -> None:
    facts = fact_keys(f"{affiliates} ICCV 2025에서 모두 21편을 발표했다.", published_at=D)
    assert ("samsung-group", ("ICCV",), 2025, 21) in facts
    assert ("samsung-electronics", ("ICCV",), 2025, 21) not in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "회사는 채택 논문 1편당 300만 원의 포상금을 준다.",
        "논문 1편을 쓰는 데 보통 넉 달이 걸린다고 한다.",
        "학회 논문 1편에 상금 200만 원을 건다.",
        "발표한 논문 가운데 5편의 코드를 깃허브에 공개했다.",
    ],
)
def test_a_rate_per_paper_or_the_code_of_papers_is_no_paper_count(sentence: str) -> None:
    text = f"트웰브랩스는 ICCV 2025에서 논문 7편을 발표했다. {sentence}"
    assert fact_keys(text, published_at=D) == {("twelve-labs", ("ICCV",), 2025, 7)}


def test_the_end_of_a_trend_over_the_same_period_is_the_latest_edition() -> None:
    text = "인텔은 VLSI 2025에서 논문 8편을 발표해 4년 전(3편)보다 늘었다. 같은 기간 TSMC는 11편에서 6편으로 줄었다."
    facts = fact_keys(text, published_at=D)
    assert ("tsmc", ("VLSI",), 2025, 6) in facts
    assert ("tsmc", ("VLSI",), 2021, 6) not in facts


def test_a_part_that_names_its_own_conference_takes_it() -> None:
    text = "업스테이지는 올해 주요 학회에서 논문 9편을 냈다. 이 가운데 NAACL 논문이 3편이다."
    facts = fact_keys(text, published_at=D)
    assert ("upstage", ("NAACL",), 2025, 3) in facts
    assert ("upstage", (), 2025, 3) not in facts


@pytest.mark.parametrize("average", ["최근 3년 평균(5편)을", "예년 평균인 5편을", "연평균 5편을"])
def test_an_average_is_no_paper_count(average: str) -> None:
    text = f"리벨리온은 ISSCC 2025에서 논문 8편을 발표해 {average} 넘어섰다."
    assert fact_keys(text, published_at=D) == {("rebellions", ("ISSCC",), 2025, 8)}


@pytest.mark.parametrize("generic", ["메타는 한 학회에 50편 넘게 낸다", "메타는 학회마다 50편 이상을 낸다"])
def test_a_count_said_of_any_one_conference_is_no_paper_count(generic: str) -> None:
    text = f'카카오 관계자는 "{generic}"며 "우리 ACL 2025 논문 4편도 의미가 있다"고 말했다.'
    facts = fact_keys(text, published_at=D)
    assert ("kakao", ("ACL",), 2025, 4) in facts
    assert not any(f[3] == 50 for f in facts)


def test_a_count_over_several_years_is_undated() -> None:
    text = "엔씨소프트는 3년 동안 ACL에 논문 11편을 냈다. 올해 ACL에서는 4편이다."
    facts = fact_keys(text, published_at=D)
    assert ("ncsoft", ("ACL",), None, 11) in facts
    assert ("ncsoft", ("ACL",), 2025, 11) not in facts


def test_a_headline_count_the_body_writes_as_no_fact_stays_below_the_threshold() -> None:
    text = '"메타는 50편 넘게 내"\n카카오 관계자는 "메타는 한 학회에 50편 넘게 낸다"며 "우리 ACL 2025 논문 4편도 의미가 있다"고 했다.'
    result = extract(text.split("\n", 1)[1], title=text.split("\n", 1)[0], published_at=D)
    assert {(p.organization_id, p.count) for p in result.paper_counts} == {("kakao", 4)}


def test_an_undated_headline_count_restated_with_its_year_in_the_body_is_one_fact() -> None:
    title = "SK텔레콤, 2년간 인터스피치 논문 3·5편"
    body = "SK텔레콤은 2024년과 2025년 인터스피치에서 각각 3편과 5편을 발표했다."
    result = extract(body, title=title, published_at=D)
    assert {(p.organization_id, p.year, p.count) for p in result.paper_counts} == {
        ("sk-telecom", 2024, 3),
        ("sk-telecom", 2025, 5),
    }


def test_a_threshold_passed_is_no_paper_count() -> None:
    text = "GIST는 ICML 2025에서 처음으로 5편을 넘어선 7편을 발표한다."
    assert fact_keys(text, published_at=D) == {("gist", ("ICML",), 2025, 7)}


@pytest.mark.parametrize("goal", ["목표치(6편)를", "기대치인 6편을"])
def test_a_goal_or_expected_value_is_no_paper_count(goal: str) -> None:
    text = f"루닛은 MICCAI 2025에서 논문 8편을 발표해 {goal} 넘었다."
    assert fact_keys(text, published_at=D) == {("lunit", ("MICCAI",), 2025, 8)}


def test_a_combined_count_of_several_companies_is_no_ones() -> None:
    text = "ICML 2025에서 네이버가 12편, 카카오가 5편, LG AI연구원이 7편이었다. 3사 합계는 24편으로 구글 한 곳(200편)의 12% 수준이다."
    facts = fact_keys(text, published_at=D)
    assert not any(f[3] == 24 for f in facts)
    assert ("naver", ("ICML",), 2025, 12) in facts


def test_a_year_word_in_the_genitive_of_a_comparison_base_does_not_date_the_count() -> None:
    text = "SK텔레콤은 내년 ICASSP에서 올해의 두 배인 논문 8편을 내겠다고 밝혔다. 올해 ICASSP 논문은 4편이다."
    facts = fact_keys(text, published_at=D)
    assert ("sk-telecom", ("ICASSP",), 2025, 8) not in facts
    assert ("sk-telecom", ("ICASSP",), 2025, 4) in facts


def test_a_plural_anaphor_owns_no_organizations_count() -> None:
    text = (
        "구글은 KDD 2025에서 논문을 낸 국내 대학원생 12명을 인턴으로 뽑았다. 이들이 쓴 논문은 모두 9편이다."
    )
    assert not any(f[3] == 9 for f in fact_keys(text, published_at=D))


def test_these_conferences_is_no_plural_owner() -> None:
    text = "올해 ACL과 EMNLP에서 네이버는 20편을 냈다. 같은 기간 카카오는 이들 학회에서 6편을 발표했다."
    assert ("kakao", ("ACL", "EMNLP"), 2025, 6) in fact_keys(text, published_at=D)
