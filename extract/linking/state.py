"""What linking works on: the article (Doc), a fact being built (Fact), and what is carried between sentences (State)."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from extract.gazetteer import Gazetteers
from extract.linking.headers import line_marks
from extract.linking.sentences import Sentence, written_in
from extract.matcher import EntityMention
from extract.numerals import CountMatch
from output.schema import FieldName, Qualifier, Relation, Scope


@dataclass
class Fact:
    """A paper-count fact while linking: plain ids, converted to PaperCount at the end."""

    org: EntityMention
    org_id: str
    conf_ids: tuple[str, ...]
    year: int | None
    cm: CountMatch
    field: FieldName
    sent_start: int
    sent_end: int
    scope: Scope = "unit"
    relation: Relation | None = None
    headline: bool = False
    qualifier: Qualifier = "exact"
    year_source: str = "word"  # conference | word | article | carried | cumulative | published
    compared: bool = False  # a comparison base: `전년 32편보다`, `전년도 4편에서 늘어`
    breakdown_of: str | None = None  # for a university's subset written for its unit: that unit's id
    conf_source: str = (
        "own"  # own | anaphor | ahead | prev | carried | other | parent (see conferences.confs_for)
    )
    paired: int = -1  # paired with its owner by `각각` (A·B가 각각 6편, 3편): where those counts start
    joint: bool = False  # papers written with other organizations (`A와 B가 공동 논문 1편`)
    lines_start: int = -1  # a part listed on its own line (breakdowns.parts_in_lines): where the lines start
    copies: int = 1  # a count given to each of several tracks (`파인딩스와 인더스트리에 한 편씩`): how many
    evidence: Any = None  # confidence.Evidence, set after linking
    confidence: float = 1.0

    def org_in_sentence(self) -> bool:
        """Whether the organization is written in the fact's own sentence, not carried to it."""
        return written_in(self.org, self.field, self.sent_start, self.sent_end)


@dataclass
class Doc:
    """One article being linked."""

    fields: dict[str, str]
    pub_year: int | None
    sentences: list[Sentence]
    gaz: Gazetteers
    conf_years: dict[str, int] = field(default_factory=dict)
    main_confs: tuple[str, ...] = ()
    has_paper_word: bool = False  # 논문, or what a medical meeting counts (포스터, 초록) beside a conference
    has_conf: bool = False
    names_venues: bool = False  # a conference, or a named set of them (`3대 AI 학회`)
    unit_parents: dict[str, str] = field(default_factory=dict)  # pattern unit id -> known parent
    named: set[str] = field(default_factory=set)  # ids of the organizations the article names
    event_hosts: set[str] = field(default_factory=set)  # organizations named as hosts of their own event
    table_rows: set[int] = field(default_factory=set)  # starts of the body's lines that are table rows
    counts_citations: bool = False  # whether the article also counts papers by citations (`피인용 상위`)
    pub_month: int | None = None  # the month of publication: `지난달`, `지난 12월` in January are last year

    def lineage(self, org_id: str) -> list[str]:
        """The organization and its parents, nearest first (a pattern unit's through its parent)."""
        parent = self.unit_parents.get(org_id)
        if parent is not None:
            return [org_id, parent, *ancestor_chain(self.gaz, parent)]
        return [org_id, *ancestor_chain(self.gaz, org_id)]

    @cached_property
    def _sentence_at(self) -> dict[tuple[str, int], int]:
        return {(s.field, s.start): i for i, s in enumerate(self.sentences)}

    def sentence_index(self, field_name: str, start: int) -> int | None:
        """Where the sentence of `field_name` starting at `start` stands in `sentences`, if there is one."""
        return self._sentence_at.get((field_name, start))

    @cached_property
    def _lines(self) -> dict[str, tuple[list[int], list[bool]]]:
        return {name: line_marks(text) for name, text in self.fields.items()}

    def in_listed_line(self, field_name: str, position: int) -> bool:
        """Whether the line holding `position` is a table row or a listed item (`▲A 5편`, `- B: 3편`)."""
        starts, marks = self._lines[field_name]
        return marks[bisect.bisect_right(starts, position) - 1]

    def listed_run_start(self, field_name: str, position: int) -> int:
        """Where the run of table rows or listed items holding `position` begins (its first line's start)."""
        starts, marks = self._lines[field_name]
        i = bisect.bisect_right(starts, position) - 1
        while i > 0 and marks[i - 1]:
            i -= 1
        return starts[i]

    @cached_property
    def body_starts(self) -> dict[str, int]:
        """Where each field's body begins: its first sentence that is no headline-like line."""
        starts: dict[str, int] = {}
        for s in self.sentences:
            if not s.headline:
                starts.setdefault(s.field, s.start)
        return starts

    def above_body(self, field_name: str, start: int) -> bool:
        """Whether a line starting at `start` stands above the body of its field (a title, a
        subheadline): no body sentence comes before it."""
        return start <= self.body_starts.get(field_name, start)

    def before(self, s: Sentence) -> Sentence | None:
        """The sentence right before `s` in its field, if any."""
        i = self._sentence_at[(s.field, s.start)]
        return self.sentences[i - 1] if i and self.sentences[i - 1].field == s.field else None

    def after(self, s: Sentence) -> Sentence | None:
        """The sentence right after `s` in its field, if any."""
        i = self._sentence_at[(s.field, s.start)] + 1
        return self.sentences[i] if i < len(self.sentences) and self.sentences[i].field == s.field else None


@dataclass
class State:
    """What the linker carries from one sentence to the next."""

    subject: EntityMention | None = None
    last_subject: EntityMention | None = None
    title_subject: EntityMention | None = None
    facts: list[Fact] = field(default_factory=list)
    pending: list[Fact] = field(default_factory=list)  # facts of the sentence being linked
    recent_orgs: list[EntityMention] = field(default_factory=list)
    subject_list: tuple[EntityMention, ...] = ()  # the organizations of the last subject written as a list
    unowned_counts: set[int] = field(default_factory=set)  # paper counts the article gave no organization
    para: int = -1
    field: str = ""
    prev_sentence_start: int = -1  # where the sentence before the current one starts (same field)
    conf_ref: tuple[str, ...] = ()  # conferences the last sentence that referred to any referred to
    conf_ref_after_fact: bool = False  # that reference came after the last fact
    conf_ref_at: int = -1  # where the sentence of that reference starts
    conf_ref_year: int | None = None  # the year word of that reference (`지난해 EMNLP에서`)
    conf_ref_general: bool = False  # a heading since then referred to venues it does not name
    conf_ref_series: bool = False  # that reference counts the conferences year by year (`해마다`)
    person_ranking: tuple[str, int] | None = None  # (field, paragraph) that ranks people
    edition_year: int | None = None  # the edition a one-conference article last dated (`2014년 대회에는`)
    edition_after_facts: int = -1  # how many facts there were when it was dated
    period: tuple[str, int, int] | None = None  # (field, paragraph, year) a cleft sentence dated
    entry: tuple[str, int, bool] | None = None  # the current line's timeline entry (`timeline.enter_line`)
    entry_subject: EntityMention | None = None  # the subject when the timeline began
    body_subject: EntityMention | None = (
        None  # the first subject the body names (`LG AI연구원이 …` under `LG의 …`)
    )
    country_heading: bool = False  # the sentence before was a heading over a country's whole (`■ 한국 전체`)
    tally: tuple[str, int] | None = None  # (field, year) of a tally the article cites (`2021년 집계`)
    conference_topic: tuple[str, int] | None = None  # (field, paragraph) whose last papers were no one's


def last_fact(state: State) -> Fact | None:
    """The fact found last: earlier in this sentence, else in an earlier one."""
    if state.pending:
        return state.pending[-1]
    return state.facts[-1] if state.facts else None


def reference_fact(state: State) -> Fact | None:
    """The last fact that is not a comparison base (`전년 32편보다`): what 같은 해/전년 refer to."""
    for f in itertools.chain(reversed(state.pending), reversed(state.facts)):
        if not f.compared:
            return f
    return None


def ancestor_chain(gaz: Gazetteers, org_id: str) -> list[str]:
    """The parents of a gazetteer organization, nearest first (none for a pattern organization)."""
    return gaz.ancestors(org_id) if org_id in gaz.organizations else []


def is_ancestor(gaz: Gazetteers, anc: str, desc: str) -> bool:
    """Whether `anc` is a parent (at any depth) of `desc`."""
    return anc in ancestor_chain(gaz, desc)
