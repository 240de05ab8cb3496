import type { SessionUser } from '../../context.ts';
import { networkAccess, type NetworkAccess } from '../../trpc.ts';
import type { Db } from '../client.ts';

/** A person's standing in a network, as networkProcedure finds it, for seeding through the services. */
export function accessFor(db: Db, actor: SessionUser, networkId: number): NetworkAccess {
  const access = networkAccess(db, actor, networkId);
  if (!access) throw new Error(`There is no network ${networkId} to seed.`);
  return access;
}
