#!/usr/bin/env bash
# Re-run a benchmark on the code of an earlier commit (a scored frozen version kept as a
# commit rather than a copy under bench/*_frozen/), beside today's checkout:
#
#   bench/run_at_commit.sh COMMIT bench/matching_blind.py bench/matching_blind/round3
#
# The commit is checked out as a detached worktree under var/frozen/<commit> (kept for
# the next run), set up with its own `make install`, and the benchmark script of *that*
# commit runs there with `--version current`.  The set directory is taken from today's
# checkout (absolute path), so a round written after the commit can still be scored.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 COMMIT BENCH_SCRIPT [SET_DIR] [ARGS...]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")/.." && pwd)
commit=$(git -C "$here" rev-parse --verify "$1^{commit}") || {
  echo "error: $1 is not a commit of this repository" >&2; exit 2; }
script=$2
shift 2
tree="$here/var/frozen/${commit:0:12}"
if [ ! -d "$tree" ]; then
  mkdir -p "$here/var/frozen"
  git -C "$here" worktree add --detach "$tree" "$commit" >/dev/null
fi
args=()
for a in "$@"; do
  if [ -e "$here/$a" ]; then args+=("$here/$a"); else args+=("$a"); fi
done
make -C "$tree" --no-print-directory install >/dev/null
cd "$tree"
exec .venv/bin/python "$script" "${args[@]}" --version current
