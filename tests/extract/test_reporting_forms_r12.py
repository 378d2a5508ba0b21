"""Forms of real reporting read in round 12, each with sentences written for these tests.

Each test is one phenomenon found in real news text the rules had not seen: a country naming the
group whose papers a headline line counts with no particle (`국내 연구진 80편 채택`), one count
shared by every member of a list with a tied rank (`A, B가 모두 4편으로 공동 5위`), and spellings
of a name the gazetteer need not list (`…사` for a company, `공과 대학교` for `공대`).
"""

from __future__ import annotations

import pytest

from tests.extract.test_reporting_forms import fact_keys


def test_a_country_group_line_does_not_give_its_count_to_the_last_subject() -> None:
    text = (
        "가람전자는 ECCV 2026에서 논문 6편을 발표했다.\n\n"
        "◆국내 연구진 80편 넘게 채택...구두 발표 논문도 12편 넘어\n"
        "국내 대학과 기업의 성과를 정리했다."
    )
    facts = fact_keys(text, published_at="2026-10-02")
    assert ("pattern:가람전자", ("ECCV",), 2026, 6) in facts
    assert not any(f[3] == 12 for f in facts)


def test_a_country_group_with_its_particle_still_clears_the_subject() -> None:
    text = "삼성전자는 ICCV 2025에서 논문 7편을 냈다. 한국 연구팀은 모두 90편을 냈다. 구두 논문도 9편이다."
    facts = fact_keys(text, published_at="2025-10-20")
    assert ("samsung-electronics", ("ICCV",), 2025, 7) in facts
    assert not any(f[3] == 9 for f in facts)


def test_a_country_naming_a_record_class_keeps_the_subject() -> None:
    text = "가람전자는 ICLR 2026에서 논문 11편이 채택됐다. 국내 기업 최초로 두 자릿수 논문을 발표했다. 지난해에는 4편이었다."
    facts = fact_keys(text, published_at="2026-01-26")
    assert ("pattern:가람전자", ("ICLR",), 2025, 4) in facts


@pytest.mark.parametrize("shared", ["모두 4편으로 공동 5위", "나란히 4편을 기록해 공동 5위"])
def test_one_count_with_a_tied_rank_belongs_to_each_member(shared: str) -> None:
    text = f"VLSI 2026에서 인텔은 9편으로 2위였고, 소니, TSMC, 미시간대가 {shared}에 올랐다."
    facts = fact_keys(text, published_at="2026-05-20")
    for org in ("sony", "tsmc", "umich"):
        assert (org, ("VLSI",), 2026, 4) in facts
    assert ("intel", ("VLSI",), 2026, 9) in facts


def test_one_count_with_all_but_no_tied_rank_is_not_split() -> None:
    text = "VLSI 2026에서 소니와 TSMC가 모두 8편을 발표했다."
    facts = fact_keys(text, published_at="2026-05-20")
    assert ("sony", ("VLSI",), 2026, 8) not in facts
    assert ("tsmc", ("VLSI",), 2026, 8) not in facts


@pytest.mark.parametrize(
    ("written", "org"),
    [
        ("제록스사로부터", "xerox"),
        ("미국 인텔사는", "intel"),
        ("캘리포니아 공과 대학교와", "caltech"),
        ("미시건대는", "umich"),
        ("대만국립대는", "ntu-taiwan"),
        ("LIG넥스원은", "lig-nex1"),
    ],
)
def test_spellings_the_gazetteer_need_not_list(written: str, org: str) -> None:
    from extract import extract

    result = extract(f"{written} 새 연구소를 세웠다.", published_at="2026-01-05", min_confidence=0.0)
    assert org in {o.id for o in result.organizations}


def test_parts_in_the_next_sentence_that_add_up_break_the_count_down() -> None:
    text = (
        "ACL 2026에서 한빛전자의 연구 6편이 채택됐다. 메인 트랙(Main track) 4편, 파인딩스 1편, "
        "시스템 시연 1편이다."
    )
    facts = fact_keys(text, published_at="2026-05-15")
    assert ("pattern:한빛전자", ("ACL",), 2026, 6) in facts
    assert ("pattern:한빛전자", ("ACL",), 2026, 4) in facts
    assert ("pattern:한빛전자", ("ACL",), 2026, 1) in facts


@pytest.mark.parametrize(
    "second",
    [
        "메인 트랙 4편, 파인딩스 1편이다.",  # 4 + 1 is not 6: parts of something else
        "가람대는 메인 트랙 4편, 파인딩스 2편이다.",  # an organization of its own
        "2024년 4편, 2025년 2편이었다.",  # parts by year: earlier editions, not tracks
    ],
)
def test_parts_that_do_not_add_up_or_have_an_owner_are_no_breakdown(second: str) -> None:
    text = f"ACL 2026에서 한빛전자의 연구 6편이 채택됐다. {second}"
    facts = fact_keys(text, published_at="2026-05-15")
    assert ("pattern:한빛전자", ("ACL",), 2026, 4) not in facts


def test_two_equal_parts_of_one_breakdown_are_two_subsets() -> None:
    from extract import extract

    text = "EMNLP 2026에서 한빛전자의 연구 4편이 채택됐다. 메인 트랙 2편, 파인딩스 1편, 시스템 시연 1편이다."
    result = extract(text, published_at="2026-09-01", min_confidence=0.0)
    ones = [p for p in result.paper_counts if p.count == 1 and p.organization_id == "pattern:한빛전자"]
    assert len(ones) == 2
    assert {p.scope for p in ones} == {"subset"}


def test_a_track_section_count_equal_to_the_total_is_a_second_fact() -> None:
    """Round 30: a track's count equal to its organization's total is the whole and one track's part,
    two facts, as every set annotated since lists them (round 18 kept one, round 12 both)."""
    from extract import extract

    text = (
        "VLSI 2026에서 아이멕은 논문 12건이 채택돼 2위에 올랐다. "
        "VLSI는 기술과 회로 두 부문으로 나뉜다. 기술 부문에서는 아이멕이 12건으로 가장 많았다."
    )
    result = extract(text, published_at="2026-05-20", min_confidence=0.0)
    twelve = [p for p in result.paper_counts if p.organization_id == "imec" and p.count == 12]
    assert sorted(p.scope for p in twelve) == ["subset", "unit"]


def test_conference_list_members_after_their_descriptions() -> None:
    text = "한빛전자는 올해 언어 분야 학회인 ‘ACL’, 기계학습 학회 ‘ICML’, 음성 분야 학술대회 ‘ICASSP’에 논문 6건을 실었다."
    facts = fact_keys(text, published_at="2026-08-01")
    assert ("pattern:한빛전자", ("ACL", "ICASSP", "ICML"), 2026, 6) in facts
    assert ("pattern:한빛전자", ("ICASSP",), 2026, 6) not in facts


def test_one_paper_over_listed_conferences_is_no_total() -> None:
    text = "한빛전자는 올해 ACL, ICML, ICASSP에 논문 1건을 실었다. AAAI에도 논문 2건이 채택됐다."
    facts = fact_keys(text, published_at="2026-08-01")
    assert not any(f[3] == 1 for f in facts)
    assert ("pattern:한빛전자", ("AAAI",), 2026, 2) in facts


def test_two_papers_over_three_named_conferences_stay_a_total() -> None:
    text = "가람전자는 올해 ICLR, NeurIPS, ICML 등 3대 학회에서 논문 2편을 발표했다."
    facts = fact_keys(text, published_at="2025-12-01")
    assert ("pattern:가람전자", ("ICLR", "ICML", "NeurIPS"), 2025, 2) in facts


@pytest.mark.parametrize(
    "second",
    ["구두 발표 논문도 10편이다.", "논문은 모두 14편이다.", "각각 10편과 4편이다."],
)
def test_a_list_as_subject_gives_later_counts_to_no_one_member(second: str) -> None:
    text = f"가람전자와 나래전자는 ICCV 2025에 참가했다. {second}"
    facts = fact_keys(text, published_at="2025-10-20")
    assert not any(f[0] == "pattern:가람전자" for f in facts)


@pytest.mark.parametrize(
    "second",
    [
        "이 학술대회에는 120개의 최신 설계소프트웨어업체들이 참가한다.",
        "행사장에는 40개 AI스타트업이 부스를 연다.",
    ],
)
def test_a_count_of_companies_written_as_a_compound_is_no_paper_count(second: str) -> None:
    text = f"가람대는 올해 DAC 2026에서 논문 3편을 발표한다. {second}"
    facts = fact_keys(text, published_at="2026-06-01")
    assert ("pattern:가람대", ("DAC",), 2026, 3) in facts
    assert not any(f[3] in (120, 40) for f in facts)


def test_a_sentence_about_the_event_gives_its_count_to_no_carried_subject() -> None:
    text = (
        "삼성전자는 올해 ISSCC에 참가한다. 이 학술대회는 논문 200편을 소개한다. 이번 학회에서 8편을 발표한다."
    )
    facts = fact_keys(text, published_at="2026-01-10")
    assert ("samsung-electronics", ("ISSCC",), 2026, 8) in facts
    assert not any(f[3] == 200 for f in facts)
