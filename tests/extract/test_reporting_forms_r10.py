"""Forms of real reporting read in round 10, each with sentences written for these tests.

Each test is one phenomenon found in real news text the rules had not seen: a year word that
dates a past attribute of the organization (`지난해 1위였던 A는`), a count of another noun after
`N개` (`2개 부분`), a count per person (`각자 1편씩`, `1인당`), the programme of an event being
held (`논문 40편을 소개하는 '…'을 개최했다`), a part of a pool no organization owns (`전체 2000편
가운데 3편`), and a department written after its university with the school level between
(`부산대 대학원 데이터사이언스학과`).
"""

from __future__ import annotations

from tests.extract.test_reporting_forms import fact_keys


def test_a_year_word_of_a_past_attribute_does_not_date_the_count() -> None:
    text = (
        "삼성전자는 내년 2월 열리는 ISSCC 2026에서 논문 11편을 발표한다. "
        "지난해 기관 순위 1위에 올랐던 인텔은 5편에 머물렀다."
    )
    facts = fact_keys(text, published_at="2025-11-20")
    assert ("intel", ("ISSCC",), 2026, 5) in facts
    assert ("intel", ("ISSCC",), 2025, 5) not in facts


def test_a_year_word_of_the_papers_themselves_still_dates_them() -> None:
    text = "네이버는 지난해 ICML에서 발표했던 논문 4편을 다시 소개했다."
    assert ("naver", ("ICML",), 2024, 4) in fact_keys(text, published_at="2025-03-02")


def test_a_count_of_parts_or_areas_is_not_papers() -> None:
    text = (
        "엔씨소프트는 논문 공개에도 힘쓰고 있다. 엔씨소프트는 올해 게임 개발자 컨퍼런스에서 "
        "2개 부분의 발표를 맡았고, 4개 영역에서 연구를 이어 간다."
    )
    assert fact_keys(text, published_at="2025-07-01") == set()


def test_a_count_per_person_is_no_organizations_total() -> None:
    text = (
        "서울대 대학원생 30명이 NeurIPS와 ICML에 실린 논문을 각자 1편씩 발표했다. "
        "KAIST 석사과정 학생들은 1인당 평균 2편의 논문을 ICLR에 냈다."
    )
    facts = fact_keys(text, published_at="2025-05-10")
    assert not {f for f in facts if f[3] in (1, 2)}


def test_each_of_a_list_with_ssik_keeps_its_count() -> None:
    text = "네이버와 카카오는 ICML 2025에 각각 5편씩 논문을 냈다."
    facts = fact_keys(text, published_at="2025-07-15")
    assert {("naver", ("ICML",), 2025, 5), ("kakao", ("ICML",), 2025, 5)} <= facts


def test_the_programme_of_an_event_being_held_is_not_accepted_papers() -> None:
    text = (
        "KAIST는 올해 주요 AI 학회 논문 40편을 한자리에서 소개하는 '홍길동 심포지엄'을 "
        "대전 본원에서 개최했다.\n"
        "포스텍은 지난해 발표한 AI 논문 25편을 공유하는 연구 성과 발표회를 열었다."
    )
    facts = fact_keys(text, published_at="2025-06-01")
    assert not {f for f in facts if f[3] in (40, 25)}


def test_an_event_later_in_the_sentence_leaves_the_count_its_owners() -> None:
    text = "네이버는 CVPR 2025에서 논문 10편을 발표한 데 이어 다음 달 개발자 행사를 연다."
    assert ("naver", ("CVPR",), 2025, 10) in fact_keys(text, published_at="2025-06-20")


def test_a_part_of_a_pool_no_organization_owns_is_nobodys() -> None:
    text = (
        "KAIST 홍길동 교수 연구팀이 ICLR 2025에서 최우수논문상을 받았다. "
        "올해 최우수논문상은 전체 2000편의 논문 가운데 3편에 돌아갔다."
    )
    facts = fact_keys(text, published_at="2025-04-28")
    assert not {f for f in facts if f[3] == 3}


def test_a_part_of_a_counted_or_owned_pool_keeps_its_owner() -> None:
    text = (
        "카카오는 ICML 2025에 논문 10편을 냈다. 이 가운데 2편은 구두 발표로 뽑혔다. "
        "네이버가 제출한 논문 12편 중 7편이 ICML 2025에 채택됐다."
    )
    facts = fact_keys(text, published_at="2025-07-14")
    assert {("kakao", ("ICML",), 2025, 2), ("naver", ("ICML",), 2025, 7)} <= facts


def test_a_department_after_its_university_and_the_school_level_is_the_universitys() -> None:
    text = (
        "부산대 대학원 데이터사이언스학과, ICML 2025 논문 4편 채택\n"
        "부산대는 대학원 데이터사이언스학과 홍길동 교수팀의 논문 4편이 ICML 2025에 채택됐다고 밝혔다."
    )
    facts = fact_keys(text, published_at="2025-06-02")
    assert ("pusan", ("ICML",), 2025, 4) in facts
    assert not {f for f in facts if f[0].startswith("pattern:")}
