"""Page methods computed once per page object."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


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


class page_property(Generic[T]):
    """`functools.cached_property` without its lock: Python 3.11's is one lock per class attribute,
    shared by every page object, so pages parsed in parallel threads waited on each other. A page
    object is read by one thread at a time, so computing a value twice cannot happen."""

    def __init__(self, method: Callable[[Any], T]) -> None:
        self.method = method
        self.name = method.__name__
        self.__doc__ = method.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, page: None, owner: type | None = None) -> page_property[T]: ...
    @overload
    def __get__(self, page: object, owner: type | None = None) -> T: ...

    def __get__(self, page: object | None, owner: type | None = None) -> T | page_property[T]:
        if page is None:
            return self
        value = self.method(page)
        page.__dict__[self.name] = value  # the instance attribute now shadows this (non-data) descriptor
        return value
