"""A learned 'is this dated mention a happening the article reports?' decision, measured
against the pipeline's rules on the corpus's dev split (issue 9).

    python bench/learn_dates.py                   # cross-validated table (make learn-dates)
    python bench/learn_dates.py --write FILE      # also train on all of dev, write weights

The pipeline finds the candidates (its rules); this script looks at every dated mention
the pipeline reads, kept or dropped, and asks whether a logistic regression on the
pipeline's own cues can tell the labelled dates better than the rules do.

* Unit: a date key (date, precision) of one article, which is what `eval_ingest.py`
  scores: the rules predict a key when one of their final candidates has it; the target
  is whether the article's labels hold it. A key's features pool those of every mention
  (and candidate) that has it.
* Features: the rules' decision and the cue behind each of their drops (no event word,
  a verb of saying, a 'since' point, fighting, history, a journey), kinds of event and
  tracks named, round numbers and references, known people and places, the date's basis,
  precision, tense and distance from publication, its place in the article, the sentence's
  length, repeats, and hashed folded words of the date's clause, per language.
* Decision: rules + model keeps a rules key when p >= t_drop and adds a dropped key when
  p >= t_add; both thresholds are chosen on out-of-fold scores inside the training articles.
* Evaluation: 5 folds by article, stratified by language (every score on an article from a
  model that never saw it), and leave-one-batch-out (a batch: the articles one helper wrote
  in one session, from README.md).

Training needs scikit-learn (requirements-dev.txt); applying the weights is a dot product
in plain Python (`probability`).
"""

from __future__ import annotations

import argparse
import inspect
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zlib
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "ingest_corpus"
# Appended, not put first: `--at-arrival` runs this file over an earlier revision's pipeline
# placed ahead of this tree on the path.
sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "bench"))

import eval_ingest as ev  # noqa: E402

from peaceproc.ingest.pipeline import cues as C  # noqa: E402
from peaceproc.ingest.pipeline import detect_language, find_candidates  # noqa: E402
from peaceproc.ingest.pipeline import extract as X  # noqa: E402
from peaceproc.ingest.pipeline import people as P  # noqa: E402
from peaceproc.ingest.pipeline.dates import Budget, extract_dates  # noqa: E402
from peaceproc.ingest.pipeline.rounds import (  # noqa: E402
    find_round_references,
    find_rounds,
    track_counts,
)
from peaceproc.ingest.pipeline.text import fold, split_sentences, tokenize  # noqa: E402

# Buckets of hashed clause words per language: enough that few words share one.
HASH_BUCKETS = 4096
_WORDS = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?؟…][\"'”»)\]]*\s*$")
# A date this many years before the article is history (extract._HISTORY_YEARS).
HISTORY_YEARS = 20
FOLDS = 5
# Thresholds tried for keeping a rules key and for adding a dropped one.
GRID = [round(0.05 * i, 2) for i in range(1, 20)]


# --- the pipeline being read ----------------------------------------------------------------
# An earlier revision (`--at-arrival`) may lack some of today's cues: a cue that revision has
# no function for gives no feature.


def _cue(module, name: str):
    return getattr(module, name, None)


_start_point = _cue(C, "start_point")
_conflict_dated = _cue(C, "conflict_dated")
_briefs_council = _cue(C, "briefs_council")
_process_in = _cue(X, "_process_in")
_start_scope = _cue(X, "_start_scope")
_find_dateline = _cue(X, "find_dateline") or X._dateline
_KnownPeople = _cue(P, "KnownPeople")
# Sentences were split without the language before session 7.
_SPLIT_BY_LANGUAGE = len(inspect.signature(split_sentences).parameters) > 1
_CLAUSE_BREAK = re.compile(r"[,;:()\u060c\u061b]|\s[-–—]\s")


def clauses(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The date at sentence[start:end]'s own clause, then that clause with the one before."""
    breaks = [0] + [b.end() for b in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    own = max(b for b in breaks if b <= start)
    after = min(b for b in breaks if b >= end)
    before = [b for b in breaks if b < own]
    return [(own, after), (before[-1] if before else own, after)]


# --- features -------------------------------------------------------------------------------


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _tense(why: str) -> str:
    w = why.lower()
    if "future" in w or "the next" in w or "coming" in w:
        return "future"
    if "past" in w or "the last" in w or "just gone" in w:
        return "past"
    return "none"


def mention_features(
    *, s, m, i: int, n_mentions: int, lang: str, published: date, ctx: dict
) -> dict[str, float]:
    """The features of one dated mention `m` (the i-th of its sentence `s`)."""
    f = ctx["folded"]
    sk = ctx["kinds"]
    x: dict[str, float] = {"bias_lang=" + lang: 1.0}

    def on(name: str) -> None:
        x[name] = 1.0
        x[f"{lang}:{name}"] = 1.0

    on(f"basis={m.basis}")
    on(f"precision={m.precision}")
    if m.end is not None:
        on("range")
    on(f"tense={_tense(m.why)}")
    days = (m.start - published).days
    on("when=" + ("future" if days > 0 else "past" if days < 0 else "today"))
    on("days=" + _bucket(abs(days), (0, 1, 3, 7, 31, 92, 365, 1825)))
    # The cues behind the rules' drops (extract._sentence_candidates).
    if not sk and not ctx["rounds"] and not ctx["named_process"]:
        on("cue:no_event")
    if ctx["journey"] is not None and m.char_start < ctx["journey"]:
        on("cue:journey")
    if published.year - (m.end or m.start).year > HISTORY_YEARS:
        on("cue:history")
    if C.said_on(f, lang, m.char_start, m.char_end):
        on("cue:said_on")
    if C.saying_nearest(f, lang, m.char_start, m.char_end):
        on("cue:saying_nearest")
    own = clauses(s.text, m.char_start, m.char_end)
    if _start_point and _start_point(f, lang, m.char_start, m.char_end):
        on("cue:since")
        if _process_in and _process_in(f, lang, _start_scope(f, m, lang)):
            on("cue:since_process")
    if _conflict_dated and _conflict_dated(f, lang, m.char_start, m.char_end, sk, own):
        on("cue:conflict")
    lo, hi = own[1]
    for k, pos in sk:
        on(f"kind={k}")
        if lo <= pos < hi:
            on(f"kind_clause={k}")
    if C.has_process_cue(f, lang):
        on("process_cue")
    if C.has_process_cue(f, lang, lo, hi):
        on("process_cue_clause")
    for t, n in ctx["tracks"].items():
        if n:
            on(f"track={t}")
    if ctx["rounds"]:
        on("round_number")
    if ctx["references"]:
        on("round_reference")
    if ctx["people"]:
        on("participant")
    if ctx["places"]:
        on("place")
    if _briefs_council and _briefs_council(f, lang, 0, len(f)):
        on("briefs_council")
    on("sentence_words=" + _bucket(ctx["n_tokens"], (6, 12, 25, 40, 60)))
    on("dates_in_sentence=" + _bucket(n_mentions, (1, 2, 3)))
    if i == 0:
        on("first_date_of_sentence")
    if m.char_start <= 3:
        on("opens_sentence")
    on("position=" + ctx["position"])
    for w in set(_WORDS.findall(f[lo:hi])):
        x[f"w{zlib.crc32(f'{lang}:{w}'.encode()) % HASH_BUCKETS}"] = 1.0
    return x


def _position(s, index: int, last_paragraph: int) -> str:
    if index == 0 and s.paragraph == 0 and not _SENTENCE_END.search(s.text):
        return "headline"
    if s.paragraph == last_paragraph:
        return "last_paragraph"
    return "lead" if s.paragraph <= 1 else "body"


def article_keys(
    text: str, *, published: date, lang: str, gazetteer
) -> tuple[set[tuple], dict[tuple, dict[str, float]]]:
    """The rules' date keys, and the features of every date key the pipeline reads."""
    cands = find_candidates(text, published=published, language=lang, gazetteer=gazetteer)
    rules = {(c.date, c.precision) for c in cands}
    index = X._index(gazetteer)
    sentences = split_sentences(text, lang) if _SPLIT_BY_LANGUAGE else split_sentences(text)
    known = (
        _KnownPeople(sentences, language=lang, matcher=index.participants) if _KnownPeople else None
    )
    dateline = _find_dateline(sentences, published, lang)
    last_paragraph = max((s.paragraph for s in sentences), default=0)
    budget = Budget()
    previous_day = None
    feats: dict[tuple, dict[str, float]] = defaultdict(dict)
    counts: Counter = Counter()
    for si, s in enumerate(sentences):
        mentions = extract_dates(
            s.text,
            published=published,
            language=lang,
            previous_day=previous_day,
            budget=budget,
            today=dateline.start if dateline else None,
        )
        days = [m.start for m in mentions if m.precision == "day" and m.end is None]
        if days:
            previous_day = days[-1]
        if not mentions:
            continue
        f = fold(s.text)
        tokens = tokenize(s.text, lang)
        ctx = {
            "folded": f,
            "kinds": C.kinds_in(f, lang),
            "rounds": find_rounds(s.text, lang),
            "references": find_round_references(s.text, lang),
            "named_process": C.has_process_cue(f, lang) and any(track_counts(f).values()),
            "journey": C.travel_purpose_at(f, lang),
            "tracks": track_counts(f),
            "people": known.find(s.text, tokens) if known else index.participants.find(tokens),
            "places": index.places.find(tokens),
            "n_tokens": len(tokens),
            "position": _position(s, si, last_paragraph),
        }
        for i, m in enumerate(mentions):
            key = (m.start, m.precision)
            counts[key] += 1
            x = mention_features(
                s=s, m=m, i=i, n_mentions=len(mentions), lang=lang, published=published, ctx=ctx
            )
            feats[key].update(x)
    if dateline is not None:
        feats[(dateline.start, "day")]["dateline"] = 1.0
    for c in cands:
        x = feats[(c.date, c.precision)]
        x["cand:kind=" + c.kind] = 1.0
        x["cand:track"] = max(x.get("cand:track", 0.0), float(c.track is not None))
        x["cand:round"] = max(x.get("cand:round", 0.0), float(c.round_slug is not None))
        x["cand:people"] = max(x.get("cand:people", 0.0), float(bool(c.participants)))
        x["cand:confidence"] = max(x.get("cand:confidence", 0.0), c.confidence)
    for key, x in feats.items():
        x["rules"] = float(key in rules)
        x[f"{lang}:rules"] = x["rules"]
        x["mentions=" + _bucket(counts[key], (0, 1, 2))] = 1.0
        if key[0] == published:
            x["is_publication_day"] = 1.0
    return rules, dict(feats)


# --- the model at run time: a dot product ---------------------------------------------------


def probability(weights: dict, x: dict[str, float]) -> float:
    """The model's probability that a key with features `x` is a labelled date."""
    w = weights["weights"]
    z = weights["intercept"] + sum(v * w.get(k, 0.0) for k, v in x.items())
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def load_weights(path: Path) -> dict:
    """A weights file written by `train`; a clear error for anything else."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not (
        isinstance(data, dict)
        and isinstance(data.get("intercept"), float)
        and isinstance(data.get("weights"), dict)
        and all(isinstance(v, float) for v in data["weights"].values())
        and isinstance(data.get("thresholds"), dict)
    ):
        raise ValueError(f"{path} is not a weights file of bench/learn_dates.py")
    return data


# --- training (scikit-learn) ----------------------------------------------------------------

# Inverse L2 strength: a few hundred keys per language, thousands of sparse features.
C_REG = 0.5


def train(rows: list[dict]) -> dict:
    """Logistic regression on rows ({'x': features, 'y': 0/1}); deterministic (lbfgs)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    X = vec.fit_transform([r["x"] for r in rows])
    y = [r["y"] for r in rows]
    lr = LogisticRegression(C=C_REG, solver="lbfgs", max_iter=5000)
    lr.fit(X, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 6) for n, w in zip(names, lr.coef_[0], strict=True) if w}
    return {"intercept": round(float(lr.intercept_[0]), 6), "weights": weights}


def decide(rows: list[dict], weights: dict, t_drop: float | None, t_add: float | None) -> set:
    """The (article, key) pairs rules + model predict."""
    out = set()
    for r in rows:
        p = probability(weights, r["x"])
        if r["rules"]:
            if t_drop is None or p >= t_drop:
                out.add((r["article"], r["key"]))
        elif t_add is not None and p >= t_add:
            out.add((r["article"], r["key"]))
    return out


def tally(rows: list[dict], predicted: set, labels: dict[str, set]) -> Counter:
    """tp / predicted / expected counts, per language and 'all', as eval_ingest counts them."""
    t: Counter = Counter()
    lang_of = {r["article"]: r["lang"] for r in rows}
    by_article = defaultdict(set)
    for a, k in predicted:
        by_article[a].add(k)
    for article, keys in labels.items():
        pred = by_article[article]
        for lang in (lang_of.get(article, article.split("-")[0]), "all"):
            t[lang, "tp"] += len(pred & keys)
            t[lang, "pred"] += len(pred)
            t[lang, "exp"] += len(keys)
    return t


def _f1(tp: int, pred: int, exp: int) -> float:
    return ev.prf(tp, pred, exp)[2]


def choose_thresholds(rows: list[dict], labels: dict[str, set], mode: str) -> tuple:
    """The thresholds that give the best dates F1 on `rows`' out-of-fold scores (inner
    folds of the training articles): (t_drop, t_add), None where the mode leaves it."""
    drops = GRID if mode in ("drop", "both") else [None]
    adds = GRID if mode in ("add", "both") else [None]
    combos = [(t, t) for t in GRID] if mode == "alone" else [(d, a) for d in drops for a in adds]
    scored = [(r, r["p"]) for r in rows]
    best = None
    for td, ta in combos:
        pred = {
            (r["article"], r["key"])
            for r, p in scored
            if (r["rules"] and (td is None or p >= td))
            or (not r["rules"] and ta is not None and p >= ta)
        }
        t = tally(rows, pred, labels)
        f = _f1(t["all", "tp"], t["all", "pred"], t["all", "exp"])
        if best is None or f > best[0] + 1e-9:
            best = (f, td, ta)
    return best[1], best[2]


def folds_by_article(articles: list[dict], k: int) -> dict[str, int]:
    """Article -> fold: round-robin per language over the sorted names (stratified)."""
    out = {}
    by_lang = defaultdict(list)
    for a in sorted(articles, key=lambda a: a["name"]):
        by_lang[a["language"]].append(a["name"])
    for names in by_lang.values():
        for i, n in enumerate(names):
            out[n] = i % k
    return out


def _out_of_fold(rows: list[dict], groups: dict[str, int]) -> list[dict]:
    """Rows with 'p' from a model trained on the other groups."""
    out = []
    for g in sorted(set(groups.values())):
        train_rows = [r for r in rows if groups[r["article"]] != g]
        test_rows = [r for r in rows if groups[r["article"]] == g]
        if not test_rows:
            continue
        w = train(train_rows)
        out += [{**r, "p": probability(w, r["x"])} for r in test_rows]
    return out


# How the model's probability is used: 'drop' a rules key below t_drop, 'add' a dropped key
# at t_add or above, 'both', or 'alone': a model that never sees the rules' decision (nor
# their candidates' kind, track, round, people) keeps any key at t or above.
MODES = ("drop", "add", "both", "alone")
_RULES_FEATURE = re.compile(r"(?:\w\w:)?rules$|cand:")


def without_rules(x: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in x.items() if not _RULES_FEATURE.match(k)}


def evaluate(
    rows: list[dict], labels: dict[str, set], groups: dict[str, int], held_out=None
) -> dict:
    """Rules + model on each held-out group (all by default), thresholds chosen inside its
    training groups: per mode, the (article, key) pairs predicted and each group's
    thresholds."""
    out = {mode: (set(), []) for mode in MODES}
    alone = [{**r, "x": without_rules(r["x"])} for r in rows]
    for g in held_out or sorted(set(groups.values())):
        train_articles = sorted({a for a in labels if groups[a] != g})
        inner = folds_by_article(
            [{"name": a, "language": a.split("-")[0]} for a in train_articles], FOLDS - 1
        )
        for data, modes in ((rows, MODES[:3]), (alone, MODES[3:])):
            train_rows = [r for r in data if groups[r["article"]] != g]
            test_rows = [r for r in data if groups[r["article"]] == g]
            oof = _out_of_fold(train_rows, inner)
            w = train(train_rows)
            for mode in modes:
                train_labels = {a: labels[a] for a in train_articles}
                t_drop, t_add = choose_thresholds(oof, train_labels, mode)
                out[mode][0].update(decide(test_rows, w, t_drop, t_add))
                out[mode][1].append((t_drop, t_add))
    return out


# --- batches (README.md: one helper, one session) --------------------------------------------

# Articles numbered past each language's first set, by the branch that wrote them.
BATCHES = {
    "s4-dev9": {
        "ar": (28, 33),
        "fr": (22, 27),
        "fa": (26, 29),
        "ru": (23, 26),
        "tr": (23, 24),
        "en": (22, 23),
    },
    "s5-corpus9a": {"ar": (34, 40), "fa": (30, 33), "tr": (25, 26)},
    "s5-corpus9b": {"fr": (28, 32), "ru": (27, 30), "en": (24, 27)},
    "s6-corpus9c": {"ar": (41, 44), "fa": (34, 37), "fr": (33, 35), "en": (28, 30)},
    "s6-corpus9d": {"ru": (31, 34), "tr": (27, 30), "ar": (45, 48), "fa": (38, 41)},
    "s7-corpus9f": {"ru": (35, 42), "tr": (31, 38)},
    "s7-corpus9e": {"en": (31, 38), "fr": (36, 43)},
    "s7-corpus9g": {"ar": (49, 56), "fa": (42, 49)},
    "s7-corpus9i": {"ru": (43, 48), "tr": (39, 44)},
    "s7-corpus9j": {"ar": (57, 62), "fa": (50, 55)},
    "s7-corpus9h": {"en": (39, 44), "fr": (44, 49)},
}
# The first sets were written by three helpers, a pair of languages each.
FIRST = {"en": "corpus-enfr", "fr": "corpus-enfr", "ru": "corpus-rutr", "tr": "corpus-rutr"}


def batch_of(name: str) -> str:
    lang, number = name.split("-")[:2]
    n = int(number)
    for batch, ranges in BATCHES.items():
        lo, hi = ranges.get(lang, (0, -1))
        if lo <= n <= hi:
            return batch
    if n > max(r[lang][1] for r in BATCHES.values() if lang in r):
        return "later"  # a batch added after this table
    return FIRST.get(lang, "corpus-arfa")


# --- the corpus -----------------------------------------------------------------------------


def dev_rows(gaz) -> tuple[list[dict], dict[str, set], list[dict]]:
    ev.CORPUS = CORPUS  # this tree's labels, whichever revision's pipeline reads the texts
    items = ev.load_corpus("dev")
    rows, labels = [], {}
    for it in items:
        text = ev.read_text(it)
        lang = detect_language(text)
        _rules, feats = article_keys(text, published=it["published"], lang=lang, gazetteer=gaz)
        labels[it["name"]] = it["dates"]
        for key, x in sorted(feats.items()):
            rows.append(
                {
                    "article": it["name"],
                    "lang": it["language"],
                    "key": key,
                    "x": x,
                    "rules": bool(x["rules"]),
                    "y": int(key in it["dates"]),
                }
            )
    return rows, labels, items


def print_table(title: str, rows: list[dict], labels: dict, systems: dict[str, set]) -> None:
    print(f"\n{title}")
    head = "".join(f"{name + ' P':>12}{'R':>7}{'F1':>7}" for name in systems)
    print(f"{'':5}{'n':>4}{head}")
    langs = [lang for lang in ev.LANGS if any(r["lang"] == lang for r in rows)] + ["all"]
    tallies = {name: tally(rows, pred, labels) for name, pred in systems.items()}
    n = Counter(r["lang"] for r in {r["article"]: r for r in rows}.values())
    for lang in langs:
        line = f"{lang:5}{(n[lang] if lang != 'all' else sum(n.values())):4d}"
        for t in tallies.values():
            p, r, f = ev.prf(t[lang, "tp"], t[lang, "pred"], t[lang, "exp"])
            line += f"{p:12.3f}{r:7.3f}{f:7.3f}"
        print(line)


def _jsonable(rows: list[dict]) -> list[dict]:
    return [{**r, "key": [r["key"][0].isoformat(), r["key"][1]]} for r in rows]


def _from_json(rows: list[dict]) -> list[dict]:
    return [{**r, "key": (date.fromisoformat(r["key"][0]), r["key"][1])} for r in rows]


def rows_at(rev: str) -> list[dict]:
    """The dev rows as the pipeline of revision `rev` reads them (this tree's labels): its
    package, seeds and eval_ingest.py unpacked in a temporary folder, read by a child
    process that has them ahead of this tree on its path."""
    archive = subprocess.run(
        ["git", "archive", rev, "peaceproc", "seeds", "bench/eval_ingest.py"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        code = (
            f"import sys; sys.path[:0] = [{tmp!r}, {tmp + '/bench'!r}]; "
            f"sys.path.append({str(ROOT / 'bench')!r}); import learn_dates; learn_dates.dump()"
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=tmp,
            capture_output=True,
            check=True,
            text=True,
            env={**os.environ, "PYTHONPATH": ""},
        ).stdout
    return _from_json(json.loads(out))


def dump() -> None:
    """Print the dev rows as JSON (the child process of `rows_at`)."""
    rows, _labels, _items = dev_rows(ev.build_gazetteer())
    json.dump(_jsonable(rows), sys.stdout)


def known_at(rev: str) -> set[str]:
    """The corpus articles (stems) that revision `rev` already had."""
    out = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", rev, "--", "bench/ingest_corpus"],
        cwd=ROOT,
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return {Path(p).stem for p in out.split() if p.endswith(".json")}


def at_arrival(rev: str, rows_now: list[dict], labels: dict[str, set]) -> None:
    """The dev articles that came after `rev`, read by `rev`'s rules (never tuned on them),
    against those rules plus a model trained on the articles `rev` had."""
    rows = rows_at(rev)
    before = known_at(rev)
    groups = {a: 0 if a in before else 1 for a in labels}
    new = {a for a, g in groups.items() if g}
    systems = {"rules now": {(r["article"], r["key"]) for r in rows_now if r["rules"]}}
    systems[f"rules {rev[:7]}"] = {(r["article"], r["key"]) for r in rows if r["rules"]}
    for mode, (predicted, chosen) in evaluate(rows, labels, groups, held_out=[1]).items():
        systems[f"+{mode}"] = predicted
        print(f"{mode}: thresholds (t_drop, t_add) {chosen}")
    print_table(
        f"dates on the {len(new)} dev articles added after {rev[:7]}, read by its pipeline "
        f"(trained on the {len(labels) - len(new)} it had)",
        [r for r in rows_now if r["article"] in new],
        {a: k for a, k in labels.items() if a in new},
        {name: {x for x in pred if x[0] in new} for name, pred in systems.items()},
    )


def corpus_commit() -> str:
    out = subprocess.run(
        ["git", "log", "-1", "--format=%H", "--", "bench/ingest_corpus"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", type=Path, help="train on all of dev and write the weights here")
    ap.add_argument(
        "--at-arrival",
        metavar="REV",
        action="append",
        default=[],
        help="also score the dev articles added after REV with REV's rules, and with a model "
        "trained on the articles REV had",
    )
    args = ap.parse_args()
    gaz = ev.build_gazetteer()
    rows, labels, items = dev_rows(gaz)
    print(
        f"dev: {len(items)} articles, {len(rows)} date keys read, "
        f"{sum(r['rules'] for r in rows)} kept by the rules, {sum(r['y'] for r in rows)} "
        f"labelled of {sum(map(len, labels.values()))} labels"
    )
    rules = {(r["article"], r["key"]) for r in rows if r["rules"]}
    splits = {
        "5 folds by article, stratified by language": folds_by_article(items, FOLDS),
        "leave one batch out": {it["name"]: batch_of(it["name"]) for it in items},
    }
    for title, groups in splits.items():
        if not all(isinstance(g, int) for g in groups.values()):
            names = sorted(set(groups.values()))
            print("\nbatches:", dict(Counter(groups.values())))
            groups = {a: names.index(g) for a, g in groups.items()}
        systems = {"rules": rules}
        for mode, (predicted, chosen) in evaluate(rows, labels, groups).items():
            systems[f"+{mode}"] = predicted
            print(f"{mode}: thresholds (t_drop, t_add) per fold {chosen}")
        print_table(f"dates, {title}", rows, labels, systems)
    for rev in args.at_arrival:
        at_arrival(rev, rows, labels)
    if args.write:
        weights = train(rows)
        oof = _out_of_fold(rows, folds_by_article(items, FOLDS))
        t_drop, t_add = choose_thresholds(oof, labels, "both")
        weights["thresholds"] = {"drop": t_drop, "add": t_add}
        weights["corpus_commit"] = corpus_commit()
        weights["hash_buckets"] = HASH_BUCKETS
        args.write.write_text(json.dumps(weights, sort_keys=True, indent=0) + "\n")
        print(f"wrote {args.write}: {len(weights['weights'])} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
