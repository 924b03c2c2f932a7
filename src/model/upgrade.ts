// Moving a project to a newer published model version: which version that is, and whether the project is behind.
// The move itself is the project's `updateProject` intent with `modelVersion` (queued, logged in Events, polled).
import type { PhaseModel } from './types';

/** Versions are `major.minor.patch`; compared numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The newer model a project on `followed` could move to, or undefined when it follows the newest (or another model). */
export function upgradeAvailable(project: { modelId: string; modelVersion: string }, newest: PhaseModel): PhaseModel | undefined {
  if (project.modelId !== newest.id) return undefined;
  return compareVersions(newest.version, project.modelVersion) > 0 ? newest : undefined;
}
