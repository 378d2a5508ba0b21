"""Forms of real reporting probed in round 46, each with sentences written for these tests.

Round 46 took the misses of batch 46, scored blind (speech venues, security and systems venues, long histories at one
conference). The sentences below are our own.
"""

from __future__ import annotations

from extract import extract
from tests.extract.conftest import written_facts

# 1. A count opening its sentence as the topic (`30건은 두 계열사의 성과를 합친 숫자로, A와 B가 각각 …`) is the
#    count stated last, its owner's, not the first organization written after it.


def test_a_count_as_the_topic_is_the_count_stated_before() -> None:
    title = "카카오, 올해 AI 논문 33건"
    text = (
        "카카오가 올해 국제 학회 20곳에 AI 논문 33건을 실었다고 밝혔다. 지난해 25건에서 1년 새 8건이 늘었다.\n"
        "33건은 AI 연구 자회사 두 곳의 성과를 합친 숫자로, 카카오브레인과 카카오엔터프라이즈가 각각 12건과 "
        "21건을 등재했다."
    )
    facts = written_facts(text, title=title, published_at="2023-12-20")
    assert ("kakao", (), 2023, 33) in facts
    assert not any(org != "kakao" and count == 33 for org, _, _, count in facts)


# 2. A count written again after a sentence of last year's base (`지난해 … 4편에 그쳤다.` ⏎ `… 모두 24편이
#    채택됐다`) keeps the year it was first stated with, not the base's.


def test_a_count_written_again_after_last_year_s_base_keeps_its_year() -> None:
    text = (
        "포스텍이 올해 ICML에서 논문 24편을 채택시켰다. 지난해 이 학회에서 포스텍 논문은 4편에 그쳤다.\n\n"
        "김 교수는 10일 학교 소식지에 포스텍에서 모두 24편이 채택됐다고 적었다. 24편 중 15편은 인공지능대학원 "
        "연구실에서 나왔다."
    )
    facts = written_facts(text, published_at="2024-06-11")
    assert ("postech", ("ICML",), 2023, 24) not in facts
    assert ("postech", ("ICML",), 2024, 24) in facts


# 3. A year's papers at venues described with a superlative (`지난 한 해 최고 권위의 AI 학회에서 발표한 논문이
#    80건`) are a total over venues: no conference, not even the one the article names later.


def test_a_year_s_total_at_top_venues_has_no_conference() -> None:
    text = (
        "카카오가 지난 한 해 최고 권위의 글로벌 AI 학회에서 발표한 논문이 80건으로 집계됐다.\n\n"
        "컴퓨터 비전 분야에서는 CVPR 2022에서 처음으로 구두 발표를 했다."
    )
    facts = written_facts(text, published_at="2023-01-05")
    assert ("kakao", ("CVPR",), 2022, 80) not in facts
    assert ("kakao", (), 2022, 80) in facts


# 4. A conference in the clause that classes it with the article's own (`ISSCC와 함께 양대 학회로 꼽히는 VLSI
#    심포지엄에서도 A는 7편`) is the venue of the count when the sentence takes place there.


def test_a_conference_classed_with_the_article_s_own_is_the_venue_it_hosts() -> None:
    title = "포스텍, ISSCC 2024서 논문 6편"
    text = (
        "포스텍이 ISSCC 2024에서 논문 6편을 발표했다. ISSCC와 함께 반도체 회로 분야 양대 학회로 꼽히는 VLSI "
        "심포지엄에서도 포스텍은 올해 7편이 채택됐다."
    )
    facts = written_facts(text, title=title, published_at="2024-06-20")
    assert ("postech", ("VLSI",), 2024, 7) in facts
    assert ("postech", ("ISSCC",), 2024, 7) not in facts


# 5. An organization another is tied with (`B와 나란히 공동 3위`) is a comparison, not the owner of the count before.


def test_an_organization_tied_with_is_no_owner() -> None:
    text = (
        "서울대는 VLSI 심포지엄에서 두각을 보였다. 2021년 대회에서는 6편으로 인텔과 나란히 기관 순위 3위에 "
        "올랐고, 2023년 대회에서도 6편을 냈다."
    )
    facts = written_facts(text, published_at="2024-05-01")
    assert ("snu", ("VLSI",), 2021, 6) in facts
    assert not any(org == "intel" for org, _, _, _ in facts)


# 6. The rest given to each of several tracks (`나머지는 파인딩스와 인더스트리 트랙에 한 편씩`) is one subset per
#    track.


def test_the_rest_given_to_each_of_two_tracks_is_two_subsets() -> None:
    text = (
        "LG AI연구원이 ACL 2024에 논문 여섯 편을 채택시켰다. 여섯 편 가운데 네 편이 메인 컨퍼런스에 들었고, "
        "나머지는 파인딩스(Findings)와 인더스트리 트랙에 한 편씩 배정됐다."
    )
    result = extract(text, published_at="2024-06-01")
    ones = [p for p in result.paper_counts if p.count == 1 and p.organization_id == "lg-ai-research"]
    assert len(ones) == 2
    assert all(p.scope == "subset" for p in ones)


# 7. A sentence whose topic is a named event or selection the gazetteer does not know (`어워즈는 … 고르는 제도로,
#    올해는 30편만 뽑혔다`) counts that event's papers, not the carried subject's; a part of a country's pool named
#    for an organization after it (`그중 두 편이 A 연구였다`) is that organization's.


def test_a_selection_as_the_topic_counts_its_own_papers() -> None:
    title = "한양대, 'IEEE Micro Top Picks'에 논문 두 편"
    text = (
        "한양대 연구팀의 논문 두 편이 'IEEE Micro Top Picks'에 실렸다고 학교 측이 밝혔다. 톱픽스는 한 해 동안 "
        "여러 학술대회에 나온 컴퓨터 구조 논문 가운데 영향력이 큰 것을 고르는 제도로, 올해는 30편만 뽑혔다. "
        "이 중 한국 논문은 네 편이었고, 그중 두 편이 한양대 연구였다."
    )
    facts = written_facts(text, title=title, published_at="2025-02-10")
    assert not any(count in (30, 4) for _, _, _, count in facts)
    assert not any(confs == ("MICRO",) for _, confs, _, _ in facts)
    assert ("hanyang", (), 2025, 2) in facts
