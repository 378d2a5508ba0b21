"""Readings the text leaves open, kept below the default threshold.

- A count whose sentence names no owner, right after a sentence that gave counts to several
  organizations (`A가 14편, B가 8편으로 1위에 올랐다. 이 중 구두 발표는 3편이다`, a subhead of two
  rankings followed by `메모리·센서 각 6편`): which of them the reporter goes on with, if any, the
  text does not say, so the carried owner is a guess.
- An article that also counts papers by citations (`피인용 우수 논문 3천 건`, `인용 상위 1% 논문`):
  its rankings and lists may count either measure, so a count is a conference count only where
  its own sentence names a venue (`최상위 학술대회에 채택된 논문 수 … 525건`).
- A count in a question (`지난달 '30편'이라는 말이 나왔는데, 같은 숫자인가?`): an interviewer's or a
  reporter's question quotes a figure, it asserts none; and a count in the answer to a question about
  a goal or a plan (`-내년 목표는. =20편이다`): the goal, no count yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.linking.anaphora import refers_by_kind
from extract.linking.cues import VENUE
from extract.linking.distributive import COLLECTIVE_EACH
from extract.linking.sentences import Sentence
from extract.linking.state import Doc, Fact
from extract.linking.venue_cues import SECTION_MARK
from extract.numerals import find_counts


def after_several_owners(
    doc: Doc, fact: Fact, facts: list[Fact], sentence: Sentence, before: Sentence | None
) -> bool:
    """Whether the fact's owner is carried into a sentence naming no organization, and the sentence
    `before` it gave counts to two or more organizations, none a unit of another, the fact's owner among them."""
    if before is None or before.field != fact.field or any(e.kind == "org" for e in sentence.entities):
        return False
    if sentence.holds(fact.org):
        return False
    text = doc.fields[fact.field]
    if fact.paired >= 0 and COLLECTIVE_EACH.search(text, sentence.start, fact.cm.start):
        return False  # `두 학교는 각각 38편, 25편`: the two just counted, each named back in its order
    if refers_by_kind(text, sentence.start, fact.cm.start):
        return False  # `A는 … B(18편)를 제치고 … 이 회사는 2003년 21편으로`: the one referred to (anaphora)
    owners = {f.org_id for f in facts if f.field == before.field and f.sent_start == before.start}
    if fact.org_id not in owners:
        return False  # the article's subject, carried past a list of others (`B 18편, C 8편이었다`)
    separate = {o for o in owners if not any(o != p and p in doc.lineage(o) for p in owners)}
    return len(separate) >= 2


# papers counted by how often they are cited, not where they were presented
CITATION_MEASURE = re.compile(
    r"(?<!특허\s)(?<!특허)피인용|고인용|인용(?:이|을)?\s?(?:많이|가장\s?많이)|(?:많이|자주)\s?인용(?:된|되는|받은)|"
    r"인용\s?상위|상위\s?\d+\s?%\s?논문"
)


# venues ranked by their citations (`피인용 실적을 토대로 최상위로 꼽는 무대들이다`, `h5 피인용 기준 1위 학회`): a
# word on the venues' standing, no count of papers by citations
_VENUE_AFTER = re.compile(rf"{VENUE.pattern}|무대")


def counts_by_citations(text: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a sentence of the field counts papers by citations: a citation word, unless it only
    ranks venues (a venue written after it, and no count in the sentence)."""
    for s in sentences:
        m = CITATION_MEASURE.search(text, s.start, s.end)
        if m is None:
            continue
        if not (_VENUE_AFTER.search(text, m.end(), s.end) and not find_counts(text, s.start, s.end)):
            return True
    return False


def cites_without_venue(doc: Doc, sentence: Sentence) -> bool:
    """Whether the article counts papers by citations too and the sentence names no venue
    (no conference and no 학회, 학술대회…) and no acceptance, which only a venue gives (`채택`,
    `등재`), nor goes on counting from sentences that do (`extract.linking.ambiguous._counts_on`)."""
    if sentence.field == "text" and sentence.start in doc.table_rows:
        return False  # a row under a header that counts papers (`논문 등재 수 (편)`)
    if not doc.counts_citations:
        return False
    return not _at_venue(doc, sentence) and not _counts_on(doc, sentence)


def _counts_on(doc: Doc, sentence: Sentence) -> bool:
    """Whether the sentence, saying nothing of citations, goes on from a sentence at a venue, past a
    run of sentences with counts and no citation words (`… 학회에서 347편이 채택됐다. 2019년 29편에서 …`,
    `등재 논문 수로는 A가 820편으로 1위였다. B가 414편 …`)."""
    if sentence.field != "text":
        return False  # a headline's segments are read apart
    text = doc.fields[sentence.field]
    if sentence.headline:
        return _listed_under_venue(doc, sentence)
    s: Sentence | None = sentence
    while s is not None and not CITATION_MEASURE.search(text, s.start, s.end):
        before = doc.before(s)
        if before is None:
            return False
        if _at_venue(doc, before) and not CITATION_MEASURE.search(text, before.start, before.end):
            return True
        if not find_counts(text, before.start, before.end):
            return False
        s = before
    return False


def _listed_under_venue(doc: Doc, line: Sentence) -> bool:
    """Whether a list line (`2위 마이크로소프트 414건`) hangs, past the lines of its block, from a heading
    at a venue that says nothing of citations (`■ 3대 AI 학회 논문 등재 수 순위`)."""
    text = doc.fields[line.field]
    s = doc.before(line)
    after = line
    while s is not None and s.headline and not _BLANK_LINE.search(text, s.end, after.start):
        if CITATION_MEASURE.search(text, s.start, s.end):
            return False
        if _at_venue(doc, s):
            return _LIST_HEADING.match(text, text.rfind("\n", 0, s.start) + 1) is not None
        after, s = s, doc.before(s)
    return False


_BLANK_LINE = re.compile(r"\n\s*\n")
# a section's heading (`■ …`, `[…]`, `…는 다음과 같다:`), not a subheadline's line
_LIST_HEADING = re.compile(r"\s*[■□◆◇▶▷►◎◈★☆#【\[<]|[^\n]*(?::|다음과\s?같다\.?)[ \t]*(?=\n|$)")
_ACCEPTED = re.compile(r"채택|등재|게재")


def _at_venue(doc: Doc, sentence: Sentence) -> bool:
    """Whether the sentence names a venue (a conference, 학회, 학술대회…) or an acceptance (`채택`)."""
    text = doc.fields[sentence.field]
    return (
        any(e.kind == "conf" for e in sentence.entities)
        or VENUE.search(text, sentence.start, sentence.end) is not None
        or _ACCEPTED.search(text, sentence.start, sentence.end) is not None
    )


# a sentence that asks: a question mark, or a question ending before the full stop
_QUESTION = re.compile(
    r"(?:\?|(?:인가|는가|은가|던가|나요|까요|니까|는지요|을까|ㄹ까|냐)\s*\.?)\s*['’\"”)]?\s*$"
)


def asks(doc: Doc, sentence: Sentence) -> bool:
    """Whether the sentence is a question (its counts are quoted figures, not statements)."""
    return _QUESTION.search(doc.fields[sentence.field], sentence.start, sentence.end) is not None


def question_asked(doc: Doc, sentence: Sentence) -> str:
    """The sentence's text when it is an interview's question (`Q. 누가 많았나`, `질문: …`, any sentence
    that asks), else nothing: the answer after it takes its topic; a question about citations or
    patents (`피인용 논문 순위는`) gives its answer no paper topic."""
    text = doc.fields[sentence.field]
    dash = text[sentence.start] in "-–—"
    marked = (not dash and _QUESTION_MARK.match(text, sentence.start)) or (
        dash and _DASH_QUESTION.fullmatch(text, sentence.start, sentence.end)  # `- 올해 눈에 띄는 성과는.`
    )
    if not marked and not asks(doc, sentence):
        return ""
    return (
        ""
        if _OTHER_MEASURE.search(text, sentence.start, sentence.end)
        else text[sentence.start : sentence.end]
    )


_OTHER_MEASURE = re.compile(r"인용|특허|출원|인력|인원")


# an interview's question line (`Q.`, `-`, `질문`) or a sentence that asks, about a goal or a plan
_QUESTION_MARK = re.compile(r"\s*(?:Q\s?[.:)]|[-–—]\s?|질문\s?[.:)]?|문\s?[.:)])")
# an interview's question on a dash line, short and ending as a question does (`- AI 분야는 어떤가.`)
_DASH_QUESTION = re.compile(r"\s*[-–—]\s?[^\n\d]{2,36}?(?:은|는|가|나|까|지|요|죠)\s?[.?]?\s*")
_GOAL_ASKED = re.compile(r"목표|계획|전망|기대|예상|앞으로|향후|내년|다음\s?(?:학회|대회|해)")


def answers_a_goal(doc: Doc, sentence: Sentence, before: Sentence | None) -> bool:
    """Whether the sentence opens an answer (its own line) to the question on the line before, and
    that question asks about a goal or a plan: the answer's count is what is hoped for."""
    text = doc.fields[sentence.field]
    if before is None or before.field != sentence.field or not text.startswith("\n", sentence.start - 1):
        return False
    question = text[before.start : before.end]
    return bool((_QUESTION_MARK.match(question) or asks(doc, before)) and _GOAL_ASKED.search(question))


@dataclass
class Interview:
    """The question an interview's answer replies to: the paragraph after a question takes it as its topic,
    and, when the question names no organization or country, goes back to the interviewee (`- 올해 성과는.`
    after an answer that named MIT: the answer is still KAIST's)."""

    named: dict[tuple[str, int], set[str]] = field(default_factory=dict)  # the kinds each paragraph names
    question: str = ""
    asked: str = ""
    kinds: frozenset[str] = (
        frozenset()
    )  # what the last question's paragraph names: org, country, both or none
    asked_kinds: frozenset[str] = frozenset()  # … the question the current paragraph answers

    @classmethod
    def of(cls, doc: Doc) -> Interview:
        """An interview reader for `doc`, knowing which paragraphs name an organization or a country."""
        named: dict[tuple[str, int], set[str]] = {}
        for s in doc.sentences:
            named.setdefault((s.field, s.para), set()).update(
                e.kind for e in s.entities if e.kind in ("org", "country")
            )
        return cls(named)

    def new_paragraph(self) -> None:
        """Start a paragraph: the question before it is what it answers."""
        self.asked, self.question = self.question, ""
        self.asked_kinds = self.kinds

    def answers_of_a_country(self) -> bool:
        """Whether the paragraph answers a question about a country (`Q. 한국 성적은 어떤가.` ⏎ `A. 모두 35편 …
        직전 대회의 25편에서 …`): its counts are the country's, not the interview's subject's."""
        return bool(self.asked) and self.asked_kinds == {"country"}

    def answers_the_interviewee(self) -> bool:
        """Whether the paragraph answers a question that names no organization or country."""
        return bool(self.asked) and not self.asked_kinds

    def read(self, doc: Doc, s: Sentence) -> None:
        """Note the sentence if it asks."""
        if asks_now := question_asked(doc, s):
            self.question = asks_now
            self.kinds = frozenset(self.named.get((s.field, s.para), ()))


def restated_in_section(doc: Doc, fact: Fact, sentence: Sentence) -> bool:
    """Whether a fact stands on a section's heading line (`■ A: 두 학회 모두 B와 '열네 편'`) whose count a body
    sentence of the section writes again: the heading sums up the section, which tells whose it is."""
    text = doc.fields[sentence.field]
    if sentence.field != "text" or not sentence.headline or fact.cm.count is None:
        return False
    if not SECTION_MARK.match(text, text.rfind("\n", 0, sentence.start) + 1):
        return False
    again = re.compile(rf"(?<![\d.,]){re.escape(fact.cm.text)}")
    s = doc.after(sentence)
    while s is not None and not (s.headline and SECTION_MARK.match(text, text.rfind("\n", 0, s.start) + 1)):
        if not s.headline and again.search(text, s.start, s.end):
            return True
        s = doc.after(s)
    return False  # the field ends, or the next section begins
