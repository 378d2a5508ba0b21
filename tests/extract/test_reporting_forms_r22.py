"""Forms of real reporting probed in round 22, each with sentences written for these tests.

Round 22 took the misses of a new set of real text as phenomena: a presentation an exact count
is scheduled for (not a forecast of the count), a list whose members are each introduced by their
kind, two `각각` pairings in one sentence, and a part of a count named by a native numeral before
논문. The sentences below are our own.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract import extract
from tests.extract.conftest import written_facts

# the facts written at the default confidence threshold, full gazetteer
kept = partial(written_facts, published_at="2024-03-02")


def qualified(text: str, published_at: str = "2024-03-02") -> set[tuple[str, int | None, str]]:
    """(organization, count, qualifier) of every candidate fact."""
    result = extract(text, published_at=published_at, min_confidence=0)
    return {(p.organization_id, p.count, p.qualifier) for p in result.paper_counts}


# 1. A presentation scheduled for an exact count (`2개를 발표할 것으로 보인다`) is no forecast of it;
#    a count foreseen to be reached or accepted still is.


@pytest.mark.parametrize(
    "ending",
    [
        "발표할 것으로 보인다",
        "선보일 것으로 예상된다",
        "공개할 것으로 전망된다",
        "발표할 계획인 것으로 관측된다",
    ],
)
def test_a_scheduled_presentation_keeps_an_exact_count(ending: str) -> None:
    text = f"다음 달 AACR에서 제약사 중에는 유한양행이 포스터 3개를 {ending}."
    assert ("yuhan", 3, "exact") in qualified(text)
    assert ("yuhan", ("AACR",), 2024, 3) in kept(text)


@pytest.mark.parametrize(
    "ending",
    ["넘어설 것으로 보인다", "이상 채택될 것으로 예상된다", "돌파할 것으로 전망된다"],
)
def test_a_count_foreseen_to_be_reached_stays_a_forecast(ending: str) -> None:
    text = f"올해 NeurIPS에서 네이버의 채택 논문은 20편을 {ending}."
    assert not any(org == "naver" and count == 20 for org, _, _, count in kept(text))


# 2. A list whose next member is introduced by its kind (`A와 진단업체로는 B가 각각`) is one list.


def test_a_member_introduced_by_its_kind_stays_in_the_list() -> None:
    text = "올해 AACR에서 신약개발사로 에이비온과 진단업체로는 싸이토젠이 각각 포스터 2개씩 내놓는다."
    facts = kept(text)
    assert ("abion", ("AACR",), 2024, 2) in facts
    assert ("cytogen", ("AACR",), 2024, 2) in facts


# 3. Two `각각` in one sentence: the counts after the first pair with the list before it, up to the
#    next list or the next 각각.


def test_two_distributive_pairings_in_one_sentence() -> None:
    text = "올해 AACR에서 삼진제약과 영진약품이 각각 포스터 3개, 에이비온과 싸이토젠이 각각 1개씩 선보인다."
    facts = kept(text)
    assert {("samjin-pharm", ("AACR",), 2024, 3), ("yungjin-pharm", ("AACR",), 2024, 3)} <= facts
    assert {("abion", ("AACR",), 2024, 1), ("cytogen", ("AACR",), 2024, 1)} <= facts
    assert ("yungjin-pharm", ("AACR",), 2024, 1) not in facts


def test_two_distributive_lists_each_with_their_own_counts() -> None:
    text = "ISSCC 2024에서 삼성전자와 SK하이닉스가 각각 8편과 4편, 인텔과 IBM이 각각 6편, 3편을 냈다."
    facts = kept(text)
    assert {
        ("samsung-electronics", ("ISSCC",), 2024, 8),
        ("sk-hynix", ("ISSCC",), 2024, 4),
        ("intel", ("ISSCC",), 2024, 6),
        ("ibm", ("ISSCC",), 2024, 3),
    } <= facts
    assert ("sk-hynix", ("ISSCC",), 2024, 6) not in facts


# 4. A part named by a native numeral before 논문 (`이 중 두 논문은`) is a subset of the count before.


@pytest.mark.parametrize(("numeral", "count"), [("한", 1), ("두", 2), ("세", 3)])
def test_a_part_named_before_the_paper_noun(numeral: str, count: int) -> None:
    text = f"카카오는 ICCV 2023에서 논문 9개를 발표했다. 이 중 {numeral} 논문은 구두 발표 세션에 올랐다."
    result = extract(text, published_at="2023-10-05")
    facts = {(p.organization_id, p.count, p.scope) for p in result.paper_counts}
    assert ("kakao", 9, "unit") in facts
    assert ("kakao", count, "subset") in facts


def test_a_paper_in_general_is_no_part() -> None:
    text = "카카오는 ICCV 2023에서 논문 9개를 발표했다. 한 논문에서는 새로운 영상 생성 기법을 다뤘다."
    result = extract(text, published_at="2023-10-05")
    assert {p.count for p in result.paper_counts} == {9}


# 5. `한 편` as the next owner's share after a count (`A가 두 편, B가 한 편을`); `한편` stays "meanwhile".


def test_one_paper_as_the_next_share_of_a_list() -> None:
    text = (
        "LG가 이번 ACL 2023에서 내놓은 논문은 모두 세 편이다. LG AI연구원이 두 편, LG전자가 한 편을 맡았다. "
        "한편 LG는 학회장에 채용 부스도 열었다."
    )
    facts = kept(text, published_at="2023-07-10")
    assert ("lg-ai-research", ("ACL",), 2023, 2) in facts
    assert ("lg-electronics", ("ACL",), 2023, 1) in facts


# 6. One paper as the unit of a method of counting (`논문 한 편을 소속별로 나눠 더하는 방식이다`).


@pytest.mark.parametrize(
    "method",
    [
        "이 순위는 논문 한 편을 공저자 소속 기관 수로 나눠 더하는 방식이다.",
        "집계는 논문 1편을 저자별로 쪼개 기관마다 나눠 주는 계산법을 따랐으며 소수점까지 나온다.",
    ],
)
def test_one_paper_in_a_method_of_counting_is_no_count(method: str) -> None:
    text = f"ICML 2021 기관별 기여도 순위가 공개됐다. {method} 딥마인드는 지수 30.5로 3위였다."
    assert not any(count == 1 for *_, count in kept(text, published_at="2021-07-20"))


# 7. A list with one count as an entry of a run of counts: each member's, unless written as joint.


def test_a_list_in_a_run_of_counts_has_the_count_each() -> None:
    text = "ICLR 2022에서 메타는 22편, 옥스퍼드대와 취리히연방공대는 13편이었고, 아마존이 11편을 냈다."
    facts = kept(text, published_at="2022-04-25")
    assert {
        ("meta", ("ICLR",), 2022, 22),
        ("oxford", ("ICLR",), 2022, 13),
        ("eth-zurich", ("ICLR",), 2022, 13),
        ("amazon", ("ICLR",), 2022, 11),
    } <= facts


@pytest.mark.parametrize(
    "clause",
    ["옥스퍼드대와 취리히연방공대는 합쳐서 13편이었다", "옥스퍼드대와 취리히연방공대를 더하면 13편이다"],
)
def test_a_list_summed_in_a_run_is_no_ones_count(clause: str) -> None:
    text = f"ICLR 2022에서 메타는 22편, {clause}."
    facts = kept(text, published_at="2022-04-25")
    assert not any(org in ("oxford", "eth-zurich") and count == 13 for org, _, _, count in facts)


# 8. `이 중 한 편은` is a part of the count before; an intention in the count's verb (`내겠다`) is a goal.


def test_one_of_the_papers_just_counted() -> None:
    text = "크래프톤은 ICML 2023에서 4편의 논문을 선보였고, 이 중 한 편은 구두 발표로 뽑혔다."
    result = extract(text, published_at="2023-07-20")
    assert {(p.organization_id, p.count, p.scope) for p in result.paper_counts} >= {
        ("krafton", 4, "unit"),
        ("krafton", 1, "subset"),
    }


@pytest.mark.parametrize("goal", ['"내년에는 10편 이상을 내겠다"', '"다음 대회에는 10편을 발표하겠습니다"'])
def test_a_goal_in_a_quote_is_no_count(goal: str) -> None:
    text = f"네이버랩스는 IROS 2023에 논문 4편을 냈다. 회사 측은 {goal}고 말했다."
    facts = kept(text, published_at="2023-11-15")
    assert ("naver-labs", ("IROS",), 2023, 4) in facts
    assert not any(count == 10 for *_, count in facts)


def test_an_intention_after_the_verb_of_a_count_keeps_it() -> None:
    text = "네이버랩스는 IROS 2023에 논문 4편을 내 기쁘며 앞으로도 연구에 힘쓰겠다고 밝혔다."
    assert ("naver-labs", ("IROS",), 2023, 4) in kept(text, published_at="2023-11-15")


# 9. A goal written as the topic of a count (`다음 목표는 20편`, `목표로 했던 10편`) is no count; a
#    count that beat its goal (`목표를 웃도는 30편`) is one.


@pytest.mark.parametrize(
    "text",
    [
        '[인터뷰] 업스테이지 대표 "EMNLP 논문 5편, 다음 목표는 12편"',
        "업스테이지는 EMNLP 2023에서 논문 5편을 냈다. 회사의 목표치는 내년 12편이다.",
    ],
)
def test_a_goal_is_no_count(text: str) -> None:
    facts = kept(text, published_at="2023-12-10")
    assert any(org == "upstage" and count == 5 for org, _, _, count in facts)
    assert not any(count == 12 for *_, count in facts)


def test_a_count_beyond_its_goal_is_a_count() -> None:
    facts = kept("업스테이지는 EMNLP 2023에서 목표를 웃도는 8편을 발표했다.", published_at="2023-12-10")
    assert ("upstage", ("EMNLP",), 2023, 8) in facts


# 10. An organization written as a ranking's answer whose venues are summed (`1위는 구글로 세 학회를
#     합쳐 310편`) owns that total, large as it is.


def test_a_large_total_summed_over_venues_for_a_named_organization() -> None:
    text = "AI 3대 학회 논문 순위에서 1위는 구글로 NeurIPS·ICML·ICLR 세 학회를 합쳐 312편이었다."
    facts = kept(text, published_at="2023-12-10")
    assert ("google", ("ICLR", "ICML", "NeurIPS"), 2023, 312) in facts


# 11. Two conference lists, each closed by its class and joined (`A·B 두 곳의 NLP 학회와 C·D 두 곳의
#     ML 학회를 묶어`), are one list; `ML 학회`, `NLP 학회` name fields, not a venue the gazetteer lacks.


def test_two_classed_lists_of_conferences_are_one() -> None:
    text = (
        "ACL·EMNLP 두 곳의 NLP 학회와 NeurIPS·ICML 두 곳의 ML 학회를 묶어 2015년부터 2019년까지 집계한 결과, "
        "구글은 410편, 마이크로소프트는 395편이었다."
    )
    facts = kept(text, published_at="2020-01-15")
    both = ("ACL", "EMNLP", "ICML", "NeurIPS")
    assert {("google", both, None, 410), ("microsoft", both, None, 395)} <= facts


# 12. What came in to a conference (`11건이 들어와 1건만 통과했다`) is the conference's, not the
#     subject's.


def test_what_came_in_to_a_session_is_no_ones_count() -> None:
    text = "VLSI 2024에서 SK하이닉스는 논문 6건이 채택됐다. 마감 뒤 받는 추가 세션에는 9건이 들어와 2건만 통과했다."
    facts = kept(text, published_at="2024-04-20")
    assert ("sk-hynix", ("VLSI",), 2024, 6) in facts
    assert not any(count in (9, 2) for *_, count in facts)


# 13. Preclinical results a company presents at a meeting (`총 4건의 전임상 연구 결과를 발표한다`).


def test_preclinical_results_presented_at_a_meeting() -> None:
    text = "다음 주 열리는 AACR 2025에서 리가켐바이오는 ADC 후보물질 등 총 4건의 전임상 연구 결과를 발표한다."
    assert ("ligachem", ("AACR",), 2025, 4) in kept(text, published_at="2025-04-18")


# 14. Korean societies' meetings in more forms: a season before the meeting word (`하계학술대회`,
#     `동계종합학술발표회`) and the meeting's own acronym and year (`한국정보과학회 KCC 2024`).


@pytest.mark.parametrize(
    ("meeting", "conference"),
    [
        ("대한전자공학회 하계학술대회", "대한전자공학회"),
        ("한국통신학회 동계종합학술발표회", "한국통신학회"),
        ("한국정보과학회 KCC 2024", "KCC"),
        ("한국컴퓨터종합학술대회(KCC 2024)", "KCC"),
    ],
)
def test_a_korean_societys_meeting_is_the_counts_venue(meeting: str, conference: str) -> None:
    result = extract(f"UNIST 연구진은 {meeting}에서 논문 11편을 발표했다.", published_at="2024-07-02")
    assert [(p.organization_id, p.conferences, p.count) for p in result.paper_counts] == [
        ("unist", [conference], 11)
    ]


# 15. A department or a unit found by form written right after its organization (`전남대병원
#     순환기내과는`) is a part of that organization, not a list of two owners; as a subject it is carried.


def test_a_department_after_its_hospital_counts_for_the_hospital() -> None:
    text = "전남대병원 순환기내과는 지난주 열린 대한심장학회 추계학술대회에서 총 64편의 논문을 발표했다."
    result = extract(text, published_at="2021-10-25")
    assert [(p.organization_id, p.conferences, p.count) for p in result.paper_counts] == [
        ("cnuh", ["대한심장학회"], 64)
    ]


# 16. `모두 N편` over a list of venues, with one organization named so far, is that organization's
#     total; with owners written as several (`두 회사는`) it is still no one's.


def test_a_total_over_listed_venues_of_the_one_organization() -> None:
    text = (
        "KAIST 정보보호대학원이 보안 연구에서 두각을 나타내고 있다. "
        "이 대학원은 2014년부터 ACM CCS, NDSS 두 곳에 모두 11편의 논문을 발표했다."
    )
    facts = kept(text, published_at="2018-03-02")
    assert ("kaist", ("CCS", "NDSS"), None, 11) in facts


def test_a_total_of_two_companies_the_gazetteer_lacks_is_no_ones() -> None:
    text = (
        "한미약품의 파트너사인 미국 A사와 B사가 연구 결과를 발표했다. "
        "두 회사는 ASCO 2019에 참가해 총 7건의 연구 결과를 발표했다."
    )
    assert not any(count == 7 for *_, count in kept(text, published_at="2019-06-05"))


# 17. A headline that gives a count to units found by form (`순환기내과·특성화센터, … 71편`) when the
#     body gives it to the organization: the body's owner.


def test_a_headline_unit_by_form_yields_to_the_bodys_owner() -> None:
    title = "순환기내과·심혈관연구센터, 추계학회서 총 500편 중 58편 발표"
    text = "전남대병원이 지난 15일 열린 대한심장학회 추계학술대회에서 총 58편의 논문을 발표했다."
    result = extract(text, title=title, published_at="2019-10-20")
    assert {(p.organization_id, p.count) for p in result.paper_counts} == {("cnuh", 58)}


# 18. A numbered meeting named by its field alone (`제29차 대한이비인후과 종합학술대회`).


def test_a_numbered_meeting_named_by_its_field() -> None:
    text = "한양대병원은 제31차 대한정형외과 추계학술대회에서 논문 8편을 발표했다."
    result = extract(text, published_at="2023-10-20")
    assert [(p.organization_id, p.conferences, p.count) for p in result.paper_counts] == [
        ("hanyang-hospital", ["대한정형외과"], 8)
    ]


# 19. 각각 pairs only the counts up to the next organization named (`A와 B가 각각 16편, C 14편`).


def test_each_stops_at_the_next_organization() -> None:
    text = "ICML 2017에서 케임브리지대와 프린스턴대가 각각 16편, 조지아공대 14편, 옥스퍼드대 13편 순이었다."
    facts = kept(text, published_at="2017-05-25")
    assert {
        ("cambridge", ("ICML",), 2017, 16),
        ("princeton", ("ICML",), 2017, 16),
        ("georgia-tech", ("ICML",), 2017, 14),
        ("oxford", ("ICML",), 2017, 13),
    } <= facts
    assert ("princeton", ("ICML",), 2017, 14) not in facts


def test_each_goes_on_past_a_partner_named_between() -> None:
    text = "ICCV 2023에서 네이버와 카카오가 각각 구글과 공동으로 3편, 4편을 냈다."
    facts = kept(text, published_at="2023-10-20")
    assert {("naver", ("ICCV",), 2023, 3), ("kakao", ("ICCV",), 2023, 4)} <= facts


# 20. A part of an organization's own count named with it (`A가 준비한 논문 가운데 세 편은`), after a
#     `각각` pairing that ended with another organization's count.


def test_a_part_of_the_organizations_own_count() -> None:
    text = (
        "삼성디스플레이와 LG디스플레이는 SID 2016에서 논문을 각각 4편, 8편 발표한다. "
        "LG디스플레이가 준비한 논문 가운데 절반인 네 편은 초청 논문이다."
    )
    result = extract(text, published_at="2016-05-20")
    facts = {
        (p.organization_id, p.conferences[0] if p.conferences else None, p.count, p.scope)
        for p in result.paper_counts
    }
    assert ("lg-display", "SID", 4, "subset") in facts
    assert ("samsung-display", "SID", 4, "unit") in facts
    assert ("lg-display", "SID", 8, "unit") in facts


# 21. `그중 한 편인 'X'는` is one of the papers just counted; a name after a person's title
#     (`박사과정생 A(…)와 B(…)가`) is a person, not an organization found by form.


def test_one_of_them_named_by_its_title() -> None:
    text = "퀄컴은 CVPR 2022에서 논문 3편이 채택됐다. 그중 한 편인 'LiteFlow'는 구두 발표 대상에 올랐다."
    result = extract(text, published_at="2022-04-22")
    assert ("qualcomm", 1, "subset") in {(p.organization_id, p.count, p.scope) for p in result.paper_counts}


def test_people_after_a_title_are_no_organization() -> None:
    text = (
        "마카오대는 ACL 2023에서 논문 6편을 발표했다. 현장 발표에는 박사과정생 천웨이(Chen Wei)와 "
        "리하오란(Li Haoran)이 나서 논문 두 편을 소개했다."
    )
    result = extract(text, published_at="2023-08-14")
    assert not any(o.id.startswith("pattern:") for o in result.organizations)
    assert {p.organization_id for p in result.paper_counts} == {"umacau"}


# 22. A count the body opens a sentence with, equal to the headline's (`5편은 본 학술대회 논문으로`),
#     is the body's first statement of it, not a count written again; HCLT is a listed conference.


def test_a_body_count_equal_to_the_headlines_is_kept() -> None:
    title = "와이즈넛, HCLT 2024서 본 학술대회 4편·워크숍 1편"
    text = "와이즈넛은 HCLT 2024에 논문 다섯 편을 냈다. 4편은 본 학술대회 논문으로, 나머지 1편은 워크숍 논문으로 실렸다."
    facts = kept(text, title=title, published_at="2024-10-20")
    assert {("wisenut", ("HCLT",), 2024, 5), ("wisenut", ("HCLT",), 2024, 4)} <= facts


def test_an_intention_of_another_verb_keeps_the_count() -> None:
    text = "네이버는 ICML 2023에서 논문 12편을 내며 앞서가겠다고 밝혔다."
    assert ("naver", ("ICML",), 2023, 12) in kept(text, published_at="2023-07-20")


def test_a_goal_achieved_is_a_count() -> None:
    facts = kept("업스테이지는 EMNLP 2023에서 목표였던 8편을 달성했다.", published_at="2023-12-10")
    assert ("upstage", ("EMNLP",), 2023, 8) in facts


# 23. The event by its time or place (`학회 기간에 선보이는 논문은`) is the article's conference; a study
#     presented (`연구 1건을 공개한다`) next to a compound's code (`YH25448에 관한`), which is no venue.


def test_the_conference_by_its_time() -> None:
    text = "EMNLP 2022가 이번 주 열린다. 구글은 이 학회의 후원사다. 이 회사가 학회 기간에 선보이는 논문은 40편이다."
    assert ("google", ("EMNLP",), 2022, 40) in kept(text, published_at="2022-12-08")


def test_a_study_presented_next_to_a_compound_code() -> None:
    text = "AACR 2018에서 유한양행은 17일 폐암 치료 후보 YH25448에 관한 연구 1건을 공개한다."
    assert ("yuhan", ("AACR",), 2018, 1) in kept(text, published_at="2018-03-26")


# 24. A hospital's campus written after its university (`순천향대 천안병원`) is a listed hospital; a team
#     found by form after its hospital and department (`… 소화기내과 췌담도팀이`) is a part of the hospital.


def test_a_team_after_its_hospital_and_department() -> None:
    for team in ("간담도팀", "췌담도팀"):
        text = f"순천향대 천안병원 소화기내과 {team}이 DDW 2024에서 논문 5편을 발표했다."
        result = extract(text, published_at="2024-05-20")
        assert [(p.organization_id, p.count) for p in result.paper_counts] == [("sch-cheonan", 5)]


# 25. An edition of the article's conference by its year (`2018년 학회에서만 열 편`), and the
#     organization a sentence gives as its example, itself or its lab (`대표적인 사례가 A대의 B 교수
#     연구실이다. 이 연구실은 …`): the later count is that organization's.


def test_an_edition_by_its_year_and_the_example_named() -> None:
    text = (
        "ISSCC 2022 채택 결과가 나왔다. 대학 가운데서는 KAIST가 1위에 올랐다. "
        "대표적인 사례가 미국 미시간대의 블라우 교수 연구실이다. 이 연구실은 2018년 학회에서만 열 편을 발표했다."
    )
    facts = kept(text, published_at="2021-11-19")
    assert ("umich", ("ISSCC",), 2018, 10) in facts
    assert not any(org == "kaist" and count == 10 for org, _, _, count in facts)
