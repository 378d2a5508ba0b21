"""Gazetteers as data: organizations, conferences and countries, one JSON object per line, validated on load.

Files live in `extract/data/` (`organizations.jsonl`, `conferences.jsonl`, `countries.jsonl`). Every row is one
entity with an `id` that groups its spellings. Loading checks each row against its model and the
file as a whole (unique ids, `parent` points at a known id, no spelling claimed by two entities)
and raises GazetteerError naming the file and line. Overlap policy for matching (see
`extract.matcher` and docs/extraction.md): the longest match wins; on equal length, the earlier start.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DATA_DIR = Path(__file__).with_name("data")

OrgType = Literal["company", "lab", "university", "institute", "government", "nonprofit"]
ConferenceField = Literal[
    "ml", "ai", "vision", "nlp", "speech", "data", "ir", "hci", "systems", "security",
    "robotics", "circuits", "graphics", "theory", "networking", "software", "bio", "other",
]  # fmt: skip

_ID = r"^[a-z0-9][a-z0-9\-]*$"


class GazetteerError(ValueError):
    """A gazetteer file is invalid; the message names the file and line."""


class OrganizationEntry(BaseModel):
    """One organization row of organizations.jsonl."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID, description="Stable id, lowercase ASCII with dashes: `naver-clova`.")
    name: str = Field(min_length=1, description="Canonical Korean name as news writes it: `네이버 클로바`.")
    name_en: str = Field(min_length=1, description="Canonical English name: `Naver Clova`.")
    type: OrgType = Field(description="What kind of organization it is.")
    parent: str | None = Field(default=None, description="Id of the organization this is a unit of.")
    aliases: tuple[str, ...] = Field(
        default=(), description="Other spellings: short names, English, acronyms."
    )

    @field_validator("aliases")
    @classmethod
    def _no_blank(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not a.strip() for a in value):
            raise ValueError("blank alias")
        return value

    def spellings(self) -> tuple[str, ...]:
        """Every spelling of the organization: name, English name, aliases (deduplicated, in order)."""
        return tuple(dict.fromkeys((self.name, self.name_en, *self.aliases)))


class ConferenceEntry(BaseModel):
    """One conference row of conferences.jsonl."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID, description="Stable id: `neurips`.")
    name: str = Field(min_length=1, description="Canonical acronym: `NeurIPS`.")
    full_name: str = Field(min_length=1, description="Full English name.")
    field: ConferenceField = Field(description="Research area.")
    aliases: tuple[str, ...] = Field(
        default=(),
        description="Other spellings: old names, Korean names and transliterations (뉴립스, 닙스).",
    )

    edition_base: int | None = Field(
        default=None,
        description="For annual conferences: year minus edition number of recent editions "
        "(AAAI-24 is the 38th: 1986), so `제38회 AAAI` reads as 2024.",
    )

    def spellings(self) -> tuple[str, ...]:
        """Every spelling of the conference: acronym, full name, aliases (deduplicated, in order)."""
        return tuple(dict.fromkeys((self.name, self.full_name, *self.aliases)))


class CountryEntry(BaseModel):
    """One country (or region) row of countries.jsonl: counts of a country are no organization's."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID, description="Stable id: `south-korea`.")
    name: str = Field(min_length=1, description="Korean name as news writes it: `한국`.")
    name_en: str = Field(min_length=1, description="English name, the entity's id after `country:`.")
    aliases: tuple[str, ...] = Field(default=(), description="Other spellings: `국내`, `싱가폴`.")

    def spellings(self) -> tuple[str, ...]:
        """Every Korean spelling of the country (English names are not matched: `US`, `UK` collide)."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))


E = TypeVar("E", OrganizationEntry, ConferenceEntry, CountryEntry)


_FOLDED_AWAY = re.compile(r"[\s\-_.·]+")


@lru_cache(maxsize=1 << 16)  # the same few names are folded again and again, article after article
def fold(spelling: str) -> str:
    """The key two spellings share when they differ only in case, spaces and light punctuation."""
    return _FOLDED_AWAY.sub("", spelling).casefold()


def _read_rows(path: Path, model: type[E]) -> list[tuple[int, E]]:
    rows: list[tuple[int, E]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read: {exc}") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rows.append((lineno, model.model_validate(json.loads(line))))
        except json.JSONDecodeError as exc:
            raise GazetteerError(f"{path}:{lineno}: not JSON: {exc.msg}") from exc
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in exc.errors())
            raise GazetteerError(f"{path}:{lineno}: {problems}") from exc
    return rows


def _check_unique(
    path: Path, rows: Iterable[tuple[int, OrganizationEntry | ConferenceEntry | CountryEntry]]
) -> None:
    ids: dict[str, int] = {}
    owners: dict[str, tuple[str, int]] = {}
    for lineno, row in rows:
        if row.id in ids:
            raise GazetteerError(f"{path}:{lineno}: id {row.id!r} already used on line {ids[row.id]}")
        ids[row.id] = lineno
        for spelling in row.spellings():
            key = fold(spelling)
            owner = owners.get(key)
            if owner and owner[0] != row.id:
                raise GazetteerError(
                    f"{path}:{lineno}: spelling {spelling!r} of {row.id!r} already belongs to "
                    f"{owner[0]!r} (line {owner[1]})"
                )
            owners[key] = (row.id, lineno)


def load_organizations(path: Path | None = None) -> tuple[OrganizationEntry, ...]:
    """Load and validate an organization gazetteer (default: the packaged one)."""
    path = path or DATA_DIR / "organizations.jsonl"
    rows = _read_rows(path, OrganizationEntry)
    _check_unique(path, rows)
    known = {row.id for _, row in rows}
    for lineno, row in rows:
        if row.parent is not None and row.parent not in known:
            raise GazetteerError(
                f"{path}:{lineno}: parent {row.parent!r} of {row.id!r} is not an id in the file"
            )
        if row.parent == row.id:
            raise GazetteerError(f"{path}:{lineno}: {row.id!r} is its own parent")
    return tuple(row for _, row in rows)


def load_conferences(path: Path | None = None) -> tuple[ConferenceEntry, ...]:
    """Load and validate a conference gazetteer (default: the packaged one)."""
    path = path or DATA_DIR / "conferences.jsonl"
    rows = _read_rows(path, ConferenceEntry)
    _check_unique(path, rows)
    return tuple(row for _, row in rows)


def load_countries(path: Path | None = None) -> tuple[CountryEntry, ...]:
    """Load and validate a country gazetteer (default: the packaged one)."""
    path = path or DATA_DIR / "countries.jsonl"
    rows = _read_rows(path, CountryEntry)
    _check_unique(path, rows)
    return tuple(row for _, row in rows)


def _packaged_countries() -> dict[str, CountryEntry]:
    return {c.id: c for c in load_countries()}


@dataclass(frozen=True)
class Gazetteers:
    """The gazetteers, indexed by id."""

    organizations: dict[str, OrganizationEntry]
    conferences: dict[str, ConferenceEntry]
    countries: dict[str, CountryEntry] = field(default_factory=_packaged_countries)

    def ancestors(self, org_id: str) -> list[str]:
        """Ids of the organization's parents, nearest first."""
        chain: list[str] = []
        current = self.organizations.get(org_id)
        while current is not None and current.parent and current.parent not in chain:
            chain.append(current.parent)
            current = self.organizations.get(current.parent)
        return chain


@cache
def default_gazetteers() -> Gazetteers:
    """The packaged gazetteers, loaded once per process."""
    return Gazetteers(
        organizations={o.id: o for o in load_organizations()},
        conferences={c.id: c for c in load_conferences()},
    )
