"""Forms of real reporting probed in round 57, each with sentences written for these tests.

Round 57 took the misses of batch 58 (medical imaging venues, chip rankings, NLP listicles). The sentences below are
our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A list of pairs whose later owners no gazetteer lists, past the first pair's predicate (`A의 조직 'A 헬스'가 9편으로
#    가장 많았고, 모던 이미징 랩스(MIL)가 7편, 딥비전이 5편`), gives the later counts to nobody it knows, not to A.


def test_later_pairs_with_unlisted_owners_are_not_the_first_owner_s() -> None:
    text = (
        "MICCAI 2021에서는 중국 기업들의 약진이 눈에 띄었다. 현지 집계를 보면 텐센트의 의료 AI 조직 '텐센트 헬스'가 "
        "9편으로 가장 많았고, 모던 이미징 랩스(MIL)가 7편, 딥비전이 5편으로 뒤를 이었다."
    )
    facts = written_facts(text, published_at="2021-10-10")
    assert not any(org == "tencent" and count in (7, 5) for org, _, _, count in facts)


# 2. A marked label naming its event before a comma (`▲2021년 EMNLP, 5위로`) dates its entry, and `이듬해` inside the
#    next entry is that entry's year.


def test_a_marked_label_with_its_event_and_the_next_year_inside_an_entry() -> None:
    text = (
        "국내 자연어처리 연구의 최근 성과를 항목으로 정리했다.\n\n"
        "▲2022년 EMNLP, 6위로\n"
        "그해 EMNLP에 채택된 국내 논문은 40편이었다. 기관별로는 KAIST가 14편을 올렸다.\n\n"
        "▲2023년 ACL, 카카오 4편\n"
        "카카오는 이듬해 ACL에 논문 4편을 채택시켰다."
    )
    facts = written_facts(text, published_at="2025-11-10")
    assert ("kaist", ("EMNLP",), 2022, 14) in facts
    assert ("kakao", ("ACL",), 2023, 4) in facts
    assert ("kakao", ("ACL",), 2024, 4) not in facts
