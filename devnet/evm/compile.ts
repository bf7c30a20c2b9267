import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import solc from "solc";
import type { Abi, Hex } from "viem";

// Compiles contracts/*.sol with the solc-js package's bundled compiler (never a downloaded one): the same bytes at
// every run, so tests, the local deployment and the app's generated ABIs all come from the one source.

export const CONTRACTS_DIR = join(import.meta.dirname, "..", "..", "contracts");
/** BSC runs Cancun-era opcodes; the local node accepts them too */
const EVM_VERSION = "cancun";

export interface Artifact {
  abi: Abi;
  bytecode: Hex;
}

interface SolcOutput {
  errors?: { severity: "error" | "warning" | "info"; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
}

let cached: Record<string, Artifact> | undefined;

export function compilerVersion(): string {
  return solc.version();
}

/** Artifacts by contract name. Throws with the compiler's messages on any error. */
export function compileContracts(): Record<string, Artifact> {
  if (cached) return cached;
  const sources = Object.fromEntries(
    readdirSync(CONTRACTS_DIR)
      .filter((f) => f.endsWith(".sol"))
      .map((f) => [f, { content: readFileSync(join(CONTRACTS_DIR, f), "utf8") }]),
  );
  const input = {
    language: "Solidity",
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: EVM_VERSION,
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: readImport })) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length) throw new Error(`solc: ${errors.map((e) => e.formattedMessage).join("\n")}`);
  const artifacts: Record<string, Artifact> = {};
  for (const file of Object.values(output.contracts)) {
    for (const [name, c] of Object.entries(file)) {
      if (c.evm.bytecode.object) artifacts[name] = { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` };
    }
  }
  cached = artifacts;
  return artifacts;
}

/** imports resolve inside contracts/ only */
function readImport(path: string): { contents: string } | { error: string } {
  try {
    return { contents: readFileSync(join(CONTRACTS_DIR, path.replace(/^\.\//, "")), "utf8") };
  } catch {
    return { error: `not found: ${path}` };
  }
}
