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
