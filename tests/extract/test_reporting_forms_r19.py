"""Forms of real reporting probed in round 19, each with sentences written for these tests.

Round 19 opened two real sets that had been scored blind (`r18a`, `r19`) and took each miss or
wrong fact as a phenomenon: a subject left out of the next sentence, which gives the same owner
another period's count; forecasts and goals counted as facts; an organization named only in a
person's title; counts written as Korean words; a subhead whose owner is the article's unit, not
the parent a headline names. The sentences below are our own.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract import extract
from tests.extract.conftest import FactKey, written_facts
from tests.extract.test_reporting_forms import fact_keys

# the facts written at the default confidence threshold, full gazetteer
kept = partial(written_facts, published_at="2024-09-10")


# 1. A subject left out of the next sentence: the owner of the count right before, another period.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "업스테이지는 올해 들어 세계 AI 학회에 논문 18건을 발표했다고 3일 밝혔다. "
            "지난해에는 모두 11건의 논문이 채택된 바 있다.",
            {("upstage", (), 2024, 18), ("upstage", (), 2023, 11)},
        ),
        (
            "카카오엔터프라이즈는 지난해 국제 학회에 연구 논문 12편을 등재했다. "
            "올 상반기에는 해외 학회에 총 7건의 논문을 선보였다.",
            {("kakao-enterprise", (), 2023, 12), ("kakao-enterprise", (), 2024, 7)},
        ),
        (
            "업스테이지는 올해 글로벌 학회에 논문 18편이 실렸다고 밝혔다. 지난해 기록(11편)을 이미 넘어섰다.",
            {("upstage", (), 2024, 18), ("upstage", (), 2023, 11)},
        ),
    ],
)
def test_a_count_in_the_next_sentence_without_a_subject_is_the_same_owners(
    text: str, expected: set[FactKey]
) -> None:
    assert kept(text) == expected


def test_an_owner_carried_past_a_sentence_without_its_count_stays_below_the_threshold() -> None:
    text = (
        "업스테이지는 올해 들어 세계 AI 학회에 논문 18건을 발표했다. 회사는 연구 인력도 두 배로 늘렸다. "
        "지난해에는 모두 11건의 논문이 채택됐다."
    )
    assert kept(text) == {("upstage", (), 2024, 18)}
    assert ("upstage", (), 2023, 11) in fact_keys(text, published_at="2024-09-10")


def test_a_sentence_naming_another_organization_is_not_continued() -> None:
    text = "업스테이지는 올해 세계 AI 학회에 논문 18건을 발표했다. 지난해 구글은 학회 논문 300건을 냈다."
    assert ("upstage", (), 2023, 300) not in fact_keys(text, published_at="2024-09-10")


# 2. A forecast or a goal is no reported count: a candidate with qualifier forecast, below the threshold.

LEAD_77 = "네이버는 올해 9월까지 학회 논문 77편을 발표했다. "


@pytest.mark.parametrize(
    "sentence",
    [
        "연말까지 90편 돌파가 유력시된다.",
        "심사 중인 논문을 더하면 연내 90편을 넘어설 것으로 보인다.",
        "업계는 올해 90편 돌파를 점치고 있다.",
        "내년에는 100편 이상을 목표로 삼았다.",
        "올해 90편까지 늘어날 것이라는 관측도 나온다.",
    ],
)
def test_a_forecast_or_goal_is_not_kept(sentence: str) -> None:
    assert kept(LEAD_77 + sentence) == {("naver", (), 2024, 77)}


def test_a_forecast_keeps_its_qualifier_below_the_threshold() -> None:
    result = extract(
        LEAD_77 + "업계는 올해 90편 돌파를 점치고 있다.", published_at="2024-09-10", min_confidence=0.0
    )
    forecast = [p for p in result.paper_counts if p.count == 90]
    assert [p.qualifier for p in forecast] == ["forecast"]
    assert forecast[0].confidence < 0.4


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "네이버는 다음 달 열리는 NeurIPS 2024에서 논문 5편을 발표할 예정이다.",
            ("naver", ("NeurIPS",), 2024, 5),
        ),
        ("네이버는 ICML 2024에서 논문 6편을 선보일 계획이다.", ("naver", ("ICML",), 2024, 6)),
        ("네이버는 ICML 2024에 논문 6편이 채택돼 기대를 모은다.", ("naver", ("ICML",), 2024, 6)),
    ],
)
def test_accepted_papers_to_be_presented_are_no_forecast(text: str, fact: FactKey) -> None:
    assert kept(text) == {fact}


# 3. An organization named only in a person's title (a former post, a post held, a place come from)
# owns no count; the team's own organization, when written, does.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KAIST 전기및전자공학부 김하늘 교수(전 삼성전자 부사장)가 이끄는 연구팀이 ISSCC 2025에서 논문 4편을 발표했다.",
            {("kaist", ("ISSCC",), 2025, 4)},
        ),
        (
            "네이버 출신 최민호 교수가 이끄는 포스텍 연구팀은 CVPR 2024에서 논문 5편을 발표했다.",
            {("postech", ("CVPR",), 2024, 5)},
        ),
        ("전 과학기술정보통신부 장관인 박서준 교수 연구팀이 IEDM 2024에서 논문 2편이 채택됐다.", set()),
        ("과학기술정보통신부 차관을 지낸 정다은 교수팀은 올해 ICML 2024에서 3편의 논문을 냈다.", set()),
    ],
)
def test_an_organization_in_a_persons_title_owns_no_count(text: str, expected: set[FactKey]) -> None:
    assert fact_keys(text, published_at="2025-01-10") == expected


def test_the_current_organization_in_a_parenthesis_after_a_person_still_owns() -> None:
    text = "김민수 교수(서울대)가 이끄는 연구팀은 NeurIPS 2024에서 논문 3편을 발표했다."
    assert kept(text) == {("snu", ("NeurIPS",), 2024, 3)}


def test_a_former_post_elsewhere_leaves_the_subjects_count() -> None:
    text = "삼성전자는 ISSCC 2025에서 논문 9편을 발표했다. 전 삼성전자 사장인 김 교수는 이를 높이 평가했다."
    assert kept(text, published_at="2025-03-01") == {("samsung-electronics", ("ISSCC",), 2025, 9)}


# 4. A part of the count before, in the next sentence (`이 중 두 건은`, `4개 중 2개는`) or in the
# parenthesis after it (`5건(연구소 2건)`), takes its paper context from the count it is part of.


@pytest.mark.parametrize(
    "part",
    [
        "이 중 두 건은 구두 발표로 진행한다.",
        "이 가운데 2개는 직접 무대에서 발표한다.",
        "4개 중 2개는 구두 발표다.",
    ],
)
def test_a_part_of_the_count_before_is_its_subset(part: str) -> None:
    text = "카카오브레인은 ICCV 2023에서 4개 논문을 발표한다. " + part
    assert fact_keys(text, published_at="2023-09-20") == {
        ("kakao-brain", ("ICCV",), 2023, 4),
        ("kakao-brain", ("ICCV",), 2023, 2),
    }


def test_a_part_in_the_parenthesis_after_a_count_is_counted() -> None:
    text = "포스텍은 ICML 2024에서 논문 12건이 채택됐다. 2023년에는 포스텍이 7건(인공지능 대학원 3건)이었다."
    assert ("postech", ("ICML",), 2023, 3) in fact_keys(text, published_at="2024-06-01")


def test_another_noun_in_the_next_sentence_is_still_no_paper_count() -> None:
    text = "카카오브레인은 ICCV 2023에서 4개 논문을 발표한다. 이 중 투자 유치는 3건이다."
    assert fact_keys(text, published_at="2023-09-20") == {("kakao-brain", ("ICCV",), 2023, 4)}
