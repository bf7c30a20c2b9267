"use client";

import { useQuery } from "@tanstack/react-query";
import { measureApy } from "@/lib/pstake/apy";
import { fetchLiquidValidators, fetchParams, fetchStates } from "@/lib/pstake/liquidstake";
import { fetchDelegations, fetchRewardInputs, fetchStakingParams, fetchUnbondings, fetchValidators } from "@/lib/staking/staking";
import { useCapabilities } from "./use-capabilities";
import { useNetwork } from "./use-network";
import { queryKeys } from "@/lib/query-keys";

// React bindings for stkXPRT: every read keyed by network (and account), refreshed after each tx by
// invalidating the "liquidstake" and "staking" prefixes.

export function useLiquidStakeAvailable(): boolean | undefined {
  const caps = useCapabilities();
  return caps.data?.liquidstake.available;
}

export function useLiquidStakeState() {
  const { network, rpc } = useNetwork();
  const enabled = useLiquidStakeAvailable() === true;
  const params = useQuery({ queryKey: queryKeys.liquidstake.params(network.id), queryFn: () => fetchParams(rpc), enabled });
  const states = useQuery({ queryKey: queryKeys.liquidstake.states(network.id), queryFn: () => fetchStates(rpc), enabled });
  const validators = useQuery({ queryKey: queryKeys.liquidstake.validators(network.id), queryFn: () => fetchLiquidValidators(rpc), enabled });
  return { params, states, validators, ready: !!(params.data && states.data && validators.data) };
}

export function useApy() {
  const { network, rpc, history } = useNetwork();
  const { states, params } = useLiquidStakeState();
  return useQuery({
    queryKey: queryKeys.liquidstake.apy(network.id),
    enabled: !!states.data && !!params.data,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const inputs = await fetchRewardInputs(rpc);
      return measureApy(history, states.data!, inputs ? { ...inputs, autocompoundFee: params.data!.autocompoundFeeRate } : null);
    },
  });
}

export function useUnbondings(address: string | undefined) {
  const { network, rpc } = useNetwork();
  // refetched periodically: entries leave the list (and XPRT arrives) when they mature
  return useQuery({
    queryKey: queryKeys.staking.unbondings(network.id, address),
    queryFn: () => fetchUnbondings(rpc, address!),
    enabled: !!address,
    refetchInterval: 30_000,
  });
}

export function useDelegations(address: string | undefined) {
  const { network, rpc } = useNetwork();
  return useQuery({ queryKey: queryKeys.staking.delegations(network.id, address), queryFn: () => fetchDelegations(rpc, address!), enabled: !!address });
}

export function useStakingParams() {
  const { network, rpc } = useNetwork();
  return useQuery({ queryKey: queryKeys.staking.params(network.id), queryFn: () => fetchStakingParams(rpc), staleTime: 10 * 60_000 });
}

export function useValidatorInfo() {
  const { network, rpc } = useNetwork();
  return useQuery({ queryKey: queryKeys.staking.validators(network.id), queryFn: () => fetchValidators(rpc), staleTime: 60_000 });
}
