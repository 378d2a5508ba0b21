"""Forms of real reporting probed in round 47, each with sentences written for these tests.

Round 47 took misses left on opened sets and the misses of batch 47, scored blind. The sentences below are our own.
"""

from __future__ import annotations

from extract import extract
from tests.extract.conftest import written_facts

# 1. An organization's count of last year written with the year word between them (`A는 지난해 9건에서`, `B 역시
#    지난해 5건보다`), in a paragraph that names no papers, is a paper count of that year in an article about them.


def test_last_year_s_count_after_a_year_word_is_a_paper_count() -> None:
    text = (
        "올해 VLSI 심포지엄에서 아이멕은 12건, 삼성전자는 8건의 논문을 발표했다.\n\n"
        "작년과 비교하면 순위가 크게 바뀌었다. 아이멕은 지난해 7건에서 다섯 건을 보탰고, 삼성전자 역시 지난해 "
        "6건보다 두 건 늘었다."
    )
    facts = written_facts(text, published_at="2022-06-15")
    assert ("imec", ("VLSI",), 2021, 7) in facts
    assert ("samsung-electronics", ("VLSI",), 2021, 6) in facts
    assert not any(count in (5, 2) for _, _, _, count in facts)


# 2. A track named back right after the count (`기술 부문 최다 기관은 9건 모두를 이 부문에서 낸 A였다`) makes the
#    count that track's, a fact of its own beside the organization's equal whole.


def test_a_track_named_back_after_the_count_is_a_subset_of_its_own() -> None:
    text = (
        "VLSI 2024 기관별 채택 건수는 다음과 같다.\n"
        "▲삼성전자 12건 ▲아이멕 9건 ▲KAIST 8건\n\n"
        "기술 부문 최다 채택 기관은 9건 모두를 이 부문에서 낸 아이멕이었다."
    )
    result = extract(text, published_at="2024-05-20")
    nines = [p for p in result.paper_counts if p.organization_id == "imec" and p.count == 9]
    assert sorted(p.scope for p in nines) == ["subset", "unit"]
