#!/usr/bin/env bash
# A single Besu node in dev mode (chain id 2018, pre-funded dev accounts),
# with the JSON-RPC APIs AgriTrace uses. Data in ./data next to this script.
# Gas is not free on the dev network: set Preferences > Chain > Gas price
# (or --gas-price) to at least the node's base fee, e.g. 1000000000.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec besu --network=dev --data-path="$here/data" \
  --miner-enabled --miner-coinbase=0xfe3b557e8fb62b89f4916b721be55ceb828dbd73 \
  --rpc-http-enabled --rpc-http-host=127.0.0.1 --rpc-http-port=8545 \
  --rpc-http-api=ETH,NET,WEB3,TXPOOL --host-allowlist=localhost,127.0.0.1 \
  --rpc-max-logs-range=0
