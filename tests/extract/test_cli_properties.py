"""Property test: generated hostile lines thrown at the extract CLI (in-process, the real extractor).

Whatever the lines hold (any bytes, any JSON, JSON Python would not write, lone surrogates,
deep nesting, huge numbers, blank lines, a missing last newline), the CLI writes exactly one
line per input line, every line is valid UTF-8 and strict JSON (or empty for a blank line), a
good line keeps its fields and gets the extraction, a bad one gets an `error`, and the status is
1 exactly when some line was bad.
"""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.cli import Options, process

EXTRACTION = ("organizations", "conferences", "paper_counts")
KOREAN = st.sampled_from(
    ["한빛전자는 ", "누리대학교 연구팀이 ", "ICML 2023에서 ", "CVPR에서 ", "논문 ", "12편을 ", "발표했다. ", "\n", "약 30편", " "]
)  # fmt: skip
TEXTS = st.one_of(st.lists(KOREAN, max_size=12).map("".join), st.text(max_size=80))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
ARTICLES = st.fixed_dictionaries(
    {"text": TEXTS},
    optional={
        "title": st.one_of(TEXTS, st.integers()),
        "published_at": st.one_of(st.sampled_from(["2023-06-01", "9999-99-99", ""]), st.integers()),
        "id": JSON_VALUES,
    },
)
HOSTILE = st.sampled_from(
    [
        b'{"text": NaN}', b'{"text": "a", "x": Infinity}', b'{"text": "a", "x": 1e999}',
        b'{"text": "a", "x": ' + b"1" * 4400 + b"}", b"[" * 5000, b'{"a":' * 3000, b'{"text": "\\udc00"}',
        b'{"text": "\\ud800\\u0041"}', b'{"text": "\xed\xa0\x80"}', b'{"text": "\xc0\x80"}', b"\xff", b"\x00",
        b"\xef\xbb\xbf{}", b'{"text": "a"}\r', b"   \t", b"", b'{"text": "\x00\x1b"}', b"1", b'"text"',
        b'{"text": "a", "text": 5}', b"{}", b'{"text": []}',
    ]
)  # fmt: skip
LINES = st.one_of(
    ARTICLES.map(lambda a: json.dumps(a, ensure_ascii=False).encode()),
    ARTICLES.map(lambda a: json.dumps(a).encode()),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3).map(
        lambda s: json.dumps({"text": "앞 " + s + " 뒤"}).encode()
    ),
    HOSTILE,
    st.binary(max_size=40),
).map(lambda line: line.replace(b"\n", b" "))


def _strict(line: bytes) -> dict[str, Any]:
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in the output")

    obj = json.loads(line.decode("utf-8"), parse_constant=refuse)
    assert isinstance(obj, dict)
    return obj


def _check_offsets(record: dict[str, Any]) -> None:
    mentions = [m for key in ("organizations", "conferences") for e in record[key] for m in e["mentions"]]
    mentions += [f["evidence"] for f in record["paper_counts"]]
    for m in mentions:
        assert record[m["field"]][m["start"] : m["end"]] == m["text"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LINES, min_size=1, max_size=25), final_newline=st.booleans(), batch=st.integers(1, 9))
def test_hostile_lines_never_cost_another_line(lines: list[bytes], final_newline: bool, batch: int) -> None:
    data = b"\n".join(lines) + (b"\n" if final_newline else b"")
    expected = data.split(b"\n")
    if expected[-1] == b"":
        expected.pop()
    out, err = io.BytesIO(), io.StringIO()
    status = process(io.BytesIO(data), out, err, Options(batch_size=batch))
    written = out.getvalue().split(b"\n")
    assert written.pop() == b""  # every output line ends with a newline
    assert len(written) == len(expected)
    bad = 0
    for number, (given_line, line) in enumerate(zip(expected, written, strict=True), 1):
        if not given_line.strip():
            assert line == b""
            continue
        record = _strict(line)
        if "error" in record:
            bad += 1
            assert f"line {number}: " in err.getvalue()
            continue
        source = json.loads(given_line.decode("utf-8-sig" if number == 1 else "utf-8"))
        assert {k: v for k, v in record.items() if k not in EXTRACTION} == source
        _check_offsets(record)
    assert status == (1 if bad else 0)
