"""Forms of real reporting probed in round 40, each with sentences written for these tests.

Round 40 took the misses of batch 40, scored blind: HCI venues with programme items beside papers, wire-style
reports, comparisons over years, and security venues. The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A table column counted over a span (`| 논문(2010년 이후 10년) |`) gives no edition: the rows are cumulative, as is
#    a count over the span the text referred to (`이 기간`).


def test_a_span_column_and_this_period_are_cumulative() -> None:
    text = (
        "한 교수가 NDSS, CCS, USENIX Security, IEEE S&P 등 보안 4대 학회에 2010년부터 10년 동안 실린 논문을 "
        "기관별로 셌다.\n\n1위 스탠퍼드대는 이 기간 네 학회에 모두 98편을 실었다.\n\n"
        "| 순위 | 기관 | 4대 학회 논문(2010년 이후 10년) |\n"
        "| 1 | 스탠퍼드대 | 98편 |\n"
        "| 2 | 카네기멜론대 | 91편 |"
    )
    facts = written_facts(text, published_at="2020-03-01")
    years = {year for org, _, year, count in facts if org in ("stanford", "cmu")}
    assert years == {None}


# 2. Programme items beside papers are no papers, glossed in Hangul (`인터랙티비티(체험 전시) 3건`), as a table row's
#    label in any column (`| 인터랙티비티(시연) | 2건 | 4건 |`, `| 워크숍 | 5건 | 3건 |`), or as entries
#    (`학생 게임 경진대회 출품 3건`).


def test_programme_items_are_no_papers() -> None:
    text = (
        "KAIST가 CHI 2024에서 정규 논문 30편을 발표한다.\n\n"
        "▲CHI 2024: 정규 논문 30편, 인터랙티비티(체험 전시) 4건, 비디오 쇼케이스 1건\n"
        "▲CHI 2023: 정규 논문 19편, 학생 게임 경진대회 출품 3건, 인터랙티비티 2건\n\n"
        "| 구분 | CHI 2023 | CHI 2024 |\n"
        "| 정규 논문 | 19편 | 30편 |\n"
        "| 인터랙티비티(시연) | 2건 | 4건 |\n"
        "| 워크숍 | 5건 | 3건 |"
    )
    facts = written_facts(text, published_at="2024-05-01")
    assert ("kaist", ("CHI",), 2024, 30) in facts
    assert ("kaist", ("CHI",), 2023, 19) in facts
    assert {count for _, _, _, count in facts} == {30, 19}


# 3. Papers that won a prize (`아너러블 멘션 수상작은 6편`, `… 아너러블 멘션을 받은 작품이 한 편씩`) are award
#    slots, no track of the organization's papers.


def test_prize_winners_named_as_works_are_award_slots() -> None:
    text = (
        "KAIST가 CHI 2022에서 논문 18편을 발표했다. 이 가운데 아너러블 멘션 수상작은 6편이다. "
        "베스트 페이퍼와 아너러블 멘션을 받은 작품이 한 편씩 더 있다는 점도 눈에 띈다."
    )
    facts = written_facts(text, published_at="2022-05-01")
    assert ("kaist", ("CHI",), 2022, 18) in facts
    assert {count for _, _, _, count in facts} == {18}


# 4. A sentence set inside the article's own organization (`학내에서 가장 두드러진 곳은`) goes back to the headline's
#    subject, not the rival named last.


def test_inside_the_school_goes_back_to_the_host() -> None:
    title = "고려대, 'ICCV 2023' 논문 15편 채택"
    text = (
        "고려대는 ICCV 2023에 교내 연구진의 논문 15편이 채택됐다고 밝혔다.\n\n"
        "국내 대학 가운데서는 성균관대가 12편으로 고려대의 뒤를 이었다.\n\n"
        "학내에서 가장 두드러진 곳은 인공지능학과다. 전체 채택 논문의 절반이 넘는 여덟 편이 이 학과에서 나왔다."
    )
    facts = written_facts(text, title=title, published_at="2023-08-01")
    assert ("skku", ("ICCV",), 2023, 8) not in facts


# 5. A photo caption between a count and the lines that break it down counts as no sentence between them.


def test_a_caption_between_a_count_and_its_lines() -> None:
    from extract import extract

    text = (
        "업스테이지의 논문 네 편이 EMNLP 2024에 채택됐다. 올해 ICML에 이어 또 한 번 거둔 성과다.\n\n"
        "업스테이지 연구진이 회의하는 모습. (사진=업스테이지)\n\n"
        "학회가 공개한 목록을 보면 트랙별 내역은 다음과 같다.\n"
        "- 메인 컨퍼런스: 2편\n"
        "- 파인딩스: 1편\n"
        "- 인더스트리 트랙: 1편"
    )
    result = extract(text, published_at="2024-10-01")
    parts = [(p.count, p.scope) for p in result.paper_counts if p.count != 4]
    assert sorted(parts) == [(1, "subset"), (1, "subset"), (2, "subset")]


# 6. A conference-wide phrase in a later clause (`두 건을 올렸고, 제출 논문 상위 4%에게만 돌아가는 …`) does not make
#    the count the conference's.


def test_a_conference_wide_phrase_in_a_later_clause() -> None:
    text = (
        "카카오브레인은 의료 쪽으로 연구 폭을 넓혔다. 컴퓨터비전 학회 'CVPR 2022'에는 세 건을 올렸고, 제출 논문 "
        "상위 4%에게만 돌아가는 구두 발표 기회도 얻었다."
    )
    facts = written_facts(text, published_at="2022-06-20")
    assert ("kakao-brain", ("CVPR",), 2022, 3) in facts


# 7. A list opening a sentence (`A, B, C 등 계열사 5곳도 부스를 꾸렸다`) leaves no one of its members as the subject.


def test_a_list_opening_a_sentence_leaves_no_member_as_subject() -> None:
    title = "LG AI연구원, ICCV 2023서 논문 5편"
    text = (
        "LG AI연구원이 ICCV 2023에서 논문 다섯 편을 선보인다.\n\n"
        "학회는 10월 파리에서 열린다. LG전자, LG디스플레이, LG유플러스 등 계열사 3곳도 부스를 꾸려 채용 상담에 "
        "나선다. 올해 국제 AI 학회에서 모두 18편의 논문을 발표했다."
    )
    facts = written_facts(text, title=title, published_at="2023-09-20")
    assert not any(org == "lg-electronics" for org, _, _, _ in facts)
