"""Forms of real reporting probed in round 30, each with sentences written for these tests.

Round 30 took the misses of a new batch of sets scored blind: ranking tables beside a track's equal
count, counts measured against another organization's, editions named only to compare, and a parent
announcing what its unit did. The sentences below are our own.
"""

from __future__ import annotations

from extract.api import extract
from tests.extract.conftest import written_facts


def _scoped(text: str, published_at: str) -> list[tuple[str | None, int | None, str]]:
    result = extract(text, published_at=published_at)
    return sorted((p.organization_id, p.count, p.scope) for p in result.paper_counts)


# 1. A track's count equal to the organization's whole (`공정 부문에서는 TSMC가 9건`, under a ranking
#    row `| 2 | TSMC | 9 |`) is a fact of its own: the whole and one track's part.


def test_a_track_s_count_equal_to_the_whole_is_a_second_fact() -> None:
    text = (
        "IEDM 2024에 논문이 많이 채택된 기관은 다음과 같다.\n\n"
        "| 순위 | 기관 | 채택 논문(건) |\n"
        "|---|---|---|\n"
        "| 1 | 인텔 | 14 |\n"
        "| 2 | TSMC | 9 |\n\n"
        "IEDM은 논문을 공정과 소자 두 부문으로 나눠 뽑는다. 공정 부문에서는 TSMC가 9건으로 가장 많았다.\n"
    )
    scoped = _scoped(text, "2024-10-20")
    assert ("tsmc", 9, "unit") in scoped and ("tsmc", 9, "subset") in scoped
    assert ("intel", 14, "unit") in scoped


def test_an_oral_part_equal_to_the_whole_stays_one_fact() -> None:
    text = "카카오브레인은 ECCV 2024에 논문 2편을 냈다. 2편 모두 구두 발표로 뽑혔다."
    assert [c for _, c, _ in _scoped(text, "2024-09-01")].count(2) == 1


# 2. A count measured against another organization (`도쿄대에 한 건 뒤진 여덟 건`, `이보다 세 건 적은
#    아홉 건`) is the subject's, in a paragraph of a ranking that names no paper word in the sentence.


def test_a_count_behind_another_organization_is_the_subject_s() -> None:
    text = (
        "VLSI 2024 채택 논문 집계에서 소니는 열두 건으로 2위였다. 도쿄대는 이보다 세 건 적은 아홉 건으로 "
        "4위에 올랐다. 인텔은 도쿄대에 한 건 뒤진 여덟 건으로 5위였다."
    )
    facts = written_facts(text, published_at="2024-05-20")
    assert facts == {
        ("sony", ("VLSI",), 2024, 12),
        ("utokyo", ("VLSI",), 2024, 9),
        ("intel", ("VLSI",), 2024, 8),
    }


# 3. Editions named only beside the count: an earlier edition in the owner's attribute (`ISSCC 2024에서
#    1위에 올랐던 TSMC는 이번에`) does not date this time's count; an edition's record as a comparison
#    base (`2025년 대회에서 세운 최고 기록(51편)보다는`) does not date the list after it.


def test_an_earlier_edition_in_the_owner_s_attribute_does_not_date_this_time_s_count() -> None:
    text = (
        "ISSCC 2025 채택 논문 목록이 공개됐다. 삼성전자는 논문 열 편을 올렸다. "
        "'ISSCC 2024'에서 기관 1위에 올랐던 TSMC는 이번에 다섯 편에 그쳤다."
    )
    facts = written_facts(text, published_at="2024-11-20")
    assert ("tsmc", ("ISSCC",), 2025, 5) in facts
    assert ("tsmc", ("ISSCC",), 2024, 5) not in facts


def test_a_record_compared_with_does_not_date_the_list_after_it() -> None:
    text = (
        "ISSCC 2027에 채택된 한국 논문은 47편이다.\n\n"
        "2025년 대회에서 세운 최고 기록(51편)보다는 네 편 적다.\n\n"
        "국내 기관별로는 다음과 같다.\n"
        "- SK하이닉스: 6편\n"
        "- 포스텍: 5편\n"
    )
    facts = written_facts(text, published_at="2026-11-25")
    assert ("sk-hynix", ("ISSCC",), 2027, 6) in facts and ("postech", ("ISSCC",), 2027, 5) in facts


def test_the_year_a_lab_was_bought_does_not_date_its_count() -> None:
    text = (
        "네이버는 ACL 2023에서 논문 여덟 편을 발표했다. 네이버 클로바가 다섯 편, 2017년 사들인 유럽 "
        "연구소 네이버랩스유럽이 세 편을 각각 냈다."
    )
    facts = written_facts(text, published_at="2023-07-10")
    assert ("naver-labs-europe", ("ACL",), 2023, 3) in facts
    assert all(year != 2017 for _, _, year, _ in facts)


# 4. Rows and lines: a row of a ranking table that names no organization (`| - | 전체 | 180 |`) is no
#    one's count; a body line under a lead (`▲라인 발표분을 합친 수: 12편`) stands when the same count
#    is written for another conference later; `두 회사 합산 N건` is the containing company's total.


def test_a_total_row_of_a_ranking_table_is_no_one_s_count() -> None:
    text = (
        "IEDM 2023 기관별 채택 순위에서 삼성전자는 2위에 올랐다. 순위는 다음과 같다.\n\n"
        "| 순위 | 기관 | 논문 수 |\n"
        "|---|---|---|\n"
        "| 1 | 인텔 | 10 |\n"
        "| 2 | 삼성전자 | 8 |\n"
        "| - | 전체 | 180 |\n"
    )
    facts = written_facts(text, published_at="2023-10-01")
    assert facts == {("intel", ("IEDM",), 2023, 10), ("samsung-electronics", ("IEDM",), 2023, 8)}


def test_two_companies_summed_is_the_parent_s_total() -> None:
    text = "카카오와 카카오브레인은 'NeurIPS 2023'에서 두 회사 합산 11건의 논문을 발표했다."
    facts = written_facts(text, published_at="2023-12-01")
    assert facts == {("kakao", ("NeurIPS",), 2023, 11)}


def test_a_body_line_stands_beside_the_same_count_at_another_conference() -> None:
    text = (
        "네이버, ACL 2024서 논문 8편\n"
        "라인 논문 합치면 12편…\n\n"
        "네이버는 ACL 2024에서 논문 8편을 발표한다고 3일 밝혔다. 이번 학회 성적은 다음과 같다.\n"
        "▲네이버 발표 논문: 8편\n"
        "▲관계사 라인 발표분을 합친 수: 12편\n\n"
        "네이버와 라인은 앞서 'ICASSP 2024'에서도 두 회사 합산 12편을 발표했다.\n"
    )
    facts = written_facts(text, published_at="2024-08-03")
    assert ("naver", ("ACL",), 2024, 12) in facts
    assert ("naver", ("ICASSP",), 2024, 12) in facts


# 5. This time's count (`이번에 채택된 세 편은`) is the body's lead conference's, not that of an earlier
#    success a subheadline names; a parent announcing its unit's breakdown (`LG가 이날 밝힌 발표 논문
#    구성은`) is not the owner of the parts.


def test_this_time_s_count_is_the_body_lead_s_not_a_subheadline_s() -> None:
    text = (
        "업스테이지, 자연어처리 학회 'ACL 2024' 문턱 넘었다\n"
        "지난 5월 ICLR 워크숍 4편 이어 자연어처리 학회서도 성과\n\n"
        "업스테이지는 'ACL 2024'에 자사 논문 3편이 채택됐다고 2일 밝혔다. 학회는 8월 태국에서 열린다.\n\n"
        "이번에 채택된 세 편은 모두 문서 이해 연구로, 업스테이지 연구진이 대학과 함께 진행했다.\n\n"
        "업스테이지의 올해 학회 성과는 다음과 같다.\n"
        "- 5월: ICLR 2024 워크숍 논문 4편\n"
        "- 8월: ACL 2024 논문 3편\n"
    )
    facts = written_facts(text, published_at="2024-07-02")
    assert ("upstage", ("ICLR",), 2024, 4) in facts
    assert ("upstage", ("ICLR",), 2024, 3) not in facts


def test_a_parent_announcing_its_unit_s_breakdown_does_not_own_it() -> None:
    text = (
        "LG AI연구원이 'ECCV 2024'에서 논문 7편을 발표한다. "
        "LG가 이날 밝힌 발표 논문 구성은 정규 논문 다섯 편에 워크숍 논문 두 편이다."
    )
    facts = written_facts(text, published_at="2024-09-29")
    assert ("lg-ai-research", ("ECCV",), 2024, 5) in facts
    assert not any(org == "lg" for org, _, _, _ in facts)


# 5. A study of one year's papers (`2023년 발표 논문을 … 분석한 결과`) dates the ranking after it, over
#    venues counted by number (`세계 AI 학회 9곳`); a parent's units counted together (`카카오의 AI 연구
#    계열사 두 곳이 … 모두 31건`) are the parent's total; `9월 현재까지` is this year, not a career.


def test_a_study_of_one_year_s_papers_dates_the_ranking_after_it() -> None:
    text = (
        "지난해 국내 연구진이 세계 AI 학회 9곳에 낸 논문은 210편이었다. 미국의 한 대학이 2023년 발표 논문을 "
        "나라와 기관별로 분석한 결과가 1일 공개됐다.\n\n기관별로는 메타가 400편으로 1위였고, 구글이 380편으로 "
        "뒤를 이었다."
    )
    facts = written_facts(text, published_at="2024-05-01")
    assert facts == {("meta", (), 2023, 400), ("google", (), 2023, 380)}


def test_a_parent_s_two_units_counted_together_and_this_year_so_far() -> None:
    text = (
        "카카오의 AI 연구 계열사 두 곳이 올해 국제 학회에 낸 논문이 모두 31건으로 집계됐다.\n\n"
        "카카오브레인은 9월 현재까지 학회에 실린 논문이 18건이라고 밝혔다. 지난해 한 해 동안 채택된 논문은 "
        "12건이었다."
    )
    assert _scoped(text, "2024-09-09") == [
        ("kakao", 31, "total"),
        ("kakao-brain", 12, "unit"),
        ("kakao-brain", 18, "unit"),
    ]
    facts = written_facts(text, published_at="2024-09-09")
    assert ("kakao-brain", (), 2024, 18) in facts and ("kakao-brain", (), 2023, 12) in facts
