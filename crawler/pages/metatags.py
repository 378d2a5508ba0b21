"""A page's `<meta>` tags, read in one pass over the tree instead of one XPath query per name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from parsel import Selector

from crawler.pages.fields import clean_whitespace

ATTRIBUTES = ("property", "name", "itemprop")


@dataclass(frozen=True)
class MetaTag:
    """One `<meta>` with a non-empty `content` (whitespace cleaned)."""

    property: str | None
    name: str | None
    itemprop: str | None
    content: str


@dataclass
class MetaTags:
    """A page's `<meta>` tags in document order, with their contents by (attribute, value)."""

    tags: list[MetaTag] = field(default_factory=list)
    by_key: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, selector: Selector) -> MetaTags:
        """Every `<meta>` of the page that has a non-empty `content`."""
        found = cls()
        root = selector.root
        for element in root.iter("meta") if hasattr(root, "iter") else ():
            content = clean_whitespace(element.get("content"))
            if content:
                tag = MetaTag(element.get("property"), element.get("name"), element.get("itemprop"), content)
                found.tags.append(tag)
                for attribute in ATTRIBUTES:
                    value = getattr(tag, attribute)
                    if value is not None:
                        found.by_key.setdefault((attribute, value), []).append(content)
        return found

    def first(self, names: Iterable[str]) -> str | None:
        """The first content among `names` in order, each looked up as property, then name, then itemprop."""
        for name in names:
            for attribute in ATTRIBUTES:
                contents = self.by_key.get((attribute, name))
                if contents:
                    return contents[0]
        return None

    def every(self, name: str) -> list[str]:
        """Every content whose property or name is `name`, in document order."""
        return [tag.content for tag in self.tags if name in (tag.property, tag.name)]
