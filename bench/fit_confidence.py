"""Fit the fact confidence weights (extract/data/confidence.json) by logistic regression.

    .venv/bin/python bench/fit_confidence.py            # fit, print, compare with the current weights
    .venv/bin/python bench/fit_confidence.py --write    # and write them to extract/data/confidence.json
    .venv/bin/python bench/fit_confidence.py --dump tune  # every candidate fact of a set, labelled
    .venv/bin/python bench/fit_confidence.py --only org_continued --write  # fit one new feature's
        # weight on top of the current bias and weights, which stay as they are

Training data: every candidate fact (min_confidence 0) of our tuning half of ../shared/eval/real,
of ../shared/eval/dev and of our own test articles (tests/extract/articles), labelled by the
shared scorer's matching: 1 for a fact that matches a gold fact of scope unit/total/subset, 0 for
one that matches none; facts that match a neutral gold fact (lab, person, joint) are left out.
The held-out half is never used here: `bench/score.py` reports it. Opened real sets in eval/real's
format can be added with `--set NAME=DIR` (they count with the tuning half). A fact whose count,
conferences and year are a gold fact's for its organization's parent or unit is left out: the level
of the organization is the annotation's choice, not something the evidence features see.

Round 19 fitted only the new `org_continued` on top of the weights already there (last fitted in round 11; `--only`, with the
opened sets r18a, r18b and r19): the candidates now hold few wrong facts, so a full refit moves the
bias to +4 or +5 and passes nearly everything.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.score import SHARED, eval_sets, load_scorer, read_gold  # noqa: E402
from extract.api import extract_with_evidence  # noqa: E402
from extract.gazetteer import default_gazetteers  # noqa: E402
from extract.linking.confidence import WEIGHTS_FILE, Evidence  # noqa: E402
from tests.extract.test_articles import _matches as own_matches  # noqa: E402

OWN = ROOT / "tests" / "extract" / "articles"
FEATURES = list(Evidence.__dataclass_fields__)


def labelled(scorer: Any, folder: Path, gold: list[dict[str, Any]], aliases: Path | None) -> list[tuple[dict[str, Any], dict[str, float], int]]:  # fmt: skip
    """(fact, features, label) for every candidate fact of a set that is not neutral; without
    aliases, gold organizations are our gazetteer ids (our own articles)."""
    orgs: dict[str, set[str]] = {}
    confs: dict[str, set[str]] = {}
    if aliases is not None:
        orgs, confs = scorer.load_aliases(aliases)

        def matches(p: dict[str, Any], g: dict[str, Any]) -> bool:
            return bool(scorer.fact_matches(p, g, orgs, confs))
    else:
        matches = own_matches
    records = [scorer.read_article(folder / row["file"]) for row in gold]
    out = []
    for row, _record, (extraction, evidence) in zip(
        gold, records, extract_with_evidence(records), strict=True
    ):
        preds = [p.model_dump(mode="json") for p in extraction.paper_counts]
        golds = [g for g in row["facts"] if isinstance(g.get("count"), int)]
        label: dict[int, int | None] = {}
        for g in golds:
            hit = next(
                (i for i, p in enumerate(preds) if i not in label and isinstance(p.get("count"), int)
                 and matches(p, g)),
                None,
            )  # fmt: skip
            if hit is not None:
                label[hit] = 1 if g["scope"] in scorer.MAIN_SCOPES else None
        for i, (p, ev) in enumerate(zip(preds, evidence, strict=True)):
            if not isinstance(p.get("count"), int) or label.get(i, 0) is None:
                continue
            if i not in label and orgs and _other_level(scorer, p, golds, orgs, confs):
                continue  # the right count for the organization's parent or unit: the gold's choice of level
            out.append(({**p, "file": row["file"]}, asdict(ev), label.get(i, 0)))
    return out


def _other_level(
    scorer: Any,
    p: dict[str, Any],
    golds: list[dict[str, Any]],
    orgs: dict[str, set[str]],
    confs: dict[str, set[str]],
) -> bool:
    """Whether a gold fact has the prediction's count, conferences and year for its organization's
    parent or unit (`네이버 클로바` where the gold says `Naver`): a disagreement about the level of
    the organization, which no evidence feature is about, so not a label for the score."""
    gaz = default_gazetteers()
    org_id = str(p.get("organization_id") or "")
    family = {org_id, *gaz.ancestors(org_id)} if org_id in gaz.organizations else {org_id}
    family |= {e.id for e in gaz.organizations.values() if org_id in gaz.ancestors(e.id)}
    names = set()
    for member in family:
        entry = gaz.organizations.get(member)
        names |= scorer.resolve([member] + ([entry.name, entry.name_en] if entry else []), orgs)
    return any(
        g["org"] in names
        and g["scope"] in scorer.MAIN_SCOPES
        and scorer.pred_conferences(p, confs) == scorer.gold_conferences(g)
        and (g.get("year") is None or p.get("year") == g["year"])
        and p.get("count") == g["count"]
        for g in golds
    )


def training_data(
    scorer: Any, extra: dict[str, Path] | None = None
) -> dict[str, list[tuple[dict[str, Any], dict[str, float], int]]]:
    """Labelled candidates of the tuning half, the dev set and our own articles, and of any opened
    real set in eval/real's format (`--set NAME=DIR`), which count with the tuning half."""
    sets = eval_sets()
    data = {}
    for name in ("tune", "dev"):
        folder, gold = sets[name]
        data[name] = labelled(scorer, folder / "articles", gold, folder / "aliases.json")
    for folder in (extra or {}).values():
        data["tune"] += labelled(scorer, folder / "articles", read_gold(folder), folder / "aliases.json")
    own_gold = [json.loads(ln) for ln in (OWN / "gold.jsonl").read_text("utf-8").splitlines() if ln.strip()]
    data["own"] = labelled(scorer, OWN, own_gold, None)
    return data


def fit(
    x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray, l2: float = 1.0, offset: np.ndarray | None = None
) -> tuple[float, np.ndarray]:
    """Logistic regression by gradient descent with an L2 penalty on the weights (not the bias); with
    an offset (the score of the weights kept), only the given columns' weights are fitted, no bias."""
    w = np.zeros(x.shape[1])
    b = 0.0
    z0 = np.zeros(len(y)) if offset is None else offset
    total = sample_weight.sum()
    for _ in range(20000):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b + z0)))
        g = (p - y) * sample_weight
        w -= 0.1 * ((x.T @ g) / total + l2 * w / total)
        if offset is None:
            b -= 0.1 * g.sum() / total
    return b, w


def fit_only(
    names: list[str], x: np.ndarray, y: np.ndarray, sw: np.ndarray, l2: float
) -> tuple[float, np.ndarray]:
    """The current bias and weights, with only the named features' weights fitted on top of them:
    how a new feature is added when a full refit would also move what the data no longer shows
    (the candidates hold few wrong facts once the linker rejects them)."""
    payload = json.loads(WEIGHTS_FILE.read_text("utf-8"))
    bias = float(payload["bias"])
    w = np.array([float(payload["weights"].get(k, 0.0)) for k in FEATURES])
    cols = [FEATURES.index(k) for k in names]
    kept = [i for i in range(len(FEATURES)) if i not in cols]
    offset = bias + x[:, kept] @ w[kept]
    _, fitted = fit(x[:, cols], y, sw, l2, offset)
    w[cols] = fitted
    return bias, w


def main(argv: list[str] | None = None) -> int:
    """Fit (or dump) and print the weights."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--write", action="store_true", help="write the fitted weights")
    ap.add_argument("--dump", choices=("tune", "dev", "own"), help="print the labelled candidates of a set")
    ap.add_argument("--l2", type=float, default=2.0)
    ap.add_argument(
        "--set", action="append", default=[], metavar="NAME=DIR",
        help="also fit on an opened real set in eval/real's format (never a held-out one)",
    )  # fmt: skip
    ap.add_argument(
        "--only", help="comma-separated features to fit, keeping the current bias and other weights"
    )
    args = ap.parse_args(argv)
    if not (SHARED / "eval").is_dir():
        raise SystemExit(f"fit_confidence: {SHARED / 'eval'} is absent")
    scorer = load_scorer()
    extra = {}
    for spec in args.set:
        name, sep, folder = spec.partition("=")
        if not sep or name in ("heldout", "real"):
            raise SystemExit(f"fit_confidence: --set wants NAME=DIR of an opened set, not {spec!r}")
        extra[name] = Path(folder)
    data = training_data(scorer, extra)
    if args.dump:
        for fact, feats, y in data[args.dump]:
            on = " ".join(k for k, v in feats.items() if v)
            print(f"{y} {fact['confidence']:.2f} {fact['file']} {fact['organization']} {fact['conferences']} "
                  f"{fact['year']} {fact['count']} | {on}")  # fmt: skip
        return 0
    rows = [r for name in ("tune", "dev", "own") for r in data[name]]
    # the real tuning half counts as much as the other two sets together: it is the text we have to hold on
    n_real = len(data["tune"])
    sw = np.array([1.0 if i < n_real else n_real / max(1, len(rows) - n_real) for i in range(len(rows))])
    x = np.array([[r[1][k] for k in FEATURES] for r in rows])
    y = np.array([r[2] for r in rows], dtype=float)
    if args.only:
        unknown = set(args.only.split(",")) - set(FEATURES)
        if unknown:
            raise SystemExit(f"fit_confidence: unknown features {sorted(unknown)}")
        b, w = fit_only(args.only.split(","), x, y, sw, args.l2)
    else:
        b, w = fit(x, y, sw, args.l2)
    print(
        f"{len(rows)} candidates ({int(y.sum())} right); tune {n_real}, dev {len(data['dev'])}, own {len(data['own'])}"
    )
    print(f"bias {b:+.2f}")
    for k, v in zip(FEATURES, w, strict=True):
        print(f"  {k:22} {v:+.2f}")
    if args.write:
        payload = json.loads(WEIGHTS_FILE.read_text("utf-8"))
        payload["bias"] = round(float(b), 2)
        payload["weights"] = {k: round(float(v), 2) for k, v in zip(FEATURES, w, strict=True)}
        about = payload["about"].split(" Hand-set;")[0].split(" Fitted by")[0]
        payload["about"] = about + " Fitted by bench/fit_confidence.py."
        WEIGHTS_FILE.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", "utf-8")
        print(f"written to {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
