"""Forms of real reporting probed in round 50, each with sentences written for these tests.

Round 50 took the misses of batch 51, scored blind (timelines of one organization at a conference, rankings
written as lines, lists under a heading, an aside on a group's whole). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. Timeline lines that open with their year (`2016년 | …`, `◇2019년 미국 시애틀=…`) date every count of the line,
#    also the sentences after the first and those naming no year, not the edition the article is about.


def test_timeline_lines_date_their_counts() -> None:
    text = (
        "반도체 회로 학회 ISSCC 2024가 다음 주 열린다. 서울대와 SK하이닉스의 지난 발자취를 정리했다.\n\n"
        "2016년 | 서울대가 여섯 편으로 국내 대학 선두에 섰다. SK하이닉스는 4편을 냈다.\n\n"
        "2019년 | 발표 논문이 다소 줄었다. 서울대는 세 편에 머물렀다.\n\n"
        "2024년 | SK하이닉스가 올해 7편을 채택받아 역대 최다 기록을 새로 썼다."
    )
    facts = written_facts(text, published_at="2024-02-10")
    assert ("snu", ("ISSCC",), 2016, 6) in facts
    assert ("sk-hynix", ("ISSCC",), 2016, 4) in facts
    assert ("snu", ("ISSCC",), 2019, 3) in facts
    assert ("sk-hynix", ("ISSCC",), 2024, 7) in facts


def test_a_dated_heading_line_with_a_place_dates_the_paragraph_under_it() -> None:
    text = (
        "자연어처리 학회 ACL 2024가 태국에서 막을 내렸다. 카카오의 그간 성적을 돌아봤다.\n\n"
        "◇2020년 7월, 온라인 - 첫 정규 논문\n"
        "카카오엔터프라이즈 연구원이 국내 대학과 함께 쓴 논문 한 편이 ACL 정규 세션에 실렸다.\n\n"
        "◇재작년 5월, 더블린 - 세 편\n"
        "카카오엔터프라이즈는 이 학회에서 모두 세 편을 발표했다."
    )
    facts = written_facts(text, published_at="2024-08-20")
    assert ("kakao-enterprise", ("ACL",), 2020, 1) in facts
    assert ("kakao-enterprise", ("ACL",), 2022, 3) in facts
    assert not any(year == 2024 for _, _, year, _ in facts)


def test_the_place_of_a_timeline_label_is_no_owner() -> None:
    text = (
        "LG AI연구원이 CVPR과 맺어 온 인연을 연도별로 정리했다.\n\n"
        "◇2021년 미국 내슈빌=LG AI연구원이 처음 이 학회에 이름을 올린 해다. 모두 2편을 냈다.\n\n"
        "◇2023년 캐나다 밴쿠버=정규 세션에서 다섯 편을 발표했다."
    )
    facts = written_facts(text, published_at="2024-06-20")
    assert ("lg-ai-research", ("CVPR",), 2021, 2) in facts
    assert ("lg-ai-research", ("CVPR",), 2023, 5) in facts


# 2. A ranking written as lines (`3위 B 9편`) under a heading that says what is counted (`■ … 학회 논문 채택 순위`)
#    counts papers at those venues, even in an article that also counts citations; the paragraph under a ranking
#    line goes on with its organization.


def test_ranking_lines_under_a_venue_heading_count_papers() -> None:
    text = (
        "한 조사기관이 기업들의 AI 논문 피인용 횟수와 학회 실적을 함께 조사했다.\n\n"
        "■ 3대 AI 학회(NeurIPS·ICML·ICLR) 논문 채택 순위\n"
        "1위 엔비디아 310건\n"
        "2위 애플 120건\n"
        "3~9위 해외 빅테크 7곳\n"
        "10위 LG 33건"
    )
    facts = written_facts(text, published_at="2025-03-05")
    venues = ("ICLR", "ICML", "NeurIPS")
    assert ("nvidia", venues, 2025, 310) in facts
    assert ("apple", venues, 2025, 120) in facts
    assert ("lg", venues, 2025, 33) in facts


def test_the_paragraph_under_a_ranking_line_is_its_organization_s() -> None:
    text = (
        "ICCV 2023 국내 기관별 채택 논문을 순위로 정리했다.\n\n"
        "1위 KAIST 21편\n"
        "KAIST는 전산학부와 AI대학원 논문을 합쳐 집계했다.\n\n"
        "2위 카카오브레인 8편\n"
        "창사 이후 가장 많다. 구두 발표로도 2편이 뽑혔다."
    )
    facts = written_facts(text, published_at="2023-10-10")
    assert ("kakao-brain", ("ICCV",), 2023, 8) in facts
    assert ("kakao-brain", ("ICCV",), 2023, 2) in facts
    assert ("kaist", ("ICCV",), 2023, 2) not in facts


# 3. A country's organizations summed in a clause after another organization's count (`A는 500건이었고, 국내
#    기업 전체 합계는 90건`) is the country's, not A's.


def test_a_country_sum_after_an_organization_s_count_is_no_one_s() -> None:
    text = "3대 AI 학회(NeurIPS·ICML·ICLR) 조사에서 당시 1위 메타는 500건이었고, 국내 기업 전체 합계는 90건이었다."
    facts = written_facts(text, published_at="2024-05-01")
    assert not any(count == 90 for _, _, _, count in facts)


# 4. A group's whole told in passing inside a list led by its unit (`… 더하면 네이버 전체로는 20건`) leaves the list's
#    next items to the unit the lead names.


def test_an_aside_on_the_group_s_whole_does_not_take_over_the_list() -> None:
    text = (
        "네이버 클로바의 올해 학회별 성적은 다음과 같다.\n\n"
        "▲ICLR 2023 — 9건. 네이버랩스 논문까지 더하면 네이버 전체로는 13건이다.\n\n"
        "▲ICASSP 2023 — 6건. 음성 분야 대표 학회다."
    )
    facts = written_facts(text, published_at="2023-04-01")
    assert ("naver-clova", ("ICASSP",), 2023, 6) in facts
    assert ("naver", ("ICASSP",), 2023, 6) not in facts


# 5. A parent that publishes through its unit (`A는 B를 통해 N편을 냈다`) leaves the papers to the unit.


def test_papers_published_through_a_unit_are_the_unit_s() -> None:
    text = "올해 ICCV에는 국내 기업도 여럿 참여했다. 네이버는 네이버랩스를 통해 4편을 선보였다."
    facts = written_facts(text, published_at="2023-10-05")
    assert ("naver-labs", ("ICCV",), 2023, 4) in facts
    assert ("naver", ("ICCV",), 2023, 4) not in facts
