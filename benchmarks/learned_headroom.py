#!/usr/bin/env python3
"""How much could a learned line classifier add on top of the boilerplate step's decisions?

The step is hand-written rules (``src/presswash/steps/boilerplate``). Before anyone replaces or
augments them with a model, this measures the headroom honestly: a gradient-boosted classifier
over each line's signals (the step's own signals and verdict, its position against the article
body, its neighbours' verdicts, simple shape cues), trained and scored out of fold (two folds by
page id, both variants of a page in the same fold), then allowed to remove kept lines it is sure
of (``--remove-below``) or restore removed lines (``--restore-above``).

Reads the shared evaluation set (third-party text: never copied into the repository) and needs
scikit-learn and numpy, which presswash itself does not depend on:

    pip install scikit-learn
    python benchmarks/learned_headroom.py            # line signals only
    python benchmarks/learned_headroom.py --words    # plus a word model of each line's text

The F1 here is on the lines as the step sees them (inline fragments aside), so its "step" row
can differ from ``score_boilerplate.py --step-only`` in the fourth decimal.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import zlib
from collections import defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
sys.path.insert(0, str(SHARED / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from score_boilerplate import tok_prf  # noqa: E402

from presswash.language import detect_language  # noqa: E402
from presswash.pipeline import Context  # noqa: E402
from presswash.steps.boilerplate import line_verdicts  # noqa: E402
from presswash.steps.boilerplate.body import body_span, line_weight  # noqa: E402

DATA = SHARED / "data" / "boilerplate-dev.jsonl.gz"
_VOICE = re.compile(r"\b(?:i|i'm|my|me|we|you|your|thanks|thank|great|love|hi|hello)\b")
_MARKERS = ("comment_form", "related_links", "share", "newsletter", "author_bio", "navigation", "tags", "copyright")


def line_features(text: str) -> list[dict[str, float]] | None:
    """One feature row per non-blank line of ``text``, or None for a blank text."""
    verdicts = line_verdicts(text, Context(original=text, language=detect_language(text), options={}))
    if verdicts is None:
        return None
    _, infos, decisions, _ = verdicts
    count = len(infos)
    kept = [decision is None for decision in decisions]
    weights = [line_weight(info) for info in infos]
    body_start, body_end, _ = body_span(weights)
    prose_words = [info.words if info.prose >= 1 else 0 for info in infos]
    total = sum(prose_words) or 1
    rows, before, last_prose = [], 0, -1
    last_marker = dict.fromkeys(_MARKERS, -1)
    for index, info in enumerate(infos):
        row = {
            "kept": kept[index], "words": info.words, "terminal": info.terminal, "prose": info.prose,
            "strength": info.strength, "listlike": info.listlike, "numbered": info.numbered,
            "question": info.question, "colon": info.colon, "weight": weights[index],
            "position": index / count, "in_body": body_start <= index <= body_end,
            "from_body_start": index - body_start, "from_body_end": index - body_end,
            "prose_before": before / total, "prose_after": 1 - (before + prose_words[index]) / total,
            "since_prose": min(index - last_prose, 50) if last_prose >= 0 else 99,
            "weight_before": weights[index - 1] if index else 0.0,
            "weight_after": weights[index + 1] if index + 1 < count else 0.0,
            "kept_before": kept[index - 1] if index else True,
            "kept_after": kept[index + 1] if index + 1 < count else True,
            "removed_near": sum(not kept[j] for j in range(max(0, index - 3), min(count, index + 4)) if j != index),
            "pages_lines": count,
        }
        for marker, seen in last_marker.items():
            row["since_" + marker] = min(index - seen, 60) if seen >= 0 else 99
        rows.append(row)
        before += prose_words[index]
        if info.prose >= 1 and kept[index]:
            last_prose = index
        if info.category in last_marker:
            last_marker[info.category] = index
    return rows


def word_probability(texts: list[str], labels, folds):
    """Out-of-fold probability that a line is article, from its words alone."""
    import numpy as np
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = HashingVectorizer(ngram_range=(1, 2), n_features=2**20, alternate_sign=False).transform(texts)
    probability = np.zeros(len(texts))
    for held_out in (0, 1):
        model = LogisticRegression(C=2, max_iter=2000).fit(vectors[folds != held_out], labels[folds != held_out])
        probability[folds == held_out] = model.predict_proba(vectors[folds == held_out])[:, 1]
    return probability


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--remove-below", type=float, nargs="*", default=[0.02, 0.05, 0.1, 0.2],
                        help="remove a kept line when its probability of being article is below this")
    parser.add_argument("--restore-above", type=float, nargs="*", default=[0.8, 0.9, 0.95],
                        help="restore a removed line when its probability of being article is above this")
    parser.add_argument("--words", action="store_true",
                        help="add a word model's out-of-fold probability (hashed word unigrams and bigrams)")
    args = parser.parse_args()
    try:
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        raise SystemExit("this benchmark needs scikit-learn: pip install scikit-learn") from None

    pages, rows, labels, folds, owners, texts = [], [], [], [], [], []
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for record in map(json.loads, handle):
            features = line_features(record["text"])
            if features is None or len(features) != len(record["lines"]):
                continue  # the step's lines and the gold's disagree (a rare blank-line convention)
            page = len(pages)
            pages.append(record)
            for index, (row, line) in enumerate(zip(features, record["lines"])):
                if line.get("title"):
                    continue  # the scorer does not count the title either way
                rows.append(row)
                labels.append(line["label"] == "CONTENT")
                folds.append(zlib.crc32(record["id"].encode()) % 2)
                owners.append((page, index))
                texts.append(line["text"])
    names = list(rows[0])
    X = np.array([[float(row[name]) for name in names] for row in rows])
    y, fold = np.array(labels), np.array(folds)
    if args.words:
        X = np.hstack([X, word_probability(texts, y, fold)[:, None]])
    probability = np.zeros(len(rows))
    for held_out in (0, 1):
        model = HistGradientBoostingClassifier(max_iter=200, max_depth=6, learning_rate=0.1)
        model.fit(X[fold != held_out], y[fold != held_out])
        probability[fold == held_out] = model.predict_proba(X[fold == held_out])[:, 1]

    by_page: dict[int, list[int]] = defaultdict(list)
    for row_index, (page, _) in enumerate(owners):
        by_page[page].append(row_index)
    kept = X[:, names.index("kept")].astype(bool)

    def score(remove_below: float, restore_above: float) -> str:
        cells = []
        for variant in ("p-text", "recall"):
            f1_sum = pages_counted = article = article_kept = 0
            for page, row_indices in by_page.items():
                record = pages[page]
                if record["variant"] != variant:
                    continue
                keep = [line["text"] for line in record["lines"] if line.get("title")]
                for row_index in row_indices:
                    stays = kept[row_index]
                    if stays and probability[row_index] < remove_below:
                        stays = False
                    elif not stays and probability[row_index] > restore_above:
                        stays = True
                    text = record["lines"][owners[row_index][1]]["text"]
                    if stays:
                        keep.append(text)
                    if y[row_index]:
                        article += len(text)
                        article_kept += len(text) if stays else 0
                f1_sum += tok_prf("\n".join(keep), record["gold_body"])[2]
                pages_counted += 1
            cells.append(f"{variant} F1 {f1_sum / pages_counted:.4f} retention {article_kept / article:.4f}")
        return "   ".join(cells)

    print(f"{len(pages)} texts, {len(rows)} lines, {X.shape[1]} features, two folds by page")
    print(f"{'step alone':24} {score(-1.0, 2.0)}")
    for threshold in args.remove_below:
        print(f"{'remove below ' + str(threshold):24} {score(threshold, 2.0)}")
    for threshold in args.restore_above:
        print(f"{'restore above ' + str(threshold):24} {score(-1.0, threshold)}")


if __name__ == "__main__":
    main()
