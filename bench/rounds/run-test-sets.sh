#!/bin/bash
# bench/rounds/run-test-sets.sh NAME FIRST_IMPORT FIRST_CHECK — runs the code of this checkout on a round's
# four importer and four checker TEST sets (heldout-FIRST_IMPORT…+3, check-heldout-FIRST_CHECK…+3) into
# bench/<set>/NAME-run.txt: NAME is "first" for the blind first run after the branches merge, "tuned"
# at the round's end. Prints each set's total.
cd "$(dirname "$0")/../.."
name=$1; i=$2; c=$3
for n in $i $((i + 1)) $((i + 2)) $((i + 3)); do npx tsx bench/score-heldout.ts bench/heldout-$n > bench/heldout-$n/$name-run.txt 2>&1; echo "heldout-$n $(grep 'overall (strict)' bench/heldout-$n/$name-run.txt | tail -1)"; done
for n in $c $((c + 1)) $((c + 2)) $((c + 3)); do npx tsx bench/score-check.ts bench/check-heldout-$n/sentences.json > bench/check-heldout-$n/$name-run.txt 2>&1; echo "check-heldout-$n $(grep -E '^faults caught|^clean' bench/check-heldout-$n/$name-run.txt | tr '\n' ' ')"; done
