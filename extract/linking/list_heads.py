"""The head a list of counts is read under (`특허 출원은 ▲A 30건 ▲B 20건`, `많이 인용된 논문 수는
A 300건, B 200건 순`): what the head says the first item counts, every later item counts too,
however far from the head it stands."""

from __future__ import annotations

import re

from extract.linking.cues import CITED, PAPER_WORD, PATENT
from extract.linking.sentences import Sentence
from extract.numerals import CountMatch, find_counts

# what stands between two items of a list: a separator, a name or a rank, no verb (`) ▲B `, `, 3위는 C(`)
_ITEM_GAP = re.compile(
    r"\s*\)?\s*(?:,|▲|△|·|ㆍ|/)\s*(?:[^\s,.▲△()다]+\s){0,2}[^\s,.▲△()]*?\s*(?:은|는|이|가|도)?\s*\(?\s*"
)
# papers counted by how often others cite them (`많이 인용된 논문`, `피인용 상위`)
_CITATION_HEAD = re.compile(r"피인용|고인용|(?:많이|자주)\s?인용")


def list_head(text: str, s: Sentence, cm: CountMatch) -> tuple[int, int] | None:
    """Where the head of the list a count is a later item of lies (sentence start to the first
    item's count), or None when no count of the list comes before it."""
    start = cm.start
    for earlier in reversed(find_counts(text, s.start, cm.start)):
        if _ITEM_GAP.fullmatch(text, earlier.end, start) is None:
            break
        start = earlier.start
    return None if start == cm.start else (s.start, start)


def head_counts_other_things(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether the count is a later item of a list whose head counts patents (no paper word after
    the patent word) or papers by citations."""
    if not any(rx.search(text, s.start, cm.start) for rx in (PATENT, CITED, _CITATION_HEAD)):
        return False  # most counts: no such head before them in the sentence
    head = list_head(text, s, cm)
    if head is None:
        return False
    if CITED.search(text, *head) or _CITATION_HEAD.search(text, *head):
        return True
    patents = [m.end() for m in PATENT.finditer(text, *head)]
    return bool(patents) and PAPER_WORD.search(text, patents[-1], head[1]) is None
