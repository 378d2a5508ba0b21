"""Forms of real reporting probed in round 19 on rewritten reports (years and re-mentions).

The year an event began in is not its edition's (`1995년 시작된 이 학회는 올해 12월 열린다`); the
edition before is written `직전 대회`, `이전 대회`, `지난번 대회` as well as `지난 대회`; and a count
written again as the topic of a description (`… 다섯 편은 추론과 번역을 다룬다`) refers back to the
count before: it gives an organization named in between no count of its own.
See docs/extraction.md, round 19. All sentences are our own.
"""

from __future__ import annotations

import pytest

from extract import extract

Key = tuple[str, tuple[str, ...], int | None, int | None]


def keys(text: str, published_at: str) -> set[Key]:
    """Facts as (organization, conferences, year, count), at the default threshold."""
    result = extract(text, published_at=published_at)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


def test_the_year_an_event_began_is_not_its_editions_year() -> None:
    text = "1995년 시작된 이 학회는 올해 12월 온라인으로 열린다. 카카오는 앞서 논문 6편이 올해 NeurIPS에 채택됐다고 밝혔다."
    assert keys(text, "2021-10-17") == {("kakao", ("NeurIPS",), 2021, 6)}


@pytest.mark.parametrize("edition", ["직전 대회의", "이전 대회의", "지난번 대회의", "지난 대회의"])
def test_the_edition_before_is_the_year_before_the_conferences_own(edition: str) -> None:
    text = f"내년 2월 열리는 ISSCC 2020에서 카카오는 13편이 채택돼 {edition} 7편보다 두 배 가까이 늘었다."
    assert keys(text, "2019-11-18") == {("kakao", ("ISSCC",), 2020, 13), ("kakao", ("ISSCC",), 2019, 7)}


def test_a_count_written_again_as_a_topic_gives_no_one_a_new_fact() -> None:
    text = (
        "한 교수가 같은 해 같은 학회에 논문 다섯 편을 내는 일은 드물다.\n"
        "서울대 김민수 교수가 'ACL 2024'에서 이 기록을 세웠다고 학교 측이 밝혔다.\n"
        "연구에는 카카오가 산학협력으로 참여했다.\n"
        "다섯 편은 추론, 번역, 평가 기법을 다룬다."
    )
    assert keys(text, "2024-08-01") == set()


def test_a_count_written_again_after_its_owners_fact_keeps_that_fact() -> None:
    text = "카카오는 올해 ICML에서 논문 4편이 채택됐다. 4편은 모두 추천 시스템 연구다."
    assert keys(text, "2024-06-01") == {("kakao", ("ICML",), 2024, 4)}


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 ISSCC에서 기조연설 1건과 논문 10건을 발표할 예정이다.",
        "카카오는 ISSCC에서 논문 10건과 기조연설 1건을 발표한다.",
        "카카오는 ISSCC에서 논문 10건, 초청강연 2건을 발표한다.",
    ],
)
def test_a_count_listed_beside_a_count_of_papers_counts_its_own_word(text: str) -> None:
    assert keys(text, "2024-01-10") == {("kakao", ("ISSCC",), 2024, 10)}


def test_track_words_beside_a_count_of_papers_still_count_papers() -> None:
    text = "카카오는 ICML에서 메인 트랙 3편과 논문 2편을 발표한다."
    assert {k[3] for k in keys(text, "2024-06-10")} == {3, 2}


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 올해 ICML에서 9건이 채택돼 4건에 그쳤던 지난해 대회보다 크게 늘었다.",
        "카카오는 올해 ICML에서 9건이 채택돼 4건이었던 지난해 실적을 넘어섰다.",
    ],
)
def test_a_count_dated_by_the_past_clause_it_describes(text: str) -> None:
    assert keys(text, "2024-07-20") == {("kakao", ("ICML",), 2024, 9), ("kakao", ("ICML",), 2023, 4)}


@pytest.mark.parametrize("span", ["2019~2023년 동안", "2019-2023년 집계에서", "2019∼23년 사이"])
def test_a_count_over_a_span_of_years_has_no_one_year(span: str) -> None:
    text = f"카카오는 {span} ICML에서 논문 20편을 발표했다."
    assert keys(text, "2024-07-20") == {("kakao", ("ICML",), None, 20)}


def test_an_edition_dated_as_a_topic_dates_the_sentences_after_it() -> None:
    text = (
        "ISSCC의 지난 숫자를 돌아봤다.\n"
        "2015년 대회에는 600편이 투고돼 200편이 뽑혔다.\n"
        "기관별로는 카카오가 9편으로 가장 많았고, 네이버가 6편이었다.\n"
        "흐름이 바뀐 것은 2021년 대회다.\n"
        "카카오는 이 대회에서 14편을 냈다."
    )
    assert keys(text, "2023-12-01") == {
        ("kakao", ("ISSCC",), 2015, 9),
        ("naver", ("ISSCC",), 2015, 6),
        ("kakao", ("ISSCC",), 2021, 14),
    }


def test_an_edition_named_in_passing_dates_nothing_after_it() -> None:
    text = (
        "'ISSCC 2025'에서 카카오는 논문 12편이 채택됐다. 2023년 행사에 이어 3년 연속 1위다.\n"
        "네이버는 8편이 선정됐다."
    )
    assert keys(text, "2024-11-28") == {("kakao", ("ISSCC",), 2025, 12), ("naver", ("ISSCC",), 2025, 8)}


@pytest.mark.parametrize("start", ["지난해 5편에서", "한 해 전 5편에서"])
def test_a_trends_last_count_is_this_years_when_only_the_first_is_dated(start: str) -> None:
    text = f"카카오의 ICML 채택 논문은 {start} 9편으로 늘었다."
    assert keys(text, "2024-07-20") == {("kakao", ("ICML",), 2023, 5), ("kakao", ("ICML",), 2024, 9)}


def test_the_year_before_an_edition_just_dated() -> None:
    text = "ISSCC의 흐름이 바뀐 것은 2020년 대회다.\n카카오는 한 해 전 7편에서 13편으로 논문을 늘렸다."
    assert keys(text, "2023-12-01") == {("kakao", ("ISSCC",), 2019, 7), ("kakao", ("ISSCC",), 2020, 13)}


def test_a_bullet_line_that_states_the_headlines_count_keeps_it() -> None:
    body = "카카오는 이번 CHI 2023에서 다수의 성과를 선보인다.\n발표하는 성과는 다음과 같다.\n▲정규 논문 17편\n▲포스터 5편"
    result = extract(body, title="카카오, CHI 2023서 정규 논문 17편 발표", published_at="2023-04-20")
    assert {(p.count, p.evidence.field) for p in result.paper_counts} == {(17, "text"), (5, "text")}
