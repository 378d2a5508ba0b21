"""Page methods computed once per page object."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any


def once_per_page(method: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A page method computed once per page object: `title()` and `text()` are asked for by the
    not-an-article check, the record and the no-record report alike."""
    slot = f"_once_{method.__qualname__}"

    @wraps(method)
    def cached(self: Any) -> Any:
        if slot not in self.__dict__:
            self.__dict__[slot] = method(self)
        return self.__dict__[slot]

    return cached
