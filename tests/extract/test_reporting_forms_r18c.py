"""Forms of real reporting probed in round 18 (conferences and medical reports).

Medical, bio and display makers report at conferences the gazetteer lacked (`미국면역항암학회(SITC)`,
`세계폐암학회`, `EASD`); a fact whose sentence names a conference the gazetteer does not know must not
be written with no conference (or a carried one); and medical reporting counts abstracts, posters and
results, not 논문 (`5개 연구결과를 발표한다`, `이 가운데 하나는 … 선정`). See docs/extraction.md, round 18.
All sentences are our own; company names other than gazetteer ones are invented.
"""

from __future__ import annotations

import pytest

from extract import extract
from extract.gazetteer import default_gazetteers

D = "2024-06-20"
Key = tuple[str, tuple[str, ...], int | None, int | None]


def keys(text: str, published_at: str = D, min_confidence: float | None = None) -> set[Key]:
    """Facts as (organization, conferences, year, count), at the default threshold unless given."""
    kwargs = {} if min_confidence is None else {"min_confidence": min_confidence}
    result = extract(text, published_at=published_at, **kwargs)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


def conference_ids(text: str) -> set[str]:
    """Canonical names of the conferences the text names."""
    return {c.name for c in extract(text, published_at=D).conferences}


# 1. conferences the gazetteer lacked, written as reporters write them


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("‘2024 미국면역항암학회(SITC)’에", "SITC"),
        ("미국 면역항암학회 연례학술대회에", "SITC"),
        ("SITC 2024에", "SITC"),
        ("미국혈액학회(ASH)에", "ASH"),
        ("유럽혈액학회 연례회의에", "EHA"),
        ("세계폐암학회(WCLC)에", "WCLC"),
        ("ASCO GI 2024에", "ASCO GI"),
        ("ESMO 아시아 2024에", "ESMO Asia"),
        ("미국당뇨병학회에", "ADA Scientific Sessions"),
        ("유럽당뇨병학회(EASD)에", "EASD"),
        ("알츠하이머협회 국제컨퍼런스(AAIC)에", "AAIC"),
        ("유럽심장학회에", "ESC Congress"),
        ("미국간학회(AASLD)에", "AASLD"),
    ],
)
def test_medical_conferences_are_named(spelling: str, name: str) -> None:
    text = f"가온메디칼은 {spelling} 참가한다고 밝혔다."
    assert name in conference_ids(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "루닛은 ‘2024 미국면역항암학회(SITC)’에서 연구 초록 7편을 발표한다고 밝혔다.",
            {("lunit", ("SITC",), 2024, 7)},
        ),
        (
            "뷰노는 지난해 SITC에서 2편을 발표한 데 이어 올해 학회로부터 5편의 연구가 채택됐다.",
            {("vuno", ("SITC",), 2023, 2), ("vuno", ("SITC",), 2024, 5)},
        ),
        (
            "한미약품은 미국혈액학회(ASH)에서 포스터 3건을 공개한다.",
            {("hanmi-pharm", ("ASH",), 2024, 3)},
        ),
    ],
)
def test_counts_at_medical_conferences_take_them(text: str, expected: set[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize("spelling", ["ADA", "ACC", "ESC", "ATS", "ERS", "ASTRO"])
def test_ambiguous_bare_acronyms_are_no_conference(spelling: str) -> None:
    gaz = default_gazetteers()
    spellings = {s for c in gaz.conferences.values() for s in c.spellings()}
    assert spelling not in spellings


def test_an_edition_number_dates_a_medical_conference() -> None:
    text = "루닛은 제39회 SITC에서 연구 초록 4편을 발표했다."
    assert keys(text) == {("lunit", ("SITC",), 2024, 4)}


# 2. a conference the gazetteer does not know, in the count's place


@pytest.mark.parametrize(
    "sentence",
    [
        "루닛은 지난해 KXTC에서 3편의 연구 초록을 발표했다.",
        "루닛은 ‘2023 유럽면역세포학회’에서 3편의 연구 초록을 발표했다.",
        "루닛은 미국소아종양학회(APOG)에서 3편의 연구 초록을 발표했다.",
        "루닛은 2023 KXTC에 초록 3편이 채택됐다.",
        "루닛은 초록 3편을 KXTC에서 발표했다.",
    ],
)
def test_a_count_at_an_unknown_conference_is_no_fact(sentence: str) -> None:
    text = "루닛은 해외 학회 발표를 이어가고 있다. " + sentence
    assert keys(text, published_at="2023-11-10") == set()
    below = keys(text, published_at="2023-11-10", min_confidence=0.0)
    assert all(k[0] != "lunit" or k[1] == () or k[3] == 3 for k in below)


@pytest.mark.parametrize(
    "second",
    [
        "또 지난해 열린 유럽면역세포학회에서 3편의 연구 초록을 발표했다.",
        "또 KXTC 2023에도 3편이 채택됐다.",
    ],
)
def test_an_unknown_conference_does_not_take_the_one_carried(second: str) -> None:
    text = "뷰노는 RSNA 2023에서 연구 초록 6편을 발표했다. " + second
    facts = keys(text, published_at="2023-12-01")
    assert facts == {("vuno", ("RSNA",), 2023, 6)}


@pytest.mark.parametrize(
    "text",
    [
        # acronyms of things, not venues
        "뷰노는 RSNA 2023에서 연구 초록 6편을 발표했다. 이 가운데 MRI에서 얻은 영상을 쓴 연구가 4편이다.",
        "삼성디스플레이는 SID 2024에서 논문 12편을 발표한다. 특히 OLED에서의 새 구조를 다룬 3편은 초청 논문이다.",
        # a field or a superlative, not a name
        "뷰노는 이번 학회에서 6편을 발표했다. 세계 최고 권위의 국제학회에서 거둔 성과다.",
    ],
)
def test_acronyms_and_descriptions_that_are_no_venue_keep_the_facts(text: str) -> None:
    facts = keys(text, published_at="2023-12-01")
    assert any(k[3] in (6, 12) for k in facts)
    if "OLED" in text:
        assert ("samsung-display", ("SID",), 2024, 3) in facts


# 3. medical reporting counts abstracts and results, not 논문


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("유한양행은 ASCO 2024에서 하위분석결과와 장기 추적 데이터 등 5개 연구결과를 공개한다.", 5),
        ("유한양행은 ASCO 2024에서 4개의 초록을 포스터로 발표한다.", 4),
        ("유한양행은 ASCO 2024에서 연구 초록 6편을 공개했다.", 6),
        ("유한양행은 ASCO 2024에서 임상 결과 3건을 선보인다.", 3),
    ],
)
def test_abstracts_and_results_are_counted(sentence: str, count: int) -> None:
    assert keys(sentence) == {("yuhan", ("ASCO",), 2024, count)}


def test_results_in_a_sentence_that_does_not_name_the_conference() -> None:
    text = (
        "ASCO 2024가 다음 달 미국 시카고에서 열린다. 국내사로는 유한양행이 장기 추적 관찰 결과를 비롯해 "
        "5개 연구결과를 선보인다."
    )
    assert keys(text) == {("yuhan", ("ASCO",), 2024, 5)}


@pytest.mark.parametrize(
    ("second", "part"),
    [
        ("이 가운데 하나는 학회가 고른 디스커션 세션에 올랐다.", 1),
        ("이 중 둘은 구두 발표로 뽑혔다.", 2),
    ],  # a part that won a prize (`그 가운데 하나가 최우수 초록상을 받았다`) is an award slot since round 27
)
def test_a_part_named_by_a_numeral_is_a_subset(second: str, part: int) -> None:
    text = "루닛은 ASCO 2024에서 4편의 연구 초록을 포스터로 발표한다. " + second
    result = extract(text, published_at=D)
    got = {(p.organization_id, p.count, p.scope) for p in result.paper_counts}
    assert got == {("lunit", 4, "unit"), ("lunit", part, "subset")}


@pytest.mark.parametrize(
    "second",
    [
        "이 가운데 하나는 폐암 환자를 대상으로 한 연구다.",  # only its topic
        "이 중 하나는 뷰노가 함께 발표하는 연구로 구두 발표에 선정됐다.",  # another owner
    ],
)
def test_a_part_that_is_no_subset_gives_no_fact(second: str) -> None:
    text = "루닛은 ASCO 2024에서 4편의 연구 초록을 포스터로 발표한다. " + second
    assert keys(text) == {("lunit", ("ASCO",), 2024, 4)}


def test_a_part_with_no_count_before_is_no_fact() -> None:
    text = "ASCO 2024에서 국내 기업들이 연구를 발표한다. 이 가운데 하나는 구두 발표에 선정됐다."
    assert keys(text) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "이번 행사에서는 포스터 초록만 3000여건이 공개될 예정이며 부스를 연 기업도 600여곳에 이른다.",
        "루닛은 검증에 4만2000건이 넘는 흉부 X선 영상을 썼다.",
        "루닛은 이 연구에서 병원 세 곳의 120건의 조직 슬라이드를 다시 판독했다.",
        "루닛은 2500건 이상의 실제 진료 데이터로 모델을 검증했다.",
        "ASCO 2024에는 5200편의 초록이 접수됐고 이 가운데 2900편이 발표된다.",
    ],
)
def test_conference_totals_and_study_data_are_no_ones_papers(sentence: str) -> None:
    text = "루닛은 ASCO 2024에서 연구 초록 4편을 발표한다. " + sentence
    result = extract(text, published_at=D, min_confidence=0.0)
    assert {(p.organization_id, p.count) for p in result.paper_counts} == {("lunit", 4)}


def test_a_named_organization_in_a_list_of_results_is_no_survey_source() -> None:
    text = "한미약품은 AACR 2024에서 신약 후보 분석결과와 안전성 결과 등 7개 포스터를 발표한다."
    assert keys(text) == {("hanmi-pharm", ("AACR",), 2024, 7)}
