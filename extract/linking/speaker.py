"""The owner of `우리` in a quote: the organization whose spokesperson speaks (`카카오 관계자는 "… 우리
ACL 논문 4편도 …"`), not an organization the quote talks about (`"메타는 한 학회에 50편 넘게 낸다"`)."""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.matcher import EntityMention
from extract.numerals import CountMatch

_QUOTE_OPEN = re.compile(r"[\"“]")
_WE = re.compile(r"(?<![가-힣])우리(?:의|는|가|도|\s*(?:회사|연구원|연구소|학교|대학|팀|연구진|측))?\s")
# the speaker: an organization followed by its spokesperson (`카카오 관계자는`, `네이버 측은`, `KAIST 총장은`)
_SPOKESPERSON = re.compile(
    r"\s*(?:[가-힣A-Za-z]{1,8}\s+){0,2}?(?:관계자|측|대표|센터장|연구원장|원장|총장|소장|책임자|부사장|사장)"
    r"(?:은|는|이|가|도)?(?![가-힣])"
)


def speaker_of_we(text: str, s: Sentence, cm: CountMatch) -> EntityMention | None:
    """The speaking organization when the count is the quote's `우리 … N편`, with no organization
    named between `우리` and the count; else None."""
    opened = [m.start() for m in _QUOTE_OPEN.finditer(text, s.start, cm.start)]
    straight = text.count('"', s.start, cm.start) % 2 == 1
    curly = text.count("“", s.start, cm.start) > text.count("”", s.start, cm.start)
    if not opened or not (straight or curly):
        return None  # the count is not inside a quote
    we = [m for m in _WE.finditer(text, opened[-1], cm.start)]
    if not we or any(e.kind == "org" and we[-1].start() <= e.start < cm.start for e in s.entities):
        return None
    speakers = [
        e
        for e in s.entities
        if e.kind == "org" and e.end <= opened[0] and _SPOKESPERSON.match(text, e.end, opened[0])
    ]
    return speakers[-1] if speakers else None
