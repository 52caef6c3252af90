#!/usr/bin/env python3
"""The most a list of speaker names can recall of a PolNeAR set under score.py's rules.

    python3 scripts/polnear_ceiling.py ../shared/eval/polnear-dev

PolNeAR's gold `reference` is the speaker's phrase as written, appositive included ("Jo Lee,
a spokeswoman for the Cook Political Report"). score.py matches names by their last word, so
where the phrase's last word is not the name's ("report", not "lee"), no name the tool gives,
however right, is counted. This counts the gold attributions whose phrase ends in the name: the
phrase cut at its first comma or bracket ends with the same word as the whole phrase. Reads
only gold.jsonl's speaker phrases; prints the ceiling for direct quotes and for all.
"""
import json
import os
import re
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    set_dir = sys.argv[1]
    sys.path.insert(0, os.path.join(set_dir, '..'))
    from score import words  # the scorer's own name folding

    def last(name):
        return words(name)[-1:] if name.strip() else []

    with open(os.path.join(set_dir, 'gold.jsonl'), encoding='utf8') as f:
        gold = [json.loads(line) for line in f if line.strip()]
    named = [g for g in gold if g.get('reference')]
    for label, group in (('direct', [g for g in named if g['direct']]), ('all', named)):
        reachable = [g for g in group
                     if last(re.split(r'[,(]', g['reference'])[0]) == last(g['reference'])]
        print(f'{label}: {len(reachable)} of {len(group)} named attributions end in the name: '
              f'recall ceiling {len(reachable) / max(1, len(group)):.3f}')


if __name__ == '__main__':
    main()
