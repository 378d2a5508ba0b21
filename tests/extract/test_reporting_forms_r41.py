"""Forms of real reporting probed in round 41, each with sentences written for these tests.

Round 41 took the misses of batch 41, scored blind (counts at unnamed venues, university releases, sentences
with many numbers, foreign organizations), and the wrong facts left on opened sets. The sentences below are our
own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A count told as the record of the year after it, past a part in parentheses (`네 편(이 가운데 한 편은 …)에
#    그쳤던 지난해`), is that year's, and so is the part.


def test_a_count_recorded_for_the_year_past_a_part_in_parentheses() -> None:
    text = (
        "포스텍이 ICML 2024에서 논문 20편을 발표한다. "
        '"네 편(이 가운데 AI대학원 한 편)에 그쳤던 지난해의 다섯 배다.'
    )
    facts = written_facts(text, published_at="2024-06-20")
    assert ("postech", ("ICML",), 2023, 4) in facts
    assert ("postech", ("ICML",), 2024, 4) not in facts


# 2. A person as the predicate (`1위는 … 스탠퍼드대의 리 교수다.`) or a professor's lab as the topic (`B대 한 교수
#    연구실도 빠지지 않는다.`) is what the next sentence's count is about, not the article's organization.


def test_a_person_or_a_professor_s_lab_takes_the_next_count() -> None:
    text = (
        "KAIST가 ICLR 2024에서 논문 25편을 발표한다. 저자별 순위 1위는 지난해에 이어 올해도 스탠퍼드대의 "
        "리 교수다. 올해 11편을 냈다. 미국 MIT 한 교수 연구실도 빠지지 않는다. 2022년 대회에서 8편을 올렸다."
    )
    facts = written_facts(text, published_at="2024-01-20")
    assert ("kaist", ("ICLR",), 2024, 25) in facts
    assert not any(org == "kaist" and count in (11, 8) for org, _, _, count in facts)


# 3. Two venues written as where the papers went (`양대 학회인 NIPS와 ICML 두 곳에 실린 논문 수`) are the venues of
#    the list after, not the company of the article's one conference.


def test_two_venues_where_the_papers_went_are_the_list_s() -> None:
    title = "KAIST, ICML 2019 기관 순위 16위"
    text = (
        "KAIST가 ICML의 2019년 기관 순위에서 16위에 올랐다.\n\n"
        "AI 분야 양대 학회인 신경정보처리시스템학회(NIPS)와 ICML 두 곳에 실린 KAIST 논문 수를 연도별로 보면 "
        "이렇다.\n\n▲2012년 2건 ▲2016년 6건 ▲2018년 17건"
    )
    facts = written_facts(text, title=title, published_at="2019-06-10")
    assert ("kaist", ("ICML", "NeurIPS"), 2018, 17) in facts or (
        "kaist",
        ("NeurIPS", "ICML"),
        2018,
        17,
    ) in facts
    assert ("kaist", ("ICML",), 2018, 17) not in facts


# 4. A part of one kind of the papers (`정규 논문 가운데 두 편은 … 상위 4% 안에 드는 구두 발표`) is a part, and the
#    rest in words (`나머지 한 편은`) is counted.


def test_a_part_of_the_regular_papers_and_the_rest() -> None:
    text = (
        "LG AI연구원은 ICCV 2023에 모두 다섯 편을 내놓는데, 정규 논문이 네 편이고 나머지 한 편은 워크숍 논문이다. "
        "정규 논문 가운데 두 편은 제출 논문 중 상위 3% 안에 드는 연구에만 배정되는 구두 발표에 이름을 올렸다."
    )
    facts = written_facts(text, published_at="2023-09-20")
    assert ("lg-ai-research", ("ICCV",), 2023, 1) in facts
    assert ("lg-ai-research", ("ICCV",), 2023, 2) in facts


# 5. A rank's count in a ranking about papers (`이 부문 1위는 3800건의 A였고`) is A's.


def test_a_rank_s_count_is_the_ranked_organization_s() -> None:
    text = (
        "최상위 AI 학술대회에 채택된 논문 수로 매긴 순위에서는 삼성전자가 같은 기간 480건으로 12위였다. "
        "이 부문 1위는 3800건의 마이크로소프트였다."
    )
    facts = written_facts(text, published_at="2024-08-12")
    assert any(org == "microsoft" and count == 3800 for org, _, _, count in facts)


# 6. The rest of a count whose clause names its own organization (`나머지 한 편은 국내 B 연구진이 …`) is B's.


def test_the_rest_named_with_its_own_organization() -> None:
    text = (
        "네이버가 ICCV 2019에 내놓은 논문은 모두 세 편이다. 이 가운데 두 편은 네이버랩스 유럽에서 나왔다. "
        "나머지 한 편은 국내 네이버랩스 연구진이 쓴 논문이다."
    )
    facts = written_facts(text, published_at="2019-10-20")
    assert ("naver-labs", ("ICCV",), 2019, 1) in facts
    assert ("naver", ("ICCV",), 2019, 1) not in facts
