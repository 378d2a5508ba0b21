"""The grown gazetteers (sizes: test_gazetteer.py): Korean and English spellings of every row, the spellings Korean
tech news uses, no common words among them, and the new names found in whole articles.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import re

import pytest

from extract import extract
from extract.gazetteer import default_gazetteers, fold
from extract.matcher import default_matcher

HANGUL = re.compile(r"[가-힣]")
LATIN = re.compile(r"[A-Za-z]")


ORGS = tuple(default_gazetteers().organizations.values())
CONFS = tuple(default_gazetteers().conferences.values())


def test_every_organization_has_korean_and_english_spellings() -> None:
    lacking = [o.id for o in ORGS if not any(HANGUL.search(s) for s in o.spellings())]
    assert lacking == [], f"no Korean spelling: {lacking}"
    lacking = [o.id for o in ORGS if not LATIN.search(o.name_en)]
    assert lacking == [], f"no English name: {lacking}"


def test_every_conference_has_korean_and_english_spellings() -> None:
    lacking = [c.id for c in CONFS if not any(HANGUL.search(s) for s in c.spellings())]
    assert lacking == [], f"no Korean spelling: {lacking}"
    lacking = [c.id for c in CONFS if not (LATIN.search(c.name) and LATIN.search(c.full_name))]
    assert lacking == [], f"no English name: {lacking}"


def test_units_hang_under_their_parent() -> None:
    by_id = default_gazetteers().organizations
    assert by_id["intel-labs"].parent == "intel"
    assert by_id["mobileye"].parent == "intel"
    assert by_id["zoox"].parent == "amazon"
    assert by_id["bell-labs"].parent == "nokia"
    assert by_id["ieee-sscs"].parent == "ieee"


@pytest.mark.parametrize(
    ("spelling", "org_id"),
    [
        ("도시바", "toshiba"),
        ("히타치", "hitachi"),
        ("르네사스", "renesas"),
        ("키옥시아", "kioxia"),
        ("아이멕", "imec"),
        ("IMEC", "imec"),
        ("유럽 나노 및 반도체 기술연구소", "imec"),
        ("인텔 랩", "intel-labs"),
        ("딥마인드", "google-deepmind"),
        ("하이닉스반도체", "sk-hynix"),
        ("에이아이트릭스", "aitrics"),
        ("코어라인소프트", "coreline-soft"),
        ("딥바이오", "deep-bio"),
        ("망고부스트", "mangoboost"),
        ("CEO스코어", "ceo-score"),
        ("기업데이터연구소 CEO스코어", "ceo-score"),
        ("리더스인덱스", "leaders-index"),
        ("트렌드포스", "trendforce"),
        ("포항공대", "postech"),
        ("POSTECH", "postech"),
        ("지스트", "gist"),
        ("디지스트", "dgist"),
        ("유니스트", "unist"),
        ("한국공학대학교", "tukorea"),
        ("스탠포드대", "stanford"),
        ("스탠퍼드대학", "stanford"),
        ("메사추세츠공과대", "mit"),
        ("베이징 대학", "peking"),
        ("카네기 멜론대학", "cmu"),
        ("난징대", "nanjing"),
        ("마카오대", "umacau"),
        ("국제전기전자기술자협회", "ieee"),
        ("국제컴퓨터비전재단", "cvf"),
        ("미국반도체산업협회", "sia-us"),
        ("한국나노기술원", "kanc"),
        ("분당서울대병원", "snubh"),
        ("메이오클리닉", "mayo-clinic"),
    ],
)
def test_organization_spellings(spelling: str, org_id: str) -> None:
    index = {fold(s): o.id for o in ORGS for s in o.spellings()}
    assert index.get(fold(spelling)) == org_id


@pytest.mark.parametrize(
    ("spelling", "conf_id"),
    [
        ("국제고체회로학회", "isscc"),
        ("국제고체반도체회로학회", "isscc"),
        ("국제 고체 회로 학술회의", "isscc"),
        ("아시아반도체회로학회", "asscc"),
        ("초고밀도집적회로학회", "vlsi"),
        ("북미영상의학회", "rsna"),
        ("미국임상종양학회", "asco"),
        ("유럽종양학회", "esmo"),
        ("전자부품기술학회", "ectc"),
        ("국제 로봇 및 자동화 학술대회", "icra"),
        ("표준학습국제학회", "iclr"),
        ("뉴립스", "neurips"),
        ("국제 컴퓨터비전·패턴인식 학술대회", "cvpr"),
        ("핫칩스", "hot-chips"),
    ],
)
def test_conference_spellings(spelling: str, conf_id: str) -> None:
    index = {fold(s): c.id for c in CONFS for s in c.spellings()}
    assert index.get(fold(spelling)) == conf_id


@pytest.mark.parametrize(
    "text",
    [
        "쿠버네티스 포드가 자동으로 늘어났다.",
        "생성형 AI가 신세계를 열었다는 평가가 나왔다.",
        "나사를 조이는 로봇 팔을 선보였다.",
        "라이온즈 팬들이 야구장에 모였다.",
        "저녁 노을이 아름다웠다.",
        "아크릴 판 위에 회로를 올렸다.",
        "데이터센터(IDC) 투자를 늘렸다.",
    ],
)
def test_common_words_are_not_organizations(text: str) -> None:
    found = [m for m in default_matcher().find(text) if m.kind == "org"]
    assert found == []


def test_google_scholar_is_a_product_not_google() -> None:
    text = "순위는 구글 스칼라의 지표를 따랐다. 구글은 논문 30편을 냈다."
    orgs = [(m.id, m.text) for m in default_matcher().find(text) if m.kind == "org"]
    assert orgs == [("google", "구글")]


def _org_ids(text: str) -> set[str]:
    return {o.id for o in extract(text, published_at="2024-11-20").organizations}


def test_foreign_chip_makers_and_institutes_in_a_ranking() -> None:
    text = (
        "내년 ISSCC에서는 아이멕이 9편으로 가장 많았고 도시바와 르네사스가 각각 5편, "
        "미디어텍이 4편을 발표한다. 국내에서는 디지스트와 유니스트가 3편씩 냈다."
    )
    assert {"imec", "toshiba", "renesas", "mediatek", "dgist", "unist"} <= _org_ids(text)


def test_rating_firm_and_startups_in_an_ai_paper_ranking() -> None:
    text = (
        "리더스인덱스가 세계 3대 AI 학회 논문을 집계한 결과 에이아이트릭스는 6건, "
        "트웰브랩스는 4건, 망고부스트는 2건으로 나타났다."
    )
    assert {"leaders-index", "aitrics", "twelve-labs", "mangoboost"} <= _org_ids(text)


def test_universities_written_many_ways() -> None:
    text = (
        "포항공대 연구팀과 스탠포드대, 칭화대학교, 도쿄대 연구진이 CVPR에 함께 논문 2편을 냈다. "
        "지스트는 1편을 발표했다."
    )
    assert {"postech", "stanford", "tsinghua", "utokyo", "gist"} <= _org_ids(text)


def test_medical_ai_company_at_a_radiology_meeting() -> None:
    text = "코어라인소프트는 북미영상의학회(RSNA)에서 연구 초록 7편을 발표한다고 밝혔다."
    result = extract(text, published_at="2024-11-20")
    assert "coreline-soft" in {o.id for o in result.organizations}
    assert "rsna" in {c.id for c in result.conferences}
