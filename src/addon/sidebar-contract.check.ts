// This file holds the sidebar's contract to the add-on's exports at compile time: each function the sidebar may call
// is exported by index.ts, takes what the contract sends and returns the contract's result inside an RpcOutcome, so
// the two cannot drift apart. It adds nothing to the bundle (types only; index.ts does not import it).
import type { RpcOutcome, ServerApi } from '../shared/rpc-contract';
import type * as Addon from './index';

type AsServed = { [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => RpcOutcome<ReturnType<ServerApi[K]>> };
type Holds<T extends true> = T;

/** Fails `npm run typecheck` when an export is missing, renamed, takes other arguments or returns another shape. */
export type SidebarContractHolds = Holds<Pick<typeof Addon, keyof ServerApi> extends AsServed ? true : false>;
