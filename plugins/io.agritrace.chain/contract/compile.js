// Compiles src/AgriTraceRegistry.sol with the pinned solc into build/ (ABI and
// bytecode). The EVM version is pinned to paris (no PUSH0), which Besu networks
// of any current fork run, instead of solc's newest default.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const name = 'AgriTraceRegistry';
const source = fs.readFileSync(path.join(__dirname, 'src', name + '.sol'), 'utf8');
const input = {
  language: 'Solidity',
  sources: { [name + '.sol']: { content: source } },
  settings: {
    evmVersion: 'paris',
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length) {
  errors.forEach((e) => console.error(e.formattedMessage));
  process.exit(1);
}
const contract = output.contracts[name + '.sol'][name];
const build = path.join(__dirname, 'build');
fs.mkdirSync(build, { recursive: true });
fs.writeFileSync(path.join(build, name + '.abi'), JSON.stringify(contract.abi, null, 2) + '\n');
fs.writeFileSync(path.join(build, name + '.bin'), contract.evm.bytecode.object); // no newline: it is embedded as is
console.log(`compiled ${name} with solc ${solc.version()}`);
