"""How sure a linked fact is: evidence features read off the article, and a logistic score over them.

Every fact gets the same features (see `Evidence`): where its organization was found (the count's
own clause, elsewhere in the sentence, carried from an earlier sentence or the headline), where its
conferences came from, whether the sentence itself talks about papers, other organizations that
could own the count, comparison and trend words, a headline fact the body never states, and the
kind of count (a subset, a total, an approximation, a very large number). The score is
`sigmoid(bias + sum(weight * feature))` with the weights in `extract/data/confidence.json`
(fitted by `bench/fit_confidence.py` on our tuning half of the real-news set, see docs/extraction.md).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.linking.ambiguous import (
    after_several_owners,
    answers_a_goal,
    asks,
    cites_without_venue,
    question_asked,
    restated_in_section,
)
from extract.linking.cues import CLAUSE_BOUNDARY, PAPER_CONTEXT, YEARLY
from extract.linking.distributive import COLLECTIVE_EACH
from extract.linking.headers import lead_of_year_list, listed_under
from extract.linking.readings import contradicted_readings
from extract.linking.remention import is_re_mention
from extract.linking.sentences import Sentence
from extract.linking.state import Doc, Fact
from extract.linking.tables import column_reading
from extract.linking.titles import is_persons_title
from extract.linking.unlisted import names_unlisted_venue
from extract.patterns import named_by_form

WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "data" / "confidence.json"

# a trend or comparison around the count: `2019년 2편에서 2024년 15편으로`, `8편을 낸 A보다`, `증가한`
_TREND = re.compile(
    r"에서\s*(?:\S+\s+){0,3}\S*(?:으로|로)\s*(?:늘|증가|확대|급증|줄|감소)|증가|늘어|늘었|감소|줄어|보다"
)
_RANKING = re.compile(r"\d+\s?위(?![가-힣])|순위|순으로|뒤를\s*이|톱\s?\d+|상위")
_CONF_WIDE = re.compile(r"전체|총\s*\d|제출|접수|투고|채택률|경쟁률|참가|전\s?세계")
# a list member with its own count (`메타(211건)`, `B는 7편`) does not compete for the count before it
_OWN_COUNT = re.compile(r"\s*(?:\(|은|는|이|가|도|,)?\s*\(?\s*(?:약\s*)?\d")
_ORG_RIGHT_AFTER = 14  # an organization this close after the count competes for it (`8편이 채택된 인텔`)


@dataclass(frozen=True)
class Evidence:
    """What linked a fact, as numbers a score can weigh (1.0 yes, 0.0 no, unless said otherwise)."""

    org_in_clause: float  # the organization is written in the count's own clause, before it
    org_in_sentence: float  # elsewhere in the same sentence (after the count, or across a clause)
    org_carried: float  # from an earlier sentence or the headline
    org_continued: float  # carried from the sentence right before (its count's owner) into one naming no one
    org_pattern: float  # found by form, not listed in the gazetteer
    conf_own: float  # conferences written for the count (its clause)
    conf_carried: float  # from an earlier fact, an anaphor or the article's main conference
    conf_none: float  # no conference at all
    paper_word_sentence: float  # 논문/학회/채택… in the sentence
    competitors: float  # other organizations in the sentence that could own the count (0, 1, 2…)
    competitor_after: float  # an organization right after the count (`8편이 채택된 인텔`)
    trend: float  # trend or comparison words in the sentence
    ranking: float  # ranking words in the sentence (`2위`, `순으로`)
    conf_wide: float  # conference-wide words (`전체`, `제출`, `참가`) in the sentence
    headline_only: float  # a headline fact whose count the body never states
    not_unit: float  # a subset or a total
    approx: float  # not an exact count
    large: float  # 100 or more papers
    compared: float  # a comparison base (`전년 32편보다`)
    submitted: float  # papers submitted, not accepted or presented
    period_total: (
        float  # no conference, and the sentence counts a period over all venues (`지난 한 해 … 13건`)
    )


def evidence(doc: Doc, fact: Fact, facts: list[Fact], sentence: Sentence | None) -> Evidence:
    """The evidence features of one fact (read from `sentence`), among all the article's facts."""
    text = doc.fields[fact.field]
    sent = text[fact.sent_start : fact.sent_end]
    org = fact.org
    in_sentence = fact.org_in_sentence()
    in_clause = (
        in_sentence and org.end <= fact.cm.start and not CLAUSE_BOUNDARY.search(text, org.end, fact.cm.start)
    )
    lineage = set(doc.lineage(fact.org_id)) | {org.id}
    own_counts = {  # organizations with a count of their own in the sentence (`▲A 13건 ▲B 11건`), or the
        # same count each (`B·C·D 각 5건`)
        f.org_id
        for f in facts
        if f.field == fact.field
        and f.sent_start == fact.sent_start
        and (f.cm.start != fact.cm.start or (f.paired >= 0 and f.paired == fact.paired))
    }
    others = [
        e
        for e in (sentence.entities if sentence else ())
        if e.kind == "org"
        and e.id not in lineage
        and e.id not in own_counts
        and fact.org_id not in doc.lineage(e.id)
        and not is_persons_title(text, e.start, e.end)  # `교수(전 A 장관)`: no one who could own it
        # `A가 414건으로 뒤를 이었고 B·C 등도 상위권을 채웠다`: a later clause's subject, not the count's rival
        and not (in_clause and e.start > fact.cm.end and CLAUSE_BOUNDARY.search(text, fact.cm.end, e.start))
    ]
    after = any(
        0 <= e.start - fact.cm.end <= _ORG_RIGHT_AFTER and not _OWN_COUNT.match(text, e.end) for e in others
    )
    body_counts = {f.cm.count for f in facts if f.field == "text"}
    return Evidence(
        org_in_clause=float(in_clause),
        org_in_sentence=float(in_sentence and not in_clause),
        org_carried=float(not in_sentence),
        org_continued=float(not in_sentence and _continues_subject(doc, fact, sentence, facts)),
        org_pattern=float(org.source == "pattern"),
        conf_own=float(fact.conf_source == "own" and bool(fact.conf_ids)),
        conf_carried=float(fact.conf_source != "own" and bool(fact.conf_ids)),
        conf_none=float(not fact.conf_ids),
        paper_word_sentence=float(
            bool(PAPER_CONTEXT.search(sent)) or bool(fact.conf_ids and fact.conf_source == "own")
        ),
        competitors=float(len({e.id for e in others})),
        competitor_after=float(after),
        trend=float(bool(_TREND.search(sent))),
        ranking=float(bool(_RANKING.search(sent))),
        conf_wide=float(bool(_CONF_WIDE.search(sent))),
        headline_only=float(fact.field == "title" and fact.cm.count not in body_counts),
        not_unit=float(fact.scope != "unit"),
        approx=float(fact.qualifier != "exact"),
        large=float((fact.cm.count or fact.cm.count_min or 0) >= 100),
        compared=float(fact.compared),
        submitted=float(fact.relation == "submitted"),
        period_total=float(not fact.conf_ids and bool(YEARLY.search(sent))),
    )


def _continues_subject(doc: Doc, fact: Fact, sentence: Sentence | None, facts: list[Fact]) -> bool:
    """Whether the count's sentence names no organization and its owner was written in the sentence
    right before, in the same paragraph, with a count of its own there (`A는 올해 16건을 … 밝혔다.
    작년에는 13건이 채택됐는데`) or as the subject carried from there (`A는 학계에서도 성과를 쌓고 있다.
    지난해 … 열세 편을 실었고`): the subject left out of the next sentence is that one. So is a
    header's organization for the bullet lines under it (`extract.linking.headers`)."""
    if sentence is None or any(e.kind == "org" and e.id != fact.org_id for e in sentence.entities):
        return False  # another organization named (the same one again later is no rival)
    if fact.org.field == fact.field and listed_under(doc.fields[fact.field], fact.org, sentence.start):
        return True  # `■ A` ⏎ `- 올해 논문 16건`: the lines under a header are its organization's
    if fact.paired >= 0 and COLLECTIVE_EACH.search(doc.fields[fact.field], sentence.start, fact.cm.start):
        return True  # `두 회사는 각각 13건씩`: the organizations counted just before, each
    if _listed_by_year_for(doc, fact, sentence, facts):
        return True  # `A는 5년간 347편. 연도별로 보면` ⏎ `▲2019년 29편`: the whole's owner's, year by year
    if _WE_SUBJECT.search(doc.fields[fact.field], sentence.start, fact.cm.start) and _in_headline(
        doc, fact.org_id
    ):
        return True  # an interview's `"저희는 … 13편을"`: the speaker's organization, the headline's
    if _asked_about(doc, fact, sentence):
        return True  # `Q. A는 올해 몇 건을 냈나.` ⏎ `A. 회사는 … 16건이라고 밝혔다. 지난해에는 13건이`
    before = doc.before(sentence)
    if before is None or before.field != fact.field or before.para != sentence.para:
        return False
    if before.holds(fact.org) or _paragraph_topic(doc, fact, before):
        return True
    return (
        fact.org.field == fact.field
        and any(e.id == fact.org_id for e in before.entities)  # named there (`A와 B를 합쳐 … 347편`)
        and _counts_in(fact, before, facts)
    )


def _listed_by_year_for(doc: Doc, fact: Fact, sentence: Sentence, facts: list[Fact]) -> bool:
    """Whether the count's line is an item of a list by year (`headers.lead_of_year_list`) announced
    right after a sentence where the fact's organization has a count of its own."""
    text = doc.fields[fact.field]
    lead = lead_of_year_list(text, sentence.start)
    if lead is None:
        return False
    i = doc.sentence_index(fact.field, lead)
    before = doc.sentences[i - 1] if i else None
    return before is not None and before.field == fact.field and _counts_in(fact, before, facts)


def _counts_in(fact: Fact, sentence: Sentence, facts: list[Fact]) -> bool:
    """Whether the fact's organization has a count of its own in `sentence`."""
    return any(
        f.org_id == fact.org_id and f.field == fact.field and f.sent_start == sentence.start for f in facts
    )


def _asked_about(doc: Doc, fact: Fact, sentence: Sentence) -> bool:
    """Whether the count's sentence is in the answer to a question naming the fact's organization (the
    paragraph right before), and the answer names no other organization up to it."""
    first = sentence
    while (b := doc.before(first)) is not None and b.para == sentence.para:
        if any(e.kind == "org" and e.id != fact.org_id for e in b.entities):
            return False
        first = b
    question = doc.before(first)
    return question is not None and bool(question_asked(doc, question)) and question.holds(fact.org)


def _paragraph_topic(doc: Doc, fact: Fact, before: Sentence) -> bool:
    """Whether the fact's organization is the topic (`A는`) of its paragraph's sentence two or three
    before, and every sentence between gives figures and names no organization (`A는 … 600점을 얻었다.
    특허는 1079건을 등록했다. … 논문은 59건이었다`: a run of the topic's figures)."""
    text = doc.fields[fact.field]
    for _ in range(2):
        if any(e.kind == "org" for e in before.entities) or not _DIGIT.search(text, before.start, before.end):
            return False
        earlier = doc.before(before)
        if earlier is None or earlier.para != before.para:
            return False
        if any(e is fact.org for e in earlier.entities) and _TOPIC.match(text, fact.org.end):
            return True
        before = earlier
    return False


_TOPIC = re.compile(r"(?:\s?\([^()]{0,30}\))?(?:은|는)\s")
_DIGIT = re.compile(r"\d")


# `저희는`, `우리 회사가` as a quote's subject: the speaker's own organization
_WE_SUBJECT = re.compile(
    r"(?<![가-힣])(?:저희|우리)(?:\s?(?:회사|팀|연구원|연구소|학교|대학|연구진))?(?:는|은|가|도)\s"
)


def _in_headline(doc: Doc, org_id: str) -> bool:
    """Whether the organization is the only one the headline names (one speaker's, not a round-table's)."""
    return {e.id for s in doc.sentences if s.field == "title" for e in s.entities if e.kind == "org"} == {
        org_id
    }


def _re_mention(doc: Doc, fact: Fact, sentence: Sentence | None) -> bool:
    """Whether a fact whose organization its sentence does not name is read from a count that
    refers back to one the article already wrote (`extract.linking.remention`)."""
    if sentence is None or sentence.holds(fact.org):
        return False
    text = doc.fields[fact.field]
    # the body before the sentence: a subheadline's breakdown (`정규 논문 여섯 편·워크숍 한 편`) the body then
    # states (`여섯 편은 정규 논문이고`) is the body's own statement
    body = min(doc.body_starts.get(fact.field, 0), sentence.start)
    before = text[body : sentence.start] if fact.field == "text" else ""
    return is_re_mention(text, sentence, fact.cm, before)


@cache
def weights() -> tuple[float, dict[str, float]]:
    """The bias and the per-feature weights of the score (extract/data/confidence.json)."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    names = set(Evidence.__dataclass_fields__)
    unknown = set(data["weights"]) - names
    if unknown:
        raise ValueError(f"{WEIGHTS_FILE}: unknown features {sorted(unknown)}")
    return float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}


def score(ev: Evidence) -> float:
    """The confidence (0 to 1) of a fact with this evidence, rounded to 3 places."""
    bias, w = weights()
    z = bias + sum(weight * getattr(ev, name) for name, weight in w.items())
    return round(1.0 / (1.0 + math.exp(-z)), 3)


# a learned society or association (`대한…학회`, `국제전기전자공학회`, `…협회`): a count credited to it is
# its members' papers together, an aggregate like a country's, not one organization's own
_SOCIETY_NAME = re.compile(r"(?:학회|협회|연구조합|연합회|협의회)$")

# a headline fact the body supports neither by its count nor by its names, and a name found only by
# its form owning a count in a sentence that says nothing of papers, stay below the default threshold
UNSUPPORTED_HEADLINE_CAP = 0.3


def assign_confidence(doc: Doc, facts: list[Fact]) -> None:
    """Set every fact's evidence and confidence; a weak reading (see `_capped`) stays below the
    default threshold."""
    body = {e.id for s in doc.sentences if s.field == "text" for e in s.entities}
    contradicted = contradicted_readings(facts, doc)
    for f in facts:
        i = doc.sentence_index(f.field, f.sent_start)
        sentence = doc.sentences[i] if i is not None else None
        f.evidence = evidence(doc, f, facts, sentence)
        f.confidence = score(f.evidence)
        before = doc.sentences[i - 1] if i else None
        if (
            f in contradicted
            or _capped(doc, f, facts, sentence, body)
            or (sentence is not None and after_several_owners(doc, f, facts, sentence, before))
            or (sentence is not None and (_cites_only(doc, f, sentence) or asks(doc, sentence)))
            or (sentence is not None and answers_a_goal(doc, sentence, before))  # `-내년 목표는. =20편`
            or (
                sentence is not None and restated_in_section(doc, f, sentence)
            )  # `■ A: … 14편` ⏎ `A는 … 14편`
        ):
            f.confidence = min(f.confidence, UNSUPPORTED_HEADLINE_CAP)


def _cites_only(doc: Doc, f: Fact, sentence: Sentence) -> bool:
    """Whether the fact's sentence may count papers by citations (`ambiguous.cites_without_venue`),
    unless its table column says it counts papers at venues (`| 3대 AI 학회 논문 등재 |`)."""
    return cites_without_venue(doc, sentence) and not column_reading(doc.fields[f.field], f.cm.start)


def _capped(doc: Doc, f: Fact, facts: list[Fact], sentence: Sentence | None, body: set[str]) -> bool:
    """Whether a fact is a reading too weak to write by default, whatever its evidence scores: a
    headline fact whose count the body never states needs the body to name its organization (or a
    unit or parent) and its conferences; a reading the article's own statements contradict
    (`각각 6편, 3편` in the wrong order) is capped by the caller."""
    headline_only = bool(f.evidence.headline_only)
    pattern_owner = f.org_id.startswith("pattern:") and not named_by_form(f.org.name)
    return (
        (
            headline_only
            and bool(doc.fields.get("text", "").strip())
            and (not _body_supports(doc, f, body) or _body_contradicts(doc, f, facts))
        )
        or (headline_only and _body_writes(doc, f.cm.count))  # the body's same count is no fact
        or _unlisted_venue(doc, f, sentence)  # `SITC에서 3편`: not the fact's conference
        or f.qualifier == "forecast"  # `100편 돌파가 유력시된다`: no count yet
        or bool(_SOCIETY_NAME.search(f.org.name) or _SOCIETY_NAME.search(f.org.text))  # members' papers
        or _re_mention(doc, f, sentence)  # `논문 일곱 편을 냈다 … 일곱 편은 …를 다룬다`: no count of its own
        # `학내 기술이전은 올해 120건`: a name found only by its form, in a sentence saying nothing of papers
        or (pattern_owner and not f.evidence.paper_word_sentence and not f.evidence.conf_own)
    )


def _unlisted_venue(doc: Doc, fact: Fact, sentence: Sentence | None) -> bool:
    """Whether a fact sits where its sentence names a conference the gazetteer lacks: with no
    conference of its own (none, or carried: `SITC에서 3편`, `‘2023 미국면역항암학회’에서`), or
    between its own conference and the count (`A에 한 편, QRS에 세 편`: the three are QRS's), or
    before the count when its own conference comes only after it."""
    if sentence is None:
        return False
    text = doc.fields[fact.field]
    if fact.conf_ids and fact.conf_source not in ("carried", "prev", "anaphor", "ahead"):
        own = [
            e.end
            for e in sentence.entities
            if e.kind == "conf" and e.id in fact.conf_ids and e.end <= fact.cm.start
        ]
        return names_unlisted_venue(text, sentence, fact.cm, since=max(own, default=None))
    return names_unlisted_venue(text, sentence, fact.cm)


def _body_writes(doc: Doc, count: int | None) -> bool:
    """Whether the body writes the count (`100편`) although no body fact has it: the body's reading
    (a generic statement, a condition, an average) is the headline's too."""
    if count is None:
        return False
    pattern = re.compile(rf"(?<![\d.,]){count}\s?(?:편|건|개)")
    text = doc.fields.get("text", "")
    return any(
        s.field == "text" and not s.headline and pattern.search(text, s.start, s.end) for s in doc.sentences
    )


def _body_contradicts(doc: Doc, fact: Fact, facts: list[Fact]) -> bool:
    """Whether the body counts the same organization (or its units) at the same conferences and year
    to another number than the headline (`논문 13편` over `12편을 발표했다`), not a sum of its parts
    (with or without their subsets: `이 가운데 2편은 구두 발표`, `학과 연구실에서 6편을 추가로`)."""
    related = [
        f
        for f in facts
        if f.field == "text"
        and f.conf_ids == fact.conf_ids
        and f.year == fact.year
        and fact.org_id in doc.lineage(f.org_id)
    ]
    every = [f.cm.count for f in related]
    whole = [f.cm.count for f in related if f.scope != "subset"]  # an oral or a track is a part of them
    if not every or None in every:
        return False
    return fact.cm.count not in {
        sum(c for c in every if c is not None),
        sum(c for c in whole if c is not None),
    }


def _body_supports(doc: Doc, fact: Fact, body: set[str]) -> bool:
    """Whether the body names the fact's organization (itself, a parent or a unit) and every conference."""
    lineage = set(doc.lineage(fact.org_id)) | {fact.org.id}
    named_org = any(b in lineage or fact.org_id in doc.lineage(b) for b in body)
    return named_org and all(c in body for c in fact.conf_ids)
