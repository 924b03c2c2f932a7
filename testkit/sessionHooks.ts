// Vitest hooks for files that open project sessions (apart from sessionWaits.ts, which the benchmark imports too).
import { afterEach } from 'vitest';
import type { ProjectSession } from '../src/store/ChecklistStore';

/**
 * The sessions a file opens, disposed after each test so that no poll or retry of theirs reaches the next one: push
 * each session opened. Call it after perFile(): its clean-up then runs before the emulator's reset.
 */
export function sessionsDisposedAfterEach(): ProjectSession[] {
  const sessions: ProjectSession[] = [];
  afterEach(() => {
    for (const session of sessions.splice(0)) session.dispose();
  });
  return sessions;
}
