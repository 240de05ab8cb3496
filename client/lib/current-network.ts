import { useOutletContext } from 'react-router';
import type { NetworkStanding } from '../../shared/domain/permissions.ts';
import type { RouterOutputs } from './trpc.ts';

export type CurrentNetwork = {
  network: RouterOutputs['network']['bySlug'];
  standing: NetworkStanding;
  /** The signed-in person's user id. */
  myId: string;
};

/** The network the page is inside, handed down by the network layout route. */
export function useCurrentNetwork(): CurrentNetwork {
  return useOutletContext<CurrentNetwork>();
}
