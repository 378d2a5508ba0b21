"""Hostile XML is refused before anything reads it: entity declarations and excessive depth.

Feeds and sitemaps come from servers we do not control. Every XML document is read by lxml with
the hardened options (`resolve_entities=False`, `no_network=True`, `load_dtd=False`,
`huge_tree=False`), and on top of that, as defusedxml does, a document is refused with a
`HostileXml` error naming it when

- its DOCTYPE declares any entity (`<!ENTITY …>`): the billion-laughs expansion, an external
  entity (`SYSTEM "file:///etc/passwd"`), a parameter entity; no real feed or sitemap needs one;
- its elements nest deeper than `MAX_XML_DEPTH` (64; a feed is 5 deep, XHTML content in Atom
  a few more). feedparser, which reads a feed after this check, takes seconds on a document
  nested 100,000 deep.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import lxml.etree

MAX_XML_DEPTH = 64


class DiscoveryError(ValueError):
    """A feed or sitemap that cannot be read at all; the message names the document."""


class HostileXml(DiscoveryError):
    """An XML document refused as an attack (entities, depth); the message names it and why."""


def _refuse_entities(element: Any, what: str) -> None:
    dtd = element.getroottree().docinfo.internalDTD
    if dtd is not None and next(iter(dtd.iterentities()), None) is not None:
        raise HostileXml(
            f"{what} declares XML entities in its DOCTYPE (an entity-expansion or external-entity "
            "attack, or a document no feed or sitemap needs): refused"
        )


def safe_events(xml: bytes, what: str, *, max_depth: int = MAX_XML_DEPTH) -> Iterator[tuple[str, Any]]:
    """lxml's `(event, element)` stream of start and end events, hardened; HostileXml on an attack.

    Broken markup is recovered from (as browsers and feed readers do); a document that is no
    XML at all raises DiscoveryError naming it.
    """
    events = lxml.etree.iterparse(
        io.BytesIO(xml),
        events=("start", "end"),
        recover=True,
        remove_comments=True,
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_blank_text=True,
        collect_ids=False,
        remove_pis=True,
    )
    depth = 0
    try:
        for event, element in events:
            if event == "start":
                if depth == 0:
                    _refuse_entities(element, what)
                depth += 1
                if depth > max_depth:
                    raise HostileXml(f"{what} nests its elements deeper than {max_depth} levels: refused")
            else:
                depth -= 1
            yield event, element
    except lxml.etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{what} is not XML: {exc}") from exc


def safe_root(xml: bytes, what: str, *, max_depth: int = MAX_XML_DEPTH) -> Any:
    """The root element of a whole document read with `safe_events`."""
    root = None
    for event, element in safe_events(xml, what, max_depth=max_depth):
        if root is None and event == "start":
            root = element
    if root is None:
        raise DiscoveryError(f"{what} is not XML")
    return root
