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


# 9. Round 29c. An interview's answer takes its question's topic (`Q. 학회 채택 논문은 누가 많았나.` ⏎
#    `A. A가 900건으로 가장 많았다.`); a question about citations or patents gives its answer none.


def test_an_answer_takes_the_paper_topic_of_its_question() -> None:
    text = (
        "한 연구소가 기업별 AI 연구 실적을 정리했다.\n"
        "Q. 학술대회 채택 논문은 누가 많았나.\n"
        "A. 구글이 900건으로 가장 많았다. 삼성전자는 120건으로 10위였다.\n"
        "Q. 특허는.\n"
        "A. 바이두가 5000건으로 가장 많았다."
    )
    facts = written_facts(text, published_at="2024-08-01")
    assert ("google", (), 2024, 900) in facts
    assert ("samsung-electronics", (), 2024, 120) in facts
    assert not any(org == "baidu" for org, *_ in facts)


# 10. A set by number written after the venue word (`AI 학회 여섯 곳에서`): the list of as many the article
#     gives.


def test_a_set_of_venues_counted_after_the_venue_word() -> None:
    text = (
        "카카오브레인, ICML·NeurIPS·ICLR 세 곳서 채택\n"
        "카카오브레인은 올해 세계 AI 학회 세 곳에서 논문 12편을 채택받았다고 밝혔다."
    )
    facts = written_facts(text, published_at="2024-12-01")
    assert ("kakao-brain", ("ICLR", "ICML", "NeurIPS"), 2024, 12) in facts


# 11. `두 회사는 각각 13건씩`: one count after 각각 is each of the two just counted (not their parent's);
#     an increase that is the difference of two counts the article gives is no count.


def test_one_count_each_after_a_collective_reference() -> None:
    text = (
        "카카오의 두 자회사인 카카오브레인과 카카오엔터프라이즈가 올해 성과를 냈다. "
        "카카오브레인은 올해 논문 15건, 카카오엔터프라이즈는 20건을 학회에 올렸다. "
        "지난해 두 회사는 각각 11건씩을 등재했다. 올해 카카오브레인은 네 건, 카카오엔터프라이즈는 아홉 건을 더 보탰다."
    )
    facts = written_facts(text, published_at="2024-12-20")
    assert ("kakao-brain", (), 2023, 11) in facts
    assert ("kakao-enterprise", (), 2023, 11) in facts
    assert ("kakao", (), 2023, 11) not in facts
    assert ("kakao-brain", (), 2024, 4) not in facts
    assert ("kakao-enterprise", (), 2024, 9) not in facts


# 12. Owners written after the count: `12편의 인텔을 포함해 두 곳` (the count names Intel's papers),
#     `1위는 9건을 올린 KAIST였다` (a count modifying its owner is a paper count).


def test_a_count_in_the_genitive_before_an_included_organization_is_its() -> None:
    text = (
        "KAIST는 ISSCC 2010에서 8편을 발표했다. KAIST보다 많은 논문을 낸 곳은 14편의 인텔을 포함해 두 곳이다."
    )
    facts = written_facts(text, published_at="2009-11-20")
    assert ("intel", ("ISSCC",), 2010, 14) in facts
    assert ("kaist", ("ISSCC",), 2010, 14) not in facts


def test_a_count_modifying_its_owner_after_it_is_a_paper_count() -> None:
    text = (
        "올해 VLSI 2024에서 삼성전자는 논문 12건을 발표했다. 이 학회는 기술과 회로 두 부문으로 나눠 심사한다. "
        "회로 부문 1위는 8건을 올린 KAIST였다."
    )
    facts = written_facts(text, published_at="2024-05-20")
    assert ("kaist", ("VLSI",), 2024, 8) in facts


# 13. Years and parts: `올해 누적 논문` is this year's; `A 안에서는 B학과가 N편` breaks down A's count of the
#     edition the sentence before gave.


def test_this_year_s_running_total_is_dated_this_year() -> None:
    text = (
        "카카오브레인은 올해 국제 학회에 논문 15건을, 카카오엔터프라이즈는 15건을 올렸다. "
        "두 회사를 합친 카카오 계열의 올해 누적 논문은 30건이 된다."
    )
    assert ("kakao", (), 2024, 30) in written_facts(text, published_at="2024-08-10")


def test_a_department_within_a_university_is_a_part_of_its_edition() -> None:
    text = (
        "포스텍은 올해 CVPR 2025에서 논문 12편을 발표한다. "
        "지난해 CVPR 2024에서는 고려대가 학교 전체로 15편을 올렸다. "
        "고려대 안에서는 인공지능학과가 8편을 차지했다."
    )
    facts = written_facts(text, published_at="2025-05-01")
    assert ("korea-university", ("CVPR",), 2024, 8) in facts
    assert not any(year == 2025 and count == 8 for _, _, year, count in facts)


# 14. Confidence: a later clause's subject is no rival of the count's own owner; a paragraph's topic carries
#     over a run of its figures; a table row under a column of papers stands for an equal statement.


def test_a_later_clause_s_subject_does_not_compete_for_the_count() -> None:
    text = (
        "AI 학회 논문 실적을 보면 1위는 알파벳으로 700건에 달했다. "
        "메타가 350건, 아마존이 250건으로 뒤를 이었고 바이두·텐센트 등 중국 기업도 상위권에 들었다."
    )
    facts = written_facts(text, published_at="2024-07-01")
    assert ("meta", (), 2024, 350) in facts
    assert ("amazon", (), 2024, 250) in facts


def test_a_paragraph_s_topic_owns_a_count_after_a_run_of_its_figures() -> None:
    text = (
        "삼성전자는 모든 항목에서 1위에 올랐다. 특허는 900건을 등록했고 피인용은 1200회였다. "
        "세계 3대 AI 학회에 이름을 올린 논문은 48건이었다."
    )
    assert ("samsung-electronics", (), 2024, 48) in written_facts(text, published_at="2024-07-01")


def test_an_owner_past_a_sentence_of_no_figures_stays_carried() -> None:
    text = "업스테이지는 올해 학회에 논문 18건을 냈다. 회사는 인력도 늘렸다. 지난해에는 11건이 채택됐다."
    assert ("upstage", (), 2023, 11) not in written_facts(text, published_at="2024-09-10")


def test_a_table_row_under_a_column_of_papers_stands_for_its_restatement() -> None:
    text = (
        "세계 3대 AI 학회에 논문을 많이 낸 기업과 많이 인용된 기업은 다르다.\n\n"
        "| 순위 | 기업 | 등재 논문 | 인용 순위 |\n"
        "| 1 | 구글 | 700편 | 1위 |\n"
        "| 9 | 삼성전자 | 48편 | 15위 밖 |\n\n"
        "한국 기업 중 10위 안에 든 곳은 48편의 삼성전자 하나뿐이고, 인용 순위에서는 밀렸다."
    )
    assert ("samsung-electronics", (), 2024, 48) in written_facts(text, published_at="2024-07-01")


# 15. Names: a topic past an aside (`LG(155.9점)는 A와 B의 실적을 합쳐`) is no included organization; `LG화학과의`
#     is LG Chem and a particle, no department.


def test_a_topic_with_an_aside_sums_what_it_includes() -> None:
    text = (
        "2위 네이버는 3대 학회 논문 25건을 기록했다. 3위 LG(150점)는 LG AI연구원과 LG전자의 실적을 합쳐 "
        "평가받았는데, 특허 300건과 함께 3대 학회 논문 17건을 쌓았다."
    )
    facts = written_facts(text, published_at="2025-07-10")
    assert ("lg", (), 2025, 17) in facts
    assert ("naver", (), 2025, 17) not in facts


def test_a_listed_name_before_the_particle_gwa_is_no_department() -> None:
    result = extract("LG AI연구원은 LG화학과의 공동 연구를 이어갔다.", published_at="2025-01-01")
    assert {o.name for o in result.organizations} == {"LG AI연구원", "LG화학"}


# 16. Round 29d, tables: a row's organization owns its count, not a country cell beside it; bare numbers
#     under a header of editions (`구분 | ISSCC 2023 | ISSCC 2024`) or in a row labelled with a unit
#     (`채택 논문(편) | 4 | 9`) are counts; a two-cell row (`KAIST | 8`) is read as a row.


def test_a_row_s_organization_owns_its_count_beside_a_country_cell() -> None:
    text = (
        "세계 3대 AI 학회 논문 등재 수 기준 순위는 다음과 같다.\n\n"
        "순위 | 기업 | 국적 | 논문 등재 수\n"
        "1 | 구글 | 미국 | 700건\n"
        "2 | 메타 | 미국 | 350건\n"
    )
    facts = written_facts(text, published_at="2025-07-10")
    assert ("google", (), 2025, 700) in facts
    assert ("meta", (), 2025, 350) in facts


def test_bare_numbers_under_a_header_of_editions_are_counts() -> None:
    text = (
        "ISSCC 2024에서 한국 기업의 채택 논문이 늘었다.\n\n"
        "구분 | ISSCC 2023 | ISSCC 2024\n"
        "삼성전자 | 9 | 12\n"
        "SK하이닉스 | - | 3\n"
    )
    facts = written_facts(text, published_at="2023-11-20")
    assert ("samsung-electronics", ("ISSCC",), 2023, 9) in facts
    assert ("samsung-electronics", ("ISSCC",), 2024, 12) in facts
    assert ("sk-hynix", ("ISSCC",), 2024, 3) in facts


def test_a_row_labelled_with_a_unit_counts_each_year_column() -> None:
    text = (
        "카카오브레인의 ICML·NeurIPS 논문이 해마다 늘고 있다. 두 학회가 채택한 카카오브레인 논문 수는 다음과 같다.\n\n"
        "연도 | 2021 | 2022 | 2023\n"
        "채택 논문(편) | 4 | 9 | 13\n"
    )
    facts = written_facts(text, published_at="2023-12-20")
    assert ("kakao-brain", ("ICML", "NeurIPS"), 2021, 4) in facts
    assert ("kakao-brain", ("ICML", "NeurIPS"), 2023, 13) in facts


def test_a_row_of_two_cells_is_read_as_a_row() -> None:
    text = "ISSCC 2025 기관별 채택 논문 수는 아래와 같다.\n\n기관 | 채택 논문(편)\nKAIST | 8\n인텔 | 6\n"
    facts = written_facts(text, published_at="2024-11-20")
    assert ("kaist", ("ISSCC",), 2025, 8) in facts
    assert ("intel", ("ISSCC",), 2025, 6) in facts


def test_rows_take_the_article_s_one_list_of_venues_not_examples() -> None:
    one_list = (
        "세계 3대 AI 학회로 꼽히는 NeurIPS·ICML·ICLR에 논문을 많이 낸 기업을 정리했다.\n\n"
        "| 순위 | 기업 | 등재 논문 |\n| 1 | 구글 | 700편 |\n"
    )
    examples = (
        "ICASSP, ICCV 등 톱티어 AI 학회에 국내 기업 논문이 늘고 있다. 기업별 논문 수는 아래와 같다.\n\n"
        "| 기업 | 2023년 |\n| 네이버 | 70개 |\n"
    )
    assert ("google", ("ICLR", "ICML", "NeurIPS"), 2025, 700) in written_facts(
        one_list, published_at="2025-07-10"
    )
    assert ("naver", (), 2023, 70) in written_facts(examples, published_at="2023-12-01")


# 17. Round 29d, venues: a set by number after the venue word outranks a conference named earlier in the
#     clause (and tables list the set down their rows); bare numbers listed before a count share its
#     counter; summing venues (`6개 학회를 합쳐`) includes no organization.


def test_a_set_of_venues_listed_down_a_table_is_the_count_s() -> None:
    text = (
        "ICML 결과가 더해지면서 업스테이지가 올해 들어 세계적 학회 세 곳에서 채택받은 논문은 모두 9편이 됐다. "
        "학회별 내역은 다음과 같다.\n\n"
        "학회 | 채택 논문\nICML | 4편\nACL | 3편\nEMNLP | 2편\n"
    )
    facts = written_facts(text, published_at="2024-07-01")
    assert ("upstage", ("ACL", "EMNLP", "ICML"), 2024, 9) in facts


def test_bare_numbers_of_a_list_share_the_counter_of_its_last_count() -> None:
    result = extract(
        "올해 ISSCC 2026에서 기업별 논문은 이렇게 갈렸다.",
        title="ISSCC 2026 삼성전자 12·인텔 9·SK하이닉스 4편",
        published_at="2025-11-20",
        min_confidence=0.0,  # headline-only counts stay below the default threshold; here: how they are read
    )
    facts = {(p.organization_id, p.count) for p in result.paper_counts}
    assert {("samsung-electronics", 12), ("intel", 9), ("sk-hynix", 4)} <= facts


def test_summing_venues_includes_no_organization() -> None:
    text = "업스테이지가 올해 채택받은 논문은 ACL, EMNLP, ICLR 등 3개 학회를 합쳐 12편이 된다."
    facts = written_facts(text, published_at="2024-11-01")
    assert ("upstage", ("ACL", "EMNLP", "ICLR"), 2024, 12) in facts


# 18. Round 29d, restatements and continuations: a whole about to be broken down (`30편을 소속별로 나누면`)
#     and a headline count a body row dates are no facts of their own; an answer continues the
#     organization its question names; the next entry of a list keeps the edition.


def test_a_whole_restated_to_be_broken_down_is_no_second_fact() -> None:
    text = (
        "포스텍이 올해 NeurIPS에서 논문 24편을 채택받았다. "
        "24편을 소속별로 나누면 인공지능대학원이 15편, 컴퓨터공학과 등 다른 학과가 9편이다."
    )
    result = extract(text, published_at="2024-10-01")
    assert [p.scope for p in result.paper_counts if p.count == 24] == ["unit"]


def test_an_answer_continues_the_organization_its_question_names() -> None:
    text = (
        "네이버는 올해 ACL에서 논문 9편을 발표했다. 경쟁사들의 성과를 문답으로 정리했다.\n"
        "Q. 업스테이지는 올해 몇 건을 냈나.\n"
        "A. 회사는 올해 들어 국제 학회에 실린 논문이 14건이라고 밝혔다. 지난해에는 10건이 채택됐다."
    )
    facts = written_facts(text, published_at="2024-09-01")
    assert ("upstage", (), 2024, 14) in facts
    assert ("upstage", (), 2023, 10) in facts


def test_the_next_entry_of_a_list_keeps_the_edition() -> None:
    text = (
        "지난해 12월 열린 NeurIPS에서 크래프톤의 논문 네 편이 채택됐다. "
        "같은 학회에서 국내 기업 중에는 삼성전자가 22편, LG AI연구원이 15편을 올렸다."
    )
    facts = written_facts(text, published_at="2024-03-01")
    assert ("lg-ai-research", ("NeurIPS",), 2023, 15) in facts


def test_a_parent_relaying_its_unit_s_breakdown() -> None:
    text = (
        "LG AI연구원이 올해 ECCV 2024에서 논문 다섯 편을 발표한다. "
        "LG는 2일 이같이 밝히며 정규 논문이 네 편, 워크숍 논문이 한 편이라고 설명했다."
    )
    facts = written_facts(text, published_at="2024-09-02")
    assert ("lg-ai-research", ("ECCV",), 2024, 4) in facts
    assert ("lg", ("ECCV",), 2024, 4) not in facts


# 19. Round 29e: rows of a table take the venues the sentence introducing it names, else the article's one
#     conference besides those named in a class aside; list lines that each name a venue and add up to a
#     count over unnamed venues break it down (its year, and it is at their venues); a list entry's
#     description after a colon says nothing of its count.


def test_rows_take_the_venues_the_sentence_introducing_the_table_names() -> None:
    text = (
        "올해 ICCV 2025에서 네이버는 논문 4편을 발표한다. "
        "ICCV·CVPR 두 학회가 채택한 네이버 논문 수는 다음과 같이 변해 왔다.\n\n"
        "연도 | 2022 | 2023 | 2024\n"
        "채택 논문(편) | 6 | 9 | 14\n"
    )
    facts = written_facts(text, published_at="2025-09-01")
    assert ("naver", ("CVPR", "ICCV"), 2023, 9) in facts


def test_rows_take_the_article_s_conference_beside_a_class_aside() -> None:
    text = (
        "다음 달 열리는 'VLSI 심포지엄 2025'의 기관별 채택 결과가 나왔다.\n"
        "ISSCC·IEDM과 함께 3대 반도체 학회로 묶이는 VLSI는 올해 250건을 채택했다.\n"
        "집계 상위 기관은 다음과 같다.\n\n"
        "| 순위 | 기관 | 채택 건수 |\n"
        "| 1 | 삼성전자 | 14 |\n"
        "| 2 | KAIST | 11 |\n"
    )
    facts = written_facts(text, title="VLSI 2025 기관별 채택 현황…삼성전자 14건", published_at="2025-05-20")
    assert ("kaist", ("VLSI",), 2025, 11) in facts
    assert not any(len(confs) > 1 for _, confs, _, _ in facts)


def test_list_lines_by_venue_break_down_a_count_over_unnamed_venues() -> None:
    text = (
        "스타트업 뤼이드는 지난해 교육 AI 학회에서만 논문 다섯 편이 채택됐다.\n"
        "▲LAK(3월) 두 편: 풀이 시간 데이터를 더한 연구\n"
        "▲AIED(6월) 한 편: 문항 선별 연구\n"
        "▲EDM(7월) 두 편: 점수 예측 연구"
    )
    facts = written_facts(text, published_at="2024-05-01")
    assert ("riiid", ("LAK",), 2023, 2) in facts
    assert ("riiid", ("AIED",), 2023, 1) in facts
    assert ("riiid", ("AIED", "EDM", "LAK"), 2023, 5) in facts


def test_a_department_referred_back_is_the_same_part_as_the_one_named() -> None:
    text = (
        "연세대, CVPR 2024서 논문 18편\n"
        "전기전자공학부에서만 9편\n\n"
        "연세대가 올해 CVPR 2024에서 논문 18편을 채택받았다. "
        "학내에서는 전기전자공학부의 존재감이 컸다. 이 학부에서만 아홉 편이 나왔다."
    )
    result = extract(text, published_at="2024-05-01")
    assert [p.count for p in result.paper_counts].count(9) == 1


# 20. Rounds 29f-29g: the partners of joint work own no part; an association owns no count of its own
#     meeting; the edition named as the one before does not date the article's; bare numbers under a
#     header giving the unit break a fact down; a journal's challenge is no carried conference's.


def test_the_partners_of_joint_work_own_no_part() -> None:
    text = (
        "네이버는 올해 인터스피치 2024에서 논문 8편을 발표한다. "
        "8편 가운데 3편은 외부 기관과 함께 쓴 공동 연구로, KAIST·서울대와 미국 카네기멜런대가 참여했다."
    )
    facts = written_facts(text, published_at="2024-09-01")
    assert not any(org in ("kaist", "snu", "cmu") for org, *_ in facts)


def test_an_association_owns_no_count_of_its_own_meeting() -> None:
    text = "한국반도체연구조합은 22일 이번 대회에서 역대 가장 많은 1200편의 논문이 발표된다고 밝혔다."
    assert written_facts(text, published_at="2024-02-01") == set()


def test_the_edition_before_does_not_date_the_article_s_conference() -> None:
    text = (
        "국제고체회로학회(ISSCC)의 2027년 논문 채택 결과가 공개됐다. "
        "직전 대회인 ISSCC 2026 때의 90편보다 늘었다. 기관별로는 삼성전자가 14편을 올렸다."
    )
    facts = written_facts(text, published_at="2026-11-20")
    assert ("samsung-electronics", ("ISSCC",), 2027, 14) in facts


def test_bare_numbers_under_a_unit_header_break_a_fact_down() -> None:
    text = (
        "카카오브레인이 ICML 2025에서 논문 8편을 발표한다.\n\n"
        "올해 발표 논문 구성은 다음과 같다.\n\n"
        "| 구분 | 편수 |\n"
        "|---|---|\n"
        "| 정규 논문 | 6 |\n"
        "| 워크숍 논문 | 2 |\n"
        "| 합계 | 8 |\n"
    )
    result = extract(text, published_at="2025-07-01")
    parts = {(p.count, p.scope) for p in result.paper_counts}
    assert {(6, "subset"), (2, "subset"), (8, "unit")} <= parts


def test_a_journal_s_challenge_paper_is_no_carried_conference_s() -> None:
    text = (
        "카카오브레인은 올해 NeurIPS에서 논문 3편을 발표했다. "
        "또 의료영상 저널이 연 경진대회에서 1위에 오르며 논문 1건을 발표했다."
    )
    facts = written_facts(text, published_at="2024-12-01")
    assert facts == {("kakao-brain", ("NeurIPS",), 2024, 3)}


# 21. Round 29h: companions of 'this event'; owners after 채택시킨; a whole broken down by a two-word unit;
#     this edition past a year word describing the owner; a list introduced as papers counts papers.


def test_companions_of_this_event_are_no_count_s_own() -> None:
    text = (
        "다음 달 열리는 'VLSI 2025' 기관별 채택 결과가 나왔다. "
        "ISSCC, IEDM과 함께 세계 3대 반도체 학회로 불리는 이 대회에서 삼성전자는 14건을 채택시켰다."
    )
    facts = written_facts(text, title="VLSI 2025 기관별 채택 현황…삼성전자 14건", published_at="2025-05-20")
    assert ("samsung-electronics", ("VLSI",), 2025, 14) in facts


def test_a_count_modifying_its_owner_with_chaetaek_sikin() -> None:
    text = (
        "올해 VLSI 2025에서 삼성전자는 논문 14건을 발표했다. "
        "기술 부문에서는 아이멕이 10건으로 가장 많았고, 회로 부문 1위는 여덟 건을 채택시킨 KAIST였다."
    )
    facts = written_facts(text, published_at="2025-05-20")
    assert ("kaist", ("VLSI",), 2025, 8) in facts
    assert ("imec", ("VLSI",), 2025, 8) not in facts


def test_this_edition_past_a_year_word_describing_the_owner() -> None:
    text = (
        "삼성전자는 ISSCC 2026에서 12편을 발표한다. 지난 대회 때는 9편이었다. "
        "당시 기관 순위 1위였던 인텔은 이번 대회에서 8편에 머물렀다."
    )
    facts = written_facts(text, published_at="2025-11-20")
    assert ("intel", ("ISSCC",), 2026, 8) in facts


def test_a_list_introduced_as_papers_counts_papers_at_its_venues() -> None:
    text = (
        "카카오 AI 논문이 해마다 늘고 있다.\n\n"
        "카카오가 공개한 ICML·NeurIPS 등 주요 학회 채택 논문 추이는 다음과 같다.\n"
        "▲2022년 6개\n"
        "▲2023년 11개\n"
        "▲2024년 17개"
    )
    facts = written_facts(text, published_at="2024-12-20")
    assert ("kakao", ("ICML", "NeurIPS"), 2022, 6) in facts
    assert ("kakao", ("ICML", "NeurIPS"), 2024, 17) in facts


def test_this_time_a_count_that_stopped_short_is_still_a_count() -> None:
    text = (
        "삼성전자는 ISSCC 2026에서 12편을 발표한다. "
        "반면 직전 대회에서 기관 1위였던 미국 인텔은 이번에 8편을 내는 데 그쳐 선두 자리를 내줬다."
    )
    facts = written_facts(text, published_at="2025-11-20")
    assert ("intel", ("ISSCC",), 2026, 8) in facts


def test_a_whole_restated_with_some_of_its_venues_is_no_second_fact() -> None:
    text = (
        "업스테이지는 올해 들어 국제 학회에 논문 12건을 실었다고 밝혔다. "
        "이 12건 가운데에는 ACL, EMNLP에 실린 논문이 포함됐다."
    )
    result = extract(text, published_at="2024-09-01")
    assert [p for p in result.paper_counts if p.count == 12 and p.conferences] == []


def test_venues_named_as_earlier_successes_are_no_venue_of_the_counts_after() -> None:
    text = "메인 4편·파인딩스 1편…업스테이지 연구\n업스테이지가 올해 ACL 2024에서 논문 다섯 편을 발표한다."
    result = extract(
        text,
        title="업스테이지, ACL 2024에 논문 다섯 편…CVPR·ICLR 이어 NLP서도 성과",
        published_at="2024-05-20",
    )
    assert all(p.conferences in (["ACL"], []) for p in result.paper_counts if p.count in (4, 1))
