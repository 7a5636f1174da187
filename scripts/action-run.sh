#!/usr/bin/env bash
# The GitHub Action's step (action.yml), runnable anywhere: checks the Markdown files changed
# between BASE and HEAD with `locdiff check --format github` and `locdiff roundtrip`.
#   usage: scripts/action-run.sh BASE [HEAD]      (run inside the checked-out repository)
# Files are read from the working tree, which must hold HEAD. Deleted files are skipped.
# Both commands always run; the exit code is the worse of the two (0 ok, 1 problems found,
# 2 a file could not be read or a command failed). LOCDIFF_BIN overrides the compiled CLI.
set -uo pipefail

base=${1:-}
head=${2:-HEAD}
if [ -z "$base" ]; then
	echo "::error::locdiff: no base commit (usage: action-run.sh BASE [HEAD]; outside a pull request, set the action's base input)"
	exit 2
fi
bin=${LOCDIFF_BIN:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bin/locdiff.mjs"}

for ref in "$base" "$head"; do
	if ! git rev-parse --quiet --verify "$ref^{commit}" >/dev/null; then
		echo "::error::locdiff: no commit $ref here (check out with fetch-depth: 0)"
		exit 2
	fi
done
# base...head: what the pull request changed since it left the base branch. NUL-separated, so
# any file name (spaces, quotes, non-ASCII) arrives intact.
files=()
while IFS= read -r -d '' file; do files+=("$file"); done < <(
	git diff -z --name-only --diff-filter=ACMR "$base...$head" -- '*.md' '*.MD'
)
if [ ${#files[@]} -eq 0 ]; then
	echo "locdiff: no Markdown files changed between $base and $head"
	exit 0
fi
echo "locdiff: checking ${#files[@]} changed Markdown file(s)"

status=0
worse() { if [ "$1" -gt "$status" ]; then status=$1; fi; }

node "$bin" check --format github "${files[@]}"
worse $?

# roundtrip prints `mismatch: PATH (first difference at byte N)`; annotate those lines too.
roundtrip=$(node "$bin" roundtrip -- "${files[@]}")
code=$?
printf '%s\n' "$roundtrip"
while IFS= read -r line; do
	if [[ $line =~ ^mismatch:\ (.*)\ \((first difference at byte [0-9]+)\)$ ]]; then
		echo "::error file=${BASH_REMATCH[1]}::does not round-trip through locdiff (${BASH_REMATCH[2]})"
	fi
done <<<"$roundtrip"
worse $code

exit $status
