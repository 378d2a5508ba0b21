"""Forms of real reporting probed in round 18 (precision in linking), each with sentences written for these tests.

Round 18 read a tuning set of 24 real texts and took four ways a count was linked wrongly, then
looked up with the page search how other reports write each: counts of images, cases or data next
to the paper count (`N건의 … 영상을 분석했다`); conferences named only as the company of the
article's own in a class aside (`IEDM과 함께 양대 학회로 꼽힌다`) that later counts took as theirs;
a `각각` list paired in the wrong order, which the article's own statements contradict; and a track's
count equal to its organization's total reported twice. The sentences below are our own.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract import extract
from tests.extract.conftest import FactKey, written_facts
from tests.extract.test_reporting_forms import fact_keys

# the facts written at the default confidence threshold, full gazetteer
kept = partial(written_facts, published_at="2025-06-01")


def candidates(text: str, title: str | None = None, published_at: str = "2025-06-01") -> set[FactKey]:
    """Every candidate fact (any confidence), full gazetteer, with a headline."""
    result = extract(text, title=title, published_at=published_at, min_confidence=0.0)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


# 1. A count of images, cases or data, written with 건/개/편, is no paper count.

LEAD = "뷰노는 RSNA 2024에서 연구 초록 7편을 발표한다. "
VUNO_7 = ("vuno", ("RSNA",), 2024, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        # the phrase the count modifies with 의 names cases, images or samples
        "이번 학회 발표 연구에서 연구팀은 뷰노의 솔루션으로 842건의 흉부 엑스레이 사례를 검토했다.",
        "학회에서 공개될 논문에서 연구팀은 뷰노 솔루션의 성능을 보려고 총 2318건의 유방 촬영 영상을 후향적으로 평가했다.",
        "뷰노의 학회 논문은 612건의 검체를 대상으로 했다.",
        # the count is the object of what is done to data
        "학회 발표 논문에서 뷰노 연구팀은 흉부 CT 1240건을 판독했다.",
        "학회 발표 논문에서 뷰노 연구팀은 총 4350건을 후향적으로 분석했다.",
        "학회 발표 논문에서 뷰노 연구팀은 3개 병원의 환자 데이터 915건을 학습시켰다.",
        # tens of thousands are never one organization's papers
        "뷰노는 학회 논문을 위해 누적 2만4000건을 모았다.",
    ],
)
def test_a_count_of_images_cases_or_data_is_no_paper_count(sentence: str) -> None:
    assert fact_keys(LEAD + sentence, published_at="2024-11-20") == {VUNO_7}


def test_data_counted_inside_the_papers_clause_leaves_the_paper_count() -> None:
    text = "가람전자는 ICASSP 2025에서 1200건의 음성 데이터를 분석한 논문 3편을 발표했다."
    assert fact_keys(text, published_at="2025-06-01") == {("pattern:가람전자", ("ICASSP",), 2025, 3)}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("뷰노는 RSNA 2024에서 12편의 연구 초록을 발표한다.", ("vuno", ("RSNA",), 2024, 12)),
        ("KAIST는 ICML 2025에서 12편의 머신러닝 논문을 발표했다.", ("kaist", ("ICML",), 2025, 12)),
        ("가람전자는 ICCV 2025에서 8편의 비전 논문이 채택됐다.", ("pattern:가람전자", ("ICCV",), 2025, 8)),
        (
            "가람전자는 CVPR 2025에서 6편의 영상 분석 논문을 발표했다.",
            ("pattern:가람전자", ("CVPR",), 2025, 6),
        ),
    ],
)
def test_a_phrase_of_papers_after_the_count_stays_a_paper_count(text: str, fact: FactKey) -> None:
    assert fact in fact_keys(text, published_at="2025-06-01")


# 2. A conference named as the company of the article's own in a class aside is not carried.


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "ISSCC 2026 기관별 순위, 가람대 1위",
            "ISSCC 2026은 내년 2월 미국에서 열린다. 국제전자소자회의(IEDM)와 함께 반도체 분야 양대 학회로 "
            "꼽힌다. 기관별로는 가람대가 7편으로 1위, KAIST가 5편으로 2위다.",
            {("pattern:가람대", ("ISSCC",), 2026, 7), ("kaist", ("ISSCC",), 2026, 5)},
        ),
        (
            "CVPR 2025서 한결전자 5편",
            "한결전자가 CVPR 2025에서 논문을 발표한다. CVPR은 ICCV, ECCV와 더불어 컴퓨터 비전 분야 3대 "
            "학술대회로 꼽힌다. 한결전자는 이번에 5편을 발표했다.",
            {("pattern:한결전자", ("CVPR",), 2025, 5)},
        ),
        (
            "VLSI 2025, 가람대 9건",
            "가람대가 VLSI 2025에서 논문을 발표한다. VLSI는 세계 3대 반도체 학회인 ISSCC, IEDM과 함께 "
            "손꼽힌다. 기관별로는 가람대가 9건, 한결전자가 4건이다.",
            {("pattern:가람대", ("VLSI",), 2025, 9), ("pattern:한결전자", ("VLSI",), 2025, 4)},
        ),
        (
            "ICLR 2025 한결전자 3편",
            "한결전자가 ICLR 2025에서 논문을 발표한다. ICLR은 NeurIPS, ICML에 이어 세계 3대 AI 학회로 "
            "불린다. 한결전자는 올해 3편을 발표했다.",
            {("pattern:한결전자", ("ICLR",), 2025, 3)},
        ),
        (  # the aside and the count in one sentence
            "ISSCC 2026 가람대 6편",
            "ISSCC는 IEDM과 함께 양대 반도체 학회로 꼽히며, 가람대는 올해 6편을 발표한다.",
            {("pattern:가람대", ("ISSCC",), 2026, 6)},
        ),
    ],
)
def test_a_conference_named_in_a_class_aside_is_not_carried(
    title: str, text: str, expected: set[FactKey]
) -> None:
    assert candidates(text, title=title, published_at="2025-11-20") == expected


def test_the_articles_own_conference_in_an_aside_stays_its_conference() -> None:
    text = "IEDM 2025는 12월 열린다. IEDM은 ISSCC와 함께 양대 학회로 꼽힌다. 가람대는 5편을 발표한다."
    assert candidates(text, title="IEDM 2025 가람대 5편") == {("pattern:가람대", ("IEDM",), 2025, 5)}


def test_counts_written_for_each_of_a_class_keep_their_conferences() -> None:
    text = (
        "가람대는 ISSCC 2025와 IEDM 2025에서 각각 5편, 3편을 발표했다. 두 학회는 반도체 양대 학회로 꼽힌다."
    )
    assert candidates(text) == {
        ("pattern:가람대", ("ISSCC",), 2025, 5),
        ("pattern:가람대", ("IEDM",), 2025, 3),
    }


# 3. A weak reading (각각, carried, headline) the article's own statement contradicts is below the threshold.


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자와 SK하이닉스는 ISSCC 2025에서 각각 11편, 4편의 논문을 발표한다. SK하이닉스는 HBM 설계 등 "
        "11편의 논문을 발표한다. 삼성전자는 모바일 D램 관련 4편을 선보인다.",
        "삼성전자와 SK하이닉스가 ISSCC 2025에 참가하는 가운데 두 회사는 각각 11편, 4편을 발표할 예정이다. "
        "SK하이닉스는 11편의 논문을 낸다. 삼성전자는 논문 4편을 발표한다.",
        "가람전자와 누리전자는 SID 2025에서 각각 8편, 5편의 논문을 발표한다. 누리전자는 8편을 발표한다. "
        "가람전자는 5편을 발표한다.",
    ],
)
def test_a_pairing_in_the_wrong_order_gives_way_to_each_owners_statement(text: str) -> None:
    facts = kept(text, published_at="2024-11-20")
    assert len(facts) == 2
    for org, count in (
        ("samsung-electronics", 11),
        ("sk-hynix", 4),
        ("pattern:가람전자", 8),
        ("pattern:누리전자", 5),
    ):
        assert not any(f[0] == org and f[3] == count for f in facts)


def test_a_carried_count_larger_than_the_owners_statement_is_below_the_threshold() -> None:
    text = "한결전자는 ICML 2025에서 논문 4편을 발표한다.\n\n연구소 측은 이번 학회에서 9편이 채택됐다고 설명했다."
    assert kept(text) == {("pattern:한결전자", ("ICML",), 2025, 4)}


def test_a_headline_in_the_wrong_order_gives_way_to_the_body() -> None:
    text = "누리전자는 SID 2025에서 8편의 논문을 발표한다. 가람전자는 SID 2025에서 5편을 발표한다."
    assert kept(text, title="가람전자 8편·누리전자 5편, SID 2025") == {
        ("pattern:누리전자", ("SID",), 2025, 8),
        ("pattern:가람전자", ("SID",), 2025, 5),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a pairing the statements confirm
            "삼성전자와 SK하이닉스는 ISSCC 2025에서 각각 11편, 4편의 논문을 발표한다. 삼성전자는 11편을 발표한다.",
            {("samsung-electronics", ("ISSCC",), 2025, 11), ("sk-hynix", ("ISSCC",), 2025, 4)},
        ),
        (  # a paired count smaller than the owner's total with workshops
            "가람대와 한결대는 ICML 2025에서 각각 3편, 2편을 발표했다. 가람대는 워크숍 논문을 포함하면 총 5편이다.",
            {
                ("pattern:가람대", ("ICML",), 2025, 3),
                ("pattern:한결대", ("ICML",), 2025, 2),
                ("pattern:가람대", ("ICML",), 2025, 5),
            },
        ),
        (  # another year's statement
            "가람대와 한결대는 ICML 2025에서 각각 3편, 2편을 발표했다. 가람대는 ICML 2024에서는 6편을 발표했다.",
            {
                ("pattern:가람대", ("ICML",), 2025, 3),
                ("pattern:한결대", ("ICML",), 2025, 2),
                ("pattern:가람대", ("ICML",), 2024, 6),
            },
        ),
        (  # a part after the whole
            "가람대는 ICML 2025에서 9편을 발표한다. 이 중 3편은 구두 발표다.",
            {("pattern:가람대", ("ICML",), 2025, 9), ("pattern:가람대", ("ICML",), 2025, 3)},
        ),
        (  # papers written together are no one author's count (round 27: no fact), nor contradict its own
            "누리전자와 가람전자는 ICML 2025에서 공동 논문 1편을 발표한다. 누리전자와 가람전자는 같은 학회에서 "
            "각각 6편, 2편을 발표한다.",
            {
                ("pattern:누리전자", ("ICML",), 2025, 6),
                ("pattern:가람전자", ("ICML",), 2025, 2),
            },
        ),
    ],
)
def test_readings_no_statement_contradicts_stay(text: str, expected: set[FactKey]) -> None:
    assert expected <= kept(text)


def test_a_headline_count_that_adds_up_the_bodys_counts_stays() -> None:
    text = "가람전자는 SID 2025에서 정규 논문 6편과 포스터 논문 3편을 발표한다."
    assert ("pattern:가람전자", ("SID",), 2025, 9) in kept(text, title="가람전자, SID 2025서 논문 9편")


def test_a_headline_count_of_a_unit_and_the_labs_it_adds_stays() -> None:
    text = (
        "KAIST는 ICML 2025에서 14편을 발표했고, 전산학부와 수리과학과 연구실에서 6편의 논문을 추가로 냈다. "
        "이 대학의 논문 수는 지난해의 두 배다."
    )
    assert ("kaist", ("ICML",), 2025, 20) in kept(text, title="KAIST, ICML 2025서 논문 20편")


# 4. A subset equal to its organization's count for the same conference and year is that count (an oral
#    part); one track's equal part is a second fact (round 30).


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "한결전자는 ICCV 2025에서 논문 3편을 발표한다. 3편 모두 구두 발표로 선정됐다.",
            ("pattern:한결전자", ("ICCV",), 2025, 3),
        ),
        (
            "가람대는 ISSCC 2025에서 논문 8편이 채택됐다. 이 가운데 8편 모두 구두 발표 논문이다.",
            ("pattern:가람대", ("ISSCC",), 2025, 8),
        ),
    ],
)
def test_a_subset_equal_to_the_total_is_one_fact(text: str, fact: FactKey) -> None:
    result = extract(text, published_at="2025-06-01", min_confidence=0.0)
    same = [
        p
        for p in result.paper_counts
        if (p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) == fact
    ]
    assert [p.scope for p in same] == ["unit"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "VLSI 2025에서 서울대는 논문 6건이 채택돼 4위에 올랐다. 기술 부문에서는 서울대가 6건으로 가장 많았다.",
            ("snu", ("VLSI",), 2025, 6),
        ),
        (
            "한결전자는 ACL 2025에서 논문 4편을 발표한다. 메인 콘퍼런스 부문에서는 한결전자가 4편으로 국내 기업 중 "
            "가장 많은 논문이 채택됐다.",
            ("pattern:한결전자", ("ACL",), 2025, 4),
        ),
    ],
)
def test_a_track_s_part_equal_to_the_total_is_a_second_fact(text: str, fact: FactKey) -> None:
    """Round 30: one track's count (`기술 부문에서는`) is the whole and that track's part, two facts."""
    result = extract(text, published_at="2025-06-01", min_confidence=0.0)
    same = [
        p
        for p in result.paper_counts
        if (p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) == fact
    ]
    assert sorted(p.scope for p in same) == ["subset", "unit"]


def test_a_smaller_track_count_stays_a_subset_beside_the_total() -> None:
    text = "VLSI 2025에서 가람대는 7건이 채택됐다. 회로 부문에서는 가람대가 5건으로 1위다."
    result = extract(text, published_at="2025-06-01", min_confidence=0.0)
    assert sorted((p.count, p.scope) for p in result.paper_counts) == [(5, "subset"), (7, "unit")]


def test_equal_parts_of_one_breakdown_stay_two_subsets() -> None:
    text = "EMNLP 2025에서 한결전자의 논문 4편이 채택됐다. 메인 트랙 2편, 파인딩스 1편, 시스템 시연 1편이다."
    result = extract(text, published_at="2025-11-01", min_confidence=0.0)
    assert sorted((p.count, p.scope) for p in result.paper_counts) == [
        (1, "subset"),
        (1, "subset"),
        (2, "subset"),
        (4, "unit"),
    ]
