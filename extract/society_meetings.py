"""Korean societies' meetings the gazetteer does not list, found by their form (source `pattern`).

Hospitals, universities and companies report papers and abstracts at the meetings of Korean
national societies (`대한…학회 추계학술대회`, `한국…학회에서 발표`), hundreds of them, none in the
conference gazetteer. A society name written as a meeting — before 학술대회/학술회의 or a place
particle (`에서`, `서`), before its meeting's acronym and year (`한국정보과학회 KCC 2024`), or after
추계/춘계/하계/동계/`제N차` — is a conference mention with id
`pattern:<name>` and the society's name as its name; after `제N차` the field alone names it too
(`제29차 대한이비인후과 종합학술대회`). Written as an actor (`대한…학회는 … 밝혔다`,
`대한…학회 회장`), it is not (`extract.org_forms` lists such societies as organizations).
"""

from __future__ import annotations

import re

from extract.mentions import LEFT, EntityMention
from output.schema import FieldName

_SOCIETY = r"(?:대한|한국)[가-힣]{2,12}?학회"
_MEETING_WORD = (
    r"\s?(?:제\s?\d+\s?(?:차|회)\s?)?(?:추계|춘계|하계|동계|정기|연례|국제)?\s?(?:종합)?\s?"
    r"(?:학술대회|학술회의|학술발표회|학술발표대회)"
)
_MEETING = re.compile(
    rf"{LEFT}(?:(?:추계|춘계|하계|동계|제\s?\d+\s?차)\s?)?({_SOCIETY}"
    # the field's name alone before the meeting word (`제29차 대한이비인후과 종합학술대회`)
    rf"|(?<=차 )(?:대한|한국)[가-힣]{{1,10}}?(?:과|의학|과학))"
    rf"(?={_MEETING_WORD}|\s?[A-Z]{{2,8}}\s?(?:19|20)\d{{2}}(?!\d)|\s?(?:에서|서)(?![가-힣]))"
)

_EDITION = re.compile(r"\s?[A-Z]{2,8}\s?((?:19|20)\d{2})(?!\d)")


def society_meetings(text: str, field: FieldName = "text") -> list[EntityMention]:
    """Korean societies' meetings named in `text` (see the module's docstring)."""
    if "학회" not in text and "학술" not in text:
        return []
    out: list[EntityMention] = []
    for m in _MEETING.finditer(text):
        name = m.group(1)
        edition = _EDITION.match(text, m.end(1))  # `한국정보과학회 KCC 2024`: the meeting's own name too
        end = edition.end() if edition is not None else m.end(1)
        year = int(edition.group(1)) if edition is not None else None
        out.append(
            EntityMention(
                "conf",
                "pattern:" + name,
                name,
                None,
                "pattern",
                m.start(1),
                end,
                text[m.start(1) : end],
                year,
                field,
            )
        )
    return out
