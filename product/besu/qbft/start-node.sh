#!/usr/bin/env bash
# Starts validator N (1..4) of the QBFT network that setup.sh generated.
# Node 1 is the bootnode; its JSON-RPC (for AgriTrace) listens on 8545, node N
# on 8544+N, P2P on 30302+N. Free gas: --min-gas-price=0 with the genesis'
# zeroBaseFee. APIs: ETH,NET,WEB3,QBFT,TXPOOL (QBFT gives the Chain status its
# validator list). --rpc-max-logs-range=0 lets one eth_getLogs cover the whole
# chain, as AgriTrace's verification asks.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=${1:?usage: start-node.sh N   (N = 1..4)}
node="$here/Node-$n"
[ -f "$node/data/key" ] || { echo "no key in $node/data: run setup.sh first" >&2; exit 1; }
bootnodes=()
if [ "$n" != 1 ]; then
  pub=$(sed 's/^0x//' "$here/Node-1/data/key.pub")
  bootnodes=(--bootnodes="enode://$pub@127.0.0.1:30303")
fi
exec besu --data-path="$node/data" --genesis-file="$here/genesis.json" \
  "${bootnodes[@]}" --p2p-port=$((30302 + n)) \
  --min-gas-price=0 \
  --rpc-http-enabled --rpc-http-host=127.0.0.1 --rpc-http-port=$((8544 + n)) \
  --rpc-http-api=ETH,NET,WEB3,QBFT,TXPOOL --host-allowlist=localhost,127.0.0.1 \
  --rpc-max-logs-range=0
