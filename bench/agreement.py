"""How far two labellings of the same corpus articles agree (issue 9: the ceiling the
pipeline is measured against).

    python bench/agreement.py [--second DIR] [--lang ru] [--list]

`--second` holds one label file per article (`<stem>.json`, the corpus label shape); each is
compared with the corpus label of the same stem, `bench/ingest_corpus/<lang>/<stem>.json`.
Only `dev` articles are compared: a stem of the `test` or `holdout` split is refused before
its corpus label is opened.

The matcher is the one `bench/eval_ingest.py` scores the pipeline with (imported, not
copied), with the first labels in the place of the expected set and the second labels in
the place of the candidates:
* dates: the set of (date, precision) per article, exact; P = share of the second
  labeller's dates the first has, R = share of the first's the second has. Swapping the two
  swaps P and R, so F1 is the symmetric figure.
* rounds: the set of numbered round slugs per article, F1 the same way.
* people: a person of one set is found in the other by slug or by name key (eval_ingest's
  `found`); reported both ways and as their harmonic mean.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_ingest import (  # noqa: E402
    CORPUS,
    LANGS,
    ROUND_SLUG,
    _people,
    found,
    person_key,
    prf,
)

SECOND = CORPUS / "second_labels"
DEV_STEM = re.compile(r"(?P<lang>[a-z]{2})-(?P<num>\d{3})-[^/]+")


def dev_lang(stem: str) -> str:
    """The language of a dev stem; a test or holdout stem is an error, never opened."""
    m = DEV_STEM.fullmatch(stem)
    if not m or m["lang"] not in LANGS:
        raise SystemExit(f"{stem}: not a corpus article name (<lang>-NNN-<name>)")
    if int(m["num"]) % 3 == 0:
        raise SystemExit(f"{stem}: a test article (NNN divisible by 3); not compared")
    return m["lang"]


def labels(data: dict) -> dict:
    return {
        "dates": {(date.fromisoformat(h["date"]), h["precision"]) for h in data["happenings"]},
        "rounds": {
            h["round"]
            for h in data["happenings"]
            if h.get("round") and ROUND_SLUG.fullmatch(h["round"])
        },
        "people": _people(data),
        "tracks": _tracks(data),
    }


def _tracks(data: dict) -> dict[tuple[date, str], set[str]]:
    """The tracks labelled at each (date, precision) (two happenings may share one)."""
    out: dict[tuple[date, str], set[str]] = defaultdict(set)
    for h in data["happenings"]:
        out[(date.fromisoformat(h["date"]), h["precision"])].add(h["track"])
    return out


def people_found(mine: list[dict], other: list[dict]) -> list[bool]:
    """For each person of `mine`, whether `other` names them (slug or name key)."""
    slugs = {p["slug"] for p in other if p.get("slug")}
    keys = {person_key(p.get(f) or "") for p in other for f in ("name", "base", "latin")}
    keys.discard(())
    return [found(p, slugs, keys) for p in mine]


def _joined(tracks: set[str]) -> str:
    return "+".join(sorted(tracks))


def _who(p: dict) -> str:
    return p.get("latin") or p.get("slug") or p.get("name")


def compare(first: dict, second: dict) -> tuple[Counter, dict]:
    a, b = labels(first), labels(second)
    in_b = people_found(a["people"], b["people"])
    in_a = people_found(b["people"], a["people"])
    both = a["dates"] & b["dates"]
    t = Counter(
        articles=1,
        d_tp=len(both),
        d_first=len(a["dates"]),
        d_second=len(b["dates"]),
        r_tp=len(a["rounds"] & b["rounds"]),
        r_first=len(a["rounds"]),
        r_second=len(b["rounds"]),
        p_first=len(in_b),
        p_first_found=sum(in_b),
        p_second=len(in_a),
        p_second_found=sum(in_a),
        tr_pairs=len(both),
        tr_same=sum(bool(a["tracks"][k] & b["tracks"][k]) for k in both),
    )
    diff = {
        "dates only first": sorted(f"{d} {p}" for d, p in a["dates"] - b["dates"]),
        "dates only second": sorted(f"{d} {p}" for d, p in b["dates"] - a["dates"]),
        "rounds only first": sorted(a["rounds"] - b["rounds"]),
        "rounds only second": sorted(b["rounds"] - a["rounds"]),
        "people only first": [_who(p) for p, ok in zip(a["people"], in_b, strict=True) if not ok],
        "people only second": [_who(p) for p, ok in zip(b["people"], in_a, strict=True) if not ok],
        "track differs": sorted(
            f"{k[0]} {k[1]}: {_joined(a['tracks'][k])} / {_joined(b['tracks'][k])}"
            for k in both
            if not a["tracks"][k] & b["tracks"][k]
        ),
    }
    return t, {k: v for k, v in diff.items() if v}


def figures(t: Counter) -> dict:
    p_fwd = t["p_first_found"] / t["p_first"] if t["p_first"] else 1.0
    p_back = t["p_second_found"] / t["p_second"] if t["p_second"] else 1.0
    return {
        "articles": t["articles"],
        "dates": prf(t["d_tp"], t["d_second"], t["d_first"]),
        "rounds": prf(t["r_tp"], t["r_second"], t["r_first"]),
        "people": (p_fwd, p_back, 2 * p_fwd * p_back / (p_fwd + p_back) if p_fwd + p_back else 0.0),
        "track": t["tr_same"] / t["tr_pairs"] if t["tr_pairs"] else 1.0,
        "n": (t["d_first"], t["d_second"], t["d_tp"]),
    }


def run(second_dir: Path, lang: str | None) -> tuple[dict[str, Counter], dict[str, dict]]:
    tallies: dict[str, Counter] = defaultdict(Counter)
    diffs = {}
    for path in sorted(second_dir.glob("*.json")):
        stem_lang = dev_lang(path.stem)
        if lang and stem_lang != lang:
            continue
        first_path = CORPUS / stem_lang / path.name
        if not first_path.exists():
            raise SystemExit(f"{path.name}: no corpus label {first_path}")
        first = json.loads(first_path.read_text(encoding="utf-8"))
        if first.get("split") != "dev":
            raise SystemExit(f"{path.name}: the corpus label is not in the dev split")
        t, diff = compare(first, json.loads(path.read_text(encoding="utf-8")))
        for key in (stem_lang, "all"):
            tallies[key].update(t)
        if diff:
            diffs[path.stem] = diff
    return tallies, diffs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--second", type=Path, default=SECOND, help="the second label set")
    ap.add_argument("--lang", choices=LANGS)
    ap.add_argument("--list", action="store_true", help="list every disagreement")
    args = ap.parse_args()
    tallies, diffs = run(args.second, args.lang)
    if not tallies:
        print(f"no label files in {args.second}")
        return 1
    print("first = corpus labels, second = " + str(args.second.relative_to(ROOT)))
    print(
        "lang  art  dates(first/second/both)  dates P   R   F1   rounds F1  "
        "people 1in2 2in1  F1   track(paired)"
    )
    for key in [*(k for k in LANGS if k in tallies), "all"]:
        f = figures(tallies[key])
        n1, n2, nb = f["n"]
        dp, dr, df = f["dates"]
        pf, pb, pF = f["people"]
        print(
            f"{key:<5} {f['articles']:>3}  {n1:>5} {n2:>5} {nb:>5}          "
            f"{dp:.2f} {dr:.2f} {df:.2f}   {f['rounds'][2]:.2f}      "
            f"{pf:.2f} {pb:.2f} {pF:.2f}   {f['track']:.2f}"
        )
    if args.list:
        for stem, diff in diffs.items():
            print(f"--- {stem}")
            for label, values in diff.items():
                print(f"    {label}: {values}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
