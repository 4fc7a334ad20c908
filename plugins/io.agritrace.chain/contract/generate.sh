#!/usr/bin/env bash
# Regenerates the contract's build output and its web3j wrapper:
#   build/AgriTraceRegistry.{abi,bin}  (pinned solc, see compile.js)
#   ../src-gen/io/agritrace/chain/internal/contract/AgriTraceRegistry.java
# With --check it regenerates into a temporary copy and fails when the checked-in
# files differ from what the source gives (CI runs that).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../../product/scripts/common.sh"
require_jdk

out=$here
if [ "${1:-}" = "--check" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  cp -r "$here/src" "$here/compile.js" "$out/"
  ln -s "$here/node_modules" "$out/node_modules"
  mkdir -p "$out/src-gen"
fi

(cd "$here" && [ -d node_modules/solc ] || npm ci --no-audit --no-fund >&2)
(cd "$out" && node compile.js)
(cd "$AGRITRACE_HOME" && ./mvnw -B -q -f "$here/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$here/target/classpath.txt") >&2
gen=$([ "$out" = "$here" ] && echo "$here/../src-gen" || echo "$out/src-gen")
"$JAVA_HOME/bin/java" -cp "$(cat "$here/target/classpath.txt")" org.web3j.codegen.SolidityFunctionWrapperGenerator \
  -a "$out/build/AgriTraceRegistry.abi" -b "$out/build/AgriTraceRegistry.bin" \
  -o "$gen" -p io.agritrace.chain.internal.contract >&2

if [ "$out" != "$here" ]; then
  diff -r "$here/build" "$out/build"
  diff -r "$here/../src-gen" "$gen"
  echo "contract: build output and wrapper match the source"
fi
