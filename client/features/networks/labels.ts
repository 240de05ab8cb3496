import type { NetworkStatus } from '../../../shared/schemas/network.ts';

export const STATUS_TONE: Record<NetworkStatus, 'warning' | 'success' | 'accent' | 'neutral'> = {
  forming: 'warning',
  active: 'success',
  sustaining: 'accent',
  closed: 'neutral',
};
