"""Forms of real reporting probed in round 32, each with sentences written for these tests.

Round 32 took the misses of batch 32, scored blind: interviews whose answers name rivals, tables with a
column for the whole country, prize winners counted, data firms that publish rankings, and conferences
named as examples of a class. The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. This time's count after an earlier edition in the owner's attribute, with `이번엔` (`ISSCC 2021에서
#    1위였던 인텔은 이번엔 6편`), is this edition's, and so is the next organization's.


def test_this_time_written_as_ibeonen_is_the_article_s_edition() -> None:
    text = (
        "VLSI 2024에서 삼성전자가 15편으로 1위에 올랐다. 반면 VLSI 2023에서 기관 순위 정상에 섰던 TSMC는 "
        "이번엔 9편에 머물렀다. 소니는 4편을 올렸다."
    )
    facts = written_facts(text, published_at="2024-04-20")
    assert ("tsmc", ("VLSI",), 2024, 9) in facts and ("sony", ("VLSI",), 2024, 4) in facts
    assert ("tsmc", ("VLSI",), 2023, 9) not in facts


# 2. An interview's answer to a question that names no organization (`- 올해 눈에 띄는 성과는.`) is the
#    interviewee's, not the rival another answer named last.


def test_an_interview_answer_goes_back_to_the_interviewee() -> None:
    title = '포스텍 "AI 반도체 논문 세계 상위권"…올해 VLSI서 7편'
    text = (
        "포스텍이 주요 국제학회의 논문 실적을 문답으로 정리해 공개했다.\n\n"
        "- 설계 분야 성적은.\n"
        '"ISSCC에서 최근 10년 동안 포스텍 논문은 해마다 평균 5.1편이다. 같은 기간 스탠퍼드대는 3.2편이었다."\n\n'
        "- 올해 눈에 띄는 성과는.\n"
        '"VLSI 심포지엄에서 올해 논문 일곱 편이 채택됐다. 대학 가운데 가장 많다."'
    )
    facts = written_facts(text, title=title, published_at="2024-05-02")
    assert ("postech", ("VLSI",), 2024, 7) in facts
    assert not any(org == "stanford" for org, _, _, _ in facts)


# 3. A table's column for a wider whole (`| 국내 전체 논문 수 |`) beside the organization's column is no
#    count of the organization's.


def test_a_column_for_the_whole_country_is_not_the_organization_s() -> None:
    text = (
        "서울대의 CHI 발표 논문은 해마다 늘었다.\n\n"
        "| 연도 | 서울대 논문 수 | 서울대 순위 | 국내 전체 논문 수 |\n"
        "| 2022 | 8 | 20 | 31 |\n"
        "| 2023 | 11 | 15 | 36 |\n"
    )
    facts = written_facts(text, published_at="2024-01-10")
    assert not any(count in (31, 36) for _, _, _, count in facts)


# 4. Papers named as winners of a prize before their count (`… 상을 받은 논문이 한 편씩`) are award slots.


def test_papers_named_as_prize_winners_before_their_count_are_award_slots() -> None:
    text = (
        "고려대는 CHI 2023에서 논문 열한 편을 발표했다. 이 가운데에는 최우수논문상과 우수논문상을 받은 "
        "논문이 한 편씩 들어 있다."
    )
    facts = written_facts(text, published_at="2023-05-01")
    assert facts == {("korea-university", ("CHI",), 2023, 11)}


# 5. A firm that rates companies by data (`CEO스코어`) reports others' papers; its headline is no count of
#    its own.


def test_a_data_firm_that_ranks_companies_owns_no_count() -> None:
    title = 'CEO스코어 "AI 논문 1위는 네이버"…3대 학회 논문은 31건'
    text = (
        "기업 분석 업체 CEO스코어가 국내 기업의 AI 논문 실적을 집계해 7일 공개했다.\n\n"
        "| 순위 | 기업 | 3대 학회 논문 |\n| 1 | 네이버 | 31건 |\n| 2 | LG | 14건 |\n"
    )
    facts = written_facts(text, title=title, published_at="2025-03-07")
    assert not any(org == "ceo-score" for org, _, _, _ in facts)


# 6. Conferences named as examples of a class (`ICASSP, ICCV 같은 대형 학회`) are not the venues of the
#    counts a list gives after them; a conference's companions in a sentence about it (`NAACL은 EMNLP,
#    ACL과 함께 … 대표하는 학회다`) are not the venues of the counts after it either.


def test_conferences_named_as_examples_of_a_class_are_no_venue_of_the_list() -> None:
    text = (
        "국내 기업의 AI 논문 실적이 빠르게 늘고 있다. ICASSP, ICCV 같은 대형 학회의 채택 명단에 국내 기업 이름이 "
        "자주 오른다.\n\n올해 9월 말 기준 실적은 다음과 같다.\n▲네이버: 70개\n▲카카오브레인: 12개\n"
    )
    facts = written_facts(text, published_at="2022-10-06")
    assert ("naver", (), 2022, 70) in facts
    assert not any(confs for _, confs, _, _ in facts)


def test_a_conference_s_companions_are_not_the_venues_of_its_tracks() -> None:
    title = "CVPR·ICLR 이어 NAACL까지…업스테이지, 북미 NLP 학회에 논문 4편"
    text = (
        "업스테이지의 AI 연구가 NLP로 무대를 넓히고 있다. 업스테이지가 쓴 논문 네 편이 세계 3대 NLP 학회 중 "
        "하나인 NAACL 2024의 채택 목록에 올랐다.\n\nNAACL은 EMNLP, ACL과 함께 NLP 분야를 대표하는 학회다. "
        "학회가 공개한 목록에 따르면 업스테이지 논문 4편의 구성은 다음과 같다.\n\n"
        "- 메인 컨퍼런스: 3편\n- 파인딩스: 1편\n"
    )
    facts = written_facts(text, title=title, published_at="2024-04-01")
    assert ("upstage", ("NAACL",), 2024, 3) in facts
    assert not any(len(confs) > 1 for _, confs, _, _ in facts)


# 7. Round 32b: an edition named by its host country and city (`독일 함부르크 대회 때 21편`) is no
#    country's count; a body sentence stating a subheadline's breakdown (`여섯 편은 정규 논문이고`) is the
#    body's own statement, not a re-mention.


def test_an_edition_named_by_its_host_country_is_no_country_s_count() -> None:
    text = (
        "고려대가 CHI 2024에서 정규 논문 18편을 발표한다. 지난해 독일 함부르크 대회 때 11편과 견주면 7편이 "
        "더 늘었다."
    )
    facts = written_facts(text, published_at="2024-05-10")
    assert ("korea-university", ("CHI",), 2023, 11) in facts


def test_the_body_stating_a_subheadline_s_breakdown_is_its_own_statement() -> None:
    title = "업스테이지, CVPR 2024서 논문 다섯 편"
    text = (
        "정규 논문 네 편·워크숍 논문 한 편\n\n"
        "업스테이지는 CVPR 2024에서 모두 다섯 편의 논문을 선보인다. 네 편은 정규 논문이고, 나머지 한 편은 "
        "워크숍 논문이다."
    )
    facts = written_facts(text, title=title, published_at="2024-06-10")
    assert ("upstage", ("CVPR",), 2024, 4) in facts


# 8. Round 33 (batch 33): an organization's record as its sentence's topic (`또 다른 계열사인 B의 성적도
#    가파르다`) makes it the subject; a count described after a colon (`- 5편: 지난해(2019년) 같은 학회의 A
#    실적`) is dated by its description; a new section's heading (`■ …`) carries no conference from the last.


def test_an_organization_s_record_as_topic_makes_it_the_subject() -> None:
    text = (
        "LG전자는 올해 상반기 국제 학회에 논문 12건을 실었다.\n\n"
        "또 다른 계열사인 LG이노텍의 성적도 가파르다. 올해 상반기에만 4건이 글로벌 학회에 실렸다."
    )
    facts = written_facts(text, published_at="2023-08-01")
    assert ("lg-innotek", (), 2023, 4) in facts
    assert ("lg-electronics", (), 2023, 4) not in facts


def test_a_count_described_after_a_colon_is_dated_by_its_description() -> None:
    title = "[숫자로 본 AI] 포스텍, ICML 2024서 18편"
    text = (
        "올해 ICML 2024 채택 결과를 숫자로 정리했다.\n\n"
        "- 18편: 포스텍이 이번 학회에 올린 논문 수.\n"
        "- 6편: 지난해(2023년) 같은 학회의 포스텍 실적.\n"
    )
    facts = written_facts(text, title=title, published_at="2024-05-10")
    assert ("postech", ("ICML",), 2023, 6) in facts
    assert ("postech", ("ICML",), 2024, 6) not in facts


def test_a_new_section_s_heading_carries_no_conference_from_the_last() -> None:
    text = (
        "[AI 단신] 업스테이지, ICLR 2024서 논문 세 편\n\n"
        "■ 업스테이지, ICLR 첫 진출\n업스테이지는 ICLR 2024에 논문 세 편이 채택됐다고 밝혔다.\n\n"
        "■ 뤼튼 AI 연구소, 지난해 학회 논문 9건\n뤼튼은 지난해 여러 학회에 논문 9건을 실었다고 밝혔다."
    )
    facts = written_facts(text, published_at="2024-02-01")
    assert not any(count == 9 and confs for _, confs, _, count in facts)


def test_a_count_per_place_over_unnamed_places_is_no_one_s() -> None:
    text = (
        "ISSCC 2018에서 가장 많은 논문을 올린 곳은 인텔로 14편이었다. 도시바가 10편으로 뒤를 이었다. 3위 자리는 "
        "일곱 편씩을 기록한 네 기관이 나눠 가졌다."
    )
    facts = written_facts(text, published_at="2017-11-20")
    assert facts == {("intel", ("ISSCC",), 2018, 14), ("toshiba", ("ISSCC",), 2018, 10)}
