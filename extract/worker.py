"""`python -m extract.worker`: extraction for another process, one batch per line.

A crawl runs the extractor in this worker process (crawler/extraction.py), so that Kiwi's
start-up and the linker's Python work never hold the crawl's GIL. The protocol is JSON Lines
both ways: a request line `{"items": [{"text", "title", "published_at"}, …], "min_confidence": x}`
(`min_confidence` and an `id` optional) gets one answer line with the same `id`,
`{"id": …, "results": [{"organizations", "conferences", "paper_counts"}, …]}` in the items'
order, or `{"id": …, "error": "why"}` when the batch failed. Answers are ASCII (JSON escapes
for non-ASCII); anything else the process prints, from Python or from C, goes to standard error. The
worker loads Kiwi before reading the first request, ignores Ctrl-C (the crawl finishes its
batches, then closes this process's input), and ends at the end of its input, at once: every
answer is written by then, and tearing down the interpreter and Kiwi's ~500 MB (0.15 s, which the
crawl waits for) would do nothing else.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Mapping
from typing import IO, Any

from extract.api import DEFAULT_MIN_CONFIDENCE, extract_many
from extract.kiwi_runtime import get_kiwi
from extract.matcher import default_matcher


def extraction_fields(
    items: list[Mapping[str, Any]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[dict[str, Any]]:
    """`organizations`, `conferences` and `paper_counts` of each item (`text`, `title`,
    `published_at`) as JSON values, from one batch tokenization."""
    return [
        extraction.model_dump(mode="json")
        for extraction in extract_many(items, min_confidence=min_confidence)
    ]


def answer(line: str) -> dict[str, Any]:
    """The answer to one request line."""
    request_id = None
    try:
        request = json.loads(line)
        request_id = request.get("id")
        items = request["items"]
        threshold = request.get("min_confidence")
        options = {} if threshold is None else {"min_confidence": float(threshold)}
        return {"id": request_id, "results": extraction_fields(items, **options)}
    except Exception as exc:  # the batch failed: say why, go on with the next one
        return {"id": request_id, "error": f"{type(exc).__name__}: {exc}"}


def serve(requests: IO[str], answers: IO[str]) -> None:
    """Answer every request line until the input ends."""
    for line in requests:
        if line.strip():
            answers.write(json.dumps(answer(line)) + "\n")
            answers.flush()


def main() -> int:
    """Load the gazetteers and Kiwi, then serve standard input on the original standard output."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="ascii")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray output, C's too, goes to standard error
    default_matcher()
    get_kiwi()
    serve(sys.stdin, answers)
    answers.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # no teardown: nothing is left to write (see the module's docstring)


if __name__ == "__main__":
    sys.exit(main())
