"""Round 19 (organizations): company words of bio and materials reporting, a group's Latin prefix,
organizations named outside a count's slots (a head in parentheses, a person's employer, societies,
national institutes abroad, members of an enumeration, a product's maker), news outlets as sources
but not as bylines. Sentences are our own; the companies are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.test_reporting_forms_r18o import facts, org_ids, pattern


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("미국 자회사 누리 테라퓨틱스를 통해 임상 결과를 알렸다.", "누리 테라퓨틱스"),
        ("새솔테라퓨틱스는 항체 후보물질을 공개한다.", "새솔테라퓨틱스"),
        ("XY바이오사이언스는 전임상 결과를 포스터로 내놓는다.", "XY바이오사이언스"),
        ("한결제약과 가온의료재단이 부스를 열었다.", "한결제약"),
        ("한결제약과 가온의료재단이 부스를 열었다.", "가온의료재단"),
        ("다온머티리얼즈가 신소재를 선보였다.", "다온머티리얼즈"),
    ],
)
def test_company_words_name_a_company(text: str, name: str) -> None:
    assert pattern(name) in org_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "국내 제약 기업들이 의약품 임상 결과를 발표했다.",
        "디지털헬스케어 시장이 커지고 있다.",
        "글로벌 테라퓨틱스 분야의 흐름이 바뀌었다.",
    ],
)
def test_common_words_before_a_company_word_make_no_name(text: str) -> None:
    assert not {i for i in org_ids(text) if i.startswith("pattern:")}


def test_a_group_prefix_glued_to_an_unknown_word_is_a_company_of_its_own() -> None:
    ids = org_ids("SK누리솔루션은 새 비전 모델을 공개했다.")
    assert pattern("SK누리솔루션") in ids and "sk" not in ids
    assert "sk" in org_ids("SK그룹은 새 비전 모델을 공개했다.")


def test_a_company_with_its_head_in_parentheses() -> None:
    assert pattern("누리로") in org_ids("공공 데이터 전문 누리로(대표 박민지)는 논문이 상을 받았다고 밝혔다.")


def test_a_persons_employer_is_listed() -> None:
    ids = org_ids("기조 강연에는 허민 한결마이터스 대표와 다른 연사들이 나선다.")
    assert pattern("한결마이터스") in ids
    assert pattern("허민") not in ids


def test_a_company_then_its_head_names_no_person() -> None:
    ids = org_ids("한미약품 권한결 사장은 투자를 늘리겠다고 말했다.")
    assert "hanmi-pharm" in ids and pattern("권한결") not in ids


def test_societies_by_form_but_not_their_meetings() -> None:
    assert pattern("일본누리물리학회") in org_ids("IEEE와 일본누리물리학회가 주관하는 학술대회가 열린다.")
    assert pattern("대한누리학회") not in org_ids("제12차 추계 대한누리학회에서 논문 9편을 발표했다.")


def test_a_national_institute_abroad() -> None:
    assert pattern("국립누리센터") in org_ids("일본 국립누리센터 연구진과 공동 연구를 논의했다.")


def test_unknown_members_of_an_enumeration_of_companies() -> None:
    ids = org_ids("후원사로는 삼성전자, 네이버, 다온랩스튜디오, 바로AI, 퀄컴 등이 참여했다.")
    assert pattern("다온랩스튜디오") in ids and pattern("바로AI") in ids
    assert not {i for i in org_ids("이어 또한, 삼성전자, 네이버 등이 참여했다.") if i.startswith("pattern:")}


def test_a_product_names_its_maker() -> None:
    assert "google" in org_ids("이 학회는 구글 스칼라 지표로 상위권에 든다.")


def test_news_outlets_as_sources_but_not_as_bylines() -> None:
    assert "money-today" in org_ids("그는 귀국 뒤 머니투데이와 인터뷰에서 계획을 밝혔다.")
    assert "edaily" not in org_ids("[이데일리 박민지 기자] 한결로보틱스는 논문을 발표했다.")
    assert "news1" not in org_ids("(대전=뉴스1) 박민지 기자 = 한결로보틱스는 논문을 발표했다.")
    assert "naver" in org_ids("[서울=뉴시스] 박민지 기자 = 네이버가 논문 3편을 발표했다.")


def test_listed_organizations_own_no_counts() -> None:
    text = "누리로(대표 박민지)와 함께 한결대는 ICML 2025에서 논문 4편을 발표했다."
    assert all(f[0] != pattern("누리로") for f in facts(text))


def test_new_rows() -> None:
    assert "samsung-medical-center" in org_ids("그는 서울삼성병원에서 수련했다.")
    assert "hanmi-group" in org_ids("한미약품그룹은 연구 결과를 공개했다.")
    assert "msit" in org_ids("과학기술정통부의 지원 사업에 선정됐다.")
