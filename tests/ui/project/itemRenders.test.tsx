// @vitest-environment jsdom
// The session reaches the checklist in one piece (ChecklistSessionContext), and the items stay memoised: a change to
// one item renders that item again, not its neighbours; a new snapshot that changes nothing an item shows, and a
// parent's fresh handlers, render no item at all. Counted at the item's state hook, which runs once per item render
// (the spy calls the real hook; nothing of the item is replaced).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { PendingIntent } from '../../../src/store/ChecklistStore';
import type { ChecklistItemProps } from '../../../src/ui/project';
import type * as ItemHook from '../../../src/ui/project/ChecklistItem/useChecklistItem';
import { ProjectView } from '../../../src/ui/project';
import { MeetingPanelView } from '../../../src/ui/meeting';
import { InFluent, ingrid, itemState, phase, projectState, snapshotOf, viewProps } from '../../../testkit/projectViewFixtures';

const renders: string[] = [];
vi.mock('../../../src/ui/project/ChecklistItem/useChecklistItem', async (importOriginal) => {
  const original = await importOriginal<typeof ItemHook>();
  return {
    ...original,
    useChecklistItem: (props: ChecklistItemProps, ref: Parameters<typeof original.useChecklistItem>[1]) => {
      renders.push(props.def.key);
      return original.useChecklistItem(props, ref);
    },
  };
});

const forankring = phase('forankring');
const [first, second] = forankring.checklist;
const started = projectState('forankring', [itemState('forankring', first!.key)]);
const queued = (itemKey: string): PendingIntent => ({
  intent: { id: `tick-${itemKey}`, projectKey: started.project.projectKey, actor: ingrid, at: '2026-11-10T08:00:00Z', kind: 'setStatus', itemKey, status: 'done' },
  state: 'queued',
  attempts: 0,
});

beforeEach(() => {
  renders.length = 0;
});

describe.each([
  ['the channel tab', ProjectView],
  ['the meeting side panel', MeetingPanelView],
] as const)('items on %s', (_surface, View) => {
  it('render once each, then only the one a colleague changed, the one with a pending tick, and none for an unrelated snapshot or fresh handlers', () => {
    const { props } = viewProps(started, { surface: View === ProjectView ? 'channelTab' : 'sidePanel' });
    const view = render(<View {...props} />, { wrapper: InFluent });
    expect([...renders].sort()).toEqual(forankring.checklist.map((def) => def.key).sort());

    // Ingrid ticked the first item: a poll brings a state that shares every other row.
    renders.length = 0;
    const ticked = { ...started, items: { ...started.items, [first!.key]: itemState('forankring', first!.key, { status: 'done', updatedBy: ingrid }) } };
    view.rerender(<View {...props} snapshot={snapshotOf(ticked, { recentlyChangedByOthers: [first!.key] })} />);
    expect(renders).toEqual([first!.key]);

    // My tick on the second item waits for Graph.
    renders.length = 0;
    const waiting = snapshotOf(ticked, { recentlyChangedByOthers: [first!.key], pending: [queued(second!.key)] });
    view.rerender(<View {...props} snapshot={waiting} />);
    expect(renders).toEqual([second!.key]);

    // A poll that changed nothing shown (only the time of the sync), with the parent's handlers made anew.
    renders.length = 0;
    view.rerender(<View {...props} snapshot={{ ...waiting, pending: [...waiting.pending], recentlyChangedByOthers: [first!.key], lastSyncedAt: '2026-11-10T08:31:00Z' }} onDispatch={(body) => props.onDispatch(body)} onRetry={(id) => props.onRetry(id)} />);
    expect(renders).toEqual([]);
  });
});

describe('an item action through the session', () => {
  it('reaches the latest handler after the parent gave new ones (the session keeps its actions stable)', () => {
    const { props } = viewProps(started);
    const view = render(<ProjectView {...props} />, { wrapper: InFluent });
    const latest: string[] = [];
    renders.length = 0;
    view.rerender(<ProjectView {...props} onDispatch={(body) => latest.push(body.kind)} />);
    expect(renders).toEqual([]);
    const single = forankring.checklist.find((def) => !def.requiresBothSides)!;
    fireEvent.click(within(screen.getByRole('listitem', { name: single.label.nb })).getByRole('checkbox'));
    expect(latest).toEqual(['setStatus']);
  });
});
