"""Forms of real reporting probed in round 13, each with sentences written for these tests.

Each test is one class of the round's list: bounds and approximations that are no exact count
(`10편 미만`, `최대 10편`, `약 10편`), `각각` over a list of years written before a conference
(`2023년, 2024년 NeurIPS에 각각`), counts no organization owns (a conference's oral papers),
headline facts the body never supports, and the rest (see docs/extraction.md, round 13).
"""

from __future__ import annotations

import pytest

from extract import extract
from tests.extract.test_reporting_forms import fact_keys

D = "2025-07-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "네이버는 ICML 2025에서 10편 미만의 논문을 발표했다.",
        "카카오는 이번 ICML 2025에서 최대 10편의 논문을 발표할 계획이다.",
        "LG AI연구원은 ICML 2025에서 9~10편의 논문이 채택됐다.",
        "KAIST는 ICML 2025에서 10여 편의 논문을 발표했다.",
        "서울대는 ICML 2025에서 약 10편의 논문을 발표했다.",
        "카카오는 ICML 2025에서 10편 이하의 논문을 냈다.",
        "포스텍은 ICML 2025에 논문 10편 안팎을 발표할 예정이다.",
        "KAIST는 ICML 2025에서 논문 10편가량이 채택됐다.",
        "네이버는 ICML 2025에서 두 자릿수의 논문이 채택됐다.",
        "서울대는 ICML 2025에서 논문 십여 편을 발표했다.",
        "포스텍은 ICML 2025에서 논문 두어 편을 발표했다.",
    ],
)
def test_a_bound_or_an_approximation_is_no_exact_count(sentence: str) -> None:
    assert fact_keys(sentence, published_at=D) == set()


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("삼성전자는 ICML 2025에서 10편 이상의 논문을 발표했다.", "samsung-electronics"),
        ("카카오는 최소 10편의 논문을 ICML 2025에 발표한다.", "kakao"),
        ("네이버는 ICML 2025에서 역대 최대 10편의 논문을 발표했다.", "naver"),
    ],
)
def test_a_lower_bound_or_a_record_keeps_its_count(sentence: str, org: str) -> None:
    assert fact_keys(sentence, published_at=D) == {(org, ("ICML",), 2025, 10)}


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("카카오는 2023년, 2024년 NeurIPS에 각각 4편과 7편이 채택됐다.", (2023, 2024)),
        ("카카오는 2023년과 2024년 NeurIPS에서 각각 4편, 7편을 발표했다.", (2023, 2024)),
        ("카카오는 NeurIPS에서 2023년과 2024년에 각각 4편, 7편을 발표했다.", (2023, 2024)),
        ("카카오는 2022년과 2023년, 2024년 NeurIPS에서 각각 4편, 7편, 11편을 발표했다.", (2022, 2023, 2024)),
    ],
)
def test_each_pairs_counts_with_a_list_of_years_before_a_conference(
    sentence: str, years: tuple[int, ...]
) -> None:
    counts = (4, 7, 11)
    expected = {("kakao", ("NeurIPS",), year, count) for year, count in zip(years, counts, strict=False)}
    assert fact_keys(sentence, published_at=D) == expected


@pytest.mark.parametrize(
    "second",
    [
        "구두 발표로 뽑힌 논문은 전체 120편에 불과하다.",
        "구두 발표 논문은 전체 채택 논문 가운데 1% 남짓인 30편이다.",
        "이번 ICML의 스포트라이트 논문은 300여 편, 구두 발표는 60편이다.",
        "올해 구두 발표에 선정된 논문은 80여 편이다.",
        "이번 학회의 최우수 논문상은 4편에 돌아갔다.",
    ],
)
def test_a_conferences_orals_or_awards_are_not_the_subjects_part(second: str) -> None:
    text = "네이버는 ICML 2025에서 논문 3편이 채택됐다. " + second
    assert fact_keys(text, published_at=D) == {("naver", ("ICML",), 2025, 3)}


def test_a_part_no_larger_than_its_whole_stays_the_subjects() -> None:
    text = "네이버는 ICML 2025에서 논문 10편이 채택됐다. 이 가운데 구두 발표는 2편이다."
    facts = fact_keys(text, published_at=D)
    assert facts == {("naver", ("ICML",), 2025, 10), ("naver", ("ICML",), 2025, 2)}


@pytest.mark.parametrize(
    "sentence",
    [
        "네이버는 ICML 2025에서 9편을 발표해 6편에 그친 카카오를 앞섰다.",
        "네이버는 ICML 2025에서 9편을 발표해 6편에 머문 카카오를 제쳤다.",
        "ICML 2025에서 네이버는 9편을 발표해 6편에 불과한 카카오보다 많았다.",
    ],
)
def test_the_count_of_an_organization_compared_with_is_its_own(sentence: str) -> None:
    facts = fact_keys(sentence, published_at=D)
    assert facts == {("naver", ("ICML",), 2025, 9), ("kakao", ("ICML",), 2025, 6)}


def test_joint_papers_with_a_collaborator_inside_an_inclusion_are_not_the_collaborators() -> None:
    text = "네이버는 ICML 2025에서 미국 스탠퍼드대와 공동으로 쓴 논문 2편을 포함해 9편을 발표했다."
    facts = fact_keys(text, published_at=D)
    assert ("naver", ("ICML",), 2025, 9) in facts
    assert not any(org == "stanford" for org, *_ in facts)


def test_a_word_with_a_particle_is_no_part_of_a_units_name() -> None:
    text = "ICML 2025에서는 KAIST 다음으로 누리랩스가 7편을 발표해 눈길을 끌었다."
    assert fact_keys(text, published_at=D) == {("pattern:누리랩스", ("ICML",), 2025, 7)}


def extract_keys(text: str, title: str) -> set[tuple[str, tuple[str, ...], int | None, int | None]]:
    """Facts at the default threshold of an article with a headline."""
    result = extract(text, title=title, published_at=D)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "네이버, ICLR서 논문 12편",
            "네이버가 AI 연구 성과를 알렸다. 회사는 앞으로도 연구를 이어간다고 말했다.",
        ),
        (
            "카카오, ICML 2025 논문 5편 채택",
            "카카오가 올해 AI 학회에서 성과를 냈다. 카카오는 연구를 키우겠다고 했다.",
        ),
        (
            "서울대, ACL 2025에 논문 8편",
            "이번 성과는 연구진의 노력 덕분이다. 연구진은 자연어처리 분야 논문을 냈다.",
        ),
    ],
)
def test_a_headline_fact_the_body_does_not_support_is_not_written(title: str, text: str) -> None:
    assert extract_keys(text, title) == set()


def test_a_headline_repeating_the_body_gives_one_fact() -> None:
    text = "삼성전자는 ISSCC 2025에서 논문 7편을 발표한다. 회사는 메모리 분야 연구를 소개한다."
    result = extract(text, title="삼성전자, ISSCC서 7편 발표", published_at=D)
    assert [(p.organization_id, p.count, p.evidence.field) for p in result.paper_counts] == [
        ("samsung-electronics", 7, "text")
    ]


def test_a_headline_total_of_the_bodys_units_is_kept() -> None:
    text = "네이버 클로바가 ICLR 2025에서 7편, 네이버랩스가 5편의 논문을 발표했다."
    assert ("naver", ("ICLR",), 2025, 12) in extract_keys(text, "네이버, ICLR 2025서 논문 12편")


@pytest.mark.parametrize(
    "second",
    ["올해는 41편으로 늘었다.", "올해 같은 학회에서는 41편을 냈다.", "올해는 41편이 채택됐다."],
)
def test_a_past_edition_written_with_its_year_does_not_move_this_year(second: str) -> None:
    text = "지난해 ICML 2024에서 KAIST는 30편을 냈다. " + second
    facts = fact_keys(text, published_at=D)
    assert ("kaist", ("ICML",), 2025, 41) in facts
    assert ("kaist", ("ICML",), 2024, 41) not in facts


def test_a_coming_edition_still_dates_relative_words() -> None:
    text = "ISSCC 2027에서 삼성전자는 논문 9편을 발표한다. 지난해에는 6편이었다."
    facts = fact_keys(text, published_at="2026-11-20")
    assert ("samsung-electronics", ("ISSCC",), 2027, 9) in facts
    assert ("samsung-electronics", ("ISSCC",), 2026, 6) in facts


@pytest.mark.parametrize(
    "second",
    [
        "같은 기간 서울대는 15편, 12편, 18편을 냈다.",
        "서울대는 그동안 15편과 12편을 냈다.",
    ],
)
def test_counts_in_a_bare_run_that_nothing_pairs_are_left_out(second: str) -> None:
    text = "KAIST는 CVPR 2025에서 20편을 발표해 3년 연속 국내 1위를 지켰다. " + second
    assert fact_keys(text, published_at=D) == {("kaist", ("CVPR",), 2025, 20)}


@pytest.mark.parametrize(
    "second",
    [
        "네이버웹툰은 올해 새 작품 40건을 공개했다.",
        "네이버는 올해 시제품 5건도 전시한다.",
        "네이버는 같은 기간 오픈소스 모델 3건을 공개했다.",
        "또 데모 2건과 튜토리얼 1건을 진행했다.",
        "네이버는 올해 신규 채용 30건을 진행한다.",
    ],
)
def test_a_count_of_what_the_word_before_names_is_no_paper_count(second: str) -> None:
    text = "네이버는 ICML 2025에서 논문 12편을 발표했다. " + second
    assert fact_keys(text, published_at=D) == {("naver", ("ICML",), 2025, 12)}


@pytest.mark.parametrize(
    ("second", "year"),
    [
        ("순위표에서 KAIST는 9건으로 4위, 서울대는 5건이었다.", 2025),
        ("특히 KAIST는 9건, 서울대는 5건을 기록했다.", 2025),
        ("지난 행사 KAIST 9건, 서울대 5건에서 크게 늘었다.", 2024),
    ],
)
def test_counts_in_a_paragraph_about_one_conferences_papers_are_paper_counts(second: str, year: int) -> None:
    text = "올해 ICML 2025에 채택된 논문을 기관별로 집계했다. " + second
    facts = fact_keys(text, published_at=D)
    assert {("kaist", ("ICML",), year, 9), ("snu", ("ICML",), year, 5)} <= facts


@pytest.mark.parametrize(
    ("sentence", "org", "count"),
    [
        ("이번 ICML 2025에는 새롬바이오의 논문 2편도 채택됐다.", "pattern:새롬바이오", 2),
        ("ICML 2025에 채택된 누리소프트의 논문 2편은 모두 추천 시스템을 다뤘다.", "pattern:누리소프트", 2),
        ("ICML 2025에서 다온에이아이 연구진이 논문 2편을 발표했다.", "pattern:다온에이아이", 2),
        (
            "ICML 2025에는 스타트업 논문도 실렸다. 그중 소리모빌리티가 3편으로 가장 많다.",
            "pattern:소리모빌리티",
            3,
        ),
        ("ICML 2025에서 벤처기업 누리비전은 2편을 발표했다.", "pattern:누리비전", 2),
    ],
)
def test_a_name_no_gazetteer_lists_is_found_outside_the_subject_slot(
    sentence: str, org: str, count: int
) -> None:
    assert (org, ("ICML",), 2025, count) in fact_keys(sentence, published_at=D)


def test_a_co_author_no_gazetteer_lists_is_named_but_owns_nothing() -> None:
    result = extract("ICML 2025에서 네이버는 한결데이터와 공동으로 논문 2편을 발표했다.", published_at=D)
    assert "pattern:한결데이터" in {o.id for o in result.organizations}
    assert {(p.organization_id, p.count) for p in result.paper_counts} == {("naver", 2)}


@pytest.mark.parametrize(
    "second",
    [
        "두 학교는 지난해에도 각각 38편, 25편을 냈다.",
        "두 대학은 지난해 각각 38편과 25편을 발표했다.",
        "양교는 지난해 각각 38편, 25편이었다.",
    ],
)
def test_each_pairs_counts_with_the_organizations_a_collective_reference_names(second: str) -> None:
    text = "NeurIPS 2024 결과를 보면 KAIST가 50편, 서울대가 32편이다. " + second
    facts = fact_keys(text, published_at="2024-12-20")
    assert {("kaist", ("NeurIPS",), 2023, 38), ("snu", ("NeurIPS",), 2023, 25)} <= facts


def test_a_collective_reference_of_another_size_pairs_nothing() -> None:
    text = (
        "NeurIPS 2024 결과를 보면 KAIST가 50편, 서울대가 32편이다. 세 학교는 지난해 각각 38편, 25편을 냈다."
    )
    facts = fact_keys(text, published_at="2024-12-20")
    assert not any(count in (38, 25) for *_, count in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "ICLR 2025에서 논문 5편을 발표한 가온AI는 설립 3년 차 스타트업이다.",
        "ICLR 2025에 논문 5편이 채택된 가온AI는 올해 투자를 유치했다.",
    ],
)
def test_an_unknown_name_an_adnominal_clause_with_a_count_modifies_owns_the_count(sentence: str) -> None:
    assert fact_keys(sentence, published_at=D) == {("pattern:가온ai", ("ICLR",), 2025, 5)}


@pytest.mark.parametrize(
    "sentence",
    [
        "네이버는 ICML 2025에서 논문 5편과 데모 2건을 선보인다.",
        "네이버는 ICML 2025에서 논문 5편을 발표하고, 관련 데이터셋 2건을 공개했다.",
        "네이버의 ICML 2025 논문은 5편이며, 이 논문들의 인용 수는 벌써 300건을 넘었다.",
        "ICML 2025에서 네이버는 논문 5편을 발표했다. 네이버 논문을 인용한 후속 연구는 120건에 이른다.",
    ],
)
def test_things_counted_next_to_papers_are_no_paper_count(sentence: str) -> None:
    assert fact_keys(sentence, published_at=D) == {("naver", ("ICML",), 2025, 5)}


def test_a_patent_count_before_a_paper_count_does_not_hide_it() -> None:
    text = "삼성전자는 ISSCC 2025에서 특허 3건과 논문 5편을 공개했다."
    assert fact_keys(text, published_at=D) == {("samsung-electronics", ("ISSCC",), 2025, 5)}


@pytest.mark.parametrize(
    "sentence",
    [
        "카카오는 ICML 2025에서 많게는 10편의 논문을 낼 것으로 보인다.",
        "카카오는 ICML 2025에서 적게는 5편, 많게는 8편의 논문을 낼 전망이다.",
    ],
)
def test_the_ends_of_an_estimated_range_are_no_exact_counts(sentence: str) -> None:
    assert fact_keys(sentence, published_at=D) == set()


def test_an_organizations_total_over_listed_and_other_conferences_is_its_own() -> None:
    text = "네이버는 올해 ICLR 12편, CVPR 11편 등 총 40편의 논문을 발표했다."
    facts = fact_keys(text, published_at=D)
    assert ("naver", ("CVPR", "ICLR"), 2025, 40) in facts


def test_a_total_beyond_a_list_of_organizations_is_still_nobodys() -> None:
    text = "올해 ICML 2025에서는 구글 120편, 메타 80편 등 총 3300편이 채택됐다."
    facts = fact_keys(text, published_at=D)
    assert not any(count == 3300 for *_, count in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "카카오는 ICML 2025에서 논문 한 편도 채택되지 않았다.",
        "카카오는 ICML 2025에서 논문을 단 한 편도 내지 못했다.",
        "카카오는 ICML 2025에서 논문 한두 편을 발표했다.",
        "카카오는 ICML 2025에서 논문 이십여 편을 발표했다.",
    ],
)
def test_native_numerals_that_are_no_exact_count(sentence: str) -> None:
    assert fact_keys(sentence, published_at=D) == set()


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("카카오는 ICML 2025에서 열두 건의 논문을 발표했다.", 12),
        ("카카오는 ICML 2025에서 논문 스물두 편이 채택됐다.", 22),
        ("카카오는 ICML 2025에서 논문 마흔세 편을 발표했다.", 43),
        ("카카오는 ICML 2025에서 논문 서른 편을 발표했다.", 30),
        ("카카오는 ICML 2025에서 논문 세 건이 채택됐다.", 3),
    ],
)
def test_native_numerals_give_their_count(sentence: str, count: int) -> None:
    assert fact_keys(sentence, published_at=D) == {("kakao", ("ICML",), 2025, count)}


def test_workshops_held_next_to_papers_are_no_paper_count() -> None:
    text = "네이버는 ICML 2025에서 논문 5편을 발표하고 워크숍 3개를 연다."
    assert fact_keys(text, published_at=D) == {("naver", ("ICML",), 2025, 5)}


def test_an_unknown_name_before_its_researchers_papers_owns_them() -> None:
    text = "NeurIPS 2025에는 누리비전랩스의 논문 2편과 한결데이터 연구진의 논문 1편이 채택됐다."
    facts = fact_keys(text, published_at=D)
    assert facts == {
        ("pattern:누리비전랩스", ("NeurIPS",), 2025, 2),
        ("pattern:한결데이터", ("NeurIPS",), 2025, 1),
    }


@pytest.mark.parametrize(
    "second",
    [
        "메인 콘퍼런스 7편, 파인딩스 5편이다.",
        "메인 트랙 7편, Findings 5편이다.",
        "본 학회 7편, 파인딩스 5편이다.",
    ],
)
def test_tracks_in_a_sentence_of_their_own_keep_their_counts(second: str) -> None:
    text = "카카오는 EMNLP 2025에 논문 12편이 채택됐다고 밝혔다. " + second
    facts = fact_keys(text, published_at="2025-11-03")
    assert {("kakao", ("EMNLP",), 2025, 7), ("kakao", ("EMNLP",), 2025, 5)} <= facts


@pytest.mark.parametrize(
    "sentence",
    [
        "서울대와 KAIST는 2024년과 2025년 ICML에서 각각 20편, 30편을 발표했다.",
        "네이버와 카카오는 ICML 2024와 ICML 2025에서 각각 9편, 11편을 발표했다.",
    ],
)
def test_each_after_a_list_of_organizations_and_a_list_of_years_is_left_out(sentence: str) -> None:
    assert fact_keys(sentence, published_at=D) == set()


def test_each_after_a_list_of_organizations_and_one_edition_pairs_the_organizations() -> None:
    text = "KAIST와 서울대는 ICML 2025에서 각각 20편, 15편을 발표했다."
    assert fact_keys(text, published_at=D) == {("kaist", ("ICML",), 2025, 20), ("snu", ("ICML",), 2025, 15)}


def test_a_name_read_only_as_a_proper_noun_owns_no_count_in_a_sentence_without_papers() -> None:
    text = "KAIST는 NeurIPS 2024 채택 논문이 50편이라고 밝혔다. 학내 기술이전은 올해 120건이었다."
    result = extract(text, published_at="2024-12-01")
    assert {(p.organization_id, p.count) for p in result.paper_counts} == {("kaist", 50)}


def test_a_university_found_by_its_suffix_keeps_a_count_without_paper_words() -> None:
    text = "한빛전자는 ISSCC 2024에서 논문 3편을 발표했다. 미래대학교 연구팀은 2편을 냈다."
    result = extract(text, published_at="2023-11-20")
    assert ("pattern:미래대학교", 2) in {(p.organization_id, p.count) for p in result.paper_counts}


@pytest.mark.parametrize(
    ("sentence", "published_at", "year"),
    [
        ("네이버는 지난달 캐나다 밴쿠버에서 열린 NeurIPS에서 논문 12편을 발표했다.", "2025-01-10", 2024),
        ("네이버는 지난 12월 열린 NeurIPS에서 논문 12편을 발표했다.", "2025-01-10", 2024),
        ("네이버는 지난달 열린 NeurIPS에서 논문 12편을 발표했다.", "2025-12-28", 2025),
        ("네이버는 지난 7월 열린 NeurIPS에서 논문 12편을 발표했다.", "2025-07-28", 2025),
    ],
)
def test_a_past_month_dates_the_conference_held_then(sentence: str, published_at: str, year: int) -> None:
    assert fact_keys(sentence, published_at=published_at) == {("naver", ("NeurIPS",), year, 12)}


def test_years_ago_count_back_from_the_reference_year() -> None:
    text = "NeurIPS 2025에서 카카오는 7편을 냈다. 2년 전 같은 학회에서는 2편이었다."
    facts = fact_keys(text, published_at="2025-12-10")
    assert facts == {("kakao", ("NeurIPS",), 2025, 7), ("kakao", ("NeurIPS",), 2023, 2)}


@pytest.mark.parametrize(
    ("sentence", "published_at", "year"),
    [
        ("삼성전자는 다음 달 열리는 ISSCC에서 논문 9편을 발표한다.", "2025-12-20", 2026),
        ("삼성전자는 다음 달 열리는 ISSCC에서 논문 9편을 발표한다.", "2026-01-20", 2026),
        ("삼성전자는 오는 2월 열리는 ISSCC에서 논문 9편을 발표한다.", "2025-11-20", 2026),
        ("삼성전자는 오는 2월 열리는 ISSCC에서 논문 9편을 발표한다.", "2026-01-05", 2026),
    ],
)
def test_a_coming_month_dates_the_conference_held_then(sentence: str, published_at: str, year: int) -> None:
    assert fact_keys(sentence, published_at=published_at) == {("samsung-electronics", ("ISSCC",), year, 9)}


def test_a_span_of_years_is_undated() -> None:
    text = "KAIST는 2019년부터 올해까지 NeurIPS에서 모두 150편을 발표했다."
    assert fact_keys(text, published_at="2025-12-01") == {("kaist", ("NeurIPS",), None, 150)}


def test_a_headline_count_the_body_contradicts_is_not_written() -> None:
    text = "네이버는 ICML 2025에서 논문 12편을 발표했다."
    assert extract_keys(text, "네이버, ICML 2025서 논문 13편") == {("naver", ("ICML",), 2025, 12)}


def test_a_headline_count_that_sums_the_bodys_parts_is_kept() -> None:
    text = "ICML 2025에 네이버의 메인 트랙 논문 12편, 워크숍 논문 3편이 실렸다."
    assert ("naver", ("ICML",), 2025, 15) in extract_keys(text, "네이버, ICML 2025서 논문 15편")


def test_an_oral_part_is_compared_with_the_organizations_largest_count_not_its_last() -> None:
    text = (
        "한빛연구소는 ICCV 2025에서 본 학회 논문 7편과 워크숍 논문 1편을 선보인다. "
        "이 중 3편은 구두 발표로 뽑혔다."
    )
    facts = fact_keys(text, published_at="2025-09-30")
    assert ("pattern:한빛연구소", ("ICCV",), 2025, 3) in facts
    assert ("pattern:한빛연구소", ("ICCV",), 2025, 7) in facts


def test_an_oral_part_larger_than_every_count_of_the_organization_is_the_conferences() -> None:
    text = (
        "한빛연구소는 ICCV 2025에서 논문 4편과 워크숍 논문 1편을 선보인다. 구두 발표 논문은 전체 150편이다."
    )
    facts = fact_keys(text, published_at="2025-09-30")
    assert not any(f[3] == 150 for f in facts)
