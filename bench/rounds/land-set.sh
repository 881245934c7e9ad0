#!/bin/bash
# bench/rounds/land-set.sh import|check N BRANCH — lands a keyer's TEST set on main (bench/rounds/README.md):
# cherry-picks the keyer's one commit, runs main's code on the set once (main-run.txt, the figure the
# round's blind first run is compared with), registers it in bench/run.ts and bench/unseen.json.
# ROUND=N names the round in the commit body.
set -e
cd "$(dirname "$0")/../.."
kind=$1; n=$2; br=$3; round=${ROUND:?set ROUND=<this round>}
if [ "$kind" = import ]; then set=heldout-$n; subj="Key heldout-$n before running"; else set=check-heldout-$n; subj="Key check-heldout-$n before running"; fi
c=$(git log "$br" --format=%H --grep="^$subj" | head -1)
[ -n "$c" ] || { echo "no commit '$subj' on $br"; exit 1; }
git cherry-pick "$c" > /dev/null
if [ "$kind" = import ]; then npx tsx bench/score-heldout.ts bench/$set > bench/$set/main-run.txt 2>&1
else npx tsx bench/score-check.ts bench/$set/sentences.json > bench/$set/main-run.txt 2>&1; fi
python3 - "$kind" "$n" "$set" <<'PY'
import sys, json, re
kind, n, s = sys.argv[1], sys.argv[2], sys.argv[3]
p = 'bench/run.ts'; t = open(p).read()
if kind == 'import':
    rows = list(re.finditer(r"  \{ name: 'importer accuracy, unseen reports \(heldout-\d+\)'.*\n", t))
    last = rows[-1]
    row = f"  {{ name: 'importer accuracy, unseen reports ({s})', file: 'score-heldout.ts', slug: 'score-{s}', quick: ['bench/{s}'], full: ['bench/{s}'] }},\n"
    t = t[:last.end()] + row + t[last.end():]
else:
    rows = list(re.finditer(r"  \{\n    name: 'checker accuracy, held-out sentences \d+',\n(?:    .*\n)*?  \},\n", t))
    last = rows[-1]
    row = f"  {{\n    name: 'checker accuracy, held-out sentences {n}',\n    file: 'score-check.ts',\n    slug: 'score-check-{n}',\n    quick: ['bench/{s}/sentences.json'],\n    full: ['bench/{s}/sentences.json'],\n  }},\n"
    t = t[:last.end()] + row + t[last.end():]
open(p, 'w').write(t)
u = json.load(open('bench/unseen.json'))
if s not in u['sets']: u['sets'].append(s)
open('bench/unseen.json', 'w').write(json.dumps(u, ensure_ascii=False, indent=2) + '\n')
PY
npx prettier --write bench/unseen.json bench/run.ts > /dev/null
git add bench/run.ts bench/unseen.json bench/$set/main-run.txt
git commit -q -m "bench: $set registered, unseen, main's run before any branch" -m "Main's code ran once on the freshly keyed TEST set, before any of round $round's branches merged: the figure the round's blind first run is compared with."
tail -3 bench/$set/main-run.txt
