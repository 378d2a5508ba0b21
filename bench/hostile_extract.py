"""`python -m extract` against hostile input: wall time, peak RSS and exit status per case.

    .venv/bin/python bench/hostile_extract.py            # every case
    .venv/bin/python bench/hostile_extract.py 5mb-text   # one case

Each case writes its input to a temporary file, runs `python -m extract FILE` as a child
process (Kiwi load included in the time) and reads the child's own peak RSS from `wait4`.
Bars from issue 14: a 5 MB text ends in under 30 s with peak RSS under 800 MB; every case
writes one line per input line, all strict UTF-8 JSON, and exits 0/1 (never a crash).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "한빛전자는 {year}년 {conf}에서 논문 {n}편을 발표했다고 밝혔다.",
    "누리대학교 연구팀은 가람연구소와 함께 새로운 학습 기법을 제안했다.",
    "홍길동 연구원은 작은 데이터로도 정확도를 높이는 방법을 소개했다.",
    "이번 학회에는 모두 {big}편이 제출됐고 그 가운데 {n}편이 채택됐다.",
    "회사 측은 앞으로도 기초 연구에 꾸준히 투자하겠다고 말했다.",
]
CONFS = ["ICML", "NeurIPS", "CVPR", "ACL", "ICLR", "인터스피치"]
GOOD = json.dumps(
    {"id": "good", "text": "한빛전자는 ICML에서 논문 4편을 발표했다."}, ensure_ascii=False
).encode()


def korean_text(size_bytes: int, paragraphs: bool, seed: int = 14) -> str:
    """About `size_bytes` of UTF-8 Korean news-like text, in paragraphs or one run-on line."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size_bytes:
        sentence = rng.choice(SENTENCES).format(
            year=rng.randint(2015, 2025),
            conf=rng.choice(CONFS),
            n=rng.randint(1, 40),
            big=rng.randint(900, 9000),
        )
        parts.append(sentence + ("\n" if paragraphs and rng.random() < 0.3 else " "))
        total += len(parts[-1].encode())
    return "".join(parts)


def hostile_lines() -> bytes:
    """Each hostile JSON line between two good ones."""
    hostile = [
        b'{"text": NaN}',
        b'{"text": "a", "x": -Infinity}',
        b'{"text": "a", "x": 1e400}',
        b'{"text": "a", "n": ' + b"9" * 5000 + b"}",
        b"[" * 100_000,
        b'{"a": ' * 50_000,
        b'{"text": "\\ud800"}',
        b'{"text": "caf\xff"}',
        b"\xef\xbb\xbf" + GOOD,
        b'"just a string"',
        b'{"title": "no text"}',
        b"",
    ]
    return b"\n".join(line for h in hostile for line in (GOOD, h)) + b"\n" + GOOD + b"\n"


CASES: dict[str, Callable[[], bytes]] = {
    "hostile-json": hostile_lines,
    "5mb-text": lambda: (
        json.dumps({"text": korean_text(5_000_000, True)}, ensure_ascii=False).encode() + b"\n"
    ),
    "5mb-run-on-text": lambda: (
        json.dumps({"text": korean_text(5_000_000, False)}, ensure_ascii=False).encode() + b"\n"
    ),
    "5mb-no-spaces": lambda: json.dumps({"text": "가" * 1_700_000}, ensure_ascii=False).encode() + b"\n",
    "100mb-line": lambda: GOOD + b"\n" + b'{"text": "' + b"a" * 100_000_000 + b'"}\n' + GOOD + b"\n",
    "2000-lines": lambda: (
        b"\n".join(
            json.dumps({"id": i, "text": korean_text(3000, True, seed=i)}, ensure_ascii=False).encode()
            for i in range(2000)
        )
        + b"\n"
    ),
}


def run_case(name: str, data: bytes) -> dict[str, object]:
    """Run the CLI over `data`; time, peak RSS (MB), status and output checks."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.jsonl"
        path.write_bytes(data)
        out_path = Path(tmp) / "out.jsonl"
        with out_path.open("wb") as out, open(Path(tmp) / "err.txt", "wb") as err:
            start = time.monotonic()
            proc = subprocess.Popen(
                [sys.executable, "-m", "extract", str(path)], cwd=ROOT, stdout=out, stderr=err
            )
            _, wait_status, usage = os.wait4(proc.pid, 0)
            seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(wait_status)
        lines_in = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
        written = out_path.read_bytes().split(b"\n")[:-1]
        errors = notes = 0
        for line in written:
            if line:
                record = json.loads(line.decode("utf-8"), parse_constant=lambda c: 1 / 0)
                errors += "error" in record
                notes += "extract_notes" in record
        return {
            "case": name,
            "input_MB": round(len(data) / 1e6, 1),
            "seconds": round(seconds, 1),
            "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
            "peak_rss_MB": usage.ru_maxrss // 1024,
            "exit": proc.returncode,
            "lines_in": lines_in,
            "lines_out": len(written),
            "errors": errors,
            "cut_notes": notes,
        }


def main() -> int:
    """Run the named cases (default: all) and print one JSON line per case."""
    names = sys.argv[1:] or list(CASES)
    failed = False
    for name in names:
        result = run_case(name, CASES[name]())
        print(json.dumps(result, ensure_ascii=False), flush=True)
        failed |= result["lines_in"] != result["lines_out"] or result["exit"] not in (0, 1)
        if name.startswith("5mb"):
            failed |= float(str(result["seconds"])) >= 30 or int(str(result["peak_rss_MB"])) >= 800
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
