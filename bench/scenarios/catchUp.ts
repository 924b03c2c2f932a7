// 5. Catch-up: another person made 10 ticks; how much does it take to see them all? Ours reads the checklist
// list's delta since its cursor (what a poll or coming back to a hidden tab does); naive reloads the project.
import type { ItemStatus } from '../../src/domain/types';
import type { SyncCursor } from '../../src/store/ChecklistStore';
import type { BenchWorld } from '../lib/benchWorld';
import { ITEM_KEYS } from '../lib/benchWorld';
import { sideBySide } from '../lib/measure';
import type { Figure } from '../lib/measure';

export const CHANGES = 10;

export async function catchUpScenario(world: BenchWorld, runs: number, projectKey: string): Promise<{ ours: Figure; naive: Figure }> {
  const reader = world.store('ingrid');
  const writer = world.store('kari');
  let cursor: SyncCursor = (await reader.loadProject(world.location, projectKey)).cursor;
  const keys = ITEM_KEYS.slice(-CHANGES);
  let round = 0;
  /** The other person's 10 ticks (not measured): all done, then all open, and so on. */
  const othersTick = async (): Promise<ItemStatus> => {
    const status: ItemStatus = round % 2 === 0 ? 'done' : 'open';
    round += 1;
    for (const itemKey of keys) await writer.apply(world.location, world.intent('kari', projectKey, { kind: 'setStatus', itemKey, status }));
    return status;
  };
  const naive = world.naive('ingrid');
  return sideBySide(runs, async () => {
    const status = await othersTick();
    return world.measure(async () => {
      const changes = await reader.pollChanges(world.location, projectKey, cursor);
      cursor = changes.cursor;
      if (!keys.every((k) => changes.state.items[k]?.status === status)) throw new Error('catch-up missed a change');
    });
  }, async () => {
    const status = await othersTick();
    return world.measure(async () => {
      const seen = await naive.open(projectKey);
      if (!keys.every((k) => seen.state.items[k]?.status === status)) throw new Error('naive catch-up missed a change');
    });
  });
}
