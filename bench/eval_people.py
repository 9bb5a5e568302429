"""People the pipeline proposes on the corpus's dev split: recall, and the names that match
no labelled person, per language.

    python bench/eval_people.py [--lang fa] [--verbose]

Recall is counted as bench/eval_ingest.py counts it (a labelled person found by slug or by
name key). "Unlabelled names" are the proposed names (not known participants) that match
no person of the article's labels: bodies, places, verbs or page clutter read as a person,
and also real people the labels leave out on purpose (LABELLING.md U8: 'the Assad regime';
journalists, photographers), so it is an upper bound on the false people. --verbose lists
them with the labelled people missed. Dev split only: the test split and the holdout are
scored by bench/eval_ingest.py alone.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_ingest as E

from peaceproc.ingest.pipeline import article_people, find_candidates


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=E.LANGS)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    gaz = E.build_gazetteer()
    tally: dict[str, Counter] = {}
    for it in E.load_corpus("dev", args.lang):
        text = E.read_text(it)
        cands = find_candidates(text, published=it["published"], language=None, gazetteer=gaz)
        people = article_people(text, language=None, gazetteer=gaz)
        names = list(dict.fromkeys([*people.names, *(n for c in cands for n in c.new_names)]))
        slugs = {p for c in cands for p in c.participants} | set(people.slugs)
        keys = {E.person_key(n) for n in names}
        keys |= {E.person_key(n) for g in gaz.participants if g.slug in slugs for n in g.names}
        found = [E.found(p, slugs, keys) for p in it["people"]]
        unlabelled = [
            n for n in names if not any(E.found(p, set(), {E.person_key(n)}) for p in it["people"])
        ]
        for lang in (it["language"], "all"):
            t = tally.setdefault(lang, Counter())
            t["found"] += sum(found)
            t["labelled"] += len(found)
            t["proposed"] += len(names)
            t["unlabelled"] += len(unlabelled)
        missed = [
            p.get("name") or p.get("slug")
            for p, ok in zip(it["people"], found, strict=True)
            if not ok
        ]
        if args.verbose and (missed or unlabelled):
            print(f"{it['name']}: missed {missed}; unlabelled {unlabelled}")
    print(f"{'':5}{'recall':>14}{'names proposed':>16}{'unlabelled':>12}")
    for lang in [*(lang for lang in E.LANGS if lang in tally), "all"]:
        t = tally.get(lang)
        if t is None:
            continue
        recall = t["found"] / t["labelled"] if t["labelled"] else 1.0
        print(
            f"{lang:5}{t['found']:>5}/{t['labelled']:<3} {recall:.3f}"
            f"{t['proposed']:>16}{t['unlabelled']:>12}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
