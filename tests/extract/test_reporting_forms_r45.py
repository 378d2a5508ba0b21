"""Forms of real reporting probed in round 45, each with sentences written for these tests.

Round 45 took the misses of batch 45, scored blind (vision and robotics venues, recommender and web venues,
HCI venues). The sentences below are our own.
"""

from __future__ import annotations

from extract import extract
from tests.extract.conftest import written_facts

# 1. Papers said to have won a prize with `도` and an adverb before the verb (`3편은 최우수논문상도 함께
#    받았다`): award slots, no subset of the organization's papers.


def test_papers_that_also_won_a_prize_are_no_subset() -> None:
    text = (
        "고려대는 올해 CHI 2025에서 논문 15편을 발표했다. 15편 가운데 3편은 우수논문상(Honorable Mention)도 "
        "함께 받았다."
    )
    facts = written_facts(text, published_at="2025-05-02")
    assert ("korea-university", ("CHI",), 2025, 15) in facts
    assert not any(count == 3 for _, _, _, count in facts)


# 2. Counts in a clause that sets them apart from the papers (`논문과는 별개로 데모 4건을`, `논문 발표와 별도로`)
#    count other programme items, whatever their nouns.


def test_counts_set_apart_from_the_papers_are_no_papers() -> None:
    text = (
        "연세대는 CHI 2025에 정규 논문 12편을 올렸다. 논문과는 별개로 체험형 전시 프로그램 4건을 운영하고, "
        "토론 모임 2건에도 참여한다."
    )
    facts = written_facts(text, published_at="2025-04-20")
    assert ("yonsei", ("CHI",), 2025, 12) in facts
    assert not any(count in (4, 2) for _, _, _, count in facts)


def test_papers_counted_apart_from_other_papers_stay_papers() -> None:
    text = "연세대는 CHI 2025에 정규 논문 12편을 올렸다. 정규 논문과는 별도로 워크숍 논문 3편도 발표한다."
    facts = written_facts(text, published_at="2025-04-20")
    assert ("yonsei", ("CHI",), 2025, 3) in facts


# 3. A country in an apposition before an organization (`북미 연구 거점인 A`, `미국 법인인 B`) describes it and
#    owns no count.


def test_a_country_in_an_apposition_describes_the_organization_after_it() -> None:
    text = (
        "삼성전자가 ICCV 2025에서 논문 11편을 발표했다고 밝혔다.\n\n"
        "이번 11편에는 미국 연구 거점인 삼성리서치아메리카와 삼성종합기술원이 낸 논문이 함께 들어 있다. "
        "이 가운데 두 편은 구두 발표로 뽑혔다."
    )
    facts = written_facts(text, published_at="2025-10-20")
    assert ("samsung-electronics", ("ICCV",), 2025, 2) in facts
    assert not any(org.startswith("country:") for org, _, _, _ in facts)


# 4. A workshop paper beside an equal count of the main conference (`본 학회에서 1편`, `워크숍에서도 1편`) is a
#    fact of its own, not the main count restated.


def test_a_workshop_paper_beside_an_equal_main_conference_count() -> None:
    text = (
        "엔씨소프트가 NeurIPS 2024에서 연구 성과를 냈다. 본 학회에서는 논문 한 편이 채택됐다. "
        "엔씨소프트는 이와 별개로 데이터 중심 AI 워크숍에서 논문 1편으로 구두 발표 기회를 얻었다."
    )
    result = extract(text, published_at="2024-12-12")
    ones = [p for p in result.paper_counts if p.count == 1 and p.organization_id == "ncsoft"]
    assert len(ones) == 2


# 5. Papers listed with `등` whose last one only is written with an organization in the genitive (`이 지도 논문과
#    A의 로봇 연구 등 두 편은`): the organization owns one of them, not the count; the linker abstains.


def test_an_organization_owning_one_of_the_listed_papers_does_not_own_their_count() -> None:
    text = (
        "네이버가 ICCV 2019에 논문 6편을 낸다. 6편 가운데 5편은 네이버랩스 유럽에서 나왔다. 남은 한 편은 "
        "네이버랩스 연구진의 몫으로, 지도 제작 연구다.\n\n"
        "이 지도 논문과 네이버랩스 유럽의 로봇 파지 연구 등 두 편은 구두 발표 무대에 선다."
    )
    facts = written_facts(text, published_at="2019-06-01")
    assert ("naver-labs-europe", ("ICCV",), 2019, 5) in facts
    assert ("naver-labs-europe", ("ICCV",), 2019, 2) not in facts


# 6. A parent in the genitive of the units summed (`A의 두 자회사를 합치면 N건`) owns the total, even when a
#    sentence about another year stands between the units' counts and the sum.


def test_a_parent_whose_units_are_summed_owns_the_total() -> None:
    text = (
        "LG AI연구원은 올해 국제 학회에 논문 21건을 실었다.\n\n"
        "LG전자도 상반기에만 7건을 국제 학회에 실었다. 지난해 한 해 동안 낸 논문은 11편이었다. "
        "LG의 두 연구 계열사를 합치면 올해 실적은 28건이다."
    )
    result = extract(text, published_at="2023-08-01")
    totals = [p for p in result.paper_counts if p.count == 28]
    assert [(p.organization_id, p.scope) for p in totals] == [("lg", "total")]
    assert totals[0].confidence >= 0.5
