"""Forms of real reporting probed in round 26, each with sentences written for these tests.

Round 26 took the misses of five new sets (real excerpts on AI and on circuit conferences, university
news, reports rewritten in other newsroom styles, reports rewritten as precision traps) as phenomena.
The sentences below are our own.
"""

from __future__ import annotations

from functools import partial

from extract import extract
from tests.extract.conftest import written_facts

kept = partial(written_facts, published_at="2024-08-20")


# 1. A listicle: an organization alone on a header line, what it did in bullet lines under it. The
#    bullets leave their subject out; it is the header's, as sure as a subject written in the clause.


def test_bullets_under_an_organization_header_are_its_counts() -> None:
    text = (
        "상반기 주요 기업의 학회 성적을 정리했다.\n"
        "■ 업스테이지\n"
        "- 올해 국제 학회에 실린 논문 11건.\n"
        "- 지난해 한 해 동안 채택된 논문은 7건이었다.\n"
        "■ 총평\n"
        "하반기에는 경쟁이 더 치열해질 전망이다."
    )
    assert kept(text) == {("upstage", (), 2024, 11), ("upstage", (), 2023, 7)}


def test_a_header_needs_bullets_under_it() -> None:
    text = "■ 업스테이지\n올해는 신규 채용을 늘렸다. 발표 자료는 11건이었다."
    assert ("upstage", (), 2024, 11) not in kept(text)


# 2. A tally of one year cited as the source (`2023년 집계에 따르면`): counts over unnamed venues given
#    later without a year of their own are of that year, not of the publication's.


def test_counts_after_a_tally_of_a_year_are_of_that_year() -> None:
    text = (
        "한 분석 기관의 2023년 집계에 따르면 주요 AI 학회 논문은 크게 늘었다.\n"
        "기관별로 보면 구글이 612편으로 가장 많았고 마이크로소프트가 455편으로 뒤를 이었다."
    )
    facts = kept(text)
    assert ("google", (), 2023, 612) in facts
    assert ("microsoft", (), 2023, 455) in facts


# 3. A table pasted with bars whose header names a column of counts (`편수`, `논문 수`), no unit in the rows.


def test_a_barred_table_with_a_count_column() -> None:
    text = (
        "IEDM 2024 기관별 채택 현황은 다음과 같다.\n"
        "순위 | 기관 | 편수\n"
        "1 | 인텔 | 14\n"
        "2 | 삼성전자 | 10\n"
        "\n"
        "발표는 12월에 열린다."
    )
    assert kept(text) == {("intel", ("IEDM",), 2024, 14), ("samsung-electronics", ("IEDM",), 2024, 10)}


# 4. Counts written in English inside Korean text (`4 papers`): read as 편.


def test_english_paper_counts() -> None:
    assert kept("업스테이지는 NeurIPS 2024에 6 papers가 accepted 됐다고 밝혔다.") == {
        ("upstage", ("NeurIPS",), 2024, 6)
    }
    assert ("upstage", ("NeurIPS",), 2024, 6) not in kept("업스테이지는 NeurIPS 2024 6 paperwork를 마쳤다.")


# 5. `각각` after a list of years with one count: each year has it.


def test_one_count_for_each_of_listed_years() -> None:
    facts = kept("SK하이닉스는 2022년과 2023년 ISSCC에서 각각 4편을 발표했다.")
    assert {("sk-hynix", ("ISSCC",), 2022, 4), ("sk-hynix", ("ISSCC",), 2023, 4)} <= facts


# 6. A count that ranks its owner at the conference written after it (`N편으로 CONF 최다`), also a run
#    of dated counts before it.


def test_counts_ranking_their_owner_at_the_conference_after_them() -> None:
    text = (
        "인텔은 2019년 VLSI학회에서 논문 12건이 선정됐다. "
        "이후 2020년 14편, 2021년 11건으로 VLSI학회 최다 논문 기업 자리를 지켰다."
    )
    facts = kept(text, published_at="2021-06-20")
    assert {("intel", ("VLSI",), 2020, 14), ("intel", ("VLSI",), 2021, 11)} <= facts


# 7. `등 N편` after counts of two or more organizations: the whole of a list, no member's.


def test_a_total_after_a_list_of_organizations_counts_is_no_members() -> None:
    text = (
        "ISSCC 2025에는 △삼성전자가 메모리 기술 등 8편의 논문 △KAIST가 저전력 프로세서 기술 등을 "
        "포함한 4편의 논문 등 21편의 논문이 발표된다."
    )
    facts = kept(text)
    assert ("samsung-electronics", ("ISSCC",), 2025, 8) in facts
    assert not any(count == 21 for _, _, _, count in facts)


# 8. `A는 … 논문까지 합쳐 N편`: A is the topic and what it includes the object, so the total is A's, not
#    the subject carried from the sentence before.


def test_a_topic_summing_its_own_papers_with_까지() -> None:
    text = (
        "ISSCC 2024에서 가장 많은 논문을 낸 곳은 인텔이었다. "
        "삼성전자는 해외 연구소에서 낸 논문까지 합쳐 11편으로 인텔에 이어 2위였다."
    )
    facts = kept(text)
    assert ("samsung-electronics", ("ISSCC",), 2024, 11) in facts
    assert ("intel", ("ISSCC",), 2024, 11) not in facts


# 9. The papers an award is given to (`3편에 주어지는 상`) are slots, whoever the sentence names.


def test_papers_an_award_is_given_to_are_no_ones_count() -> None:
    text = (
        "박사과정 학생이 지난해 가을 열린 학술대회에서 최우수 논문상을 받았다. "
        'POSTECH 관계자는 "단 4편의 논문에 주어지는 최우수 논문에 학생 논문이 뽑혔다"고 말했다.'
    )
    assert not any(count == 4 for _, _, _, count in kept(text))


# 10. A count after a sentence that counted at a venue goes on with it, also in an article that counts
#     citations elsewhere; the same organization named again later in the sentence is no rival.


def test_a_trend_going_on_from_a_venue_count_in_an_article_about_citations() -> None:
    text = (
        "카카오브레인의 논문은 지난 4년간 주요 학회에서 모두 120편이 채택됐다. "
        "2020년 12편에서 2023년 41편으로 늘었는데 카카오브레인의 연구 역량이 커졌다는 뜻이다. "
        "이 논문들은 구글 스칼라 기준 5000회 넘게 피인용됐다."
    )
    facts = kept(text, published_at="2023-12-10")
    assert {("kakao-brain", (), 2020, 12), ("kakao-brain", (), 2023, 41)} <= facts


def test_team_naver_is_naver() -> None:
    result = extract("팀네이버는 올해 CVPR에서 논문 20편을 발표했다.", published_at="2024-06-20")
    assert [p.organization_id for p in result.paper_counts] == ["naver"]
