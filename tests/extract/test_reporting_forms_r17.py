"""Forms of real reporting probed in round 17: organizations in slots other than the subject.

A name the gazetteer lacks before a count (`다온비전(3편)`, `새솔전자 3편`, `한결로보틱스에서 4편`), as
the predicate after `곳은` or `N편의` (`발표한 곳은 누리바이오였다`), in a list before 와/과/쉼표
(only a name by form), before `소속` or `연구진 논문`; and a country written right before an
organization (`미국 스탠퍼드대`) is where it is, not a second owner (see docs/extraction.md, round 17).
"""

from __future__ import annotations

import pytest

from extract import extract
from extract.gazetteer import default_gazetteers, fold

D = "2025-07-20"


def pattern(name: str) -> str:
    """The id of a pattern organization."""
    return "pattern:" + fold(name)


def default_keys(text: str) -> set[tuple[str, tuple[str, ...], int | None, int | None]]:
    """Facts at the default threshold."""
    result = extract(text, published_at=D)
    return {(p.organization_id, tuple(sorted(p.conferences)), p.year, p.count) for p in result.paper_counts}


@pytest.mark.parametrize(
    ("sentence", "name", "conf", "count"),
    [
        (
            "NeurIPS 2025에서 스타트업 가운데 5편으로 가장 많은 논문을 낸 곳은 바다로보틱스다.",
            "바다로보틱스",
            "NeurIPS",
            5,
        ),
        ("CVPR 2025에 논문 4편을 올린 곳은 솔빛바이오였다.", "솔빛바이오", "CVPR", 4),
        ("ACL 2025에서 8편으로 국내 기업 최다를 기록한 기관은 한울AI연구소다.", "한울AI연구소", "ACL", 8),
        ("ICRA 2025 순위에서 3위는 6편의 푸른모빌리티였다.", "푸른모빌리티", "ICRA", 6),
    ],
)
def test_an_unknown_name_as_the_predicate(sentence: str, name: str, conf: str, count: int) -> None:
    assert (pattern(name), (conf,), 2025, count) in default_keys(sentence)


def test_unknown_names_before_their_counts() -> None:
    text = "ICML 2025 국내 기업 실적은 네이버(11편), 바다로보틱스(4편), 솔빛바이오(2편) 순이었다."
    assert default_keys(text) == {
        ("naver", ("ICML",), 2025, 11),
        (pattern("바다로보틱스"), ("ICML",), 2025, 4),
        (pattern("솔빛바이오"), ("ICML",), 2025, 2),
    }
    text = "ISSCC 2025 채택 논문은 삼성전자 7편, 한울전자 3편, 푸른반도체 2편이다."
    assert default_keys(text) == {
        ("samsung-electronics", ("ISSCC",), 2025, 7),
        (pattern("한울전자"), ("ISSCC",), 2025, 3),
        (pattern("푸른반도체"), ("ISSCC",), 2025, 2),
    }
    text = "CHI 2025에서 기업 가운데서는 솔빛테크에서 3편이 나왔다."
    assert (pattern("솔빛테크"), ("CHI",), 2025, 3) in default_keys(text)


def test_a_list_of_unknown_names_before_each() -> None:
    text = "CVPR 2025에서 바다비전과 솔빛헬스케어는 각각 3편, 1편의 논문을 발표했다."
    assert default_keys(text) == {
        (pattern("바다비전"), ("CVPR",), 2025, 3),
        (pattern("솔빛헬스케어"), ("CVPR",), 2025, 1),
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("ACL 2025에서 한울테크 소속 연구원들이 논문 3편을 발표했다.", "한울테크"),
        ("ICRA 2025에서 바다로보틱스 연구진 논문 3편이 발표됐다.", "바다로보틱스"),
        ("Interspeech 2025에 솔빛연구원 논문 3편이 채택됐다.", "솔빛연구원"),
        ("ACL 2025에는 스타트업 한울에이아이까지 3편을 올렸다.", "한울에이아이"),
    ],
)
def test_an_unknown_name_before_affiliation_words(sentence: str, name: str) -> None:
    assert any(k[0] == pattern(name) and k[3] == 3 for k in default_keys(sentence))


def test_a_country_before_an_organization_is_where_it_is() -> None:
    assert default_keys("ICML 2025에서 9편을 발표한 곳은 중국 칭화대다.") == {
        ("tsinghua", ("ICML",), 2025, 9)
    }


def test_a_country_inside_a_list_of_tied_organizations_keeps_the_list_together() -> None:
    facts = default_keys(
        "ISSCC 2025 기관 순위에서 엔비디아, 소니, 미국 스탠퍼드대가 모두 4편으로 공동 5위에 올랐다."
    )
    assert {(org, count) for org, _, _, count in facts} == {
        ("nvidia", 4),
        ("sony", 4),
        ("stanford", 4),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "KAIST는 ICML 2025에서 12편을 발표했다. 분야별로는 머신러닝(7편), 컴퓨터비전(3편)이다.",
        "ICML 2025 논문 5편 중 딥러닝 3편, 강화학습 2편이었다.",
        "ICML 2025에서 책임연구원과 선임연구원이 각각 3편, 2편의 논문을 냈다.",
        "ICML 2025 논문 가운데 데이터센터와 클라우드 관련 논문이 각각 3편, 2편이다.",
        "ICML 2025에서 가장 많은 논문을 낸 곳은 미국으로 900편이었다.",
        "ICML 2025에서 2편을 발표한 사람은 김영수 박사다.",
        "한빛GPT는 ICML 2025 벤치마크에서 3편의 논문에 인용됐다.",
    ],
)
def test_no_organization_from_fields_roles_countries_or_people(sentence: str) -> None:
    assert not any(k[0].startswith("pattern:") for k in default_keys(sentence))
    assert not any(k[0].startswith("country:") for k in default_keys(sentence))


def test_departments_in_a_list_stay_their_universitys() -> None:
    text = "KAIST는 ICML 2025에서 20편을 냈다. 일반대학원과 전문대학원이 각각 15편, 5편이다."
    assert all(k[0] == "kaist" for k in default_keys(text))


@pytest.mark.parametrize(
    ("spelling", "entity"),
    [
        ("태재대", "taejae"),
        ("탐페레대학교", "tampere"),
        ("조지 메이슨대", "george-mason"),
        ("한국뇌연구원", "kbri"),
        ("연세의료원", "yuhs"),
        ("SIGDIAL", "sigdial"),
        ("WMT", "wmt"),
        ("유비콤프", "ubicomp"),
        ("ISPSD", "ispsd"),
    ],
)
def test_round_17_gazetteer_spellings(spelling: str, entity: str) -> None:
    gaz = default_gazetteers()
    ids = {fold(s): o.id for o in gaz.organizations.values() for s in o.spellings()}
    ids |= {fold(s): c.id for c in gaz.conferences.values() for s in c.spellings()}
    assert ids.get(fold(spelling)) == entity


def test_the_gazetteers_are_as_large_as_the_issue_asks() -> None:
    gaz = default_gazetteers()
    assert len(gaz.organizations) >= 600
    assert len(gaz.conferences) >= 120
