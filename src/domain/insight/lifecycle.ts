// The lifecycle statuses a filter offers, in the order people think of them.
import type { LifecycleStatus } from '../types';

export const LIFECYCLE_STATUSES: readonly LifecycleStatus[] = ['active', 'paused', 'completed', 'stopped'];
