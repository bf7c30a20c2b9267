import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The architecture's rules, enforced (README "Architecture"): app -> components -> hooks -> lib, never back;
// a feature's components import only ui, tx, wallet and their own folder; one import style.

const SHARED_UI = ["ui", "tx", "wallet"];
const FEATURES = ["dex", "evm", "home", "layout", "lending", "portfolio", "routes", "stake"];

const ACROSS_FOLDERS = { group: ["../*", "../**"], message: 'Import from another folder as "@/…" (the one import style).' };
const UPWARD = (what) => ({
  group: ["@/app/*", ...what.map((w) => `@/${w}/*`)],
  message: `This layer does not import ${what.join(" or ")} (app -> components -> hooks -> lib).`,
});

const INLINE_QUERY_KEY = {
  selector: "Property[key.name='queryKey'] > ArrayExpression",
  message: "Use a key from lib/query-keys instead of an inline array.",
};

/** components/<folder> may import only the shared UI folders and itself (dynamic import() included) */
function componentsZone(folder, allowed) {
  const others = ["ui", "tx", "wallet", ...FEATURES].filter((f) => !allowed.includes(f) && f !== folder);
  const message = `components/${folder} imports only ${[...allowed, folder].join(", ")} from components: move what is shared to components/ui (or lib).`;
  return {
    files: [`components/${folder}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-syntax": ["error", INLINE_QUERY_KEY, { selector: `ImportExpression[source.value=/^@\\/components\\/(${others.join("|")})\\//]`, message }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [ACROSS_FOLDERS, UPWARD([]), { group: others.map((o) => `@/components/${o}/*`), message }],
        },
      ],
    },
  };
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // one import style everywhere in the app
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [ACROSS_FOLDERS] }] },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/evm/wagmi.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: "lib is React-free: move this to hooks/ or components/." },
            { name: "react-dom", message: "lib is React-free." },
            { name: "@tanstack/react-query", message: "lib is React-free: query keys are plain arrays (lib/query-keys)." },
            { name: "zustand", message: "lib is React-free: stores live in hooks/." },
            { name: "use-intl", message: "lib is React-free: say text as a Sentence (lib/i18n/sentence)." },
            { name: "wagmi", message: "lib is React-free (only lib/evm/wagmi.ts builds the wagmi config)." },
          ],
          patterns: [ACROSS_FOLDERS, UPWARD(["components", "hooks"]), { group: ["next", "next/*"], message: "lib is free of Next." }],
        },
      ],
    },
  },
  {
    files: ["hooks/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [ACROSS_FOLDERS, UPWARD(["components"])] }],
      // query keys come from the factory (lib/query-keys), so a refresh by prefix reaches them
      "no-restricted-syntax": ["error", INLINE_QUERY_KEY],
    },
  },
  componentsZone("ui", ["ui"]),
  componentsZone("tx", ["ui", "tx"]),
  componentsZone("wallet", SHARED_UI),
  ...FEATURES.map((f) => componentsZone(f, SHARED_UI)),
  {
    // the devnet is an independent implementation: it never reads the app's code
    files: ["devnet/src/**/*.ts", "devnet/evm/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/*", "**/lib/*", "**/lib/**", "**/components/**", "**/hooks/**"],
              message: "The devnet must not import the app (a shared bug would pass every test).",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks read loosely typed JSON-RPC replies.
    files: ["e2e/**/*.ts", "devnet/test/**/*.ts", "devnet/bench/**/*.ts", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  { ignores: ["oracle/dexter/target/**", ".next*/**", ".tmp/**", "node_modules/**", ".devnet/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
