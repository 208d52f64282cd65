#!/usr/bin/env python3
"""Why score.py counts attributions wrong: sorts the wrong ones by the gold speaker's style.

Usage:
    scripts/speaker-styles.py GOLD.jsonl PRED.jsonl [--kinds direct,mixed]

PolNeAR's gold `speaker` is the source span as written, so it can hold an apposition
("Chad Bown, an expert on trade at the Peterson Institute ...") or a description that
saywho resolves to a name ("the Vermont senator" -> Bernie Sanders). score.py counts those
as wrong. This script re-runs score.py's matching and reports, for matched pairs:
  - the official speaker accuracy,
  - how many wrong pairs have a gold speaker whose head (before a comma, parenthesis or
    relative pronoun) agrees with the prediction ("apposition in gold"),
  - how many wrong pairs have a gold speaker that is a description (`the ...`, `a ...`),
  - the rest, which are real attribution errors or gold noise.
It changes no score: the official numbers are score.py's.
"""
import importlib.util
import os
import re
import sys
from collections import Counter

EVAL = os.environ.get("SAYWHO_EVAL", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", os.path.join(EVAL, "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def head(speaker):
    return re.split(r",|\(| who | whose | which ", speaker)[0]


def main(argv):
    kinds = None
    if "--kinds" in argv:
        i = argv.index("--kinds")
        kinds = set(argv[i + 1].split(","))
        argv = argv[:i] + argv[i + 2:]
    if len(argv) != 2:
        sys.exit(__doc__)
    score = load_scorer()
    gold, pred = score.load(argv[0]), score.load(argv[1])
    if kinds:
        for g in gold:
            if g.get("kind") not in kinds:
                g["required"] = False
    styles = Counter()
    official = score.same_speaker

    def classify(gold_speaker, pred_speaker):
        same = official(gold_speaker, pred_speaker)
        if not same:
            if official(head(gold_speaker), pred_speaker):
                styles["apposition in gold"] += 1
            elif re.match(r"(?i)^(the|a|an|one|another)\s+[a-z]", gold_speaker.strip()):
                styles["gold is a description"] += 1
            else:
                styles["other"] += 1
        return same

    score.same_speaker = classify
    result = score.score(gold, pred)
    print(f"matched {result['matched']}  speaker accuracy {result['attr_acc']:.3f} (score.py)")
    print("wrong pairs by gold style (neutral gold lines included):")
    for style, n in styles.most_common():
        print(f"  {style:24} {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
