#!/usr/bin/env bash
# Generates a 4-validator QBFT network with free gas (chain id 2020,
# zeroBaseFee, 2 s blocks): genesis.json with the validators in its extraData,
# and one folder per node (Node-1..Node-4) holding that node's key.
# Run once; then start each node with ./start-node.sh N (N = 1..4).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
[ ! -e networkFiles ] || { echo "networkFiles exists: this network was set up already" >&2; exit 1; }
besu operator generate-blockchain-config --config-file=qbftConfigFile.json \
  --to=networkFiles --private-key-file-name=key
cp networkFiles/genesis.json genesis.json
n=1
for keys in networkFiles/keys/*; do
  mkdir -p "Node-$n/data"
  cp "$keys/key" "$keys/key.pub" "Node-$n/data/"
  n=$((n + 1))
done
echo "validators: $(ls networkFiles/keys | tr '\n' ' ')"
