import type { LifecycleStatus } from '../../domain/types';

/** The lifecycle statuses a coordinator can filter by, in the order a project passes them. */
export const LIFECYCLE_STATUSES: readonly LifecycleStatus[] = ['active', 'paused', 'completed', 'stopped'];
