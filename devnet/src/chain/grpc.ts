import { ChainError } from "./errors.js";

// Query errors travel as gRPC statuses; baseapp turns them into ABCI codes in codespace "sdk".
// NotFound becomes 38 (how SDK 0.50+ answers a missing account), InvalidArgument 18.
export const grpc = {
  notFound: (desc: string) => new ChainError("sdk", 38, `rpc error: code = NotFound desc = ${desc}`),
  invalidArgument: (desc: string) => new ChainError("sdk", 18, `rpc error: code = InvalidArgument desc = ${desc}`),
};

/** Runs an address check inside a query, reporting failure as InvalidArgument like the SDK's query servers. */
export function queryArg<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ChainError) throw grpc.invalidArgument(e.message);
    throw e;
  }
}
