import type { Db } from './client.ts';

/** A transaction handle; services that take `DbOrTx` work inside or outside one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
