"""Forms of real reporting probed in round 67, each with sentences written for these tests.

Round 67 took misses of batch 68, four rewritten sets held back unopened through rounds 64 to 66 (84/13/21 at `c66629a`
and at `9b2c26c` alike) and opened after that reading. The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A partner named with its professor's team and `과의 공동 작업` (`B 대학 C 교수 연구팀과의 공동 작업이다`) is a
#    collaborator, not the owner of the papers.


def test_joint_work_with_a_partners_team() -> None:
    text = (
        "한빛AI는 AAAI 2021에서 논문 2편을 발표했다. 두 편 모두 토론토대 마르코 벨리니 교수 연구팀과의 공동 "
        "작업이다."
    )
    facts = written_facts(text, published_at="2021-02-25")
    assert not any(org != "pattern:한빛ai" and count == 2 for org, _, _, count in facts)


# 2. A part whose clause names a country (`이 가운데 한국 연구진의 논문은 14편`) is the country's, not a part of the
#    organization counted before.


def test_a_countrys_part() -> None:
    text = (
        "KAIST는 ISSCC 2010에서 6편을 발표한다. 발표가 확정된 논문은 모두 211편이며, 이 가운데 한국 연구진의 "
        "논문은 15편으로 국가별 4위다."
    )
    facts = written_facts(text, published_at="2009-11-20")
    assert ("kaist", ("ISSCC",), 2010, 6) in facts
    assert not any(count == 15 for _, _, _, count in facts)
