"""What a page that gives no record had, and the exception that says a page is not an article."""

from __future__ import annotations

from dataclasses import dataclass

from output.schema import ArticleRecord


@dataclass(frozen=True)
class NoRecord:
    """Why a page gave no record, and which of the fields a run report checks the page had."""

    reason: str
    title: bool
    date: bool
    body: bool

    @classmethod
    def from_reason(cls, reason: str) -> NoRecord:
        """Only the reason is known: a field counts as present unless the reason names it."""
        said = reason.lower()
        return cls(reason, "title" not in said, "date" not in said, "body" not in said)

    @classmethod
    def of_record(cls, record: ArticleRecord) -> NoRecord:
        """An article the spider left out (outside the date window, a duplicate): it had its fields."""
        return cls("no record", bool(record.title), record.published_at is not None, bool(record.text))

    def present(self) -> dict[str, bool]:
        """The fields as the run report counts them (`title`, `date`, `body`)."""
        return {"title": self.title, "date": self.date, "body": self.body}


class NotAnArticle(Exception):
    """Raised by `ArticlePage.record()` for a page that is not an article.

    `reason` is a short slug (`listing`, `no-title`, `no-body`…): the `urls` spider counts skipped
    pages under `urls/skipped/<reason>`. `no_record` tells the run report which fields the page had.
    """

    def __init__(self, reason: str, no_record: NoRecord | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.no_record = no_record or NoRecord.from_reason(reason)
