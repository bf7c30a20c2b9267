import type { EncodeObject } from "@cosmjs/proto-signing";
import type { SigningStargateClient, StdFee } from "@cosmjs/stargate";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import type { Network } from "@/lib/chain/networks";
import type { OfflineSigner } from "@/lib/wallet/types";

// Everything that signs, loaded on demand when the first transaction starts (cosmjs's signing client, the
// protobuf registry with the pSTAKE types, amino converters). The page itself never imports these.

export interface SigningKit {
  client: SigningStargateClient;
  rpc: FailoverRpcClient;
  estimateFee(address: string, messages: readonly EncodeObject[], memo: string): Promise<{ gas: number; fee: StdFee }>;
}

/** cosmjs's default multiplier headroom: the devnet's simulation is exact, a real node's is close. */
export const GAS_ADJUSTMENT = 1.3;

export async function loadSigningKit(rpc: FailoverRpcClient, network: Network, signer: OfflineSigner): Promise<SigningKit> {
  const [{ Comet38Client }, stargate, { Registry }, pstake, cosmwasm] = await Promise.all([
    import("@cosmjs/tendermint-rpc"),
    import("@cosmjs/stargate"),
    import("@cosmjs/proto-signing"),
    import("persistenceonejs/pstake/client"),
    import("@cosmjs/cosmwasm-stargate"),
  ]);
  const { AminoTypes, GasPrice, SigningStargateClient, calculateFee, createDefaultAminoConverters, defaultRegistryTypes } = stargate;
  // Passing only the pSTAKE registry would replace the default one: merge both.
  const registry = new Registry([...defaultRegistryTypes, ...cosmwasm.wasmTypes, ...pstake.pstakeProtoRegistry]);
  const aminoTypes = new AminoTypes({ ...createDefaultAminoConverters(), ...cosmwasm.createWasmAminoConverters(), ...pstake.pstakeAminoConverters });
  const comet = Comet38Client.create(rpc);
  const client = SigningStargateClient.createWithSigner(comet, signer, { registry, aminoTypes });
  const gasPrice = GasPrice.fromString(`${network.gasPrice.average}${network.feeDenom}`);
  return {
    client,
    rpc,
    async estimateFee(address, messages, memo) {
      const simulated = await client.simulate(address, messages, memo);
      const gas = Math.ceil(simulated * GAS_ADJUSTMENT);
      return { gas, fee: calculateFee(gas, gasPrice) };
    },
  };
}
