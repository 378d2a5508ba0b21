"""The conferences of an article's headline: those it names, whether it names one as an addition
(`51건…ICCV에도 8건`), and whether an article on one conference has counted only it so far."""

from __future__ import annotations

import itertools

from extract.linking.state import Doc, State
from extract.linking.venue_cues import ALSO_AT


def title_confs(doc: Doc) -> tuple[str, ...]:
    """Conferences of the headline: the title field's, else those of the headline lines that open
    a text given without one."""
    if any(x.field == "title" for x in doc.sentences):
        heads = [x for x in doc.sentences if x.field == "title"]
    else:
        heads = list(itertools.takewhile(lambda x: x.headline, doc.sentences))
    return tuple(dict.fromkeys(e.id for x in heads for e in x.entities if e.kind == "conf"))


def added_in_title(doc: Doc) -> bool:
    """Whether the headline writes its conference as an addition (`51건…ICCV에도 8건`): not the venue
    of the headline's other counts."""
    text = doc.fields.get("title", "")
    return any(
        e.kind == "conf" and ALSO_AT.match(text, e.end)
        for x in doc.sentences
        if x.field == "title"
        for e in x.entities
    )


def one_conference_so_far(doc: Doc, state: State) -> bool:
    """Whether the headline names the article's one conference and every fact so far is of it."""
    main = doc.main_confs
    return (
        len(main) == 1
        and title_confs(doc) == main
        and bool(state.facts)
        and all(f.conf_ids == main for f in state.facts)
    )
