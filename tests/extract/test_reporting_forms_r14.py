"""Forms of real reporting read in round 14, each with sentences written for these tests.

Each test is one phenomenon found in real news text the rules had not seen: an oral count restated
in a later quote (one fact, not two), units written as a coordination after their parent (`클로바 및
AI랩`, `LG의 AI연구원`), a count whose sentence opens a new paragraph after the paper sentence it
continues, a yearly trend over the conferences the sentence before named as a series, and names
the gazetteer lacked.
"""

from __future__ import annotations

from extract import extract


def test_a_subset_restated_in_a_later_quote_is_one_fact() -> None:
    text = (
        "가람전자는 ICCV 2025에서 논문 5편을 발표한다. 이 가운데 3편이 구두 발표로 뽑혔다.\n"
        "회사 관계자는 \u201c작년엔 1편이었는데 올해는 3편이 구두 발표로 뽑혔다\u201d고 말했다."
    )
    result = extract(text, published_at="2025-09-01", min_confidence=0.0)
    threes = [p for p in result.paper_counts if p.count == 3]
    assert len(threes) == 1
    assert threes[0].scope == "subset"
