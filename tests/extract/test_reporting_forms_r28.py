"""Forms of real reporting probed in round 28, each with sentences written for these tests.

Round 28 started from the formats batch 15 was written in (bullet lists of other tallies, tables,
Q&A) and went on with the misses of new sets scored blind. The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A list under a head (`특허 출원은 ▲A 30건 ▲B 20건`, `많이 인용된 논문 수는 A 300건, B 200건 순`):
#    what the head counts, every item counts, however far from the head it stands.


def test_every_item_of_a_bulleted_list_of_patents_counts_patents() -> None:
    text = (
        "LG전자는 올해 NeurIPS에서 논문 7편을 발표했다. "
        "같은 기간 AI 관련 특허 출원은 ▲구글 2210건 ▲마이크로소프트 1904건 ▲메타 1133건 순이었다."
    )
    facts = written_facts(text, published_at="2024-12-10")
    assert facts == {("lg-electronics", ("NeurIPS",), 2024, 7)}


def test_every_item_of_a_list_of_cited_papers_counts_citations() -> None:
    text = (
        "카카오는 올해 ICML에서 논문 4편이 채택됐다. "
        "지난 10년 사이 많이 인용된 AI 논문 수로 보면 구글 2874건, 마이크로소프트 1957건, 메타 1210건이다."
    )
    facts = written_facts(text, published_at="2024-08-01")
    assert facts == {("kakao", ("ICML",), 2024, 4)}


def test_a_list_under_a_head_of_accepted_papers_is_kept() -> None:
    text = (
        "LG전자는 올해 NeurIPS에서 논문 7편을 발표했다. "
        "기업별 NeurIPS 채택 논문 수는 ▲구글 151편 ▲마이크로소프트 88편 ▲메타 64편이다."
    )
    facts = written_facts(text, published_at="2024-12-10")
    assert ("google", ("NeurIPS",), 2024, 151) in facts
    assert ("meta", ("NeurIPS",), 2024, 64) in facts


# 2. A table pasted with bars: a header of editions gives each column its year (`| 2026년 | 2025년 |`,
#    `| 올해 | 지난해 |`); a column of another measure (`제출`) counts no papers at the edition; rows that
#    name no conference take the one the caption names, none when it names none in an article of several.


def test_each_column_of_a_table_takes_the_edition_its_header_names() -> None:
    text = (
        "ISSCC 2026 기관별 채택 논문\n"
        "| 기관 | 2026년 | 2025년 |\n"
        "|---|---|---|\n"
        "| SK하이닉스 | 4편 | 3편 |\n"
        "| KAIST | 9편 | 7편 |\n"
        "KAIST는 올해도 국내 대학 가운데 가장 많았다."
    )
    facts = written_facts(text, published_at="2025-11-20")
    assert facts == {
        ("sk-hynix", ("ISSCC",), 2026, 4),
        ("sk-hynix", ("ISSCC",), 2025, 3),
        ("kaist", ("ISSCC",), 2026, 9),
        ("kaist", ("ISSCC",), 2025, 7),
    }


def test_a_column_of_last_year_is_the_edition_before_the_row_s_own() -> None:
    text = "ISSCC 2026 기관별 논문 수\n기관 | 올해 | 지난해\nSK하이닉스 | 4편 | 3편\nKAIST | 9편 | 7편\n"
    facts = written_facts(text, published_at="2025-11-20")
    assert ("kaist", ("ISSCC",), 2026, 9) in facts
    assert ("kaist", ("ISSCC",), 2025, 7) in facts


def test_a_column_of_submissions_counts_no_papers_of_the_edition() -> None:
    text = "ICASSP 2024 기관별 논문 수\n| 기관 | 채택 | 제출 |\n| 카카오 | 6편 | 19편 |\n| 네이버 | 11편 | 30편 |"
    facts = written_facts(text, published_at="2024-04-20")
    assert facts == {("kakao", ("ICASSP",), 2024, 6), ("naver", ("ICASSP",), 2024, 11)}


def test_rows_under_a_caption_naming_no_conference_take_none_of_the_sentence_before() -> None:
    text = (
        "크래프톤은 올해 국제 학회에 논문 12건을 실었다고 밝혔다. 지난해에는 8건이었다.\n"
        "경쟁사 엔씨소프트는 ICML과 NeurIPS 등 주요 학회에 올해 20건을 냈다.\n"
        "[표] 게임사 AI 논문 국제학회 등재 현황\n"
        "기업 | 2023년 | 2024년\n"
        "크래프톤 | 8건 | 12건\n"
    )
    facts = written_facts(text, published_at="2024-09-02")
    assert ("krafton", (), 2024, 12) in facts
    assert ("krafton", (), 2023, 8) in facts
    assert not {f for f in facts if f[0] == "krafton" and f[1]}


# 3. A conference in Korean words right after a list of conferences and `등` is what the list is, not one
#    more conference (`ICML·ACL·AAAI 등 국제 인공지능 학회에서`).


def test_a_description_after_a_list_of_conferences_is_no_conference_of_its_own() -> None:
    text = "LG AI연구원이 ICML·ACL·CVPR 등 국제 인공지능(AI) 학회에서 올해 논문 33건이 채택됐다고 밝혔다."
    facts = written_facts(text, published_at="2024-07-01")
    assert facts == {("lg-ai-research", ("ACL", "CVPR", "ICML"), 2024, 33)}


# 4. Papers that passed a conference's threshold (`X의 문턱을 넘었다`, `X의 관문을 통과했다`): X is their venue,
#    however long its written name.


def test_the_conference_whose_threshold_the_papers_passed_is_their_venue() -> None:
    text = (
        "고려대학교 논문 열네 편이 올해 '국제 컴퓨터 비전 및 패턴인식 학술대회(CVPR 2023)'의 문턱을 넘었다."
    )
    assert written_facts(text, published_at="2023-03-02") == {("korea-university", ("CVPR",), 2023, 14)}


# 5. A department referred back to (`이 학부 한 곳에서만`), and a pool restated by its count (`스무 편 가운데`)
#    whose part came from a department: the department is the pool's school's, not the last one named.


def test_this_department_alone_is_a_part_of_its_school_s_count() -> None:
    text = (
        "고려대가 CVPR 2023에서 논문 14편을 발표했다. 같은 학회에서 성균관대는 12편을 올려 뒤를 이었다.\n"
        "학내에서 가장 눈에 띄는 곳은 컴퓨터학과다. 이 학과 한 곳에서만 여덟 편이 채택됐다."
    )
    facts = written_facts(text, title="고려대, CVPR 2023 논문 14편", published_at="2023-03-02")
    assert ("korea-university", ("CVPR",), 2023, 8) in facts
    assert ("skku", ("CVPR",), 2023, 8) not in facts


def test_a_pool_restated_by_its_count_keeps_its_school_for_a_department_s_part() -> None:
    text = (
        "고려대 논문 열네 편이 올해 CVPR 2023에 채택됐다. 고려대 다음으로는 성균관대가 열두 편으로 뒤를 이었다. "
        "열네 편 가운데 여덟 편이 컴퓨터학과에서 나왔다."
    )
    facts = written_facts(text, published_at="2023-03-02")
    assert ("korea-university", ("CVPR",), 2023, 8) in facts
    assert not {f for f in facts if f[0] == "skku" and f[3] == 8}


# 6. Counts of a list of organizations summed (`A와 B 두 회사의 논문을 합하면 N`): neither's, nor a parent's
#    not written there; a unit's papers added to its parent's (`A와 B의 논문까지 합치면`) stay the parent's total.


def test_two_companies_papers_summed_are_no_one_s() -> None:
    text = (
        "LG의 AI 연구 조직들이 성과를 내고 있다. LG AI연구원은 올해 국제 학회에 논문 21건을 실었다. "
        "LG전자는 6건이다. LG AI연구원과 LG전자 두 회사의 올해 국제학회 논문을 합하면 27건이다."
    )
    facts = written_facts(text, published_at="2024-10-01")
    assert not {f for f in facts if f[3] == 27}


def test_a_unit_s_papers_added_to_its_parent_s_stay_the_parent_s_total() -> None:
    text = "네이버는 올해 ICML에서 논문 9편을 발표했다. 라인과 네이버랩스의 논문까지 합치면 네이버 전체로는 13편이다."
    assert ("naver", ("ICML",), 2024, 13) in written_facts(text, published_at="2024-07-30")


# 7. A country written after a part as where its papers came from (`한국 연구진의 손에서 나왔다`): a country's
#    share, no organization's.


def test_a_part_that_came_from_a_country_s_researchers_is_no_organization_s() -> None:
    text = (
        "ISSCC 2025에서 삼성전자가 논문 열네 편을 채택받아 기업 중 가장 많았다. 메모리 분과는 올해도 한국의 "
        "무대였다. 이 분과에서 채택된 25편 가운데 3분의 1에 가까운 여덟 편이 한국 연구진의 손에서 나왔다."
    )
    facts = written_facts(text, published_at="2024-11-25")
    assert facts == {("samsung-electronics", ("ISSCC",), 2025, 14)}


# 8. A conference named only as the place of an `also` (`지난 6월 CVPR에서도 3위였다`) in a story about another
#    conference is a look elsewhere: the counts after it are still at the article's conference.


def test_a_conference_named_in_passing_with_also_is_not_carried() -> None:
    text = (
        "ECCV 2024가 막을 내렸다. 한국 연구진의 논문은 약 90편으로 집계됐다. "
        "한국은 지난 6월 CVPR 2024에서도 채택 논문 수 기준 4위에 올랐다.\n"
        '기업 가운데서는 LG AI연구원이 눈에 띄었다. LG AI연구원은 "정규 세션에서 모두 9편을 발표했다"고 밝혔다.'
    )
    facts = written_facts(text, title="ECCV 2024 폐막…LG AI연구원 9편", published_at="2024-10-05")
    assert ("lg-ai-research", ("ECCV",), 2024, 9) in facts
    assert not {f for f in facts if f[1] == ("CVPR",)}


# 9. `한 편` after a venue with a topic particle (`지난해 CVPR에서는 한 편을 발표했다`) is one paper.


def test_one_paper_written_in_words_after_a_venue_as_topic() -> None:
    text = "LG AI연구원은 CVPR 2023에서 논문 5편을 발표한다. 지난해 CVPR에서는 한 편을 발표했다."
    facts = written_facts(text, published_at="2023-06-10")
    assert facts == {("lg-ai-research", ("CVPR",), 2023, 5), ("lg-ai-research", ("CVPR",), 2022, 1)}
