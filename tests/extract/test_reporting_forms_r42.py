"""Forms of real reporting probed in round 42, each with sentences written for these tests.

Round 42 took the misses of batch 42, scored blind (research arms abroad, university rankings, medical AI at
clinical meetings), and the repeated misses left on opened sets. The sentences below are our own.
"""

from __future__ import annotations

from extract import extract
from tests.extract.conftest import written_facts

# 1. Equal counts on table rows (or list lines) labelled with different tracks are two facts (`| Findings | 1편 |` ⏎
#    `| Industry | 1편 |`); a row of an organization is no track's.


def test_equal_counts_on_rows_of_different_tracks_are_two_facts() -> None:
    text = (
        "카카오브레인이 'ACL 2023'에 논문을 냈다. 학회가 공개한 목록을 트랙별로 나누면 다음과 같다.\n\n"
        "| 트랙 | 카카오브레인 |\n"
        "| Main conference | 3편 |\n"
        "| Findings | 1편 |\n"
        "| Industry Track | 1편 |"
    )
    result = extract(text, published_at="2023-05-20")
    ones = [p for p in result.paper_counts if p.count == 1 and p.organization_id == "kakao-brain"]
    assert len(ones) == 2


# 2. A rank at the year before, written before its organization (`지난해 1위 인텔은 7편`), dates the rank, not the
#    count.


def test_last_year_s_rank_does_not_date_the_count() -> None:
    title = "'ISSCC 2021', 삼성전자 11편으로 기관 1위"
    text = "지난해 1위 인텔은 8편\n\n삼성전자가 내년 2월 열리는 ISSCC 2021에서 논문 11편을 발표한다."
    facts = written_facts(text, title=title, published_at="2020-11-20")
    assert ("intel", ("ISSCC",), 2021, 8) in facts
    assert ("intel", ("ISSCC",), 2020, 8) not in facts


# 3. A short form that starts the full name of another organization the article names (`카카오엔터` beside
#    `카카오엔터프라이즈`) is that organization.


def test_a_short_form_of_an_organization_the_article_names() -> None:
    title = "카카오엔터 23개·카카오브레인 12개…카카오 AI 논문 35개"
    text = (
        "카카오는 카카오엔터프라이즈와 카카오브레인 두 계열사를 축으로 AI 연구를 하고 있다. 9월 기준 두 회사가 "
        "국제 학회에 실은 논문은 각각 23개, 12개다."
    )
    facts = written_facts(text, title=title, published_at="2022-10-01")
    assert not any(org == "kakao-entertainment" for org, _, _, _ in facts)


# 4. A part (`이 가운데 한 편은`) after a count compared with last year's (`지난해 … 여섯 편보다 세 편 늘어난`) is a
#    part of this time's count, not of the comparison's base.


def test_a_part_after_a_comparison_is_this_time_s() -> None:
    text = (
        "뷰노가 올해 RSNA 2023에서 연구 초록 아홉 편을 선보인다. 지난해 같은 학회에서 발표한 여섯 편보다 세 편 "
        "늘어난 것이다.\n\n뷰노가 준비한 초록은 흉부 영상 판독을 다룬다. 이 가운데 한 편은 구두 발표로 진행된다."
    )
    facts = written_facts(text, published_at="2023-11-20")
    assert ("vuno", ("RSNA",), 2023, 1) in facts
    assert ("vuno", ("RSNA",), 2022, 1) not in facts


# 5. A remark that breaks down its row's count (`| 구연 3편·포스터 2편 |`) gives the row's parts; a remark over more
#    than the row (`올해 5개 학회 누적 30편`) gives nothing.


def test_remarks_that_break_down_a_row_and_remarks_that_go_wider() -> None:
    text = (
        "루닛의 주요 학회 발표 이력은 아래와 같다.\n\n"
        "| 학회 | 발표 초록 | 비고 |\n"
        "| ECR 2023 | 5편 | 구연 3편·포스터 2편 |\n"
        "| RSNA 2023 | 9편 | 올해 5개 학회 누적 30편 |"
    )
    facts = written_facts(text, published_at="2023-12-01")
    assert ("lunit", ("ECR",), 2023, 3) in facts
    assert ("lunit", ("ECR",), 2023, 2) in facts
    assert not any(count == 30 for _, _, _, count in facts)


# 6. An organization in the genitive of a thing that is no paper (`B의 표적항암제`) is a modifier: the topic (`A는`)
#    owns the count.


def test_a_genitive_of_a_drug_is_no_owner() -> None:
    text = (
        "한미약품은 자체 항암제와 화이자의 면역항암제 병용 임상의 2차 분석 결과를 비롯해 모두 네 건의 연구 "
        "결과를 ASCO 2024에서 발표한다."
    )
    facts = written_facts(text, published_at="2024-05-20")
    assert ("hanmi-pharm", ("ASCO",), 2024, 4) in facts
    assert not any(org == "pfizer" for org, _, _, _ in facts)


# 7. A sentence about the prize-winning papers (`수상작은 A의 …, B의 … 등 세 편이다`) counts award slots.


def test_a_sentence_about_prize_winners_counts_award_slots() -> None:
    text = (
        "서울아산병원 영상의학과는 RSNA 2019에서 논문 10편을 발표했다. 수상작은 김 교수의 '간 섬유화 평가'와 "
        "박 교수의 '폐 결절 추적' 등 세 편이다."
    )
    facts = written_facts(text, published_at="2019-12-10")
    assert not any(count == 3 for _, _, _, count in facts)


# 8. The rest written with `남은` (`남은 한 편은 국내 B 연구진의 몫으로`) is B's; one paper as a venue's predicate
#    (`지난해 CVPR에서는 한 편에 그쳤다`) is a count.


def test_the_rest_with_namun_and_one_paper_as_a_predicate() -> None:
    text = (
        "네이버가 ECCV 2018에 낸 논문은 모두 네 편이다. 네 편 가운데 세 편이 네이버랩스 유럽에서 나왔다. 남은 한 "
        "편은 국내 네이버랩스 연구진의 몫이다. 처음 참가한 지난해 ICCV에서는 한 편에 그쳤다."
    )
    facts = written_facts(text, published_at="2018-09-01")
    assert ("naver-labs", ("ECCV",), 2018, 1) in facts
    assert any(count == 1 and confs == ("ICCV",) for _, confs, _, count in facts)


# 9. Entries selected in a contest (`입선작으로 뽑힌 논문 240편`) are a contest's, not a conference's papers.


def test_entries_selected_in_a_contest_are_no_count_of_papers() -> None:
    text = (
        "SK하이닉스가 사내 학술대회를 열었다. 올해 행사에는 논문 700여 편이 접수됐다. 마지막 날 시상식이 "
        "진행됐고, 입선작으로 뽑힌 논문 240편은 사내 채널로 공개됐다."
    )
    facts = written_facts(text, published_at="2022-12-01")
    assert not any(count == 240 for _, _, _, count in facts)


# 10. A count over a period at all venues (`지난 한 해 동안 채택된 논문은 11건이었다`), its organization carried from the
#     sentence before, clears the threshold (`confidence.Evidence.period_total`, fitted on the opened sets).


def test_a_period_total_of_a_carried_organization_is_kept() -> None:
    text = (
        "업스테이지는 올해 9월까지 국제 학회에 AI 논문 14건을 실었다고 밝혔다.\n\n"
        "지난 한 해 동안 채택된 논문은 11건이었다. 아홉 달 만에 지난해 기록을 넘어선 셈이다."
    )
    facts = written_facts(text, published_at="2023-10-05")
    assert ("upstage", (), 2022, 11) in facts


# 11. Conferences named as the earlier successes a result follows (`올해 CVPR(…), ICLR(…)에 이은 성과다`) are not the
#     venue of the lines after.


def test_earlier_successes_followed_with_ieun_are_not_carried() -> None:
    text = (
        "카카오브레인이 언어 AI에서도 존재감을 키우고 있다. 'ACL 2023' 채택 목록에 카카오브레인의 연구 네 편이 "
        "이름을 올렸다. 올해 CVPR(컴퓨터비전학회), "
        "ICLR(표현학습국제학회)에 이은 성과다.\n\n"
        "채택된 네 편의 내역은 다음과 같다.\n"
        "- 메인 컨퍼런스: 2편\n"
        "- 파인딩스: 1편\n"
        "- 인더스트리 트랙: 1편"
    )
    facts = written_facts(text, published_at="2023-05-20")
    assert not any(confs == ("CVPR", "ICLR") for _, confs, _, _ in facts)
