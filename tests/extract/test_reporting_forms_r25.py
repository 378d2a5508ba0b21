"""Forms of real reporting probed in round 25, each with sentences written for these tests.

Round 25 took the misses of new sets (real text, reports rewritten in several house styles, reports
rewritten to test precision, and rankings of many organizations) as phenomena. The sentences below
are our own.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.conftest import FactKey, written_facts

# the facts written at the default confidence threshold, full gazetteer
kept = partial(written_facts, published_at="2024-02-15")


# 1. A dated total broken down by conference in the next sentence: the parts add up to the total, so
#    parts the text dates only by publication are of the total's year, with or without `학회별로는`.


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "LG AI연구원은 지난해 주요 학회에서 모두 25편의 논문을 발표했다. CVPR 8편, ICCV 6편, NeurIPS 11편이다.",
            {("lg-ai-research", ("CVPR",), 2023, 8), ("lg-ai-research", ("NeurIPS",), 2023, 11)},
        ),
        (
            "SK텔레콤이 작년에 발표한 논문은 15편이다. ACL에서 9편, EMNLP에서 6편을 냈다.",
            {("sk-telecom", ("ACL",), 2023, 9), ("sk-telecom", ("EMNLP",), 2023, 6)},
        ),
    ],
)
def test_parts_adding_up_to_a_dated_total_take_its_year(text: str, parts: set[FactKey]) -> None:
    facts = kept(text)
    assert parts <= facts
    assert not any(year == 2024 for _, _, year, _ in facts)


def test_parts_not_adding_up_keep_their_own_reading() -> None:
    facts = kept("SK텔레콤이 작년에 발표한 논문은 15편이다. ACL에서 9편, EMNLP에서 5편을 냈다.")
    assert ("sk-telecom", (), 2023, 15) in facts
    assert ("sk-telecom", ("ACL", "EMNLP"), 2023, 15) not in facts
