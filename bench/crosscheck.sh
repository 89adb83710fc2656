#!/usr/bin/env bash
# Checks the Go scorer against the official Python scorers on the
# predictions that `go run . -dump DIR` wrote: for each tool and set, the
# Python scorer's last line must equal the Go one, and every page's
# precision, recall, WITH and WITHOUT must agree (to 1e-12; AEB's per-page
# file has 4 decimals).
# Run from bench/: ./crosscheck.sh DIR [SHARED_TOOLS_DIR]   (default ../../shared/tools)
set -euo pipefail
dir=${1:?usage: crosscheck.sh DIR [SHARED_TOOLS_DIR]}
tools=${2:-../../shared/tools}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
while IFS=$'\t' read -r tool set goline; do
  if [[ $goline == *WITH* ]]; then
    kind=bow
    py=$(python3 "$tools/bow_eval.py" "$dir/$set.truth.json" "$dir/$tool/$set" --per-page "$work/pages" | tail -n 1)
  else
    kind=aeb
    py=$(python3 "$tools/aeb_eval.py" "$dir/$set.truth.json" "$dir/$tool/$set" --per-page "$work/pages" 2>/dev/null | tail -n 1)
  fi
  pages=$(python3 - "$kind" "$work/pages" "$dir/$tool/$set.pages.tsv" <<'PY'
import json, sys
kind, py_path, go_path = sys.argv[1:]
go = {}
for line in open(go_path, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    go[f[0]] = f[1:]
def num(s):
    return None if s == "None" else float(s)
bad = []
if kind == "aeb":
    lines = open(py_path, encoding="utf-8").read().splitlines()[1:]
    for line in lines:
        f = line.split("\t")
        g = go.get(f[0])
        if g is None or abs(float(f[1]) - num(g[0])) > 5.1e-5 or abs(float(f[2]) - num(g[1])) > 5.1e-5:
            bad.append(f[0])
    n = len(lines)
else:
    rows = [json.loads(l) for l in open(py_path, encoding="utf-8")]
    for row in rows:
        g = go.get(row["id"])
        if g is None:
            bad.append(row["id"]); continue
        gp, gr, gw, gwo = num(g[0]), num(g[1]), int(g[2]), int(g[3])
        pw = -1 if "with_missing" not in row else int(not row["with_missing"])
        pwo = -1 if "without_found" not in row else int(not row["without_found"])
        def same(a, b):
            return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-12)
        if not (same(row.get("p"), gp) and same(row.get("r"), gr) and pw == gw and pwo == gwo):
            bad.append(row["id"])
    n = len(rows)
print(f"{n - len(bad)}/{n} pages agree" + (f"; differ: {' '.join(bad[:10])}" if bad else ""))
sys.exit(1 if bad or n != len(go) else 0)
PY
) || status=1
  same=same
  if [[ $py != "$goline" ]]; then
    same=DIFFERENT
    status=1
  fi
  printf '%-12s %-9s last line %s, %s\n  go:     %s\n  python: %s\n' "$tool" "$set" "$same" "$pages" "$goline" "$py"
done < "$dir/go-scores.tsv"
exit $status
