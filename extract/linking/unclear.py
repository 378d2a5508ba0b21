"""Counts whose owner the text leaves unclear or makes someone else: a list member the gazetteer
does not know, and the papers of an organization's own event.

When two readings compete, the linker abstains: a missing count costs less than a wrong one.
"""

from __future__ import annotations

from extract.linking.cues import (
    CONF_WIDE,
    NOT_A_NAME,
    OWNER_SLOT,
    UNNAMED_MEMBER,
    VENUE,
)
from extract.linking.roles import hosts_event
from extract.linking.sentences import Sentence
from extract.linking.state import Doc
from extract.numerals import CountMatch


def is_unnamed_members(s: Sentence, text: str, cm: CountMatch, counts: list[CountMatch]) -> bool:
    """`A 논문 2편·B 1편`, `A 30편, B 12편` with B a name no gazetteer lists: a list of (owner,
    count) pairs, as its first pair shows, so the second count is B's, not A's. A list of kinds
    (`정규 논문 14개, 워크숍 논문 3개`) opens with a word that is no organization."""
    prev = [c for c in counts if c.end <= cm.start]
    if not prev:
        return False
    first, gap_start = prev[-1], prev[-1].end
    member = UNNAMED_MEMBER.fullmatch(text, gap_start, cm.start)
    if member is None or NOT_A_NAME.fullmatch(member.group(1)):
        return False
    if any(gap_start <= e.start and e.end <= cm.start for e in s.entities):
        return False
    return any(
        e.kind == "org" and e.end <= first.start and OWNER_SLOT.fullmatch(text, e.end, first.start)
        for e in s.entities
    )


def event_hosts(doc: Doc) -> set[str]:
    """Organizations the article names as hosts of their own event (`'제4회 A 학술대회'를 열었다`)."""
    hosts = set()
    for s in doc.sentences:
        text = doc.fields[s.field]
        for e in s.entities:
            if e.kind == "org" and hosts_event(text, e.end, s.end):
                hosts.add(e.id)
    return hosts


def is_event_count(doc: Doc, s: Sentence, text: str, org_id: str) -> bool:
    """In an article that names no conference but an organization's own event, a count of that
    organization in a sentence about an event or its submissions is the event's (`A는 … 약 500건의
    논문이 접수됐다고 설명했다`): papers the host received, not papers it wrote."""
    if doc.has_conf or org_id not in doc.event_hosts:
        return False
    return bool(VENUE.search(text, s.start, s.end) or CONF_WIDE.search(text, s.start, s.end))
