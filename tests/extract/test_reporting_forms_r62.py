"""Forms of real reporting probed in round 62, each with sentences written for these tests.

Round 62 took misses of batch 64 (rewritten articles in new house styles: a correction notice, a TV script, a
ranking explained line by line, a column) after it had been scored blind at the commit before the round (its figures
stand as measured there). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. Conferences named as the peers of the article's own in a class (`A·B와 더불어 3대 학회로 꼽히는 이 무대에서`)
#    are never the venue of the count; `이 무대` is the article's conference like `이 대회`.


def test_peers_in_a_class_are_not_the_venue_of_this_stage() -> None:
    title = "VLSI 2024 기관별 채택 순위…한빛전자 12건"
    text = (
        "다음 달 교토에서 'VLSI 심포지엄 2024'가 열린다. ISSCC·IEDM과 더불어 세계 3대 반도체 학회로 꼽히는 이 "
        "무대에서 한빛전자가 열두 건을 채택시켜 2위에 올랐다.\n\n1위 서울대 14건\n2위 한빛전자 12건"
    )
    facts = written_facts(text, title=title, published_at="2024-05-20")
    assert ("snu", ("VLSI",), 2024, 14) in facts
    assert not any("ISSCC" in confs or "IEDM" in confs for _, confs, _, _ in facts)


# 2. A count in parentheses after an organization's other name or its country (`아이멕(IMEC·10편)`, `B(미국, 7편)`)
#    is that organization's, not the sentence subject's.


def test_a_count_after_an_other_name_in_parentheses() -> None:
    text = "ISSCC 2016에서 삼성전자는 8편이 채택돼 벨기에 연구기관 아이멕(IMEC·11편)에 이어 2위였다."
    facts = written_facts(text, published_at="2015-11-20")
    assert ("imec", ("ISSCC",), 2016, 11) in facts
    assert ("samsung-electronics", ("ISSCC",), 2016, 11) not in facts


# 3. A section heading (`■ B, 여덟 편으로 3위`) in an article whose headline names its one conference, and whose
#    every count so far was of it, goes on with that conference; a heading after counts elsewhere still carries none.


def test_a_section_heading_in_a_one_conference_article() -> None:
    title = "VLSI 2023 기술 분과 성적표…서울대 9편"
    text = (
        "반도체 학회 VLSI 심포지엄의 기술 분과 채택 결과를 기관별로 살폈다.\n\n"
        "■ 서울대, 9편으로 1위\n서울대는 올해 기술 분과에서 9편을 채택시켰다.\n\n"
        "■ 한빛전자, 일곱 편으로 2위\n한빛전자는 일곱 편으로 뒤를 이었다."
    )
    facts = written_facts(text, title=title, published_at="2023-05-24")
    assert ("pattern:한빛전자", ("VLSI",), 2023, 7) in facts


# 4. An organization the count is measured against (`B와의 격차를 한 편으로 좁혔다`) is compared, not the count's
#    owner: the subject of the section goes on.


def test_the_gap_to_an_organization_is_not_its_count() -> None:
    title = "VLSI 2024 기술 분과…삼성전자 11편으로 1위"
    text = (
        "VLSI 2024 기술 분과에서 삼성전자는 11편으로 1위를 지켰다.\n\n■ 서울대, 한 편 차로 2위\n"
        "몇 해 전부터 채택이 늘더니 올해는 10편으로 삼성전자와의 격차를 한 편으로 좁혔다."
    )
    facts = written_facts(text, title=title, published_at="2024-05-20")
    assert ("snu", ("VLSI",), 2024, 10) in facts
    assert ("samsung-electronics", ("VLSI",), 2024, 10) not in facts


# 5. A citation word that only ranks the venues (`피인용 실적을 토대로 최상위로 꼽히는 무대들이다`) does not make
#    the article one that counts papers by citations: a ranking's counts with no venue word stay papers.


def test_venues_ranked_by_citations_leave_the_ranking_of_papers() -> None:
    text = (
        "조사 대상 논문은 ICLR 2024와 NeurIPS 2023, ICML 2023에 실린 것이다. 학술 검색 서비스가 최근 5년 "
        "피인용 실적을 토대로 최상위로 꼽는 무대들이다.\n\n상위권을 보면 격차가 뚜렷하다. 별빛소프트(31건), "
        "달빛AI(22건)가 1, 2위를 차지했다."
    )
    facts = written_facts(text, published_at="2024-06-01")
    assert any(org == "pattern:별빛소프트" and count == 31 for org, _, _, count in facts)


def test_papers_counted_by_citations_still_need_a_venue() -> None:
    text = (
        "피인용 상위 1% 논문 수로 보면 한빛대가 40편으로 1위였다. 그 뒤로 별빛대(31편)가 뒤를 이었다.\n\n"
        "ICML 2024에는 한빛대 논문 5편이 채택됐다."
    )
    facts = written_facts(text, published_at="2024-06-01")
    assert not any(count in (40, 31) for _, _, _, count in facts)


# 6. A correction notice (`'8편'이라고 적었으나 … 7편이 맞기에 바로잡습니다`) retracts a wrong count and restates the
#    right one, which the corrected article states again: none of its counts is a fact of its own.


def test_a_correction_notice_gives_no_counts() -> None:
    text = (
        "[바로잡습니다] 앞서 이 기사에서 한빛AI의 논문을 '9편'이라고 적었으나, 본 학회 논문 7편과 워크숍 논문 "
        "1편을 합한 8편이 맞기에 바로잡습니다.\n\n"
        "한빛AI는 CVPR 2024에서 모두 8편의 논문을 발표한다. 본 학회 논문이 7편, 워크숍 논문이 1편이다."
    )
    facts = written_facts(text, published_at="2024-06-18")
    assert not any(count == 9 for _, _, _, count in facts)
    assert ("pattern:한빛ai", ("CVPR",), 2024, 8) in facts


# 7. Prizes written as an honour held (`단 네 편만이 최우수논문상의 영예를 안았다`, `상을 거머쥐었다`) are award slots,
#    not papers of the article's organization.


def test_an_honour_held_is_an_award_slot() -> None:
    text = (
        "한빛대 연구팀이 ICLR 2024에서 최우수논문상을 받았다. 올해 학회에서 발표된 논문은 모두 2200편. 이 "
        "가운데 단 세 편만이 최우수논문상의 영예를 안았다."
    )
    facts = written_facts(text, published_at="2024-05-10")
    assert not any(count == 3 for _, _, _, count in facts)


# 8. Venues listed after the count as examples of its place (`51건이 A·B·C 등 유수 AI 학회에 실렸다`) are its venues;
#    so are venues a later answer gives as the ones the count sums (`A, B 등 … 학회에서 채택된 논문을 모두 더한
#    숫자다`).


def test_venues_listed_as_examples_of_the_place() -> None:
    text = "한빛AI는 올해 정규 논문 33건이 CVPR·ACL·AAAI 등 유수 AI 학회에 실렸다고 밝혔다."
    facts = written_facts(text, published_at="2024-08-02")
    assert ("pattern:한빛ai", ("AAAI", "ACL", "CVPR"), 2024, 33) in facts


def test_venues_a_later_answer_sums() -> None:
    text = (
        "한빛AI가 올해 세계 주요 인공지능(AI) 학회에서 정규 논문 33건을 채택받았다.\n\n"
        "Q. 33건이면 어느 정도인가.\n"
        "A. CVPR, ACL, AAAI 등 분야별 최상위 학회에서 올해 채택된 정규 논문을 모두 더한 숫자다."
    )
    facts = written_facts(text, published_at="2024-08-02")
    assert ("pattern:한빛ai", ("AAAI", "ACL", "CVPR"), 2024, 33) in facts


# 9. A headline that names its conference as an addition (`33건…ICCV에도 6건`) gives it to no other count of the
#    headline, and `주요 인공지능(AI) 학회` is plural with its gloss.


def test_a_conference_added_in_the_headline() -> None:
    title = "한빛AI 논문, 올해만 33건…ICCV에도 6건"
    text = "한빛AI가 올해 세계 주요 인공지능(AI) 학회에서 정규 논문 33건을 채택받았다. ICCV에서도 6건이 채택됐다."
    facts = written_facts(text, title=title, published_at="2024-08-02")
    assert ("pattern:한빛ai", ("ICCV",), 2024, 6) in facts
    assert not any(count == 33 and confs == ("ICCV",) for _, confs, _, count in facts)


# 10. In a timeline counted over named conferences year by year, a remark after an entry's count (`2016년 — 3건. 해외
#     학회 진출 초기였다`) is no heading, and an entry naming the same conferences as examples keeps them.


def test_a_timeline_entry_with_a_remark_keeps_the_series() -> None:
    text = (
        "ICCV·CVPR·NeurIPS 같은 주요 학회가 받아들인 업스테이지 논문은 해마다 늘어 올해 20건에 이르렀다.\n\n"
        "■ 해마다 어떻게 늘었나\n"
        "2016년 — 2건. 해외 톱 학회 진출 초기였던 때.\n"
        "2017년 — 6건. 이해부터 ICCV, CVPR, NeurIPS 같은 학회에 부스를 차렸다.\n"
        "2018년 — 11건."
    )
    facts = written_facts(text, published_at="2019-10-25")
    series = ("CVPR", "ICCV", "NeurIPS")
    for year, count in ((2016, 2), (2017, 6), (2018, 11)):
        assert ("upstage", series, year, count) in facts


# 11. A year in the history of the organization, told with what it has done since (`2017년 … 사들여 파리에서 운영하고
#     있는 B도 두 편을`), dates that history, not the count.


def test_a_year_in_a_history_clause_with_a_connective() -> None:
    text = (
        "EMNLP 2019에서 네이버 클로바는 네 편을 발표했다. 네이버가 2017년 사들여 프랑스에서 운영하고 있는 "
        "네이버랩스유럽도 세 편을 올렸다."
    )
    facts = written_facts(text, published_at="2019-11-08")
    assert ("naver-labs-europe", ("EMNLP",), 2019, 3) in facts
    assert not any(year == 2017 for _, _, year, _ in facts)


# 12. A person's papers: an affiliation in parentheses after the person (`박 교수(소프트웨어학부)가 7편`), papers under
#     one person's name (`한 교수 이름으로 일곱 편`), and a later restatement of a count nobody owned (`이번 일곱
#     편이`) are no organization's. A team the person leads (`김 교수(서울대)가 이끄는 연구팀`) stays its organization's.


def test_a_persons_affiliation_in_parentheses() -> None:
    text = (
        "한빛대 박민 교수(소프트웨어학부)가 EMNLP 2025에 논문 7편을 실었다. 한 해에 한 교수 이름으로 일곱 편이 "
        "나오는 일은 드물다.\n\n한빛대는 올해 AI 단과대학을 세웠다. 이번 일곱 편이 좋은 계기가 되길 바란다."
    )
    facts = written_facts(text, published_at="2025-09-01")
    assert not any(count == 7 for _, _, _, count in facts)


def test_a_team_the_person_leads_is_its_organizations() -> None:
    text = "김민 교수(서울대)가 이끄는 연구팀은 EMNLP 2025에서 논문 4편을 발표했다."
    facts = written_facts(text, published_at="2025-09-01")
    assert ("snu", ("EMNLP",), 2025, 4) in facts
