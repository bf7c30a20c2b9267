// npm run gen:abi: writes lib/evm/abi.generated.ts from contracts/*.sol (compiled by solc-js), so the app's typed
// ABIs are the compiled ones. devnet/test/stkbnb.test.ts fails when the file is stale.
import { writeFileSync } from "node:fs";
import { format } from "prettier";
import { abiModuleSource } from "../devnet/evm/abi-module.ts";

const path = new URL("../lib/evm/abi.generated.ts", import.meta.url);
writeFileSync(path, await format(abiModuleSource(), { parser: "typescript", printWidth: 160 }));
console.log(`wrote ${path.pathname}`);
