"""Forms of real reporting probed in round 47, each with sentences written for these tests.

Round 47 took misses left on opened sets and the misses of batch 47, scored blind. The sentences below are our own.
"""

from __future__ import annotations

from extract import extract
from extract.numerals import find_counts
from tests.extract.conftest import written_facts

# 1. An organization's count of last year written with the year word between them (`A는 지난해 9건에서`, `B 역시
#    지난해 5건보다`), in a paragraph that names no papers, is a paper count of that year in an article about them.


def test_last_year_s_count_after_a_year_word_is_a_paper_count() -> None:
    text = (
        "올해 VLSI 심포지엄에서 아이멕은 12건, 삼성전자는 8건의 논문을 발표했다.\n\n"
        "작년과 비교하면 순위가 크게 바뀌었다. 아이멕은 지난해 7건에서 다섯 건을 보탰고, 삼성전자 역시 지난해 "
        "6건보다 두 건 늘었다."
    )
    facts = written_facts(text, published_at="2022-06-15")
    assert ("imec", ("VLSI",), 2021, 7) in facts
    assert ("samsung-electronics", ("VLSI",), 2021, 6) in facts
    assert not any(count in (5, 2) for _, _, _, count in facts)


# 2. A track named back right after the count (`기술 부문 최다 기관은 9건 모두를 이 부문에서 낸 A였다`) makes the
#    count that track's, a fact of its own beside the organization's equal whole.


def test_a_track_named_back_after_the_count_is_a_subset_of_its_own() -> None:
    text = (
        "VLSI 2024 기관별 채택 건수는 다음과 같다.\n"
        "▲삼성전자 12건 ▲아이멕 9건 ▲KAIST 8건\n\n"
        "기술 부문 최다 채택 기관은 9건 모두를 이 부문에서 낸 아이멕이었다."
    )
    result = extract(text, published_at="2024-05-20")
    nines = [p for p in result.paper_counts if p.organization_id == "imec" and p.count == 9]
    assert sorted(p.scope for p in nines) == ["subset", "unit"]


# 3. A table row labelled with a professor's team (`| 김 교수 연구팀 | 4편 |`) is that lab's count, not the
#    university's.


def test_a_row_of_a_professor_s_team_is_no_university_count() -> None:
    text = (
        "고려대가 ICCV 2023에서 논문 15편을 발표했다.\n\n"
        "| 구분 | 채택 논문 |\n| --- | --- |\n| 고려대 전체 | 15편 |\n| 김철수 교수 연구팀 | 4편 |"
    )
    facts = written_facts(text, published_at="2023-10-02")
    assert ("korea-university", ("ICCV",), 2023, 15) in facts
    assert ("korea-university", ("ICCV",), 2023, 4) not in facts


# 4. A table's row of the whole conference (`학회 전체 | - | 210`) is no heading over venues it does not name: the
#    article's conference goes on to the counts after the table.


def test_a_conference_wide_row_does_not_stop_the_conference_carrying() -> None:
    title = "SK하이닉스, ISSCC 2024 논문 6편"
    text = (
        "ISSCC가 내년 2월 열리는 학회의 채택 결과를 발표했다.\n\n"
        "[ISSCC 주요 기관 채택 논문(편)]\n구분 | ISSCC 2023 | ISSCC 2024\nSK하이닉스 | 3 | 6\n학회 전체 | - | 210\n\n"
        "SK하이닉스는 여섯 편을 채택받아 역대 최다를 기록했다."
    )
    facts = written_facts(text, title=title, published_at="2023-11-20")
    assert ("sk-hynix", (), 2023, 6) not in facts
    assert ("sk-hynix", ("ISSCC",), 2024, 6) in facts


# 5. A collective in the genitive (`두 회사의 채택 논문은 29편`) after a parent and its unit were named is the
#    parent's total, confident enough to write.


def test_two_companies_papers_are_the_parent_s_total() -> None:
    text = (
        "카카오가 다섯 해 동안의 AI 연구 성과를 공개했다. 카카오와 자회사 카카오브레인 연구진이 2020년 이후 "
        "최상위 AI 학회에 채택시킨 논문을 모두 더하면 210편이다.\n\n"
        "출발은 작았다. 집계 첫해인 2020년 두 회사의 채택 논문은 18편이었다."
    )
    result = extract(text, published_at="2024-12-10")
    eighteen = [p for p in result.paper_counts if p.count == 18]
    assert [(p.organization_id, p.scope, p.year) for p in eighteen] == [("kakao", "total", 2020)]


# 6. A list of a parent and its unit, then a collective summing them (`A와 B는 … 두 회사 몫을 합해 14건`), is the
#    parent's total.


def test_a_parent_and_its_unit_summed_by_a_collective_is_the_parent_s_total() -> None:
    text = "삼성전자와 삼성리서치는 지난 5월 열린 ICASSP 2024에서도 두 회사 몫을 합해 11건의 논문을 발표한 바 있다."
    facts = written_facts(text, published_at="2024-08-30")
    assert ("samsung-electronics", ("ICASSP",), 2024, 11) in facts


# 7. One paper in a headline after a count and its verb noun (`두 편 채택…한 편은 스포트라이트`) is a count.


def test_one_paper_after_a_count_and_its_verb_noun_is_a_count() -> None:
    headline = "A대, 'NeurIPS 2025'에 논문 세 편 채택…한 편은 구두 발표"
    assert [c.text for c in find_counts(headline)] == ["세 편", "한 편"]


# 8. Prose right after a list whose lead counts papers (`… 논문 수 추이는 다음과 같다.` ⏎ `▲2016년 7건` ⏎
#    `2017년과 2018년에는 각각 10건, 15건으로 늘었다.`) counts papers too.


def test_prose_after_a_list_of_papers_counts_papers() -> None:
    text = (
        "포스텍의 AI 논문 실적은 해마다 늘고 있다. NeurIPS와 ICML에서 포스텍이 발표한 논문 수 추이는 다음과 같다.\n"
        "▲2014년 2건\n▲2016년 6건\n"
        "2017년과 2018년에는 각각 10건, 15건으로 늘었다."
    )
    facts = written_facts(text, published_at="2019-06-01")
    assert ("postech", ("ICML", "NeurIPS"), 2017, 10) in facts
    assert ("postech", ("ICML", "NeurIPS"), 2018, 15) in facts
