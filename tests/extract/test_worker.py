"""`python -m extract.worker`: one answer line per request line, in step, ASCII, stray output kept apart."""

from __future__ import annotations

import json
import subprocess
import sys

from extract.worker import answer
from tests.support.crawl import REPO_ROOT

ARTICLE = "다온전자는 CVPR 2024에서 논문 6편을 발표했다고 밝혔다."


def test_an_answer_carries_its_request_id_and_the_fields_in_item_order() -> None:
    request = {"id": 3, "items": [{"text": ARTICLE}, {"text": "논문 이야기가 없는 글이다."}]}

    reply = answer(json.dumps(request))

    assert reply["id"] == 3
    assert [len(r["paper_counts"]) for r in reply["results"]] == [1, 0]
    assert reply["results"][0]["paper_counts"][0]["count"] == 6


def test_a_bad_request_gets_an_error_answer_with_its_id() -> None:
    reply = answer('{"id": 4, "texts": ["no items field"]}')
    assert reply["id"] == 4 and "items" in reply["error"]
    assert answer("{not json")["id"] is None


def test_the_process_answers_every_line_in_ascii_and_ends_with_its_input() -> None:
    requests = [
        {"id": 1, "items": [{"text": ARTICLE, "published_at": "2024-06-20T09:00:00+09:00"}]},
        {"id": 2, "items": [{"text": "깨진 글자 \ud800 가 섞인 본문이다."}], "min_confidence": 0},
    ]
    lines = "".join(json.dumps(r) + "\n" for r in requests)

    proc = subprocess.run(
        [sys.executable, "-m", "extract.worker"],
        input=lines.encode("ascii"),
        capture_output=True,
        cwd=REPO_ROOT,
        timeout=120,
    )

    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    answers = [json.loads(line) for line in proc.stdout.decode("ascii").splitlines()]
    assert [a["id"] for a in answers] == [1, 2]
    assert answers[0]["results"][0]["paper_counts"][0]["year"] == 2024
