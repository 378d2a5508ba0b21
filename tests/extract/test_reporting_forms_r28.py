"""Forms of real reporting probed in round 28, each with sentences written for these tests.

Round 28 started from the formats batch 15 was written in (bullet lists of other tallies, tables,
Q&A) and went on with the misses of new sets scored blind. The sentences below are our own.
"""

from __future__ import annotations

from extract.api import extract
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


# 10. An interview: the answer to a question about a goal or a plan (`-내년 목표는.` then `=15편이다.`) is the
#     goal, no count yet; answers to other questions count as statements.


def test_an_answer_to_a_question_about_a_goal_is_no_count() -> None:
    text = (
        "크래프톤이 올해 NeurIPS에서 논문 5편을 발표했다. 연구 책임자를 만났다.\n"
        "-올해 성과를 소개해 달라.\n"
        "=본 학회 논문이 4편, 워크숍 논문이 1편이다.\n"
        "-다른 회사들은 어떤가.\n"
        "=엔씨소프트는 잘 모르겠다.\n"
        "-내년 목표는.\n"
        "=15편이다."
    )
    facts = written_facts(text, published_at="2024-12-12")
    assert ("krafton", ("NeurIPS",), 2024, 4) in facts
    assert not {f for f in facts if f[3] == 15}


# 11. A table whose caption names a set of conferences (`<세계 3대 AI 학회 논문 수>`): its rows are at the
#     conferences the article lists for that set.


def test_rows_under_a_caption_naming_a_set_take_the_set_s_conferences() -> None:
    text = (
        "세계 3대 AI 학회인 NeurIPS, ICML, ICLR에 실린 논문을 기업별로 셌다.\n"
        "<세계 3대 AI 학회 논문 수 상위 기업>\n"
        "순위 | 기업 | 논문 수\n"
        "1 | 메타 | 301편\n"
        "2 | 엔비디아 | 187편\n"
    )
    facts = written_facts(text, published_at="2025-03-02")
    assert ("meta", ("ICLR", "ICML", "NeurIPS"), 2025, 301) in facts
    assert ("nvidia", ("ICLR", "ICML", "NeurIPS"), 2025, 187) in facts


# 12. A column header says what a row's counts are (`| 특허 등록 | 3대 AI 학회 논문 등재 | AI 인력 |`): the
#     papers column counts papers even in an article that also counts citations; the other columns don't.


def test_the_papers_column_of_a_table_is_read_and_the_patents_column_is_not() -> None:
    text = (
        "국내 기업의 AI 역량을 특허 피인용과 논문으로 따졌다. 세계 3대 AI 학회 논문도 셌다.\n"
        "| 기업 | 특허 등록 | 3대 AI 학회 논문 등재 | AI 인력 |\n"
        "|---|---|---|---|\n"
        "| 카카오 | 310건 | 12건 | 1500명 |\n"
    )
    facts = written_facts(text, published_at="2025-05-02")
    assert facts == {("kakao", (), 2025, 12)}


# 13. A large count of the organization its clause modifies (`544개 발표한 구글`) is that organization's, not a
#     conference-wide total; counts after it in the paragraph keep its year.


def test_a_large_count_modifying_the_organization_after_it_is_its_own() -> None:
    text = (
        "조사에 따르면 지난해 세계 주요 AI 학회에 가장 많은 논문을 낸 기관은 지난해 논문 512개를 발표한 메타였다. "
        "마이크로소프트는 논문을 377개 발표해 뒤를 이었다."
    )
    facts = written_facts(text, published_at="2023-04-10")
    assert ("meta", (), 2022, 512) in facts
    assert ("microsoft", (), 2022, 377) in facts


# 14. A pool written right before a part that gave no fact itself (`수상 논문 네 편 가운데 두 편은`: award
#     slots): the part is no one's either; the organization before the pool owns the pool, not the part.


def test_a_part_of_an_award_pool_is_no_count() -> None:
    text = (
        "포스텍 연구실이 국제 학술대회 DAC 2024에서 최우수 논문상을 받았다. "
        "포스텍의 수상 논문 세 편 가운데 두 편은 메모리 설계를, 나머지 한 편은 가속기 설계를 다뤘다."
    )
    assert written_facts(text, published_at="2024-06-30") == set()


# 15. `9편의 논문으로 B에 이어 2위`: a count with its case-marked noun before B does not modify B.


def test_a_count_followed_by_its_noun_in_a_case_does_not_modify_the_name_after() -> None:
    text = "ISSCC 2019에서 SK하이닉스(미국 법인 포함)는 7편의 논문으로 인텔에 이어 3위에 올랐다."
    assert written_facts(text, published_at="2018-11-20") == {("sk-hynix", ("ISSCC",), 2019, 7)}


# 16. A bulleted list after words that single out one track (`메모리 분과만 떼어 보면 … 내역은 다음과 같다`):
#     its counts are subsets, beside the organizations' own totals.


def test_a_list_under_one_track_gives_parts_beside_the_totals() -> None:
    text = (
        "ISSCC 2019에서 삼성전자는 논문 일곱 편을 발표한다.\n\n"
        "메모리 분과만 떼어 보면 국내 기관 논문은 다섯 편이다. 기관별 내역은 다음과 같다.\n"
        "▲삼성전자 3편 ▲SK하이닉스 2편"
    )
    kept = extract(text, published_at="2018-11-20").paper_counts
    by_count = {(p.organization_id, p.count): p.scope for p in kept}
    assert by_count[("samsung-electronics", 7)] == "unit"
    assert by_count[("samsung-electronics", 3)] == "subset"
    assert by_count[("sk-hynix", 2)] == "subset"


# 17. A sentence opening with the event as its place and naming several organizations (`올해 학술대회에는 A, B,
#     C 등이 논문을 냈다`): the accepted papers counted next are the conference's, not the subject's.


def test_accepted_papers_after_the_event_s_participants_are_the_conference_s() -> None:
    text = (
        "와이즈넛은 HCLT 2024에서 최우수 논문상을 받았다고 밝혔다. 회사는 이번 학술대회에 논문 세 편을 제출했다. "
        "올해 학술대회에는 LG, 네이버, 카카오 등 여러 기업이 논문을 냈다. 채택된 논문은 모두 131편이었다."
    )
    facts = written_facts(text, published_at="2024-11-02")
    assert not {f for f in facts if f[3] == 131}


# 18. `N개 평가지표에서 1위`: what is counted is the metrics, not papers.


def test_a_count_of_metrics_is_no_paper_count() -> None:
    title = "카카오, 5개 평가지표에서 국내 AI 경쟁력 2위"
    text = "카카오는 세계 3대 AI 학회 NeurIPS, ICML, ICLR에서 논문 31건을 등재했다."
    facts = written_facts(text, title=title, published_at="2025-05-02")
    assert not {f for f in facts if f[3] == 5}


# 19. Google is Alphabet's: a headline giving Google the count the body gives `알파벳(구글)` is one fact.


def test_a_headline_naming_google_for_alphabet_s_count_is_the_body_s_fact() -> None:
    title = "구글 610편 '독주'…3대 AI 학회 논문 순위"
    text = (
        "세계 3대 AI 학회 NeurIPS, ICML, ICLR 논문을 기업별로 세 보니 알파벳(구글)이 논문 610편으로 1위였다."
    )
    facts = written_facts(text, title=title, published_at="2025-03-02")
    assert {f for f in facts if f[3] == 610} == {("alphabet", ("ICLR", "ICML", "NeurIPS"), 2025, 610)}


# 20. A table of years (`| 2016년 | 7건 |`) under a header naming two conferences summed (`| NIPS·ICML 논문 |`):
#     each row is its year's count at both.


def test_rows_labelled_by_year_under_a_header_of_two_conferences() -> None:
    text = (
        "UNIST의 두 학회 논문 실적은 다음과 같다.\n"
        "| 연도 | NeurIPS·ICML 발표 논문(합산) |\n"
        "|---|---|\n"
        "| 2019년 | 4건 |\n"
        "| 2021년 | 9건 |\n"
    )
    facts = written_facts(text, published_at="2022-05-02")
    assert facts == {("unist", ("ICML", "NeurIPS"), 2019, 4), ("unist", ("ICML", "NeurIPS"), 2021, 9)}


# 21. `그 대회에서` after a sentence that named the edition before (`1년 전 대회(31편)보다 줄었다`): that edition.


def test_that_edition_after_the_edition_before_was_named() -> None:
    text = (
        "ISSCC 2018 채택 결과가 나왔다. KAIST는 8편, SK하이닉스는 3편을 올렸다. "
        "한국 논문은 1년 전 대회(31편)보다 다섯 편 줄었다. 그 대회에서 KAIST는 11편을 실었다."
    )
    facts = written_facts(text, published_at="2017-11-20")
    assert ("kaist", ("ISSCC",), 2017, 11) in facts
    assert ("kaist", ("ISSCC",), 2018, 8) in facts


# 22. A table of people (`| 교수 | 소속 | 논문 |`): each row is a person's count, not the affiliation's.


def test_a_table_of_professors_gives_no_count_to_their_school() -> None:
    text = (
        "ICML·NeurIPS 논문이 많은 교수는 다음과 같다.\n"
        "교수 | 소속 | 채택된 논문\n"
        "김철수 | 포스텍 | 11편\n"
        "이영희 | 포스텍 | 9편\n"
    )
    assert written_facts(text, published_at="2023-01-10") == set()


# 23. A bullet naming a conference and the paper's content after a dash: words of the content (`제출 시간`,
#     `데이터를 더해`) are no conference-wide count and no inclusion.


def test_the_content_after_a_dash_does_not_make_a_count_nobody_s() -> None:
    text = (
        "스타트업 콴다는 올해 교육 AI 학회에 논문 3편을 실었다고 밝혔다.\n"
        "▲LAK(학습분석 국제학술대회) 2편 – 과제 제출 시간 데이터를 더해 성적을 예측한 연구\n"
        "▲EDM(교육 데이터마이닝 학회) 1편 – 문항 추천 알고리즘"
    )
    facts = written_facts(text, published_at="2024-07-01")
    # the lines add up to the 3 over venues the lead does not name: the 3 is at the two (round 29e)
    assert {f[1:] for f in facts if f[1]} == {
        (("LAK",), 2024, 2),
        (("EDM",), 2024, 1),
        (("EDM", "LAK"), 2024, 3),
    }


# 24. A conference year written where the article looks at another edition (`지난해 열린 'ASCO 2024'에서도`)
#     is not the edition the article is about.


def test_an_edition_named_in_passing_does_not_date_the_article_s_conference() -> None:
    title = "루닛, 올해 ASCO서 논문 세 편"
    text = (
        "루닛은 31일부터 열리는 ASCO에서 연구 논문 세 편을 발표한다고 밝혔다. "
        "루닛은 지난해 열린 'ASCO 2024'에서도 포스터 발표를 진행했다."
    )
    facts = written_facts(text, title=title, published_at="2025-05-28")
    assert facts == {("lunit", ("ASCO",), 2025, 3)}


# 25. Things that are no organization's conference papers: a committee's figures (`ISSCC 한국위원회는 … 채택 논문도
#     250건`), journal papers named after the count (`260편 이상의 저널 논문`), lectures (`특별 강좌 5개`), and the
#     papers an event shows (`논문 60편을 소개하는 행사였다`).


def test_a_conference_committee_owns_no_count() -> None:
    text = (
        "ISSCC 한국위원회는 21일 판교에서 'ISSCC 2025 코리아 프레스 콘퍼런스'를 열고 분과별 논문 채택 현황을 "
        "소개했다. 내년 2월 열리는 이번 대회에는 900건의 논문이 제출돼 전년보다 30% 늘었다. "
        "채택 논문도 250건으로 15% 이상 증가했다."
    )
    assert written_facts(text, published_at="2024-11-21") == set()


def test_journal_papers_named_after_the_count_are_no_conference_papers() -> None:
    text = (
        "KAIST는 매년 리서치데이 행사를 연다. 올해 연구대상을 받은 박 교수는 소자 분야에서 독창적인 성과를 "
        "인정받았다. 반도체 소자 기술 분야에서만 260편 이상의 저널 논문과 310편 이상의 학회 논문을 발표했다."
    )
    assert written_facts(text, published_at="2020-06-18") == set()


def test_lectures_counted_at_a_conference_are_no_papers() -> None:
    text = "당시 UNIST는 ICRA 2019 행사에서 첫날 특별 로봇강좌 5개에 이어 이틀 동안 90여편의 논문 발표를 지원했다."
    assert not {f for f in written_facts(text, published_at="2019-05-30") if f[3] == 5}


def test_the_papers_an_event_shows_are_the_event_s() -> None:
    text = (
        "KAIST AI대학원이 연 '2024 AI 워크숍'은 올해 NeurIPS·ICML·ICLR 등 최상위 학회에 실린 논문 60편을 "
        "한자리에서 소개하는 행사였다."
    )
    assert not {f for f in written_facts(text, published_at="2024-12-02") if f[3] == 60}


# 26. `A, B, C는 세 회사를 합쳐 15편`: the list itself is summed, no one's (not the institute named before it).


def test_three_companies_summed_by_their_collective_object_are_no_one_s() -> None:
    text = (
        "KAIST AI대학원 행사에는 NeurIPS·ICML 논문이 소개됐다. "
        "KAIST AI대학원의 기업 회원사인 네이버, 카카오, LG AI연구원은 세 회사를 합쳐 12편의 논문을 선보였다."
    )
    assert not {f for f in written_facts(text, published_at="2024-12-02") if f[3] == 12}


def test_a_conference_named_with_also_as_a_time_is_not_carried() -> None:
    text = (
        "ECCV 2024가 막을 내렸다. 한국 연구진의 논문은 약 90편이었다. "
        "한국은 지난 6월 CVPR 2024 때도 채택 논문 수 기준 4위에 올랐다.\n"
        '기업 중에서는 LG AI연구원이 눈에 띄었다. LG AI연구원은 "정규 세션에서 모두 9편을 발표했다"고 밝혔다.'
    )
    facts = written_facts(text, title="ECCV 2024 폐막…LG AI연구원 9편", published_at="2024-10-05")
    assert ("lg-ai-research", ("ECCV",), 2024, 9) in facts
    assert not {f for f in facts if f[1] == ("CVPR",)}
