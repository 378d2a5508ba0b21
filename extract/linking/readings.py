"""Two readings of one organization's count: a weak one (paired by `각각`, carried from an earlier
sentence, a headline's) that the article's own statement for the same organization, conferences and
year contradicts.

`두 회사는 SID에 각각 6편, 3편` pairs the counts with the companies in the order they were named;
when the article later writes `B는 … 3편의 논문을 발표한다`, B's 6 was the other company's. A weak
reading larger than the organization's own stated counts, even added up, cannot be its count (a part
is smaller than its whole, so a smaller weak count may be a part and is kept); when one count of a `각각` list is
wrong that way, the pairing's order is, and every count of that list is in doubt.
"""

from __future__ import annotations

import re

from extract.linking.sentences import is_table_row, line_span
from extract.linking.state import Doc, Fact

# an increase written right after a count (`두 건을 더 보탰다`, `12편이 늘었다`)
# (`A는 두 건, B는 열두 건을 더 보탰다`: past the other counts of its list)
_INCREASE_AFTER = re.compile(
    r"(?:\s?,\s?[^,.\d]{0,20}?\S+\s?(?:편|건|개))*"
    r"\s*(?:을|를|이|가)?\s*(?:더\s?(?:보탰|보태|늘렸|얹었|추가했)|늘었|늘어났|증가했)"
)


# papers besides those counted before (`OLED 말고도`, `이 밖에`, `그 외에도`, `다른 분야에서`)
_OTHER_PAPERS = re.compile(r"말고도|외에도|밖에도|이\s?밖에|그\s?밖에|따로|별도로|다른\s?(?:분야|트랙|세션)")


# a selection among the papers written before a count (`초청 논문 세 편`, `구두 발표 2편`): a part of the whole, no
# statement of it (tracks that add up to it, `워크숍 논문 1편`, are)
_KIND_OF_PAPERS = re.compile(r"(?:초청|구두|오럴|스포트라이트|하이라이트)\s?(?:논문|발표)?\s?$")


def _a_difference(f: Fact, facts: list[Fact], text: str) -> bool:
    """Whether a count followed by an increase (`두 건을 더 보탰다`) is the difference between its
    organization's count of its year and of the year before, at the same conferences."""
    if f.cm.count is None or f.year is None or not _INCREASE_AFTER.match(text, f.cm.end):
        return False
    counts = {
        (g.year, g.cm.count)
        for g in facts
        if g is not f
        and g.org_id == f.org_id
        and set(g.conf_ids) == set(f.conf_ids)
        and g.cm.count is not None
    }
    return any((f.year - 1, n - f.cm.count) in counts for year, n in counts if year == f.year)


def _stated(doc: Doc, f: Fact) -> bool:
    """A count written for its owner in its own sentence, not by pairing and not in a headline (a table's
    row is no headline: `| A | 6편 |`)."""
    text = doc.fields[f.field]
    return (
        f.paired < 0
        and f.org.field == f.field
        and f.sent_start <= f.org.start < f.sent_end
        and (not f.headline or is_table_row(text[slice(*line_span(text, f.sent_start))]))
    )


def _comparable(f: Fact) -> bool:
    """An exact count with conferences and a year: one edition's papers, not a span or an estimate."""
    return f.cm.count is not None and f.qualifier == "exact" and bool(f.conf_ids) and f.year is not None


def _exceeds_statement(doc: Doc, weak: Fact, facts: list[Fact]) -> bool:
    """Whether the organization's own stated counts for the same conferences and year are smaller,
    even added up (`메인 트랙 12편, 워크숍 3편` under a headline's 15 is its parts); for a headline,
    whether they add up to another number (`A 8편·B 5편` over a body giving A 5 and B 8)."""
    if weak.scope != "unit" or not _comparable(weak) or _stated(doc, weak) or weak.cm.count is None:
        return False
    if _OTHER_PAPERS.search(doc.fields[weak.field], weak.sent_start, weak.cm.start):
        return False  # `OLED 말고도 다른 분야에서 14편을 따로`: papers besides the stated ones
    stated = [
        g.cm.count
        for g in facts
        if g is not weak
        and _stated(doc, g)
        and not g.joint  # papers written with others are a part of each author's
        and _comparable(g)
        and g.scope in ("unit", "total")
        and g.relation not in ("oral", "spotlight", "award")
        and not _KIND_OF_PAPERS.search(doc.fields[g.field], max(g.sent_start, g.cm.start - 12), g.cm.start)
        and same_edition(g, weak)
        and g.cm.count is not None
    ]
    if not stated or weak.cm.count in (sum(stated), sum(stated) + _added_parts(weak, facts)):
        return False  # `A는 20편을 비롯해 … 10편을 추가로`: a headline's 30 is both together
    # a headline's other count is no part either (a body line's may be)
    above = weak.headline and doc.above_body(weak.field, weak.sent_start)
    return above or weak.cm.count > sum(stated)


def _added_parts(weak: Fact, facts: list[Fact]) -> int:
    """The organization's stated subset counts for the weak reading's conferences and year, summed."""
    return sum(
        g.cm.count
        for g in facts
        if g.scope == "subset" and g.cm.count is not None and same_edition(g, weak) and not g.headline
    )


def same_edition(g: Fact, weak: Fact) -> bool:
    """Whether a fact counts the same organization's papers at the same conferences and year."""
    return g.org_id == weak.org_id and set(g.conf_ids) == set(weak.conf_ids) and g.year == weak.year


def contradicted_readings(facts: list[Fact], doc: Doc) -> list[Fact]:
    """The weak readings the article's own statements contradict, with the rest of a `각각` list
    whose order one of them shows wrong (when its counts differ); and counts of an increase that are
    the difference of two counts the article gives (`13건 … 15건 … 두 건을 더 보탰다`)."""
    wrong = [
        f for f in facts if _exceeds_statement(doc, f, facts) or _a_difference(f, facts, doc.fields[f.field])
    ]
    pairings = {f.paired for f in wrong if f.paired >= 0}
    for start in pairings:
        field = _field_of(wrong, start)
        members = [f for f in facts if f.paired == start and f.field == field]
        if len({f.cm.count for f in members}) > 1:
            wrong.extend(f for f in members if f not in wrong)
    return wrong


def _field_of(facts: list[Fact], start: int) -> str:
    return next(f.field for f in facts if f.paired == start)
