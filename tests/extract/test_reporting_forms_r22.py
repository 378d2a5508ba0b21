"""Forms of real reporting probed in round 22, each with sentences written for these tests.

Round 22 took the misses of a new set of real text as phenomena: a presentation an exact count
is scheduled for (not a forecast of the count), a list whose members are each introduced by their
kind, two `각각` pairings in one sentence, and a part of a count named by a native numeral before
논문. The sentences below are our own.
"""

from __future__ import annotations

import pytest

from extract import extract

FactKey = tuple[str, tuple[str, ...], int | None, int | None]


def kept(text: str, title: str | None = None, published_at: str = "2024-03-02") -> set[FactKey]:
    """The facts written at the default confidence threshold, full gazetteer."""
    result = extract(text, title=title, published_at=published_at)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


def qualified(text: str, published_at: str = "2024-03-02") -> set[tuple[str, int | None, str]]:
    """(organization, count, qualifier) of every candidate fact."""
    result = extract(text, published_at=published_at, min_confidence=0)
    return {(p.organization_id, p.count, p.qualifier) for p in result.paper_counts}


# 1. A presentation scheduled for an exact count (`2개를 발표할 것으로 보인다`) is no forecast of it;
#    a count foreseen to be reached or accepted still is.


@pytest.mark.parametrize(
    "ending",
    [
        "발표할 것으로 보인다",
        "선보일 것으로 예상된다",
        "공개할 것으로 전망된다",
        "발표할 계획인 것으로 관측된다",
    ],
)
def test_a_scheduled_presentation_keeps_an_exact_count(ending: str) -> None:
    text = f"다음 달 AACR에서 제약사 중에는 유한양행이 포스터 3개를 {ending}."
    assert ("yuhan", 3, "exact") in qualified(text)
    assert ("yuhan", ("AACR",), 2024, 3) in kept(text)


@pytest.mark.parametrize(
    "ending",
    ["넘어설 것으로 보인다", "이상 채택될 것으로 예상된다", "돌파할 것으로 전망된다"],
)
def test_a_count_foreseen_to_be_reached_stays_a_forecast(ending: str) -> None:
    text = f"올해 NeurIPS에서 네이버의 채택 논문은 20편을 {ending}."
    assert not any(org == "naver" and count == 20 for org, _, _, count in kept(text))


# 2. A list whose next member is introduced by its kind (`A와 진단업체로는 B가 각각`) is one list.


def test_a_member_introduced_by_its_kind_stays_in_the_list() -> None:
    text = "올해 AACR에서 신약개발사로 에이비온과 진단업체로는 싸이토젠이 각각 포스터 2개씩 내놓는다."
    facts = kept(text)
    assert ("abion", ("AACR",), 2024, 2) in facts
    assert ("cytogen", ("AACR",), 2024, 2) in facts


# 3. Two `각각` in one sentence: the counts after the first pair with the list before it, up to the
#    next list or the next 각각.


def test_two_distributive_pairings_in_one_sentence() -> None:
    text = "올해 AACR에서 삼진제약과 영진약품이 각각 포스터 3개, 에이비온과 싸이토젠이 각각 1개씩 선보인다."
    facts = kept(text)
    assert {("samjin-pharm", ("AACR",), 2024, 3), ("yungjin-pharm", ("AACR",), 2024, 3)} <= facts
    assert {("abion", ("AACR",), 2024, 1), ("cytogen", ("AACR",), 2024, 1)} <= facts
    assert ("yungjin-pharm", ("AACR",), 2024, 1) not in facts


def test_two_distributive_lists_each_with_their_own_counts() -> None:
    text = "ISSCC 2024에서 삼성전자와 SK하이닉스가 각각 8편과 4편, 인텔과 IBM이 각각 6편, 3편을 냈다."
    facts = kept(text)
    assert {
        ("samsung-electronics", ("ISSCC",), 2024, 8),
        ("sk-hynix", ("ISSCC",), 2024, 4),
        ("intel", ("ISSCC",), 2024, 6),
        ("ibm", ("ISSCC",), 2024, 3),
    } <= facts
    assert ("sk-hynix", ("ISSCC",), 2024, 6) not in facts


# 4. A part named by a native numeral before 논문 (`이 중 두 논문은`) is a subset of the count before.


@pytest.mark.parametrize(("numeral", "count"), [("한", 1), ("두", 2), ("세", 3)])
def test_a_part_named_before_the_paper_noun(numeral: str, count: int) -> None:
    text = f"카카오는 ICCV 2023에서 논문 9개를 발표했다. 이 중 {numeral} 논문은 구두 발표 세션에 올랐다."
    result = extract(text, published_at="2023-10-05")
    facts = {(p.organization_id, p.count, p.scope) for p in result.paper_counts}
    assert ("kakao", 9, "unit") in facts
    assert ("kakao", count, "subset") in facts


def test_a_paper_in_general_is_no_part() -> None:
    text = "카카오는 ICCV 2023에서 논문 9개를 발표했다. 한 논문에서는 새로운 영상 생성 기법을 다뤘다."
    result = extract(text, published_at="2023-10-05")
    assert {p.count for p in result.paper_counts} == {9}
