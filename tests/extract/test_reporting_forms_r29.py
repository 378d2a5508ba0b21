"""Forms of real reporting probed in round 29, each with sentences written for these tests.

Round 29 took the misses of new sets scored blind (tables above all, venues named a sentence after
their count, parts of a count in a headline). The sentences below are our own.
"""

from __future__ import annotations

from extract.api import extract
from tests.extract.conftest import written_facts

# 1. A barred table that breaks one fact down by track: its rows are that fact's parts (`subset`), its
#    total row is the fact again; rows that do not add up stay rows of their own.


def _scopes(text: str, published_at: str) -> set[tuple[str, int | None, str]]:
    result = extract(text, published_at=published_at)
    return {(p.organization_id, p.count, p.scope) for p in result.paper_counts}


def test_rows_of_a_breakdown_table_are_parts_of_the_fact_above_it() -> None:
    text = (
        "카카오브레인은 이번 ICML 2025에서 논문 9편을 발표한다. 지난해 이 학회에서는 3편이었다.\n\n"
        "발표 논문을 유형별로 나누면 다음과 같다.\n\n"
        "| 구분 | 편수 |\n"
        "| 메인 트랙 | 7편 |\n"
        "| 워크숍 | 2편 |\n"
        "| 합계 | 9편 |\n"
        "| 이 중 구두 발표 | 3편 |\n"
    )
    facts = written_facts(text, published_at="2025-07-10")
    assert facts == {
        ("kakao-brain", ("ICML",), 2025, 9),
        ("kakao-brain", ("ICML",), 2024, 3),
        ("kakao-brain", ("ICML",), 2025, 7),
        ("kakao-brain", ("ICML",), 2025, 2),
        ("kakao-brain", ("ICML",), 2025, 3),
    }
    scopes = _scopes(text, "2025-07-10")
    assert ("kakao-brain", 7, "subset") in scopes and ("kakao-brain", 2, "subset") in scopes


def test_rows_that_do_not_add_up_to_a_fact_are_no_parts_of_it() -> None:
    text = (
        "카카오브레인은 이번 ICML 2025에서 논문 9편을 발표한다.\n\n"
        "| 구분 | 편수 |\n"
        "| 메인 트랙 | 5편 |\n"
        "| 워크숍 | 2편 |\n"
    )
    assert ("kakao-brain", 5, "subset") not in _scopes(text, "2025-07-10")


# 2. Other tables: a cell naming a conference gives it to every count of the row; rows of bare numbers
#    under a header (`| 1 | A | 16 |`) are no header of the rows after them; a cell listing several
#    organizations with `각 N` is N for each; counts with 개 under a header that says nothing are papers
#    when the sentence just above the table speaks of papers.


def test_a_row_s_conference_cell_goes_to_each_count_of_the_row() -> None:
    text = (
        "네이버는 올해 EMNLP 2024에서 논문 3편을 발표한다. ACL과 NAACL도 주요 학회로 꼽힌다.\n\n"
        "| 학회 | 연도 | 논문 |\n"
        "| EMNLP | 2022 | 클로바 5편, 파파고 1편 |\n"
    )
    facts = written_facts(text, published_at="2024-10-20")
    assert ("naver-clova", ("EMNLP",), 2022, 5) in facts
    assert ("papago", ("EMNLP",), 2022, 1) in facts


def test_a_ranking_table_with_a_rank_column_and_a_shared_row() -> None:
    text = (
        "올해 ISSCC 2024의 기관별 채택 건수를 보면 다음과 같다.\n\n"
        "기관별 ISSCC 2024 채택 건수\n"
        "| 순위 | 기관 | 채택 건수 |\n"
        "| 1 | 인텔 | 14 |\n"
        "| 2 | 삼성전자 | 12 |\n"
        "| 3 | KAIST | 9 |\n"
        "| 공동 4 | TSMC·소니 | 각 6 |\n"
    )
    facts = written_facts(text, published_at="2024-01-10")
    assert facts == {
        ("intel", ("ISSCC",), 2024, 14),
        ("samsung-electronics", ("ISSCC",), 2024, 12),
        ("kaist", ("ISSCC",), 2024, 9),
        ("tsmc", ("ISSCC",), 2024, 6),
        ("sony", ("ISSCC",), 2024, 6),
    }


def test_counts_with_gae_under_a_bare_header_are_papers_when_the_lead_in_says_so() -> None:
    text = (
        "국내 기업들의 톱티어 AI 학회 논문은 해마다 늘고 있다. 기업별 논문 수는 아래와 같다.\n\n"
        "| 기업 | 2023년 | 2024년 |\n"
        "| 카카오브레인 | 11개 | 17개 |\n"
    )
    facts = written_facts(text, published_at="2024-12-20")
    assert ("kakao-brain", (), 2024, 17) in facts
    assert ("kakao-brain", (), 2023, 11) in facts


def test_counts_with_gae_under_a_table_of_other_things_stay_out() -> None:
    text = (
        "국내 기업들의 AI 조직은 해마다 커지고 있다. 기업별 연구 조직 수는 아래와 같다.\n\n"
        "| 기업 | 2023년 | 2024년 |\n"
        "| 카카오브레인 | 11개 | 17개 |\n"
    )
    assert written_facts(text, published_at="2024-12-20") == set()


# 3. Where the papers came from, past a quote and an aside (`4편은 A가 인수한 'B'(옛 C)에서 나왔다`).


def test_a_part_that_came_from_a_unit_past_a_clause_naming_its_parent() -> None:
    text = (
        "네이버가 올해 ICCV에서 발표하는 논문은 모두 여섯 편이다. "
        "이 가운데 세 편은 네이버가 2017년 인수한 연구소 '네이버랩스유럽'(옛 제록스 연구소)에서 나왔다."
    )
    facts = written_facts(text, published_at="2023-09-01")
    assert ("naver-labs-europe", ("ICCV",), 2023, 3) in facts
    assert ("naver", ("ICCV",), 2023, 3) not in facts


# 4. Conferences named a sentence after the count they belong to: a list of venues (`학회는 A, B, C
#    세 곳이다`, `A, B 등 … 학회가 포함됐다`), or the conference whose acceptance the papers won
#    (`… 학회인 ACL의 게재 승인을 받았다`).


def test_venues_listed_in_the_next_sentence_are_the_count_s() -> None:
    text = (
        "업스테이지가 올해 들어 채택 통보를 받은 논문은 모두 11편이다. 학회는 ACL, EMNLP, ICLR 세 곳이다. "
        "ICLR에서는 4편이 채택됐다."
    )
    facts = written_facts(text, published_at="2024-10-01")
    assert ("upstage", ("ACL", "EMNLP", "ICLR"), 2024, 11) in facts
    assert ("upstage", ("ICLR",), 2024, 4) in facts


def test_venues_said_to_be_included_in_the_next_sentence() -> None:
    text = (
        "카카오가 올해 국제 AI 학회에서 채택받은 논문은 30건이다. "
        "NeurIPS, ICML, CVPR 등 분야별 대표 학회가 여럿 포함됐다. 이 가운데 20건은 상반기에 나왔다."
    )
    facts = written_facts(text, published_at="2024-09-01")
    assert ("kakao", ("CVPR", "ICML", "NeurIPS"), 2024, 30) in facts


def test_a_conference_whose_acceptance_the_paper_won_is_the_count_s() -> None:
    text = (
        "엔씨소프트 최고재무책임자는 7일 열린 2분기 실적 컨퍼런스콜에서 회사 AI 조직의 논문 한 편이 "
        "자연어처리 분야 국제학회인 EMNLP의 게재 승인을 받았다고 말했다."
    )
    facts = written_facts(text, published_at="2024-08-07")
    assert facts == {("ncsoft", ("EMNLP",), 2024, 1)}


# 5. A tally over all venues: a count dated by a year of its own, in another paragraph, goes back to the
#    tally, not to the conference of a detail in between.


def test_a_later_year_s_count_of_a_tally_takes_no_conference_of_a_detail() -> None:
    text = (
        "LG그룹의 AI 연구 조직들이 올해 국제 학회에 올린 논문은 모두 52건이다.\n\n"
        "LG AI연구원은 CVPR에서 5편을 발표했고 ICML에서도 3편을 더했다.\n\n"
        'LG 관계자는 "지난해 41건을 등재한 데 이어 올해도 성과를 냈다"고 말했다.'
    )
    facts = written_facts(text, published_at="2024-12-28")
    assert ("lg", (), 2023, 41) in facts
    assert ("lg", ("ICML",), 2023, 41) not in facts


# 6. A list by year after an organization's count (`연도별로 보면` ⏎ `▲2020년 12편`): each line is that
#    organization's count of its year.


def test_a_list_by_year_after_an_organization_s_total_is_its_count_per_year() -> None:
    text = (
        "포스텍은 2020년부터 올해까지 최상위 AI 학회에 논문 120편을 실었다고 밝혔다.\n\n"
        "연도별로 보면 꾸준히 늘었다.\n"
        "▲2020년 14편\n"
        "▲2022년 31편\n"
        "▲2024년 45편"
    )
    facts = written_facts(text, published_at="2024-12-15")
    assert ("postech", (), 2020, 14) in facts
    assert ("postech", (), 2024, 45) in facts


# 7. Counts in words: `각각 한 편씩` is one each; `두 편…한 편은` in a headline is a part of the two.


def test_one_paper_each_is_a_count() -> None:
    text = "크래프톤은 올해 NeurIPS와 ICLR에 각각 한 편씩 논문을 냈다."
    facts = written_facts(text, published_at="2024-12-01")
    assert ("krafton", ("NeurIPS",), 2024, 1) in facts
    assert ("krafton", ("ICLR",), 2024, 1) in facts


def test_meanwhile_is_still_no_count() -> None:
    text = "카카오는 올해 ICML에서 논문 4편을 발표했다. 한편 네이버는 채용 행사를 열었다."
    assert written_facts(text, published_at="2024-07-20") == {("kakao", ("ICML",), 2024, 4)}


def test_a_part_after_a_headline_s_count_is_read_as_one_paper() -> None:
    result = extract(
        "충남대 연구진은 올해 ICCV에 논문 두 편을 올렸다. 두 편 가운데 한 논문은 구두 발표로 뽑혔다.",
        title="충남대, ICCV 2025에 논문 두 편…한 편은 구두 발표",
        published_at="2025-08-01",
        min_confidence=0.0,
    )
    assert any(p.count == 1 and p.scope == "subset" for p in result.paper_counts)


# 8. Qualifiers and names: `40편을 웃돈다` is at least 40; a society whose name opens with a country
#    (`일본로봇학회`) is an organization the article names.


def test_more_than_a_number_is_at_least_it() -> None:
    result = extract("삼성전자가 올해 국제 학회에 낸 논문은 벌써 40편을 웃돈다.", published_at="2024-06-01")
    assert [p.qualifier for p in result.paper_counts] == ["at_least"]


def test_a_society_whose_name_opens_with_a_country_is_listed() -> None:
    result = extract("이 대회는 일본로봇학회(RSJ)와 한국로봇학회가 함께 연다.", published_at="2024-06-01")
    names = {o.name for o in result.organizations}
    assert "일본로봇학회" in names
