"""Forms of ranking reports probed in round 19 (rewritten reports of circuits and AI rankings).

A ranking is written over several one-sentence paragraphs, with the conference and the word 논문 only
in the first: `가장 많은 16건을 올린 곳은 A였다`, `B는 이보다 한 건 적은 15건`; a table as text
(`▲A 13건 ▲B 11건`) whose members each own their count, so none is the others' competitor; the same
count for several (`C·D는 나란히 5건씩`); a source before the owner (`E의 분석에 따르면`); and a
sentence about patents (`특허 출원 건수에서는 A가 120건으로 선두였고, B(80건)`) counts no papers.
See docs/extraction.md, round 19. All sentences are our own.
"""

from __future__ import annotations

from extract import extract

D = "2023-05-20"
LEAD = "내달 열리는 'VLSI 심포지엄 2023'의 기관별 논문 채택 현황이 나왔다.\n"
Key = tuple[str, tuple[str, ...], int | None, int | None]


def keys(text: str) -> set[Key]:
    """Facts as (organization, conferences, year, count), at the default threshold."""
    result = extract(text, published_at=D)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


def test_a_ranking_goes_on_in_paragraphs_without_the_word_paper() -> None:
    text = LEAD + "가장 많은 16건을 올린 곳은 카이스트였다.\n삼성전자는 이보다 한 건 적은 15건으로 2위였다."
    assert keys(text) == {("kaist", ("VLSI",), 2023, 16), ("samsung-electronics", ("VLSI",), 2023, 15)}


def test_a_source_before_the_owner_is_no_owner() -> None:
    text = LEAD + "한 전문지의 분석에 따르면 가장 많은 16건을 올린 곳은 카이스트였다."
    assert keys(text) == {("kaist", ("VLSI",), 2023, 16)}


def test_a_table_written_as_text_and_a_count_for_each() -> None:
    text = LEAD + (
        "기관별로는 ▲카이스트 13건 ▲인텔 11건 ▲포스텍 7건 ▲소니 6건 순으로 뒤를 이었고, "
        "TSMC·미시간대는 나란히 5건씩을 기록했다."
    )
    assert {(k[0], k[3]) for k in keys(text)} == {
        ("kaist", 13),
        ("intel", 11),
        ("postech", 7),
        ("sony", 6),
        ("tsmc", 5),
        ("umich", 5),
    }


def test_a_sentence_about_patents_counts_no_papers() -> None:
    text = (
        "카카오는 올해 ICML과 NeurIPS에 논문 9편을 냈다.\n"
        "인공지능 특허 출원 건수에서는 네이버가 120건으로 선두였고, 카카오(80건)와 LG전자(60건)가 뒤따랐다."
    )
    assert keys(text) == {("kakao", ("ICML", "NeurIPS"), 2023, 9)}


def test_an_owner_after_a_count_in_the_present_tense() -> None:
    text = "올해 ICML에서 국내 기관 가운데 가장 많은 열두 편의 논문을 발표하는 곳은 카카오다."
    assert keys(text) == {("kakao", ("ICML",), 2023, 12)}


def test_an_organizations_own_count_a_part_is_picked_from_is_its_count() -> None:
    text = "올해 ICLR에 채택된 카이스트 논문 20편 가운데 16편이 AI대학원에서 나왔다."
    assert ("kaist", ("ICLR",), 2023, 20) in keys(text)


def test_a_conference_wide_count_a_part_is_picked_from_is_nobodys() -> None:
    text = "올해 ICLR에 채택된 논문 3000편 가운데 카이스트는 20편을 냈다."
    assert keys(text) == {("kaist", ("ICLR",), 2023, 20)}


def test_a_societys_count_is_its_members_not_its_own() -> None:
    text = "올해 RSNA에서 대한내과학회 회원들이 발표한 논문은 모두 150편으로 집계됐다."
    assert keys(text) == set()
