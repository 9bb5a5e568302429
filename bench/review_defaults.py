"""How often the review page's default title and place need an editor's fix, on the real
articles of the corpus's dev split (issue 9): the defaults an editor sees on the review page.

    python bench/review_defaults.py [--lang fr] [--verbose]

Each dev-split article (never a test-split or holdout one) is read as the admin reads it,
against the seed data in a SQLite file of its own under /tmp, and each candidate's review
form is built; its initial title and place are the defaults. Counted:

* generic titles: a kind word alone or with a place ("Meeting", "Event in Astana",
  "Meeting in Syria"): nothing says which body, round or people;
* places against the labels: candidates whose date (and precision) is a labelled happening
  are compared with the happening's place (labelled blind, in the text's script, mapped to
  the gazetteer's name). "wrong": a place other than the labelled one; "missing": none
  where the label has one; "invented": one where the sentence names none (the label's
  null), unless it comes from the record the candidate repeats.
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "bench"))

from database import open_database  # noqa: E402

CORPUS = BASE_DIR / "bench" / "ingest_corpus"
# Test-split files are numbered by multiples of 3; holdout files are named *-hNN-*.
NUMBERED = re.compile(r"^[a-z]{2}-(\d{3})-")


def dev_articles(lang: str | None) -> list[tuple[Path, dict]]:
    out = []
    # Language directories only: second_labels/ holds a second labelling of some dev
    # articles (bench/agreement.py), not articles.
    for label in sorted(CORPUS.glob("[a-z][a-z]/*.json")):
        data = json.loads(label.read_text(encoding="utf-8"))
        number = NUMBERED.match(label.stem)
        if data.get("split") != "dev" or number is None or int(number[1]) % 3 == 0:
            continue
        if lang and data["language"] != lang:
            continue
        out.append((label.with_suffix("." + data.get("format", "txt")), data))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--db", default="/tmp/peaceproc-bench-review-defaults.sqlite3")
    args = parser.parse_args()
    open_database(args.db, 0)

    from datetime import date

    from peaceproc.ingest import intake
    from peaceproc.ingest.forms import CandidateFormSet
    from peaceproc.ingest.pipeline.entities import PLACES
    from peaceproc.ingest.quotes import QuoteChecker
    from peaceproc.ingest.reading import read_bytes
    from peaceproc.ingest.review import find_matches, load_lookups
    from peaceproc.ingest.titles import KIND_VERBS

    canonical = {form.casefold(): name for name, forms in PLACES.items() for form in forms}
    canonical.update({"нур-султан": "Astana", "nur-sultan": "Astana"})
    kinds = {str(verb) for verb in KIND_VERBS.values()}
    generic = re.compile(rf"^({'|'.join(map(re.escape, kinds))})( in .+)?$")
    tally: Counter = Counter()
    for path, data in dev_articles(args.lang):
        raw = read_bytes(path.read_bytes(), name=path.name)
        published = date.fromisoformat(data["published"])
        analysis = intake.Reader(published=published).analyse(raw)
        candidates = analysis.candidates
        lookups = load_lookups(
            candidates, headline=raw.title, language=analysis.language, people=analysis.people
        )
        matches = [find_matches(c, lookups) for c in candidates]
        quotes = QuoteChecker(raw.text, published, analysis.language)
        formset = CandidateFormSet(
            None, candidates=candidates, matches=matches, lookups=lookups, quotes=quotes
        )
        labelled = {
            (h["date"], h["precision"]): canonical.get((h.get("place") or "").casefold(), "")
            or (h.get("place") or "")
            for h in data["happenings"]
        }
        for form in formset.forms:
            c, title, place = form.candidate, form.initial["title"], form.initial["place"]
            tally["candidates"] += 1
            tally[form.initial["action"]] += 1
            notes = []
            if generic.fullmatch(title):
                tally["generic"] += 1
                notes.append("generic")
            key = (c["date"], c["precision"])
            if key in labelled:
                tally["labelled"] += 1
                want = canonical.get(labelled[key].casefold(), labelled[key])
                got = canonical.get(place.casefold(), place)
                if want and got and want != got:
                    tally["wrong"] += 1
                    notes.append(f"place {got!r}, labelled {want!r}")
                elif want and not got:
                    tally["missing"] += 1
                    notes.append(f"no place, labelled {want!r}")
                elif got and not want and not form.is_likely_duplicate:
                    tally["invented"] += 1
                    notes.append(f"place {got!r}, none in the sentence")
            if args.verbose and notes:
                quote = " ".join((c.get("quote") or "").split())[:160]
                print(f"{path.name} {c['date']} {title!r}: {'; '.join(notes)}\n    {quote}")
            if args.verbose:
                print(f"  {form.initial['action']}: {path.name} {c['date']} {title!r}")
    print(
        f"{tally['candidates']} candidates in {len(dev_articles(args.lang))} dev articles: "
        f"{tally['generic']} generic titles; of {tally['labelled']} on a labelled date, place "
        f"wrong {tally['wrong']}, missing {tally['missing']}, invented {tally['invented']}; "
        f"default actions: create {tally['create']}, cite {tally['cite']}, skip {tally['skip']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
