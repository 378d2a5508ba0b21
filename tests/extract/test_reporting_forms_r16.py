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
