"""Forms of real reporting probed in round 59, each with sentences written for these tests.

Round 59 took misses of batch 60 after it had been scored blind at the commit before the round (its figures stand
as measured before this round). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A count over unnamed venues whose venues the sentences after it give: a sentence about them a little later
#    (`논문을 낸 무대는 A, B, C 등이다`, `A, B 등에 이름을 올렸다`, an answer `16건에는 A, B 등에 낸 연구가 담겼다`),
#    or listed items, one venue and one count each, that add up to it. A comparison count written before the venues
#    does not take them.


def test_venues_a_later_sentence_names_for_a_count_over_unnamed_ones() -> None:
    text = (
        "한빛랩은 올해 국제 학회에 실은 논문이 11건이라고 밝혔다. 지난해 한 해 동안 낸 8건을 이미 넘었다.\n\n"
        "논문을 낸 무대는 음성 분야의 ICASSP와 자연어처리의 EMNLP, 기계학습의 ICML 등이다."
    )
    facts = written_facts(text, published_at="2022-08-10")
    assert ("pattern:한빛랩", ("EMNLP", "ICASSP", "ICML"), 2022, 11) in facts
    assert ("pattern:한빛랩", (), 2021, 8) in facts


def test_an_answer_restating_the_count_with_its_venues() -> None:
    text = (
        "한빛랩은 올해 들어 국제 학회에 이름을 올린 논문이 11건이라고 밝혔다. 지난 열두 달 동안 쌓은 8건을 넘어선 "
        '셈이다.\n\n- 논문은 어디에 실렸나.\n"11건에는 ACL과 ICML, ICASSP 등에 낸 연구가 담겼다."'
    )
    facts = written_facts(text, published_at="2022-08-10")
    assert ("pattern:한빛랩", ("ACL", "ICASSP", "ICML"), 2022, 11) in facts
    assert not any(count == 8 and confs for _, confs, _, count in facts)


def test_items_one_venue_each_that_add_up_to_the_count() -> None:
    text = (
        "교육 AI 기업 한빛랩은 올해 국제 학술대회에 받아들여진 논문이 모두 5편이라고 밝혔다. 학회별로 보면 다음과 "
        "같다.\n\n▲EDM = 7월 대회에서 3편을 발표했다. 학습 이탈을 예측하는 연구다.\n\n"
        "▲AIED = 6월에 2편이 실렸다.\n\n▲배경 = 회사는 연구 인력을 늘리고 있다."
    )
    facts = written_facts(text, published_at="2022-09-01")
    assert ("pattern:한빛랩", ("AIED", "EDM"), 2022, 5) in facts


def test_items_that_do_not_add_up_give_the_count_no_venues() -> None:
    text = (
        "한빛랩은 올해 국제 학술대회에 받아들여진 논문이 모두 9편이라고 밝혔다. 학회별로 보면 다음과 같다.\n\n"
        "▲EDM = 3편을 발표했다.\n\n▲AIED = 2편이 실렸다."
    )
    facts = written_facts(text, published_at="2022-09-01")
    assert not any(count == 9 and confs for _, confs, _, count in facts)


# 2. A venue described as a tier (`최상위 AI 학회에서 107편`) is the article's own conference only once that is known:
#    named before, or by the next sentence; not a conference an item of a list names later for something else.


def test_a_tier_of_venues_is_not_a_conference_named_only_later_in_a_list() -> None:
    text = (
        "한빛전자는 지난해 최상위 AI 학회에서 논문 90편을 발표했다.\n\n"
        "-베스트 페이퍼=미국 인간-컴퓨터 상호작용 학회(CHI)는 한빛전자의 돌봄 연구를 최고 논문으로 뽑았다."
    )
    facts = written_facts(text, published_at="2023-05-02")
    assert not any(count == 90 and confs for _, confs, _, count in facts)


def test_a_superlative_venue_the_next_paragraph_names() -> None:
    text = (
        "한빛대 전자공학과 대학원생들이 최근 미국에서 열린 회로설계 분야 세계 최고 학회에서 5편의 논문을 발표했다.\n\n"
        "학회는 IEEE가 주관하는 ISSCC로, 글로벌 기업 연구원들이 주로 발표하는 자리다."
    )
    facts = written_facts(text, published_at="2014-03-09")
    assert ("pattern:한빛대", ("ISSCC",), 2014, 5) in facts


# 3. A timeline about papers gives its entries paper context, whatever counter they use (`【2015년】 5건으로 늘었다`,
#    `■2016년` ⏎ `7건으로 …`); a level an entry's count reached (`두 자릿수에 올라섰다`) is no count of its own; the
#    numbers a lead says are sums over named venues (`아래 숫자는 모두 A, B 등에 … 더한 값이다`) keep those venues.


def test_timeline_entries_under_a_lead_about_papers() -> None:
    text = (
        "한빛대가 ICML과 NeurIPS 두 학회에 낸 논문 수를 해마다 짚어 보면 오름세가 또렷하다.\n\n"
        "【2012년】 두 학회를 합쳐 2건.\n【2014년】 4건으로 조금 늘었다.\n【2016년】 11건. 처음으로 두 자릿수에 "
        "들어섰다.\n【2017년】 16건. 5년 전의 여덟 배다."
    )
    facts = written_facts(text, published_at="2018-05-20")
    for year, count in ((2012, 2), (2014, 4), (2016, 11), (2017, 16)):
        assert ("pattern:한빛대", ("ICML", "NeurIPS"), year, count) in facts
    assert not any(count is None for _, _, _, count in facts)


def test_timeline_entries_under_year_headings_of_their_own() -> None:
    text = (
        "한빛대가 두 학회에 낸 논문의 흐름을 해마다 짚어 본다.\n\n■2013년\nAI 양대 학회인 ICML과 NeurIPS를 합쳐 "
        "한빛대가 낸 논문은 두 건이었다.\n\n■2015년\n6건으로 늘며 오름세가 시작됐다."
    )
    facts = written_facts(text, published_at="2018-05-20")
    assert ("pattern:한빛대", ("ICML", "NeurIPS"), 2015, 6) in facts


def test_a_lead_saying_the_numbers_below_are_sums_over_venues() -> None:
    text = (
        "한빛전자 연구진의 논문이 해외 학회 문턱을 넘는 횟수가 늘었다. 아래 숫자는 모두 ICCV, CVPR, ICML 등 회사가 "
        "꼽은 주요 학회에 채택된 논문을 더한 값이다.\n\n■ 2016년: 채택 논문 2개.\n\n■ 2017년: 6개로 늘었다.\n\n"
        "■ 2018년: 9개."
    )
    facts = written_facts(
        text, title="한빛전자 AI 논문, 2개에서 9개로…안방 ICCV엔 3편", published_at="2019-10-20"
    )
    for year, count in ((2016, 2), (2017, 6), (2018, 9)):
        assert ("pattern:한빛전자", ("CVPR", "ICCV", "ICML"), year, count) in facts


# 4. A heading over a country's whole (`■ 한국 전체 CHI 논문 수`) makes the rows under it the country's, not the
#    organization of the table before it.


def test_rows_under_a_heading_over_a_country_s_whole() -> None:
    text = (
        "한빛대는 올해 CHI에 논문 19편을 올렸다. 연도별 논문 수는 다음과 같다.\n\n"
        "■ 한빛대 연도별 CHI 논문 수\n2019년 | 11편 | 12위\n2020년 | 14편 | 9위\n\n"
        "■ 한국 전체 CHI 논문 수 (국가 순위)\n2019년 | 21편 | 8위\n2020년 | 27편 | 7위"
    )
    facts = written_facts(text, title="한빛대, CHI 논문 19편", published_at="2021-04-20")
    assert ("pattern:한빛대", ("CHI",), 2020, 14) in facts
    assert not any(count in (21, 27) for _, _, _, count in facts)


# 5. Counts given bare to `학회` (`LBW 8편, 인터랙티비티 부문 2편을 학회에 올렸다`) are the article's conference's; a
#    competition that is a track of it (`학생 게임 경진대회 부문에 3편`) is no challenge of its own.


def test_counts_given_to_the_bare_venue_word() -> None:
    text = (
        "한빛대가 'CHI 2024'에서 정규 논문 20편을 발표한다.\n\n"
        "한빛대는 정규 논문 외에도 후기 속보 연구 8편, 인터랙티비티 부문 2편을 학회에 올렸다."
    )
    facts = written_facts(text, published_at="2024-05-01")
    assert ("pattern:한빛대", ("CHI",), 2024, 8) in facts


def test_a_competition_that_is_a_track_of_the_conference() -> None:
    text = (
        "한빛대 연구진은 CHI 2023에서 정규 논문 15편을 발표한다.\n\n- 정규 논문 말고도 있나.\n"
        '"LBW 부문에 5편, 학생 게임 경진대회(Student Game Competition) 부문에 3편이 들어갔습니다."'
    )
    facts = written_facts(text, published_at="2023-04-10")
    assert ("pattern:한빛대", ("CHI",), 2023, 3) in facts


# 6. An interview's answer to a question about a country (`Q. 한국 성적은 어떤가.`) counts the country's papers, not
#    the interview's subject's, down to a comparison with the edition before (`직전 대회의 20편에서`).


def test_an_answer_to_a_question_about_a_country() -> None:
    text = (
        "ISSCC가 간담회를 열고 내년 대회 논문 선정 결과를 내놨다. 문답으로 풀었다.\n\n"
        "Q. 한국 성적은 어떤가.\nA. 모두 31편이 뽑혀 역대 최다다. 직전 대회의 20편에서 절반 넘게 불어난 규모다."
    )
    facts = written_facts(
        text, title="[문답] 한빛전자는 어떻게 ISSCC 1위에 올랐나", published_at="2019-11-18"
    )
    assert not any(count in (20, 31) for _, _, _, count in facts)
