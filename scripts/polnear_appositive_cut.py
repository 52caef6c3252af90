#!/usr/bin/env python3
"""score.py's lenient figures for a PolNeAR set with each gold speaker phrase cut to its name.

    python3 scripts/polnear_appositive_cut.py ../shared/eval/polnear-dev EXPORT.jsonl

PolNeAR's gold `reference` is the speaker's phrase as written, appositive included ("Jo Lee,
a spokeswoman for the Cook Political Report", "Rep. Ann Holt (D-Vt.)"), and score.py matches
names by their last word, so a right name under such a phrase counts as wrong (see
scripts/polnear_ceiling.py). This scores the export with score.py's own functions (covers,
same_person, lenient) after cutting each phrase at its first comma, bracket, " who ", " of the "
or " at the ", and prints direct-quote recall and the precision of (sentence, speaker) pairs.
"""
import collections
import importlib.util
import os
import re
import sys


def load_score(set_dir):
    path = os.path.join(os.path.dirname(os.path.normpath(set_dir)), 'score.py')
    spec = importlib.util.spec_from_file_location('score', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cut(reference):
    """The phrase up to its appositive: "Jo Lee, a spokeswoman" -> "Jo Lee"."""
    if not reference:
        return reference
    return re.split(r'[,(]| who | of the | at the ', reference)[0].strip() or reference


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: polnear_appositive_cut.py SET_DIR EXPORT.jsonl')
    set_dir, export = sys.argv[1], sys.argv[2]
    score = load_score(set_dir)
    gold = list(score.load_jsonl(os.path.join(set_dir, 'gold.jsonl')))
    sentences = collections.defaultdict(list)
    for s in score.load_jsonl(export):
        sentences[s['article']].append(s)
    gold_by_article = collections.defaultdict(list)
    for g in gold:
        gold_by_article[g['article']].append(g)
    hit = total = 0
    for g in gold:
        if not g.get('reference') or not g['direct']:
            continue
        total += 1
        covering = [s for s in sentences[g['article']]
                    if score.covers((s['start'], s['end']), g['spans'])]
        hit += any(score.same_person(name, cut(g['reference']), False)
                   for s in covering for name in s['speakers'])
    pairs = good = 0
    for article, ss in sentences.items():
        for s in ss:
            covered = [g for g in gold_by_article[article]
                       if score.covers((s['start'], s['end']), g['spans'])]
            for name in dict.fromkeys(s['speakers']):
                ok = any(g.get('reference') and score.same_person(name, cut(g['reference']), False)
                         for g in covered)
                if not ok and any(not g.get('reference') for g in covered):
                    continue  # as score.py: the gold names nobody here
                pairs += 1
                good += ok
    print(f'gold phrases cut to their names: direct recall {hit / max(1, total):.3f} '
          f'({hit}/{total}), precision {good / max(1, pairs):.3f} ({good}/{pairs})')


if __name__ == '__main__':
    main()
