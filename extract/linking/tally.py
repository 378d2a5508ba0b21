"""Articles that tally an organization's papers over all venues (`국제 학회에 40건`), where a count at
one conference is a detail: a later count dated by a year of its own goes back to the tally."""

from __future__ import annotations

from extract.linking.headers import is_listed_line
from extract.linking.sentences import Sentence
from extract.linking.state import Doc, State
from extract.linking.year_words import YEAR_WORD
from extract.numerals import CountMatch


def detail_of_a_tally(doc: Doc, state: State, s: Sentence, cm: CountMatch) -> bool:
    """Whether the last fact's conferences are a detail of an article that tallies papers over all
    venues (its first fact names none: `국제 학회에 40건`) and the count, dated by a year word of its own
    in another paragraph, goes back to that tally (`지난해 26건`), not to the detail."""
    first, last = state.facts[0], state.facts[-1]
    text = doc.fields[s.field]
    if first.conf_ids or not last.conf_ids or not YEAR_WORD.search(text, s.start, cm.start):
        return False
    if last.field == s.field and is_listed_line(text, s.start) and is_listed_line(text, last.sent_start):
        return False  # `▲2016년 3개` ⏎ `▲2017년 5개`: the next item of the same list
    i = doc.sentence_index(last.field, last.sent_start)
    return last.field != s.field or i is None or doc.sentences[i].para != s.para
