"""Forms of real reporting probed in round 39, each with sentences written for these tests.

Round 39 took the misses of batch 39, scored blind: display and chip makers' releases, institutes reporting many
organizations, English-heavy startup releases, and year-end reviews. The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. The subject of the papers that are the topic (`A가 이번 대회에서 발표하는 논문은 두 분야를 합쳐 23건`) owns
#    the sum; what is added is fields, not organizations.


def test_the_subject_of_the_topic_papers_owns_a_sum_of_fields() -> None:
    text = (
        "삼성디스플레이는 IMID 2024에서 논문 40편을 발표한다. LG디스플레이가 이번 대회에서 발표하는 논문은 "
        "OLED와 마이크로 LED 분야를 합쳐 17건이다."
    )
    facts = written_facts(text, published_at="2024-08-20")
    assert ("lg-display", ("IMID",), 2024, 17) in facts
    assert ("samsung-display", ("IMID",), 2024, 17) not in facts


# 2. A table row is the article's own statement (`| A | 8편 |`), and a selection written later (`A의 초청 논문 두
#    편은`) or papers besides them (`OLED 말고도 … 11편을 따로`) do not contradict it.


def test_a_row_and_papers_besides_stand_beside_a_selection() -> None:
    text = (
        "LG디스플레이와 삼성디스플레이가 SID 2016에 참가한다. 두 회사가 내는 OLED 논문은 각각 8편과 4편이다.\n\n"
        "| 회사 | OLED 논문 |\n"
        "| LG디스플레이 | 8편 |\n"
        "| 삼성디스플레이 | 4편 |\n\n"
        "LG디스플레이의 초청 논문 두 편은 투명 패널과 차량용 패널을 다룬다. 이 회사는 OLED 말고도 TFT와 "
        "소비전력 등 다른 분야에서 11편의 논문을 따로 발표한다."
    )
    facts = written_facts(text, published_at="2016-05-20")
    assert ("lg-display", ("SID",), 2016, 8) in facts
    assert ("lg-display", ("SID",), 2016, 11) in facts


# 3. A count each of a list of topics (`A 기술, B 기술, C 기술이 각각 한 편씩`) is each topic's share, no one's.


def test_a_count_each_of_topics_is_no_one_s() -> None:
    text = (
        "삼성디스플레이는 SID 2019에서 논문 12편을 발표한다. 초청 논문은 3편이다. "
        "폴더블 패널, 홀 디스플레이, 퀀텀닷 기술이 각각 한 편씩이다."
    )
    facts = written_facts(text, published_at="2019-05-10")
    assert ("samsung-display", ("SID",), 2019, 12) in facts
    assert ("samsung-display", ("SID",), 2019, 1) not in facts


# 4. A service something is posted on past its object (`페이스북에 결과를 정리해 올리며`) is a medium.


def test_a_page_posted_on_past_its_object_owns_nothing() -> None:
    text = (
        "ICLR 2024에서 UNIST 이름을 단 논문이 모두 14편 채택됐다. 김 교수는 8일 페이스북에 결과를 정리해 "
        '올리며 "학교 전체로 14편"이라고 적었다.'
    )
    facts = written_facts(text, published_at="2024-01-20")
    assert ("unist", ("ICLR",), 2024, 14) in facts
    assert not any(org in ("facebook", "meta") for org, _, _, _ in facts)


# 5. Organizations listed with one count each (`A·B·C·D 각 4건`) are no rivals of one another: each keeps its
#    count at full confidence.


def test_four_organizations_with_one_count_each_are_kept() -> None:
    from extract import extract

    text = (
        "ISSCC 2022 기관별 논문 채택 순위는 다음과 같다.\n\n"
        "▲1위 인텔 14건 ▲2위 삼성전자 9건 ▲공동 3위 KAIST·TSMC·소니·미디어텍 각 4건"
    )
    result = extract(text, published_at="2021-11-20", min_confidence=0.0)
    fours = {p.organization_id: p.confidence for p in result.paper_counts if p.count == 4}
    assert set(fours) == {"kaist", "tsmc", "sony", "mediatek"}
    assert min(fours.values()) > 0.9


# 6. The year written in the words introducing a table (`기관별 순위(2022년 발표 논문 수)는 다음과 같다.`) dates rows
#    the table gives no year of their own.


def test_the_year_introducing_a_table_dates_its_rows() -> None:
    text = (
        "영국의 한 대학이 12개 주요 AI 학회의 논문을 집계한 결과를 내놨다.\n\n"
        "기관별 순위(2022년 발표 논문 수)는 다음과 같다.\n\n"
        "| 순위 | 기관 | 논문 수 |\n"
        "| 1 | 구글 | 610개 |\n"
        "| 2 | 마이크로소프트 | 455개 |"
    )
    facts = written_facts(text, published_at="2023-04-10")
    assert ("google", (), 2022, 610) in facts
    assert ("google", (), 2023, 610) not in facts


# 7. `이번 두 편은` restates the count written before with the same number, at its conference, not the lead's.


def test_this_time_s_count_restates_the_equal_count() -> None:
    title = "[보도자료] 마키나락스, ICLR 2024 accepted papers 2편…지난해 NeurIPS 워크숍 5편 이어"
    text = (
        "- ICLR 2024: 2편 accept (KAIST 연구팀과 공동 연구)\n"
        "- NeurIPS 2023 워크숍: 5편, 국내 기업 중 최다\n"
        "- 창업 6년 만에 논문 누적 40편\n\n"
        "AI 스타트업 마키나락스(대표 윤성호)는 머신러닝 분야 학회 ICLR 2024에 자사 논문 두 편이 accept됐다고 "
        "25일 밝혔다.\n\n"
        "ICLR은 딥러닝 연구가 모이는 학회다. 올해 행사는 5월 오스트리아 빈에서 열린다.\n\n"
        "이번 두 편은 모두 공정 최적화를 다룬 연구다."
    )
    facts = written_facts(text, title=title, published_at="2024-01-25")
    assert ("makinarocks", ("NeurIPS",), 2023, 2) not in facts
    assert ("makinarocks", ("ICLR",), 2024, 2) in facts


# 8. Conferences named as earlier successes (`앞서 A와 B에서 좋은 성적을 거둔 데 이어`) are not the venue of the
#    lines after; a list's lead (`트랙별 내역은 이렇다`) is no sentence between a count and its parts.


def test_earlier_successes_are_not_carried_to_the_parts() -> None:
    text = (
        "카카오브레인이 올해 ACL에서 논문 다섯 편을 채택받았다. ACL은 EMNLP, NAACL과 함께 3대 학회로 꼽힌다. "
        "앞서 CVPR과 ICML에서 좋은 성적을 거둔 데 이어 언어 분야에서도 결과를 낸 것이다.\n\n"
        "학회가 공개한 목록에 오른 논문의 트랙별 내역은 이렇다.\n\n"
        "- Main conference: 3편\n"
        "- Findings: 1편\n"
        "- Industry Track: 1편"
    )
    facts = written_facts(text, published_at="2023-05-10")
    assert ("kakao-brain", ("ACL",), 2023, 3) in facts
    assert not any(confs == ("CVPR", "ICML") for _, confs, _, _ in facts)


# 9. A count over `지난 한 해` (the whole past year) is over all its venues, not the conference named before.


def test_a_count_over_the_past_year_is_over_all_venues() -> None:
    text = (
        "▲ICML 2023 6편\n"
        "ICML은 구글 스칼라 기준으로 분야 1위 학회로 꼽힌다.\n\n"
        "업스테이지가 지난 한 해 발표한 정규 논문은 31건이었다."
    )
    facts = written_facts(text, published_at="2023-03-20")
    assert ("upstage", ("ICML",), 2022, 31) not in facts


# 10. A lab named after chips (`아날로그·혼성신호 VLSI 국가중점실험실`) names no conference, and a table's rows in an
#     article of one conference are at it.


def test_a_vlsi_lab_is_no_conference_and_rows_take_the_one_conference() -> None:
    text = (
        "ISSCC 2019 기관별 채택 결과가 나왔다. 3위 자리는 다섯 편씩을 기록한 세 기관이 나눠 가졌다.\n\n"
        "| 순위 | 기관 | 채택 논문 |\n"
        "| 1 | 인텔 | 12편 |\n"
        "| 공동 3 | KAIST(한국), 마카오대(중국), 미디어텍(대만) | 각 5편 |\n\n"
        "마카오대 아날로그·혼성신호 VLSI 국가중점실험실은 꾸준히 성과를 내 왔다."
    )
    facts = written_facts(text, published_at="2018-11-20")
    assert ("kaist", ("ISSCC",), 2019, 5) in facts
    assert not any("VLSI" in confs for _, confs, _, _ in facts)


# 11. A count at venues mixed with journals (`세 곳의 학회·저널에 5편`) closes the venues of its clause: a later
#     count (`올해는 … AI 학회에 12편`) is not at them, and the span of the earlier clause (`출범 후 넉 달 동안`)
#     does not make it cumulative.


def test_a_count_at_journals_and_venues_closes_its_clause() -> None:
    text = (
        "LG AI연구원은 2021년 3월 문을 열었다. 당시에도 출범 후 넉 달 동안 ACL, ICML, AAAI 등 세 곳의 학회·저널에 "
        "논문 5편을 실으며 주목받았지만, 올해는 상반기에만 AI 학회에 12편의 논문을 발표하며 속도를 높였다."
    )
    facts = written_facts(text, published_at="2022-07-01")
    assert ("lg-ai-research", (), 2022, 12) in facts
    assert not any(count == 12 and confs for _, confs, _, count in facts)


# 12. A count written again with no year of its own (`구글 한 곳의 600개에 못 미친다`) is the earlier fact's
#     (`지난해 … 구글로, 모두 600개였다`), not the publication year's.


def test_a_count_written_again_keeps_its_year() -> None:
    text = (
        "지난해 12개 AI 학회에서 가장 많은 논문을 낸 곳은 구글로, 모두 600개였다.\n\n"
        "[기자의 눈] 한 나라의 논문 300개가 구글 한 곳의 600개에 못 미친다는 점은 곱씹을 만하다."
    )
    facts = written_facts(text, published_at="2023-05-01")
    assert ("google", (), 2022, 600) in facts
    assert ("google", (), 2023, 600) not in facts


# 13. A count in a table's remarks column (`| 비고 |`) is said in passing: it takes neither the table's conference
#     nor its rows' reading.


def test_a_count_in_a_remarks_column_takes_no_table_conference() -> None:
    text = (
        "국내 기업의 ICML 2023 성적을 정리했다.\n\n"
        "| 조직 | ICML 2023 | 비고 |\n"
        "| 카카오브레인 | 9편 | 올해 4개 학회 누적 30편 |"
    )
    facts = written_facts(text, published_at="2023-07-01")
    assert ("kakao-brain", ("ICML",), 2023, 9) in facts
    assert not any(count == 30 and confs == ("ICML",) for _, confs, _, count in facts)


# 14. A span in the clause that describes the company referred to after it (`2018년부터 매년 채택돼 온 이 회사는`)
#     does not make its later count cumulative: `작년 학회에서 6편` is last year's.


def test_a_span_describing_the_company_leaves_the_count_its_year() -> None:
    text = (
        "뷰노가 RSNA 2023에서 초록 10편을 발표한다. 2018년부터 매년 초록을 내 채택돼 온 이 회사는 작년 학회에서 "
        "6편을 발표했는데, 올해는 그보다 네 편이 많다."
    )
    facts = written_facts(text, published_at="2023-11-20")
    assert ("vuno", ("RSNA",), 2022, 6) in facts


# 15. A part of a whole written twice (`24편 가운데 15편`) is a part of the reading that has its conference.


def test_a_part_of_a_whole_written_twice_takes_its_conference() -> None:
    text = (
        "KAIST가 ICML 2024에서 논문 24편을 발표한다. 김 원장은 학회 채택 결과를 공유하며 KAIST 논문이 총 24편 "
        "채택됐다고 알렸다.\n\n24편 가운데 15편은 AI대학원에서 나왔다."
    )
    facts = written_facts(text, published_at="2024-06-20")
    assert ("kaist", ("ICML",), 2024, 15) in facts


# 16. A parent as the source (`LG에 따르면`) with the kind word of the unit the article is about (`연구원이`) gives
#     the count to that unit.


def test_a_parent_s_report_of_its_unit_by_kind_word() -> None:
    title = "LG AI연구원, NeurIPS 2023서 논문 발표"
    text = (
        "LG AI연구원이 미국 뉴올리언스에서 열리는 NeurIPS 2023에 참가한다. "
        "LG에 따르면 연구원이 이번 학회에서 발표하는 논문은 12편이다."
    )
    facts = written_facts(text, title=title, published_at="2023-12-01")
    assert ("lg-ai-research", ("NeurIPS",), 2023, 12) in facts
    assert ("lg", ("NeurIPS",), 2023, 12) not in facts
