#!/usr/bin/env bash
# Product smoke test, run by the product module's verify phase: start the
# materialised product through ./agritrace-cli and check what it prints.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
workspace=$(mktemp -d)
trap 'rm -rf "$workspace"' EXIT
passed=0 failed=0

check() { # name, expected exit code, expected output pattern, command...
  local name=$1 code=$2 pattern=$3; shift 3
  local output status
  output=$("$@" 2>&1); status=$?
  if [ "$status" = "$code" ] && grep -Eq "$pattern" <<<"$output"; then
    passed=$((passed + 1)); echo "ok: $name"
  else
    failed=$((failed + 1)); echo "FAILED: $name (exit $status, wanted $code and /$pattern/):"; echo "$output"
  fi
}

cli=("$here/agritrace-cli" -data "$workspace" -nl en)
check "version" 0 '^AgriTrace 0\.1\.0' "${cli[@]}" version
check "list on an empty workspace" 0 '^code	product	quantity' "${cli[@]}" list
check "unknown command" 2 'unknown command "nonsense"' "${cli[@]}" nonsense
check "database created in the workspace" 0 'agritrace.mv.db' ls "$workspace/db"
vectors="$here/plugins/io.agritrace.core.tests/resources/hash-vectors"
check "hash of a GS1 test vector" 0 "^$(head -n 1 "$vectors/epcisDocWithSingleEvent.hashes" | sed 's/[?]/[?]/g')\$" \
  "${cli[@]}" hash "$vectors/epcisDocWithSingleEvent.jsonld"
check "generate Jilin chains" 0 '^generated [0-9]+ batches and [0-9]+ events' "${cli[@]}" generate --chains 4 --days 30
check "stats after generate" 0 '^events: [1-9]' "${cli[@]}" stats
lot=$("${cli[@]}" list 2>/dev/null | awk -F'\t' 'NR > 1 && $1 ~ /\/MR/ { print $1; exit }')
check "trace of a milled rice lot" 0 'harvesting' "${cli[@]}" trace "$lot"
check "recall of a milled rice lot" 0 'holder\(s\), [0-9]+ kg still held' "${cli[@]}" recall "$lot"
check "credit ranking before any verification" 0 '^rank	grade	score	verified	unverified	party' "${cli[@]}" credit

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
