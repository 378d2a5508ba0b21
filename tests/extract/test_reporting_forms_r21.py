"""Forms of real reporting probed in round 21, each with sentences written for these tests.

Round 21 took the misses of two new sets (real text and rewritten articles) as phenomena: the
organizers of a conference as a source, a conference's whole selection as a clause's topic, a
share written before a parenthesized count, the year of an organization's history, the
count of a list written after it, parallel counts of a parent's units, the subset of a count
in the same sentence, a lab written with its university, a question, and units weighed against
each other. The sentences below are our own.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract import extract
from tests.extract.conftest import written_facts

# the facts written at the default confidence threshold, full gazetteer
kept = partial(written_facts, published_at="2023-11-20")


def scoped(
    text: str, title: str | None = None, published_at: str = "2023-11-20"
) -> set[tuple[str, int | None, str]]:
    """(organization, count, scope) of the facts written at the default threshold."""
    result = extract(text, title=title, published_at=published_at)
    return {(p.organization_id, p.count, p.scope) for p in result.paper_counts}


# 1. The organizers as a source (`학회 측 자료에 따르면`) name no other venue: the article's conference.


@pytest.mark.parametrize("source", ["학회 측 자료에 따르면", "주최 측 발표를 보면", "학회측 집계로는"])
def test_the_organizers_as_a_source_keep_the_articles_conference(source: str) -> None:
    text = (
        "다음 달 열리는 국제고체회로학회(ISSCC 2024)의 채택 결과가 나왔다. 국가별로는 미국이 40편이었다. "
        f"{source} 엘지전자 이름의 논문은 9편이다."
    )
    assert ("lg-electronics", ("ISSCC",), 2024, 9) in kept(text, title="ISSCC 2024 채택 결과")


# 2. The whole selection as a clause's topic (`최종 채택은 …편`) with no organization: the conference's.


@pytest.mark.parametrize(
    "line",
    ["최종 채택은 310편으로 지난해보다 늘었다.", "전체 채택 건수는 310편이다.", "총 접수는 1200편에 달했다."],
)
def test_the_whole_selection_is_no_subjects_count(line: str) -> None:
    text = f"국제고체회로학회(ISSCC 2024)에서 삼성전자가 기업 가운데 가장 많은 논문을 냈다. {line}"
    assert not any(count in (310, 1200) for *_, count in kept(text, title="삼성전자, ISSCC 2024 기업 1위"))


# 3. A share written before a parenthesized count (`약 40%(30건)`) is a part of a whole.


def test_a_share_before_a_parenthesized_count_is_no_ones() -> None:
    text = (
        "VLSI 2024 기술 심포지엄에는 300건이 투고됐다. 이 중 90건이 채택됐고, 채택 논문의 약 40%(36건)가 "
        "유럽에서 나왔다."
    )
    assert not any(count == 36 for *_, count in kept(text, title="VLSI 2024, 채택 1위는 SK하이닉스"))


# 4. A year in an organization's history (`2018년 인수한 B`) does not date the count.


@pytest.mark.parametrize("history", ["2018년 인수한 캐나다 연구소", "2018년 설립된", "2018년 문을 연 자회사"])
def test_a_year_of_an_organizations_history_is_not_the_counts(history: str) -> None:
    text = f"네이버는 ICML 2022에 논문 다섯 편을 냈다. 클로바가 세 편, {history} 네이버랩스유럽이 두 편을 맡았다."
    assert ("naver-labs-europe", ("ICML",), 2022, 2) in kept(text, published_at="2022-07-20")


# 5. A count written before a list of organizations as subject (`9편을 A와 B가 가져갔다`): together.


def test_a_count_before_a_list_of_subjects_is_neither_ones() -> None:
    text = "ISSCC 2024 메모리 세션 12편 가운데 9편을 삼성전자와 SK하이닉스가 가져갔다."
    facts = kept(text, title="ISSCC 2024 메모리 세션")
    assert not any(count == 9 for *_, count in facts)


def test_a_count_each_before_a_list_is_each_ones() -> None:
    text = "ISSCC 2024에서 6편씩을 올린 KAIST와 인텔이 나란히 뒤를 이었다."
    facts = kept(text, title="ISSCC 2024 채택 현황")
    assert ("kaist", ("ISSCC",), 2024, 6) in facts


# 6. After parallel counts of a parent's units, a count naming no one is the parent's.


def test_a_count_after_parallel_units_is_the_parents() -> None:
    text = (
        "네이버의 학회 실적은 해마다 늘었다.\n\n"
        "2020년 EMNLP에서는 클로바가 5편, 네이버랩스유럽이 3편을 올렸다. 언어 연구의 폭도 넓어졌다.\n\n"
        "2022년에는 EMNLP 2022에서 논문 11편을 발표했다."
    )
    facts = kept(text, title="네이버 학회 논문 3년", published_at="2023-01-10")
    assert ("naver", ("EMNLP",), 2022, 11) in facts
    assert not any(org == "naver-clova" and count == 11 for org, _, _, count in facts)


def test_a_count_after_parallel_unrelated_organizations_is_no_ones() -> None:
    text = (
        "ACL 2023에서는 삼성전자가 5편, LG전자가 3편을 올렸다. 언어 연구의 폭도 넓어졌다.\n\n"
        "이듬해 ACL 2024에서는 논문 11편을 발표했다."
    )
    assert not any(count == 11 for *_, count in kept(text, title="ACL 논문 2년", published_at="2024-09-01"))


# 7. A part of a count written earlier in the same sentence (`15편을 냈는데 이 중 12편이`).


def test_a_part_of_a_count_in_the_same_sentence_keeps_its_conference() -> None:
    text = (
        "뷰노는 북미영상의학회(RSNA 2023)에서 열 편을 발표했다. 올해 유럽영상의학회(ECR 2024)에서는 "
        "열네 편을 냈는데 이 중 아홉 편이 구연이었다."
    )
    facts = kept(text, title="뷰노 학회 발표", published_at="2024-03-05")
    assert ("vuno", ("ECR",), 2024, 9) in facts
    assert not any(confs == ("RSNA",) and count == 9 for _, confs, _, count in facts)


# 8. A lab written with its university (`연세대 AX랩`) counts part of the university's papers.


@pytest.mark.parametrize("lab", ["연세대 HCI랩", "연세대 데이터마이닝 연구실"])
def test_a_lab_of_a_university_is_a_part_of_the_university(lab: str) -> None:
    text = f"{lab}은 CHI 2024에서 논문 네 편을 발표했다."
    assert ("yonsei", 4, "subset") in scoped(text, title="CHI 2024 발표", published_at="2024-05-20")


# 9. A question asserts no count.


@pytest.mark.parametrize(
    "question",
    ["지난봄 '30편'이라는 숫자가 나왔는데, 같은 이야기인가.", "올해 ICML에서 30편을 냈다는데 사실인가?"],
)
def test_a_count_in_a_question_is_not_written(question: str) -> None:
    text = f"— 올해 성과는 어땠나.\n\n{question}"
    assert not any(count == 30 for *_, count in kept(text, title="[인터뷰] 크래프톤 AI 연구 리더"))


# 10. One item weighed against another as a unit (`포스터 한 건은 논문 한 편과 같지 않다`).


@pytest.mark.parametrize(
    "line",
    ["하지만 포스터 한 건은 논문 한 편과 같지 않다.", "초록 1건이 정규 논문 1편과 같은 무게는 아니다."],
)
def test_units_weighed_against_each_other_are_no_count(line: str) -> None:
    text = f"한미약품은 AACR 2025에서 연구 결과 여덟 건을 발표했다. {line}"
    facts = kept(text, title="AACR 2025 국내 기업", published_at="2025-04-30")
    assert ("hanmi-pharm", ("AACR",), 2025, 8) in facts
    assert not any(count == 1 for *_, count in facts)


# 11. A medical meeting's research results (`전임상 결과 6건을 공개한다`) are its presented items.


def test_research_results_at_a_medical_meeting_are_presented_items() -> None:
    text = (
        "미국암연구학회(AACR 2025)가 이달 말 개막한다. 가장 많은 발표를 준비한 곳은 유한양행이다. "
        "유한양행은 비임상 연구 결과 6건을 공개한다."
    )
    assert ("yuhan", ("AACR",), 2025, 6) in kept(text, title="AACR 2025 국내 기업", published_at="2025-04-10")


# 12. A sentence about the article's own conference names others as its company (`이 학회는 A, B와 함께`).


def test_conferences_named_beside_this_one_are_not_carried() -> None:
    text = (
        "미국암연구학회(AACR 2024)가 다음 달 열린다. 이 학회는 미국임상종양학회(ASCO), 유럽종양학회(ESMO)와 "
        "함께 항암 연구 흐름을 볼 수 있는 자리다. 유한양행은 국내 기업 가운데 가장 많은 6건의 연구 결과를 발표한다."
    )
    facts = kept(text, title="AACR 2024 국내 기업 출격", published_at="2024-03-20")
    assert ("yuhan", ("AACR",), 2024, 6) in facts


# 13. `나란히 N건` after a list: each member has the count.


@pytest.mark.parametrize("verb", ["나란히 7건을 발표했다", "나란히 7건으로 공동 2위다"])
def test_a_count_side_by_side_is_each_members(verb: str) -> None:
    text = f"ISSCC 2019에서 포스텍과 인텔은 {verb}."
    facts = kept(text, title="ISSCC 2019 기관별 집계", published_at="2018-11-20")
    assert {("postech", ("ISSCC",), 2019, 7), ("intel", ("ISSCC",), 2019, 7)} <= facts


# 14. `각 N건` in one clause and `N건씩` in the next: each list takes its own count.


def test_each_clause_pairs_its_own_count() -> None:
    text = "ISSCC 2019에서 소니와 도시바가 각 5건으로 일본 최다였고, 파나소닉·도쿄대가 2건씩이었다."
    facts = kept(text, title="ISSCC 2019 일본 기관", published_at="2018-11-20")
    assert {
        ("sony", ("ISSCC",), 2019, 5),
        ("toshiba", ("ISSCC",), 2019, 5),
        ("panasonic", ("ISSCC",), 2019, 2),
        ("utokyo", ("ISSCC",), 2019, 2),
    } <= facts


# 15. The event as its organizers' source (`학회 집계에 따르면`, `학회가 … 묶는`) keeps its conference.


@pytest.mark.parametrize("lead", ["학회 집계에 따르면", "학회의 발표 자료를 보면", "학회가 공개한 목록에서"])
def test_the_events_own_figures_keep_its_conference(lead: str) -> None:
    text = (
        f"내년 2월 열리는 ISSCC 2019에서 가장 많은 논문을 내는 곳은 인텔이다. {lead} 인텔은 11건이 채택됐다."
    )
    assert ("intel", ("ISSCC",), 2019, 11) in kept(
        text, title="ISSCC 2019 기관 순위", published_at="2018-11-20"
    )


# 16. A region (`아시아(80편)`, `중국권`) is no organization, and the sentence after goes on with it.


def test_a_region_is_no_organization() -> None:
    text = (
        "ISSCC 2019에서 인텔이 10건으로 1위였다. 전년에는 북미가 아시아(80편)를 앞섰다. "
        "중국권 채택 논문은 40편이다. 2017년 대회에서 21편이었던 것과 비교된다."
    )
    facts = kept(text, title="ISSCC 2019 결산", published_at="2018-11-20")
    assert ("intel", ("ISSCC",), 2019, 10) in facts
    assert not any(count in (80, 40, 21) for *_, count in facts)


# 17. `IBM사` is IBM, the company.


def test_the_company_word_after_a_latin_name_is_not_part_of_it() -> None:
    text = "ISSCC 2019에서 미국 IBM사는 논문 6건을 발표했다."
    assert ("ibm", ("ISSCC",), 2019, 6) in kept(text, published_at="2018-11-20")


# 18. A headline that lists organizations names no one subject for the body's first counts.


def test_a_headline_list_is_no_subject() -> None:
    text = "ISSCC 2019에 투고된 논문은 700편이다. 1년 전보다 늘었고, 채택 논문도 10% 증가한 210편이 됐다."
    facts = kept(text, title="ISSCC 2019 투고 최다…소니·도시바 2건씩", published_at="2018-11-20")
    assert not any(count == 210 for *_, count in facts)


# 19. A country as the place an event is held owns none of the counts after it.


def test_a_country_where_the_event_is_held_owns_no_count() -> None:
    text = "KT는 미국 시애틀 컨벤션센터에서 열리는 CVPR 2024에서 논문 4편을 발표한다고 밝혔다."
    assert ("kt", ("CVPR",), 2024, 4) in kept(
        text, title="KT, CVPR 2024서 논문 4편", published_at="2024-06-17"
    )


# 20. A headline count the body writes as parts (main, workshop, and an oral subset of them) stays.


def test_a_headline_count_the_body_splits_into_parts_stays() -> None:
    text = (
        "KT는 CVPR 2024에서 정규 논문 3편과 워크숍 논문 2편을 발표한다. 이 가운데 1편은 구두 발표로 뽑혔다."
    )
    assert ("kt", ("CVPR",), 2024, 5) in kept(
        text, title="KT, CVPR 2024서 논문 5편", published_at="2024-06-17"
    )


# 21. A count opening its sentence goes on from the organization the sentence before named.


def test_a_count_opening_its_sentence_continues_the_named_organization() -> None:
    text = (
        "ISSCC 2019에서 채택 논문이 가장 많은 기관은 인텔이었다. 기조연설을 빼고도 16건으로 다른 곳을 앞섰다."
    )
    assert ("intel", ("ISSCC",), 2019, 16) in kept(text, title="ISSCC 2019 결산", published_at="2019-03-01")


# 22. One paper as the unit of a rule of counting (`공저 기관이 여럿이면 한 편이 … 집계된다`).


def test_one_paper_in_a_rule_of_counting_is_no_count() -> None:
    text = "ICML 2020 기관별 집계가 나왔다. 저자 소속이 여럿이면 논문 한 편이 여러 곳에 중복으로 잡힌다."
    assert not any(count == 1 for *_, count in kept(text, title="ICML 2020 순위", published_at="2020-07-01"))


# 23. `같은 대회` dates a count by the edition just counted, not by one dated earlier.


def test_the_same_event_takes_the_edition_just_counted() -> None:
    text = (
        "2005년 대회에서 인텔은 열 편으로 1위였다. ISSCC 2021에서는 칭화대가 아홉 편을 냈다. "
        "같은 대회 베이징대도 다섯 편을 올렸다."
    )
    facts = kept(text, title="ISSCC 기관 순위 변천", published_at="2021-05-01")
    assert ("peking", ("ISSCC",), 2021, 5) in facts


# 24. A headline giving counts to several organizations names no subject for the body.


def test_a_headline_of_several_counts_names_no_subject() -> None:
    text = "채택 논문은 190편으로 올해보다 많다. 메모리 분과에서는 9편 중 6편이 아시아에서 나왔다."
    facts = kept(text, title="ISSCC 2004 결산…인텔 11편·필립스 8편", published_at="2003-11-20")
    assert not any(count in (190, 6) for *_, count in facts)


# 25. Regions joined into one count (`유럽과 북미를 합친 90편이`) are no organization's.


def test_regions_joined_into_one_count_are_no_ones() -> None:
    text = "ISSCC 2019에서 인텔은 10건으로 1위였다. 전년에는 유럽과 북미를 합친 90편이 아시아를 앞섰다."
    assert not any(
        count == 90 for *_, count in kept(text, title="ISSCC 2019 결산", published_at="2018-11-20")
    )


# 26. An edition named to look back (`2018년 대회에서 … 이었던 것을 감안하면`) does not date the sentences after.


def test_an_edition_looked_back_at_does_not_date_later_counts() -> None:
    text = (
        "내년 2월 열리는 ISSCC 2020의 채택 현황이 나왔다. 중국권 채택 논문은 40편이다. "
        "2018년 대회에서 20편이었던 것을 감안하면 두 배다. 소속별로 칭화대가 9편을 냈다."
    )
    facts = kept(text, title="ISSCC 2020 채택 현황", published_at="2019-11-20")
    assert ("tsinghua", ("ISSCC",), 2020, 9) in facts


# 27. A record set (`… 채택돼 자체 기록을 새로 썼다`) is no data count.


def test_a_record_set_is_not_data() -> None:
    text = "메그비는 CVPR 2019에서 31편이 채택돼 자체 기록을 새로 썼다."
    assert ("megvii", ("CVPR",), 2019, 31) in kept(
        text, title="메그비, CVPR 2019서 31편", published_at="2019-06-01"
    )


# 28. `마이크로소프트 아시아연구원` is one organization, Microsoft's lab in Asia.


def test_microsoft_research_asia_in_korean_is_one_name() -> None:
    text = "마이크로소프트 아시아연구원은 ACL 2019에 논문 20편을 올렸다."
    assert ("msra", ("ACL",), 2019, 20) in kept(text, published_at="2019-07-30")


# 29. Papers tallied beside patents (`논문 120편을 발표하고, 특허 80건 출원`) are the organization's output
# over years: no conference, no year; a later restatement dated by publication is the same count.


def test_papers_tallied_with_patents_are_undated() -> None:
    result = extract(
        "업스테이지는 AI 분야에서 논문 120편을 발표하고, 특허 80건을 출원했다. 업스테이지(120편)는 국내 3위다.",
        title="업스테이지, ACL 2024서 우수논문상",
        published_at="2024-08-20",
    )
    facts = [(p.organization_id, p.conferences, p.year, p.count) for p in result.paper_counts]
    assert facts == [("upstage", [], None, 120)]


# 30. The top named as a topic's answer (`정상은 A였다`) goes on; a count after a connective (`묶자 30편`).


def test_the_top_named_goes_on_after_a_connective() -> None:
    text = "ICML 2018 기관 집계가 나왔다. 정상은 구글이었다. 여러 조직의 표기를 하나로 묶자 40편에 이름이 올랐다."
    assert ("google", ("ICML",), 2018, 40) in kept(
        text, title="ICML 2018 기관 집계", published_at="2018-07-01"
    )


# 31. Submissions named before a count (`투고 9편`) are no papers of the conference; papers submitted
# and accepted (`제출한 12개 논문이 채택됐다`) are.


@pytest.mark.parametrize(
    ("line", "count"),
    [("구글이 낸 투고 9편은 점수가 높았다.", None), ("구글은 제출한 9개 논문이 채택됐다.", 9)],
)
def test_submissions_before_a_count_are_not_accepted_papers(line: str, count: int | None) -> None:
    facts = kept(
        f"ICLR 2019 심사가 진행 중이다. {line}", title="ICLR 2019 투고 분석", published_at="2019-01-10"
    )
    assert any(c == 9 for *_, c in facts) is (count is not None)


# 32. Hundreds before a native numeral (`백열두 편`) are one number.


@pytest.mark.parametrize(("words", "value"), [("백열두 편", 112), ("백스무 편", 120), ("이백열 편", 210)])
def test_hundreds_before_a_native_numeral(words: str, value: int) -> None:
    text = f"구글은 NeurIPS 2021에서 {words}을 발표했다."
    assert ("google", ("NeurIPS",), 2021, value) in kept(text, published_at="2021-12-01")


# 33. A unit named by its parent's team (`알리마마 팀`) is the unit's, not the parent's.


def test_a_named_team_of_a_company_is_the_units() -> None:
    text = "알리바바가 KDD 2021에서 올린 성과 가운데 광고 기술을 맡은 알리마마 팀의 몫만 네 편이었다."
    facts = kept(text, title="KDD 2021 알리바바", published_at="2021-08-20")
    assert not any(org == "alibaba" and count == 4 for org, _, _, count in facts)


# 34. `관계사 합치면 N편` after a unit's count: the group the unit belongs to, when the article names it.


def test_a_total_with_affiliates_after_a_units_count_is_the_parents() -> None:
    text = (
        "네이버 클로바가 ICLR 2023에서 논문 열 편을 발표한다고 네이버가 밝혔다. "
        "관계사 성과까지 합치면 열다섯 편이다."
    )
    facts = kept(text, title="네이버 클로바, ICLR 2023서 논문 열 편", published_at="2023-02-01")
    assert ("naver", ("ICLR",), 2023, 15) in facts
    assert not any(org == "naver-clova" and count == 15 for org, _, _, count in facts)


# 35. One count for each of several conferences (`두 학회에서 각각 7건씩`).


def test_one_count_for_each_of_two_conferences() -> None:
    text = "음성 분야 두 학회는 ICASSP와 인터스피치다. 카카오는 두 학회에서 각각 7건씩 논문을 통과시켰다."
    facts = kept(text, title="카카오 음성 논문", published_at="2022-09-30")
    assert {("kakao", ("ICASSP",), 2022, 7), ("kakao", ("Interspeech",), 2022, 7)} <= facts


# 36. A lab written after its university and department (`고려대 전기공학과 VIP 연구실이`) is part of the university.


def test_a_lab_after_its_university_and_department_is_the_universitys_part() -> None:
    text = "고려대 전기공학과 VIP 연구실이 ICCV 2023에서 논문 3편을 발표했다."
    assert ("korea-university", 3, "subset") in scoped(
        text, title="ICCV 2023 고려대", published_at="2023-10-10"
    )


# 37. A part of a count just written (`A는 12건으로 2위였고, 이 가운데 8건이`) counts the same things.


def test_a_part_of_a_count_just_written_is_a_paper_count() -> None:
    text = "ISSCC 2022 논문 채택 순위가 나왔다. 포스텍은 12건으로 2위였고, 이 가운데 8건이 메모리 부문에서 나왔다."
    facts = kept(text, title="ISSCC 2022 순위", published_at="2021-11-20")
    assert ("postech", ("ISSCC",), 2022, 8) in facts


# 38. A company followed by its unit with no word between (`SKT 'T-브레인'`) is the unit.


def test_a_unit_written_right_after_its_company_owns_the_count() -> None:
    text = "SK텔레콤의 AI 연구조직 T-브레인은 자체 논문 세 건을 소개한다."
    facts = kept(text, title="SKT 'T-브레인', ICML 2018 논문 세 건 들고 무대에", published_at="2018-07-01")
    assert ("sk-telecom-tbrain", ("ICML",), 2018, 3) in facts
    assert not any(org == "sk-telecom" for org, *_ in facts)


# 39. A tie said after a list's count (`어깨를 나란히 했다`, `모두 N편으로 같은 줄에 섰다`) is each member's.


@pytest.mark.parametrize(
    "line",
    [
        "KAIST와 포스텍도 12편으로 어깨를 나란히 했다.",
        "KAIST와 포스텍이 모두 12편으로 같은 줄에 섰다.",
        "KAIST와 포스텍은 12편으로 동률이다.",
    ],
)
def test_a_tie_after_a_lists_count_is_each_members(line: str) -> None:
    facts = kept(
        f"ICML 2022 기관별 집계가 나왔다. {line}", title="ICML 2022 기관 집계", published_at="2022-07-20"
    )
    assert {("kaist", ("ICML",), 2022, 12), ("postech", ("ICML",), 2022, 12)} <= facts


# 40. A gap to the others (`2위와 15편 넘게 벌어졌다`) and what a trend added (`9편에서 14편으로 다섯
# 편을 더했다`) are differences, no counts of papers.


@pytest.mark.parametrize(
    "line",
    ["구글은 40편으로 2위와 15편 넘게 벌어졌다.", "구글은 지난해 35편에서 올해 40편으로 다섯 편을 더했다."],
)
def test_gaps_and_additions_are_no_counts(line: str) -> None:
    facts = kept(
        f"ICML 2022 기관별 집계가 나왔다. {line}", title="ICML 2022 기관 집계", published_at="2022-07-20"
    )
    assert ("google", ("ICML",), 2022, 40) in facts
    assert not any(count in (15, 5) for *_, count in facts)


# 41. The start of a trend written in words with no year (`23편에서 스물여덟 편으로`) is undated: no fact.


def test_a_trend_start_in_words_without_a_year_is_no_fact() -> None:
    text = "ICML 2022 기관별 집계가 나왔다. 포스텍도 11편에서 열다섯 편으로 늘었다."
    facts = kept(text, title="ICML 2022 기관 집계", published_at="2022-07-20")
    assert ("postech", ("ICML",), 2022, 15) in facts
    assert not any(count == 11 for *_, count in facts)


# 42. A person named as the answer of a topic (`… 사람은 A대 B 교수로, 모두 열두 편이었다`) owns the count.


def test_a_persons_count_after_a_copula_connective_is_no_organizations() -> None:
    text = "ACL 2019에서 가장 많은 논문에 이름을 올린 사람은 KAIST 김하늘 교수로, 모두 열두 편이었다."
    assert not any(
        count == 12 for *_, count in kept(text, title="ACL 2019 저자 분석", published_at="2019-08-01")
    )


# 43. Prizes named before a count (`상 두 개를 받았다`, `우수논문상 2건`) are no papers.


@pytest.mark.parametrize("line", ["학생 콘테스트에서 상 두 개를 받았다.", "우수논문상 2건을 받았다."])
def test_prizes_before_a_count_are_no_papers(line: str) -> None:
    text = f"KAIST 학생팀은 UIST 2013에서 {line}"
    assert not any(
        count == 2 for *_, count in kept(text, title="KAIST, UIST 2013 수상", published_at="2013-10-15")
    )


# 44. `이 중` after a remark with no count goes back to the last count; papers picked out to show
# elsewhere (`이 중 6편을 골라 블로그에 소개했다`) are no count at the conference.


def test_a_part_after_a_remark_is_the_last_counts() -> None:
    text = "카카오는 ICCV 2023에서 논문 9편을 발표했다. 참가 이후 가장 많은 숫자다. 이 중 2편은 구두 발표다."
    assert ("kakao", ("ICCV",), 2023, 2) in kept(
        text, title="카카오, ICCV 2023서 9편", published_at="2023-10-05"
    )


def test_papers_picked_to_show_elsewhere_are_no_count() -> None:
    text = "카카오는 ICCV 2023에서 논문 9편을 발표했다. 회사는 이 중 6편을 골라 기술 블로그에 소개했다."
    facts = kept(text, title="카카오, ICCV 2023서 9편", published_at="2023-10-05")
    assert ("kakao", ("ICCV",), 2023, 9) in facts
    assert not any(count == 6 for *_, count in facts)


# 45. `같은 해` is the year written last (`2018년 'ICML 2018' 당시 …`), even when that sentence gave no fact.


def test_the_same_year_is_the_year_written_last() -> None:
    text = (
        "LG전자는 올해 ICML 2022에서 논문 6편을 발표한다. 2018년 열린 'ICML 2018' 당시 LG전자가 낸 논문은 "
        "서울대와 함께 쓴 한 편이었다. 같은 해 워크숍에서는 워크숍 논문 한 편으로 구두 발표 기회를 얻었다."
    )
    facts = kept(text, title="LG전자, ICML 2022서 6편", published_at="2022-07-10")
    assert ("lg-electronics", ("ICML",), 2018, 1) in facts
    assert not any(year == 2022 and count == 1 for _, _, year, count in facts)
