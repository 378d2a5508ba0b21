"""The organization a count is lifted to: the parent covering the units an inclusion clause names
(`lift_total`), or the group of a company written with its affiliates (`삼성 4개 계열사가 30편`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.gazetteer import Gazetteers
from extract.linking.lineage import lift_total
from extract.linking.state import ancestor_chain
from extract.matcher import EntityMention

# a company named with its affiliates, not alone: `삼성 4개 계열사가`, `SK 계열사들은`, `LG 관계사 3곳이`
_AFFILIATES = re.compile(
    r"\s*(?:의\s*)?(?:\d+|두|세|네|다섯|여섯|여러|주요)?\s*(?:개\s*)?(?:계열사|관계사|그룹사|자회사)"
)


def owner_id(
    gaz: Gazetteers, text: str, org: EntityMention, scope: str, included: Sequence[EntityMention]
) -> str:
    """The id a fact of `org` is written for: the parent an inclusion clause lifts a total to, the
    group of a company written with its affiliates, else the organization itself."""
    if scope == "total" and included:
        return lift_total(gaz, org, included)
    chain = ancestor_chain(gaz, org.id)
    if chain and _AFFILIATES.match(text, org.end):
        return chain[-1]  # `삼성 4개 계열사가 모두 30편`: the group's, not 삼성전자's
    return org.id
