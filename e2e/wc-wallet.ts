import { makeCosmoshubPath } from "@cosmjs/amino";
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { SignClient } from "@walletconnect/sign-client";
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { DEMO_MNEMONIC } from "../devnet/src/genesis";
import { WALLETCONNECT_RELAY_URL } from "./env";
import { test as base } from "./fixtures";

// A wallet on "another device" (as Keplr Mobile is to a desktop browser): a WalletConnect client in this test
// process, on the local relay, holding the demo key (account 0, Keplr's path). It pairs with the URI the page shows,
// approves (or declines) the session, answers cosmos_getAccounts and signs cosmos_signDirect for real, and can end
// the session from its side.

export interface PhoneWallet {
  /** pair with the URI the page shows (its data-uri) */
  pair(uri: string): Promise<void>;
  /** decline the next session proposal instead of approving it */
  decline: boolean;
  /** refuse signing requests, as a user tapping Reject */
  reject: boolean;
  /** every request method the page sent */
  requests: string[];
  /** end every session from the wallet's side */
  endSessions(): Promise<void>;
}

export const test = base.extend<{ phone: PhoneWallet }>({
  phone: async ({ page }, use) => {
    // WalletConnect's Verify, which the page frames to attest its origin (unreachable from here): answered as it
    // answers, an attestation for the id it was asked about (the client reads its payload's id)
    await page.route("https://verify.walletconnect.org/**", (route) => {
      const id = new URL(route.request().url()).searchParams.get("id");
      const jwt =
        [{ alg: "none" }, { id, origin: "http://127.0.0.1:3107", isScam: false }]
          .map((part) => Buffer.from(JSON.stringify(part)).toString("base64url"))
          .join(".") + ".";
      const message = JSON.stringify({ type: "verify_attestation", attestation: jwt });
      return route.fulfill({ contentType: "text/html", body: `<script>parent.postMessage(${JSON.stringify(message)}, "*")</script>` });
    });
    const key = await DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence", hdPaths: [makeCosmoshubPath(0)] });
    const [account] = await key.getAccounts();
    const client = await SignClient.init({
      projectId: "e2e-local",
      relayUrl: WALLETCONNECT_RELAY_URL,
      telemetryEnabled: false,
      logger: "silent",
      customStoragePrefix: `phone-${Date.now()}`,
      metadata: { name: "Test Phone Wallet", description: "a WalletConnect wallet in the test process", url: "http://127.0.0.1", icons: [] },
    });
    const control: PhoneWallet = {
      decline: false,
      reject: false,
      requests: [],
      pair: async (uri) => void (await client.core.pairing.pair({ uri })),
      async endSessions() {
        await Promise.all(client.session.getAll().map((s) => client.disconnect({ topic: s.topic, reason: { code: 6000, message: "User disconnected." } })));
      },
    };
    client.on("session_proposal", async ({ id, params }) => {
      if (control.decline) return void (await client.reject({ id, reason: { code: 5000, message: "User rejected." } }));
      const chains = Object.values(params.optionalNamespaces ?? {}).flatMap((n) => n.chains ?? []);
      await client.approve({
        id,
        namespaces: {
          cosmos: {
            chains,
            methods: ["cosmos_getAccounts", "cosmos_signDirect", "cosmos_signAmino"],
            events: ["chainChanged", "accountsChanged"],
            accounts: chains.map((c) => `${c}:${account!.address}`),
          },
        },
      });
    });
    client.on("session_request", async ({ id, topic, params }) => {
      const { method, params: p } = params.request as { method: string; params: any };
      control.requests.push(method);
      const answer = (body: { result: unknown } | { error: { code: number; message: string } }) =>
        client.respond({ topic, response: { id, jsonrpc: "2.0", ...body } as Parameters<typeof client.respond>[0]["response"] });
      if (control.reject && method !== "cosmos_getAccounts") return void (await answer({ error: { code: 5000, message: "User rejected." } }));
      if (method === "cosmos_getAccounts")
        return void (await answer({ result: [{ address: account!.address, algo: "secp256k1", pubkey: toBase64(account!.pubkey) }] }));
      if (method === "cosmos_signDirect") {
        const doc = SignDoc.fromPartial({
          chainId: p.signDoc.chainId,
          accountNumber: BigInt(p.signDoc.accountNumber),
          bodyBytes: fromBase64(p.signDoc.bodyBytes),
          authInfoBytes: fromBase64(p.signDoc.authInfoBytes),
        });
        const { signature } = await key.signDirect(p.signerAddress, doc);
        return void (await answer({ result: { signature, signed: p.signDoc } }));
      }
      await answer({ error: { code: 5101, message: `unsupported method ${method}` } });
    });
    await use(control);
    await control.endSessions().catch(() => {});
    await client.core.relayer.transportClose().catch(() => {});
  },
});

export { expect } from "./fixtures";
