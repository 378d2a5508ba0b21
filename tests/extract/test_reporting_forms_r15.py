"""Forms of real reporting probed in round 15, each with sentences written for these tests.

Round 15 probed the extractor with short texts written as a journalist rewriting a press release
about conference papers. Each test is one phenomenon that gave a wrong fact: a difference written
with a past-tense comparison (`2편 많았다`), rejected papers, demos and the like counted with `개`
or `건`, submissions whose acceptance is not written, a total lifted to a top parent because a partner
was named in the inclusion clause, and a comparison base in the genitive taken as the owner.
"""

from __future__ import annotations

import pytest

from tests.extract.test_reporting_forms import fact_keys

D = "2025-09-01"


@pytest.mark.parametrize("tail", ["전년보다 3편 많았다", "지난해보다 2편 적었다"])
def test_a_difference_in_the_past_tense_is_no_paper_count(tail: str) -> None:
    facts = fact_keys(f"리노전자는 ICML 2025에서 논문 9편을 발표해 {tail}.", published_at=D)
    assert {f[3] for f in facts} == {9}


def test_rejected_papers_are_no_paper_count() -> None:
    text = "카카오는 NAACL 2025에 제출한 논문 가운데 2편이 탈락했다. 최종 채택된 논문은 5편이다."
    facts = fact_keys(text, published_at=D)
    assert ("kakao", ("NAACL",), 2025, 5) in facts
    assert not any(f[3] == 2 for f in facts)


@pytest.mark.parametrize(
    "thing", ["3개의 데모를", "데모 3개를", "3개의 부스를", "시연 3건을", "데이터셋 3개를"]
)
def test_demos_booths_and_datasets_are_no_paper_count(thing: str) -> None:
    text = f"SK텔레콤은 ICASSP 2025에서 {thing} 선보인다. 발표 논문은 4편이다."
    facts = fact_keys(text, published_at=D)
    assert ("sk-telecom", ("ICASSP",), 2025, 4) in facts
    assert not any(f[3] == 3 for f in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "고려대는 ICLR 2026에 논문 27편을 제출했다고 밝혔다. 결과는 내년 초에 나온다.",
        "고려대는 ICLR 2026에 논문 27편을 투고했으며 심사 결과는 내년 1월 발표된다.",
    ],
)
def test_submissions_without_a_written_acceptance_are_left_out(sentence: str) -> None:
    text = sentence
    assert fact_keys(text, published_at=D) == set()


def test_submissions_all_accepted_are_the_accepted_count() -> None:
    text = "뤼튼은 EMNLP 2025에 논문 2편을 투고해 모두 채택됐다."
    assert ("wrtn", ("EMNLP",), 2025, 2) in fact_keys(text, published_at=D)


def test_submissions_then_a_part_accepted_keep_only_the_part() -> None:
    text = "뤼튼은 EMNLP 2025에 논문 6편을 투고해 4편이 채택됐다."
    facts = fact_keys(text, published_at=D)
    assert ("wrtn", ("EMNLP",), 2025, 4) in facts
    assert not any(f[3] == 6 for f in facts)


def test_a_partner_in_the_inclusion_clause_keeps_the_total_its_subjects() -> None:
    text = "삼성전자는 서울대와 공동 연구한 논문을 포함해 NeurIPS 2025에서 모두 16편을 발표한다."
    facts = fact_keys(text, published_at=D)
    assert ("samsung-electronics", ("NeurIPS",), 2025, 16) in facts
    assert not any(f[0] == "samsung-group" for f in facts)


@pytest.mark.parametrize("ratio", ["3분의 1 수준인", "절반 수준인", "절반인"])
def test_a_comparison_base_in_the_genitive_is_not_the_owner(ratio: str) -> None:
    text = f"포스텍은 ICML 2025에서 1위 대학인 칭화대(60편)의 {ratio} 20편을 발표했다."
    facts = fact_keys(text, published_at=D)
    assert ("postech", ("ICML",), 2025, 20) in facts
    assert ("tsinghua", ("ICML",), 2025, 20) not in facts


def test_a_count_followed_by_its_rejected_part_is_the_submissions() -> None:
    text = "NC AI는 ACL 2025에 논문 9편을 냈지만 4편이 떨어졌다. 채택된 논문은 5편이다."
    facts = fact_keys(text, published_at=D)
    assert ("nc-ai", ("ACL",), 2025, 5) in facts
    assert not any(f[3] in (9, 4) for f in facts)


def test_a_presented_count_with_other_papers_rejected_is_kept() -> None:
    text = "NC AI는 ACL 2025에서 논문 5편을 발표했고, 다른 4편은 탈락했다."
    facts = fact_keys(text, published_at=D)
    assert ("nc-ai", ("ACL",), 2025, 5) in facts
    assert not any(f[3] == 4 for f in facts)


def test_an_organization_compared_in_the_genitive_after_a_topic_count_is_not_its_owner() -> None:
    text = "포스텍 논문 14편은 연세대의 두 배 규모다. 포스텍은 이를 ICCV 2025에서 발표한다."
    facts = fact_keys(text, published_at=D)
    assert ("yonsei", ("ICCV",), 2025, 14) not in facts
