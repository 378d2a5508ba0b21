"""Korean societies' meetings the gazetteer does not list, found by their form (source `pattern`).

Hospitals, universities and companies report papers and abstracts at the meetings of Korean
national societies (`대한…학회 추계학술대회`, `한국…학회에서 발표`), hundreds of them, none in the
conference gazetteer. A society name written as a meeting — before 학술대회/학술회의 or a place
particle (`에서`, `서`), or after 추계/춘계/`제N차` — is a conference mention with id
`pattern:<name>` and the society's name as its name. Written as an actor (`대한…학회는 … 밝혔다`,
`대한…학회 회장`), it is not (`extract.org_forms` lists such societies as organizations).
"""

from __future__ import annotations

import re

from extract.mentions import LEFT, EntityMention
from output.schema import FieldName

_SOCIETY = r"(?:대한|한국)[가-힣]{2,12}?학회"
_MEETING = re.compile(
    rf"{LEFT}(?:(?:추계|춘계|제\s?\d+\s?차)\s?)?({_SOCIETY})"
    r"(?=\s?(?:추계|춘계|정기|연례|국제)?\s?(?:학술대회|학술회의|학술발표회)|\s?(?:에서|서)(?![가-힣]))"
)


def society_meetings(text: str, field: FieldName = "text") -> list[EntityMention]:
    """Korean societies' meetings named in `text` (see the module's docstring)."""
    if "학회" not in text:
        return []
    out: list[EntityMention] = []
    for m in _MEETING.finditer(text):
        name = m.group(1)
        out.append(
            EntityMention(
                "conf", "pattern:" + name, name, None, "pattern", m.start(1), m.end(1), name, None, field
            )
        )
    return out
