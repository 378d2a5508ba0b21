"""The sentence being linked: what it names, its inclusion clause, and what its counts gave so far."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from extract.linking.cues import AFFILIATE_WORDS, CLAUSE_BOUNDARY, GROUP_OF_ORGS, INCLUSION
from extract.linking.roles import Group
from extract.linking.sentences import Sentence
from extract.linking.state import Doc, Fact, State
from extract.matcher import EntityMention
from extract.numerals import CountMatch, find_counts


@dataclass(frozen=True)
class Inclusion:
    """An inclusion clause (`A와 B를 포함하면 총 N`): where it ends (-1: none), the organizations
    it includes, and whether it speaks of affiliates (`계열사까지 합치면`)."""

    end: int = -1
    included: tuple[EntityMention, ...] = ()
    affiliate: bool = False

    @property
    def excluded(self) -> set[int]:
        """Identities of the included mentions: they own no count outside the clause."""
        return {id(e) for e in self.included}


@dataclass
class SentenceContext:
    """One sentence of a document being linked, and the facts its counts gave so far."""

    doc: Doc
    state: State
    s: Sentence
    text: str
    prev_text: str
    counts: list[CountMatch]
    groups: list[Group]
    inclusion: Inclusion
    pending: list[Fact] = field(default_factory=list)
    prev_confs: tuple[str, ...] | None = None  # the conferences of the sentence's last fact
    window_start: int = 0  # where the current count's window opens (after the previous count)
    done: set[int] = field(default_factory=set)  # counts already linked by a distributive list
    country_counted: bool = False  # a count of the sentence is a country's or a region's
    unowned: int = 0  # how many of its paper counts are no organization's (the conference's, a country's)

    @property
    def sent(self) -> str:
        """The sentence's text."""
        return self.text[self.s.start : self.s.end]

    @cached_property
    def org_groups(self) -> list[Group]:
        """Lists of organizations and countries in the sentence."""
        return [g for g in self.groups if g.kind in ("org", "country")]

    @cached_property
    def named_before(self) -> list[EntityMention]:
        """The organizations the sentence before (same field) names."""
        before = self.doc.before(self.s)
        return [e for e in before.entities if e.kind == "org"] if before is not None else []

    @cached_property
    def conf_groups(self) -> list[Group]:
        """Lists of conferences in the sentence."""
        return [g for g in self.groups if g.kind == "conf"]


# the subject of the papers that are the topic (`A가 이번 대회에서 발표하는 논문은`)
_SUBJECT_OF_PAPERS = re.compile(r"(?:이|가)\s(?:[^\s.,]+\s){0,4}?(?:논문|실적|성과)(?:은|는)\s")
_SUBJECT_AFTER = re.compile(r"(?:이|가)\s")
_ADNOMINAL_VERB = re.compile(r"(?:[가-힣]|\s)(?:한|된|낸|쓴|올린|실은)\s")
_PAPERS_OBJECT = re.compile(r"(?:논문|초록|포스터)(?:을|를|까지)\s*$")
_TOPIC_AFTER = re.compile(r"(?:\s?\([^()]{0,30}\))?(?:은|는|도)\s")  # `A(155.9점)는`: past an aside


def _topic_with_own_part(text: str, e: EntityMention, kw_start: int) -> bool:
    """`A도 정규 논문 6편을 포함해 7편`: A is the sentence's topic and what the clause includes is a
    count, A's own part, so the total is A's; not `A와 B는 합쳐서 9편`."""
    return _TOPIC_AFTER.match(text, e.end) is not None and bool(find_counts(text, e.end, kw_start))


# `법인 논문을`, `법인 논문까지`, `계열사 합쳐` (an affiliate word, bare)
_OBJECT_BEFORE_KEYWORD = re.compile(r"[^\s,]+(?:을|를|까지|까지를)\s*$|(?:계열사|계열|관계사|자회사)\s*$")


_LIST_AS_OBJECT = re.compile(rf"{GROUP_OF_ORGS}(?:을|를)\s*$")


def _topic_over_object(text: str, e: EntityMention, kw_start: int) -> bool:
    """`A는 미국 법인 논문을 포함해 9편`, `A가 발표하는 논문은 두 분야를 합쳐 23건`: A is the sentence's topic (or
    the subject of the papers that are) and what it includes is the object written between, so the total is A's;
    not `A와 B는 합쳐서 9편`."""
    topic = _TOPIC_AFTER.match(text, e.end) or _SUBJECT_OF_PAPERS.match(text, e.end)
    # `B가 워크숍 논문을 포함해 17편`: B's own kinds of papers; not `B가 발표한 논문을 합하면`: B's papers added
    if (
        topic is None
        and _PAPERS_OBJECT.search(text, e.end, kw_start)
        and not _ADNOMINAL_VERB.search(text, e.end, kw_start)
    ):
        topic = _SUBJECT_AFTER.match(text, e.end)
    if topic is None or _LIST_AS_OBJECT.search(text, topic.end(), kw_start):
        return False  # `A, B, C는 세 회사를 합쳐 15편`: the object is the list itself
    return _OBJECT_BEFORE_KEYWORD.search(text, topic.end(), kw_start) is not None


def _genitive_of_topic(text: str, e: EntityMention, s: Sentence, kw_start: int) -> bool:
    """`A의 AI 연구 조직 B는 정규 논문 14개와 … 3개를 더해`: A only tells whose B is, and B sums its own parts."""
    if not text.startswith("의 ", e.end):
        return False
    return any(
        f.kind == "org" and e.end < f.start < kw_start and _topic_with_own_part(text, f, kw_start)
        for f in s.entities
    )


# the object right before an inclusion verb (`데이터를 더해`), and the objects that are papers or counts
_THING_ADDED = re.compile(r"([가-힣]+)(?:을|를)\s?$")
_VENUES_ADDED = re.compile(r"(?:학회|학술대회|컨퍼런스|콘퍼런스|대회|곳)(?:\s?\([^()]{0,80}\))?(?:을|를)\s?$")
_OBJECT_GAP = re.compile(r"['’\"”]?\s?(?:을|를)\s?")
_PAPERS_ADDED = re.compile(r"논문|연구|성과|실적|편수|건수|것|몫|수$|편$|건$|까지")


# a parent whose units are what is summed (`A의 두 AI 자회사를 합치면`, `A의 계열사까지 더하면`): the total is A's
UNITS_OF_PARENT = re.compile(
    r"(?:\s?의\s(?:(?:두|세|네|다섯|여러|모든|전)\s?)?|\s(?:두|세|네|다섯|여러|모든)\s?)(?:[A-Za-z가-힣]{1,4}\s)?"
    r"(?:자회사|계열사|관계사)들?(?:을|를|까지|도)?\s"  # also with no genitive (`A 두 자회사 합쳐 25건`)
)


def inclusion_of(text: str, s: Sentence) -> Inclusion:
    """The sentence's last inclusion clause (`A와 B를 포함하면 총 N`), or none."""
    found = None
    for match in INCLUSION.finditer(text, s.start, s.end):
        found = match
    if found is None:
        return Inclusion()
    kw_start, kw_end = found.start(), found.end()
    conf_added = any(e.kind == "conf" and _OBJECT_GAP.fullmatch(text, e.end, kw_start) for e in s.entities)
    if conf_added or _VENUES_ADDED.search(text, s.start, kw_start):
        return Inclusion()  # `A가 … 6개 학회(…)를 합쳐 42편`, `CVPR을 더하면`: venues summed, no organization
    clause_start = s.start
    for b in CLAUSE_BOUNDARY.finditer(text, s.start, kw_start):
        clause_start = b.end()
    included = tuple(
        e
        for e in s.entities
        if clause_start <= e.start < kw_start
        and e.kind == "org"
        and not _topic_with_own_part(text, e, kw_start)
        and not _topic_over_object(text, e, kw_start)
        and not UNITS_OF_PARENT.match(text, e.end, kw_start)  # `A의 두 자회사를 합치면`: A is summed over
        # `A의 연구 조직 B는 … 14개와 … 3개를 더해`: B's parts
        and not _genitive_of_topic(text, e, s, kw_start)
    )
    affiliate = bool(AFFILIATE_WORDS.search(text, clause_start, kw_end))
    thing = _THING_ADDED.search(text, clause_start, kw_start)
    if not included and not affiliate and thing is not None and not _PAPERS_ADDED.search(thing.group(1)):
        return Inclusion()  # `학습 시간 데이터를 더해 … 끌어올린 연구`: another thing added, no count summed
    return Inclusion(kw_end, included, affiliate)
