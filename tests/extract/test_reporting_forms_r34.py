"""Forms of real reporting probed in round 34, each with sentences written for these tests.

Round 34 took the misses of batch 34, scored blind: conference recaps, university releases, articles that
mix English into Korean, and analysis columns. The sentences below are our own.
"""

from __future__ import annotations

from extract.api import extract
from tests.extract.conftest import written_facts

# 1. An edition named by its year and the venue word with `때` (`2019년 학회 때도 8편`) is the article's
#    conference's, and the counts after it go on with that conference.


def test_an_edition_by_year_and_venue_word_is_the_article_s_conference() -> None:
    text = (
        "포스텍이 ISSCC 2023에서 논문 아홉 편을 발표한다. 포스텍은 2021년 학회 때도 6편을 올린 바 있다. "
        "미국 스탠퍼드대 한 연구실은 2021년에 5편을 냈다."
    )
    facts = written_facts(text, published_at="2022-11-20")
    assert ("postech", ("ISSCC",), 2021, 6) in facts
    assert ("postech", (), 2021, 6) not in facts


# 2. A service as someone's own page (`자신의 페이스북에 "총 12건이 채택됐다"는 글을`) is a medium, no owner.


def test_a_service_as_someone_s_own_page_owns_no_count() -> None:
    text = (
        "서울대가 ICLR 2024에서 논문을 대거 발표한다. 이 같은 결과는 김 서울대 교수가 8일 자신의 페이스북에 "
        '"총 12건이 채택됐다"는 글을 올리며 알려졌다.'
    )
    facts = written_facts(text, published_at="2024-01-20")
    assert not any(org in ("facebook", "meta") for org, _, _, _ in facts)


# 3. Venues summed (`6개 학회(AAAI, CHI, …)를 합쳐 42편`, `CVPR을 더하면서`) include no organization: the count
#    stays the unit's, not its parent's total.


def test_venues_summed_stay_the_unit_s_count() -> None:
    title = "네이버 클로바, 'CVPR 2022'서 14편"
    text = (
        "네이버의 AI 연구 조직 클로바 연구진의 논문 14편이 'CVPR 2022'에 채택됐다.\n\n"
        "CVPR을 더하면서 클로바가 올해 채택받은 논문은 5개 학회(AAAI, CHI, ICLR, ACL, CVPR)를 합쳐 38편이 됐다."
    )
    facts = written_facts(text, title=title, published_at="2022-03-20")
    assert ("naver-clova", ("AAAI", "ACL", "CHI", "CVPR", "ICLR"), 2022, 38) in facts
    assert not any(org == "naver" for org, _, _, _ in facts)


# 4. A subheadline's count whose conference is only carried from the headline (`CVPR 2022서 14편` ⏎ `…지난해
#    60건 기록에 바짝`) does not stand for the body's undated count of last year; the body's stands.


def test_a_headline_s_carried_conference_does_not_stand_for_the_body_s_undated_count() -> None:
    title = "네이버 클로바, 'CVPR 2022'서 14편"
    text = (
        "올 1분기에만 5개 학회 38편, 지난해 60건 기록에 바짝\n\n"
        "네이버 클로바 연구진의 논문 14편이 'CVPR 2022'에 채택됐다.\n\n"
        "CVPR을 더하면서 클로바가 올해 채택받은 논문은 5개 학회(AAAI, CHI, ICLR, ACL, CVPR)를 합쳐 38편이 됐다. "
        "한 해가 4분의 1밖에 지나지 않았는데 지난해 1년 동안 쌓은 60건에 이미 근접했다."
    )
    facts = written_facts(text, title=title, published_at="2022-03-20")
    assert ("naver-clova", (), 2021, 60) in facts
    assert ("naver-clova", ("CVPR",), 2021, 60) not in facts


# 5. Round 35 (batch 35): partners named in a list item (`B 종양내과·병리과와 협업한 연구 등 논문 2편`, `B 등과 …
#    검증한 연구 등 초록 4편`) own none of the subject's papers; `9개 암종` counts cancer types; a seller
#    (`C로부터 사들인 연구소`) is no owner; `라인 포함 14편` is the subject's total with its affiliate.


def test_partners_named_in_list_items_own_none_of_the_subject_s_papers() -> None:
    text = (
        "뷰노의 최근 학회 성과는 다음과 같다.\n\n"
        "▲2022년 ASCO: 세브란스병원 종양내과·병리과와 협업한 생존율 예측 연구 등 논문 2편\n"
        "▲2023년 ASCO: 서울대병원 등과 7개 암종, 800명 환자 데이터를 검증한 연구 등 초록 3편 포스터 발표\n"
    )
    facts = written_facts(text, published_at="2023-06-10")
    assert ("vuno", ("ASCO",), 2022, 2) in facts and ("vuno", ("ASCO",), 2023, 3) in facts
    assert not any(org in ("severance", "snuh") for org, _, _, _ in facts)
    assert not any(count == 7 for _, _, _, count in facts)


def test_a_seller_is_no_owner_and_an_affiliate_included_gives_the_subject_s_total() -> None:
    text = (
        "네이버는 CVPR 2017에서 논문 다섯 편을 발표한다. 이 가운데 네 편은 네이버가 지난달 제록스로부터 사들인 "
        "프랑스 연구소 '네이버랩스유럽'에서 나왔다.\n\n"
        "▲ICASSP 2021: 네이버 9편, 라인 포함 14편\n"
    )
    facts = written_facts(text, published_at="2017-07-21")
    assert not any(org == "xerox" for org, _, _, _ in facts)
    assert ("naver", ("ICASSP",), 2021, 14) in facts
    assert not any(org == "line" for org, _, _, _ in facts)


# 6. Round 36 (batch 36): a table of several organizations' averages (`| MIT | 4.6편 |`) leaves no subject
#    though its rows gave no fact; a whole broken down with no `별로` (`30편을 나눠 보면 … 20편이고`) is no
#    second fact.


def test_a_table_of_averages_leaves_no_subject() -> None:
    text = (
        "포스텍은 지난 10년 동안 ISSCC에 해마다 평균 5.2편을 냈다. 같은 기간 다른 대학의 평균은 다음과 같다.\n\n"
        "| 대학 | 연평균 |\n| 스탠퍼드대 | 3.1편 |\n| 미시간대 | 2.8편 |\n\n"
        "ISSCC와 함께 양대 학회로 꼽히는 VLSI에서는 올해 일곱 편이 채택됐다."
    )
    facts = written_facts(text, published_at="2024-05-02")
    assert not any(org in ("stanford", "umich") for org, _, _, _ in facts)


def test_a_whole_broken_down_without_byeollo_is_no_second_fact() -> None:
    text = (
        "포스텍은 ICML 2024에서 논문 18편을 발표한다. 18편을 나눠 보면 인공지능대학원 연구실에서 나온 논문이 "
        "12편이고, 다른 학과 연구실이 6편을 냈다."
    )
    result = extract(text, published_at="2024-05-10")
    assert [p.count for p in result.paper_counts].count(18) == 1


def test_a_column_counting_venues_is_no_count_of_papers() -> None:
    text = (
        "카카오 두 계열사의 지난해 학회 실적은 다음과 같다.\n\n"
        "| 회사 | 등재 학회 수 | 논문 수 |\n| 카카오브레인 | 8개 | 12건 |\n| 카카오엔터프라이즈 | 13개 | 21건 |\n"
    )
    facts = written_facts(text, published_at="2022-01-05")
    assert not any(count in (8, 13) for _, _, _, count in facts)


# 7. Round 37 (batch 37): a ratio written `세 편에 한 편꼴` is no count; a table whose count column names its
#    organization (`| 연도 | 포스텍 논문(NeurIPS·ICML 합계) |`) gives the rows to it, not to the last one named.


def test_a_ratio_written_with_e_is_no_count() -> None:
    text = (
        "Q. 삼성전자 논문은 몇 편인가.\nA. 올해 ISSCC 2024에서 우리 논문 12편이 뽑혔다. 세 편에 한 편꼴이라 쉬워 "
        "보일 수 있지만 실제 칩으로 검증해야 해 심사가 까다롭다."
    )
    facts = written_facts(text, published_at="2023-11-20")
    assert facts == {("samsung-electronics", ("ISSCC",), 2024, 12)}


def test_a_count_column_naming_its_organization_owns_the_rows() -> None:
    text = (
        "포스텍이 ICML 기관 순위에서 20위에 올랐다. 아시아에서는 칭화대가 18위로 가장 높았다.\n\n"
        "| 연도 | 포스텍 논문(NeurIPS·ICML 합계) | 증감 |\n| 2019 | 4건 | - |\n| 2020 | 9건 | +5 |\n"
    )
    facts = written_facts(text, published_at="2021-05-20")
    assert ("postech", ("ICML", "NeurIPS"), 2020, 9) in facts
    assert not any(org == "tsinghua" for org, _, _, _ in facts)
