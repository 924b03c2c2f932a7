// The evidence a Portfolio row carries: its shape, how a writer computes it, and the rules read from it.
export * from './types';
export * from './projectEvidence';
export * from './waiting';
export * from './dualConfirmations';
