"""A name found in a text (EntityMention) and the particles that may follow a Korean name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from output.schema import FieldName

Kind = Literal["org", "conf", "country"]

JOSA = (
    "으로는|으로|로는|로서|로써|에서는|에서도|에서|에게|에는|에도|에선|에|은|는|이다|이며|이고|이나|이랑|"
    "이라는|이란|이었|이|가|을|를|의|와의|과의|와|과|도|로|만|까지|부터|보다|처럼|나|랑|하고|뿐|측|등|"
    "서|께|마저|조차|다|였|며|고|엔|란|라는|연구진|연구팀|연구소|연구원|연구실|진영|단독|전체|관계자|"
    "계열|그룹|본사|코리아|논문|AI|입니다|입니까|이었습니다|였습니다|이에요|예요|"  # spoken copulas: `서울대입니다`
    "발(?![가-힣])"  # `한국발 논문`: from
)
HANGUL_END = rf"(?=[^가-힣]|$|(?:{JOSA}))"
JOSA_RE = re.compile(rf"(?:{JOSA})")
LEFT = r"(?<![0-9A-Za-z가-힣])"  # a name does not continue a word on its left


@dataclass(frozen=True)
class EntityMention:
    """A name found in a field: which entity, where, and the year written next to it."""

    kind: Kind
    id: str
    name: str
    name_en: str | None
    source: Literal["gazetteer", "pattern"]
    start: int
    end: int
    text: str
    year: int | None = None
    field: FieldName = "text"
    parent: str | None = None  # for a unit named after a known organization: that organization
    department: bool = (
        False  # a department or school named alone (`컴퓨터공학과`): its university is the context's
    )
