#!/usr/bin/env bash
# Product smoke test, run by the product module's verify phase: start the
# materialised CLI product through ./agritrace-cli without a display and check
# what it prints, and that the CLI product holds nothing of SWT, GTK or the
# workbench.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/product/scripts/common.sh"
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

# The bundles of the product at $1 (its plugins folder and its list of bundles to
# start) that draw on a screen: SWT and its GTK fragments, JFace, the workbench.
ui_bundles() {
  { ls "$1/plugins"; cat "$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; } \
    | grep -E '^org\.eclipse\.(swt|jface|ui|e4\.ui)|gtk'
}
check "the workbench product holds SWT for GTK, which the check below looks for" 0 '^org\.eclipse\.swt\.gtk' \
  ui_bundles "$AGRITRACE_PRODUCT"
check "the CLI product holds the CLI" 0 '^io\.agritrace\.cli_' ls "$AGRITRACE_CLI_PRODUCT/plugins"
check "the CLI product holds no SWT, GTK, JFace or workbench bundle" 1 '' ui_bundles "$AGRITRACE_CLI_PRODUCT"

# No display: the CLI must not need one.
cli=(env -u DISPLAY "$here/agritrace-cli" -data "$workspace" -nl en)
check "version" 0 '^AgriTrace 0\.1\.0' "${cli[@]}" version
check "list on an empty workspace" 0 '^Digital Link *	Product *	Quantity' "${cli[@]}" list
check "unknown command" 2 'unknown command "nonsense"' "${cli[@]}" nonsense
check "database created in the workspace" 0 'agritrace.mv.db' ls "$workspace/db"
vectors="$here/plugins/io.agritrace.core.tests/resources/hash-vectors"
check "hash of a GS1 test vector" 0 "^$(head -n 1 "$vectors/epcisDocWithSingleEvent.hashes" | sed 's/[?]/[?]/g')\$" \
  "${cli[@]}" hash "$vectors/epcisDocWithSingleEvent.jsonld"
check "generate Jilin chains" 0 '^generated [0-9]+ batches and [0-9]+ events' "${cli[@]}" generate --chains 4 --days 30
check "stats after generate" 0 '^events: +[1-9]' "${cli[@]}" stats
lot=$("${cli[@]}" list 2>/dev/null | awk -F'\t' 'NR > 1 && $1 ~ /\/MR/ { print $1; exit }')
check "trace of a milled rice lot" 0 ' Harvesting ' "${cli[@]}" trace "$lot"
check "recall of a milled rice lot" 0 'holders [0-9]+, still held [0-9.,]+ kg' "${cli[@]}" recall "$lot"
check "credit ranking before any verification" 0 '^Rank *	Grade *	Score *	Verified *	Unverified *	Party' "${cli[@]}" credit

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
