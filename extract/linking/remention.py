"""A count written again as the topic of a description: no new fact.

Reporters name a count once and then describe those papers with the bare count as the subject
(`논문 일곱 편을 냈다. … 일곱 편은 A, B, C를 다룬다`, `이 5편 모두 …`). Such a count opens its
sentence, is followed by a topic or subject particle, and repeats a count the article has already
written: it refers back to that count, so it cannot give an organization named in between a count
of its own.
"""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.numerals import CountMatch, find_counts

# only a demonstrative may stand before the count in its sentence (`이 일곱 편은`, `해당 5편 모두`)
_OPENS = re.compile(r"\s*(?:이|그|이들|해당|앞의|이러한|이런)?\s*")
_TOPIC_AFTER = re.compile(r"\s*(?:은|는|이|가|도|모두|전부|(?:가운데|중)(?:에는|엔)?)(?![가-힣])")
# a whole about to be broken down (`30편을 소속별로 나누면`, `이 30편을 학과별로 보면`)
_BROKEN_DOWN_AFTER = re.compile(  # `학내 조직별로`, also with no 별로 (`30편을 나눠 보면`)
    r"\s*(?:을|를)\s*(?:(?:[가-힣]{1,4}\s)?[가-힣]{1,4}\s?별로\s?(?:나누면|나눠\s?보면|보면|살펴보면|쪼개면)"
    r"|(?:나누면|나눠\s?보면|쪼개\s?보면|쪼개면))"
)


def is_re_mention(text: str, s: Sentence, cm: CountMatch, before: str) -> bool:
    """Whether the count opens its sentence as a topic (`일곱 편은 …`) and repeats a count of the
    same value written earlier in the article (`before`: the headline and the text before the
    sentence)."""
    if cm.count is None or not _OPENS.fullmatch(text, s.start, cm.start):
        return False
    if not _TOPIC_AFTER.match(text, cm.end, s.end):
        return False
    return any(c.count == cm.count and c.counter == cm.counter for c in find_counts(before))


def is_broken_down(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether the count opens its sentence as the whole it breaks down (`30편을 소속별로 나누면 A가 20편,
    B가 10편`) and repeats a count the text wrote before the sentence: no fact of its own."""
    if cm.count is None or not _OPENS.fullmatch(text, s.start, cm.start):
        return False
    if not _BROKEN_DOWN_AFTER.match(text, cm.end, s.end):
        return False
    return any(c.count == cm.count and c.counter == cm.counter for c in find_counts(text, 0, s.start))
