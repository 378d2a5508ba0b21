"""Forms of real reporting probed in round 31, each with sentences written for these tests.

Round 31 took the misses of two batches scored blind: ranks and changes beside this time's count,
headlines that name one conference of a list or a unit after the company's name, body lines read as
headlines, tables whose last row is no subject, and counts inside a speaker's quote. The sentences
below are our own.
"""

from __future__ import annotations

from extract.api import extract
from tests.extract.conftest import written_facts


def _all(text: str, published_at: str) -> list[tuple[str | None, tuple[str, ...], int | None, int | None]]:
    result = extract(text, published_at=published_at)
    return sorted((p.organization_id, tuple(p.conferences), p.year, p.count) for p in result.paper_counts)


# 1. Words that date something else beside this time's count: a rank at the edition before (`지난 대회
#    1위 인텔은 7편`), a change's base (`지난해 일곱 편에서 네 편 늘었다`) that `그중` does not refer to.


def test_a_rank_at_the_edition_before_does_not_date_the_count() -> None:
    text = (
        "VLSI 2024 채택 논문 공개…직전 대회 2위 TSMC는 9편\n\n"
        "내년 VLSI 심포지엄에서 TSMC는 아홉 편을 발표한다. 삼성전자는 열한 편으로 가장 많다."
    )
    assert ("tsmc", ("VLSI",), 2023, 9) not in written_facts(text, published_at="2023-11-20")


def test_a_part_is_of_this_time_s_count_not_of_a_change_s_base() -> None:
    text = (
        "뷰노가 올해 RSNA 2023에서 연구 초록 9편을 발표한다. 지난해 다섯 편에서 네 편이 더 늘었다. "
        "그중 한 편은 12월 1일 구두 발표로 소개된다."
    )
    facts = written_facts(text, published_at="2023-11-20")
    assert ("vuno", ("RSNA",), 2023, 1) in facts
    assert ("vuno", ("RSNA",), 2022, 1) not in facts


# 2. Prizes: papers that won (`…3편 수상`) and a prize's count in parentheses (`장려상(4편)`) are award
#    slots, not the organization's papers.


def test_papers_that_won_prizes_are_no_count_of_papers() -> None:
    text = (
        "분당서울대병원 영상의학과, RSNA서 논문 아홉 편 발표…3편 수상\n\n"
        "분당서울대병원 영상의학과가 이달 시카고에서 열린 북미영상의학회(RSNA)에서 논문 아홉 편을 발표했다.\n\n"
        "수상 내역은 다음과 같다.\n"
        "- 교육 전시 장려상(3편): '간 종양의 영상 소견'(홍길동), '소아 골절 판독'(김철수), '폐결절 추적'(이영희)\n"
    )
    assert _all(text, "2003-12-10") == [("snubh", ("RSNA",), 2003, 9)]


# 3. Headlines: one conference of the body's list (`…ICML 순위`) is not the counts' venue; a company
#    set off by a comma before its units (`네이버, 클로바 두 편·서치 한 편`) is the headline's topic.


def test_a_headline_naming_one_conference_of_the_body_s_list_gives_the_body_s_facts() -> None:
    title = "포스텍 AI 논문, 2017년 2건서 2020년 11건으로…NeurIPS 기관 순위 국내 2위"
    text = (
        "포스텍이 NeurIPS 기관 순위에서 국내 2위에 올랐다. NeurIPS와 ICML에 포스텍이 낸 논문 수는 해마다 "
        "다음과 같이 늘었다.\n\n▲2017년 2건\n▲2018년 4건\n▲2020년 11건\n"
    )
    facts = written_facts(text, title=title, published_at="2021-01-10")
    assert ("postech", ("ICML", "NeurIPS"), 2017, 2) in facts
    assert ("postech", ("NeurIPS",), 2017, 2) not in facts
    assert ("postech", ("NeurIPS",), 2020, 11) not in facts


def test_a_company_set_off_by_a_comma_before_its_units_is_the_headline_s_topic() -> None:
    text = (
        "네이버, 클로바 두 편·서치 한 편 발표\n\n"
        "네이버가 COLING 2022에서 논문 세 편을 발표했다. 조직별로 보면 클로바 CIC가 두 편, 서치 CIC가 한 편이다."
    )
    facts = written_facts(text, published_at="2022-10-14")
    assert ("naver", ("COLING",), 2022, 2) not in facts
    assert ("naver-clova", ("COLING",), 2022, 2) in facts


# 4. Lines of the body (bullets, table rows) are no headline: a track's line beside the main track's
#    count stands (`▲정규 논문 34편 ▲워크숍 논문 9편`), and a row is not dropped for a body count of
#    another year.


def test_a_body_bullet_of_another_track_stands_beside_the_main_track() -> None:
    text = (
        "고려대는 CHI 2024에서 논문 34편을 발표했다.\n\n"
        "고려대가 CHI 2024에서 거둔 성과는 다음과 같다.\n▲정규 논문 34편 ▲워크숍 논문 9편\n"
    )
    assert ("korea-university", ("CHI",), 2024, 9) in written_facts(text, published_at="2024-05-20")


def test_a_table_row_stands_beside_a_count_of_another_year() -> None:
    title = "업스테이지, ICCV 2023서 논문 다섯 편…정규 4·워크숍 1"
    text = (
        "업스테이지가 이번 학회에서 발표하는 논문은 아래와 같다.\n\n"
        "| 구분 | 편수 |\n| 정규 논문 | 4편 |\n| 워크숍 논문 | 1편 |\n| 합계 | 5편 |\n\n"
        "지난해 업스테이지가 ICCV에서 발표한 논문은 한 편이었다."
    )
    facts = written_facts(text, title=title, published_at="2023-10-02")
    assert ("upstage", ("ICCV",), 2023, 1) in facts and ("upstage", ("ICCV",), 2022, 1) in facts


# 5. Tables and the prose after them: a table of several organizations leaves no subject
#    (`2021년 대회에서는 181건이 응모돼 81건이 채택됐다` is the conference's: entries, `응모`, are
#    submissions like `접수`).


def test_the_last_row_of_a_table_of_organizations_is_no_subject() -> None:
    text = (
        "VLSI 2024에서 삼성전자가 15건으로 1위에 올랐다. 주요 기관의 성적은 다음과 같다.\n\n"
        "| 기관 | 2021년 | 2024년 |\n| 삼성전자 | 7 | 15 |\n| 아이멕 | 14 | 10 |\n| 포스텍 | 3 | - |\n\n"
        "2021년 대회에서는 181건이 응모돼 81건이 채택됐다. 올해는 94건이 뽑혔다."
    )
    facts = written_facts(text, published_at="2024-04-25")
    assert not any(count in (181, 81, 94) for _, _, _, count in facts)
    assert ("postech", ("VLSI",), 2021, 3) in facts


def test_a_list_of_organizations_leaves_no_subject_and_no_parent() -> None:
    text = (
        "ICLR 2024에 논문을 낸 국내 기관은 다음과 같다.\n\n- 삼성전자: 12편\n- KAIST: 9편\n- 서울대: 7편\n\n"
        "이 가운데 구두 발표는 3편이다. 지난해에는 19편이었다."
    )
    assert written_facts(text, published_at="2024-04-25") == {
        ("samsung-electronics", ("ICLR",), 2024, 12),
        ("kaist", ("ICLR",), 2024, 9),
        ("snu", ("ICLR",), 2024, 7),
    }


# 6. The conference by other words: the whole of it (`학회 전체 제출 기관 가운데서도`), its main track
#    (`메인 콘퍼런스에`) after an earlier edition was named, a country as the place it is held
#    (`국내에서 처음 열리는 'ICCV 2019'에서`), and a year counted so far (`2019년(10월 현재)`).


def test_the_whole_conference_is_the_one_written_of() -> None:
    text = (
        "ISSCC 2009에서 한국 논문 14편이 발표된다.\n\n"
        "KAIST는 학회 전체 제출 기관 가운데서도 인텔(12편)에 이어 두 번째로 많은 논문을 올렸다."
    )
    assert ("intel", ("ISSCC",), 2009, 12) in written_facts(text, published_at="2008-11-28")


def test_the_main_track_after_an_earlier_edition_is_that_edition_s() -> None:
    text = (
        "카카오브레인이 ACL 2024에서 논문 3건을 발표한다.\n\n"
        "2년 전 ACL 2022에서 카카오브레인은 다섯 편을 냈다. 메인 콘퍼런스에 채택된 논문은 한 편이었다."
    )
    facts = written_facts(text, published_at="2024-07-01")
    assert ("kakao-brain", ("ACL",), 2022, 1) in facts
    assert ("kakao-brain", ("ACL",), 2024, 1) not in facts


def test_a_country_where_the_conference_is_held_is_no_owner() -> None:
    text = (
        "LG AI연구원은 올해 ECCV에 논문을 꾸준히 냈다.\n\n"
        "이번 주에는 국내에서 처음 열리는 'ICCV 2025'에서 세 편을 선보인다."
    )
    assert ("lg-ai-research", ("ICCV",), 2025, 3) in written_facts(text, published_at="2025-10-20")


def test_a_year_counted_so_far_keeps_the_list_s_conferences() -> None:
    text = (
        "카카오 AI 논문, 3년 새 다섯 배\n\n"
        "ICML과 NeurIPS 두 학회가 받아들인 카카오 논문은 해마다 다음과 같이 늘었다.\n\n"
        "- 2021년: 2편\n- 2022년: 6편\n- 2023년(9월 현재): 10편\n"
    )
    facts = written_facts(text, published_at="2023-09-20")
    assert ("kakao", ("ICML", "NeurIPS"), 2023, 10) in facts


# 7. A speaker's quote giving parts of a count the article stated (`"30편 가운데 20편이 AI대학원에서"`):
#    the parts are the organization's, not the speaker's.


def test_parts_of_a_stated_count_in_a_speaker_s_quote_are_the_organization_s() -> None:
    text = (
        "포스텍 논문 18편 붙었다…ICML 2024서 역대 최다\n\n"
        '김 포스텍 인공지능대학원장은 "18편 가운데 12편이 인공지능대학원에서 나왔고, 나머지 6편은 '
        '다른 학과 연구실의 성과"라고 설명했다.'
    )
    facts = written_facts(text, published_at="2024-05-10")
    assert ("postech", ("ICML",), 2024, 12) in facts


# 8. Round 31b (batch 31): a ratio written as counts (`열 편 가운데 여섯 편꼴`); the conferences a list's
#    lead names as where the papers went (`양대 학회인 NIPS와 ICML을 통해 … 출판한 논문 수는 다음과 같이`);
#    a change written `세 편에서 여섯 편이 됐다`; a table's `이름` column naming organizations, not people.


def test_a_ratio_written_as_counts_is_no_count() -> None:
    title = "VLSI 2024 기술 심포지엄, 삼성전자 15건으로 최다…아이멕 10건"
    text = (
        "다음 달 열리는 'VLSI 2024' 기술 심포지엄의 채택 결과가 공개됐다. 채택 논문 열 편 가운데 여섯 편꼴인 "
        "57건이 아시아 기관에서 나왔다. 기관별로는 삼성전자가 15건, 아이멕이 10건이다."
    )
    facts = written_facts(text, title=title, published_at="2024-04-25")
    assert facts == {("samsung-electronics", ("VLSI",), 2024, 15), ("imec", ("VLSI",), 2024, 10)}


def test_a_list_lead_s_conferences_are_where_the_papers_went() -> None:
    title = "포스텍, ICLR 2021 기관 순위 국내 2위"
    text = (
        "포스텍이 ICLR 기관 순위에서 국내 2위에 올랐다. 머신러닝 양대 학회인 ICLR와 ICML을 통해 포스텍이 "
        "출판한 논문 수는 다음과 같이 늘었다.\n\n- 2017년: 2건\n- 2020년: 11건\n"
    )
    facts = written_facts(text, title=title, published_at="2021-05-10")
    assert ("postech", ("ICLR", "ICML"), 2017, 2) in facts
    assert ("postech", ("ICLR",), 2017, 2) not in facts


def test_the_start_of_a_change_written_with_become_is_not_this_year_s() -> None:
    text = (
        "뷰노가 'SITC 2023'에서 연구 4편을 선보였다. 학회 심사를 통과한 뷰노의 연구는 지난해 같은 학회에서 "
        "발표한 초록 2편의 두 배로 늘었다.\n\n공개된 연구 가운데 하나는 폐암 연구다.\n\n"
        '뷰노 대표는 "대상 암종을 넓힌 결과 채택 편수가 한 해 만에 두 편에서 네 편이 됐다"며 "협업을 '
        '넓히겠다"고 말했다.'
    )
    facts = written_facts(text, published_at="2023-11-03")
    assert facts == {("vuno", ("SITC",), 2023, 4), ("vuno", ("SITC",), 2022, 2)}


def test_a_name_column_of_organizations_is_no_person_s() -> None:
    text = (
        "영국의 한 대학이 11개 AI 학회에 2021년 발표된 논문을 기관별로 집계했다.\n\n"
        "| 구분 | 이름 | 2021년 논문 |\n|---|---|---|\n| 기관 | 구글 | 544개 |\n| 기관 | 메타 | 284개 |\n"
    )
    facts = written_facts(text, published_at="2022-05-22")
    assert ("google", (), 2021, 544) in facts and ("meta", (), 2021, 284) in facts
