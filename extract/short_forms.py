"""Short forms read by the article: an alias that is the start of the full name of another organization the
article names (`카카오엔터` in an article naming 카카오엔터프라이즈) is that organization, not the one the gazetteer
gives the alias to (카카오엔터테인먼트)."""

from __future__ import annotations

from dataclasses import replace

from extract.gazetteer import Gazetteers, fold
from extract.mentions import EntityMention


def short_forms_of_named(
    gaz: Gazetteers, entities: dict[str, list[EntityMention]]
) -> dict[str, list[EntityMention]]:
    """The mentions with every alias read as the named organization whose full name it starts."""
    named = {
        m.id: fold(gaz.organizations[m.id].name)
        for ms in entities.values()
        for m in ms
        if m.kind == "org"
        and m.id in gaz.organizations
        and fold(m.text) == fold(gaz.organizations[m.id].name)
    }
    out: dict[str, list[EntityMention]] = {}
    for field, ms in entities.items():
        out[field] = [_read(gaz, m, named) for m in ms]
    return out


def _read(gaz: Gazetteers, m: EntityMention, named: dict[str, str]) -> EntityMention:
    """One mention, as the named organization whose full name its alias starts, if exactly one does."""
    if m.kind != "org" or m.id not in gaz.organizations or m.id in named:
        return m
    short = fold(m.text)  # never its own full name: `named` holds every organization written in full
    fits = [i for i, full in named.items() if i != m.id and full.startswith(short) and len(full) > len(short)]
    if len(fits) != 1:
        return m
    entry = gaz.organizations[fits[0]]
    return replace(m, id=entry.id, name=entry.name, name_en=entry.name_en)
