"""Round 18 (organizations): the organizations bio, medical, semiconductor and ranking reporting names.

Gazetteer rows for pharma and biotech companies, hospitals, regulators, agencies and exchanges,
ranking publishers and societies; hospitals by form (`…대병원`, `…대학교병원`, `…의료원`); stems of
common words that make no name (`연구대학`, `생산기술연구소`) unless the word names a company's unit
again; the society a conference's name begins with (`USENIX Security`). Sentences are our own.
"""

from __future__ import annotations

import pytest

from extract import extract
from extract.gazetteer import fold
from extract.stems import generic_stem

D = "2025-06-01"


def pattern(name: str) -> str:
    return "pattern:" + fold(name)


def org_ids(text: str) -> set[str]:
    return {o.id for o in extract(text, published_at=D).organizations}


def facts(text: str) -> set[tuple[str, tuple[str, ...], int | None, int | None]]:
    result = extract(text, published_at=D)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


# --- gazetteer rows -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "ids"),
    [
        (
            "전시장에는 화이자와 노바티스, 독일 머크가 나란히 부스를 차렸다.",
            {"pfizer", "novartis", "merck-kgaa"},
        ),
        ("미국 머크(MSD)는 길리어드와 손잡고 병용요법 데이터를 공개한다.", {"msd", "gilead"}),
        ("유한양행은 존슨앤드존슨(J&J)에 기술을 이전했다.", {"yuhan", "jnj"}),
        ("에이비엘바이오와 레고켐바이오는 이중항체 협력을 발표했다.", {"abl-bio", "ligachem"}),
        ("아스트라제네카와 다이이찌산쿄가 공동 개발한 약물이다.", {"astrazeneca", "daiichi-sankyo"}),
        ("미국 식품의약국(FDA)은 지난달 허가를 내줬다.", {"fda"}),
        ("한국거래소에 따르면 이 회사 주가는 9% 올랐다.", {"krx"}),
        ("일본 국립암센터(NCCE)와 함께 진행한 연구다.", {"ncc-japan"}),
        ("EE타임스재팬은 일본 기업의 부진을 짚었다.", {"ee-times-japan"}),
        ("CS랭킹에 따르면 이 대학은 인공지능 분야 3위다.", {"csrankings"}),
        ("성균관대와 테네시주립대가 공동으로 연구했다.", {"skku", "tennessee-state"}),
        ("양산부산대병원과 화순전남대병원 의료진이 참여했다.", {"pnuyh", "cnuh-hwasun"}),
        ("미국 에모리대학교병원 영상의학과 연구진이 분석했다.", {"emory-hospital"}),
        ("온코닉테라퓨틱스는 신약 후보의 임상 결과를 냈다.", {"oncoinic"}),
    ],
)
def test_organizations_of_bio_and_ranking_reporting(sentence: str, ids: set[str]) -> None:
    assert ids <= org_ids(sentence)


def test_a_korean_cancer_centre_is_not_the_japanese_one() -> None:
    assert "ncc" not in org_ids("일본 국립암센터(NCCE)와 함께 진행한 연구다.")


def test_a_regulator_or_exchange_does_not_take_the_count() -> None:
    text = "미국 식품의약국(FDA) 허가를 받은 유한양행은 ASCO 2025에서 연구 초록 3편을 발표한다."
    assert facts(text) == {("yuhan", ("ASCO",), 2025, 3)}
    text = "한국거래소에 따르면 루닛은 RSNA 2024에서 초록 11편을 발표해 주가가 올랐다."
    assert facts(text) == {("lunit", ("RSNA",), 2024, 11)}


# --- hospitals by form ----------------------------------------------------------------------


def test_a_hospital_of_an_unknown_university_is_an_organization() -> None:
    text = "한솔대병원 영상의학과 연구팀은 RSNA 2024에서 논문 3편을 발표했다."
    assert facts(text) == {(pattern("한솔대병원"), ("RSNA",), 2024, 3)}
    assert pattern("한솔대학교병원") in org_ids("한솔대학교병원 연구진이 참여했다.")


def test_a_hospital_of_a_known_university_is_its_unit() -> None:
    result = extract("경상국립대병원 의료진은 이 결과를 공개했다.", published_at=D)
    ids = {o.id for o in result.organizations}
    assert pattern("경상국립대병원") in ids and "gyeongsang" in ids  # the university is named too


def test_another_form_of_a_listed_hospital_is_that_hospital() -> None:
    assert "snuh" in org_ids("서울대학병원 연구진이 분석했다.")
    assert "hanyang-medical-center" in org_ids("한양대학교의료원 교수진이 참여했다.")
    assert "hanyang" not in org_ids("한양대의료원은 학회에서 두각을 나타냈다.")  # not 한양대 + 의
    # a place glued before the hospital is not part of its name
    assert "stanford-health" in org_ids("미국스탠퍼드대학교병원 등 여러 기관이 참여했다.")


def test_a_medical_centre_by_form() -> None:
    assert pattern("한솔의료원") in org_ids("한솔의료원은 논문 2편을 냈다.")


@pytest.mark.parametrize(
    "sentence",
    [
        "국내 대학병원 대부분이 참여했다.",
        "지방대병원은 인력이 부족하다.",
        "공공의료원과 지방의료원의 적자가 늘었다.",
    ],
)
def test_kinds_of_hospitals_are_no_organizations(sentence: str) -> None:
    assert not {i for i in org_ids(sentence) if i.startswith("pattern:")}


# --- stems of common words ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "세계 명문대학 소속 팀들과 경쟁했다.",
        "이 회사는 컴퓨터 분야 연구대학 순위를 매년 낸다.",
        "생산기술연구소 설비팀의 논문도 SID 2025에 실렸다.",
        "중앙연구소와 소재연구소가 함께 참여했다.",
    ],
)
def test_a_stem_of_common_words_makes_no_name(sentence: str) -> None:
    assert not {i for i in org_ids(sentence) if i.startswith("pattern:")}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("새솔대학교 연구팀은 SID 2025에서 논문 2편을 냈다.", "새솔대학교"),
        ("누리연구소는 SID 2025에서 논문 2편을 냈다.", "누리연구소"),
    ],
)
def test_a_stem_of_its_own_still_makes_a_name(sentence: str, name: str) -> None:
    assert pattern(name) in org_ids(sentence)


def test_a_field_named_unit_after_its_company() -> None:
    text = (
        "박아무개 삼성디스플레이 디스플레이연구소장은 기술을 소개했다. "
        "디스플레이연구소는 SID 2025에서 논문 4편을 발표했다."
    )
    result = extract(text, published_at=D)
    unit = pattern("삼성디스플레이 디스플레이연구소")
    orgs = {o.id: o for o in result.organizations}
    assert unit in orgs and "samsung-display" in orgs
    assert len(orgs[unit].mentions) == 2  # named again by its last word
    assert {p.organization_id for p in result.paper_counts} <= {unit, "samsung-display"}


@pytest.mark.parametrize(
    ("stem", "generic"),
    [
        ("연구", True),
        ("생산기술", True),
        ("차세대디스플레이", True),
        ("누리", False),
        ("한양", False),
        ("", False),
    ],
)
def test_generic_stems(stem: str, generic: bool) -> None:
    assert generic_stem(stem) is generic


def test_a_field_acronym_before_a_team_is_no_name() -> None:
    assert org_ids("루닛 AI 연구팀이 구두 발표를 맡았다.") == {"lunit"}


# --- the society a conference's name begins with ----------------------------------------------


def test_the_society_in_a_conference_name_is_named_but_owns_no_count() -> None:
    text = "KAIST는 USENIX Security 2025에서 논문 3편을 발표했다."
    assert facts(text) == {("kaist", ("USENIX Security",), 2025, 3)}
    assert {"kaist", "usenix"} <= org_ids(text)
    assert "ieee" in org_ids("IEEE VIS 2025에는 논문 1편이 실렸다.")


def test_the_korean_name_of_rsna_is_a_conference() -> None:
    result = extract("한솔대병원은 제110회 북미방사선의학회(RSNA)에 초록 4편을 냈다.", published_at=D)
    assert {c.name for c in result.conferences} == {"RSNA"}
    assert pattern("북미방사선의학회") not in {o.id for o in result.organizations}
