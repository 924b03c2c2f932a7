import { describe, expect, it } from 'vitest';
import { inverseOf } from '../../src/domain/inverseIntent';
import { applyIntent, itemOrOpen } from '../../src/domain/applyIntent';
import type { IntentBody, ItemState, ProjectState } from '../../src/domain/types';
import { applyAll, emptyState, ingrid, intent, kari, lookupPhase } from '../../testkit/domainFixtures';

const KEY = 'forankring.mandat-godkjent';

/** What Undo must restore: everything but who touched the item last and when. */
function essence(item: ItemState) {
  return {
    status: item.status,
    sides: Object.keys(item.confirmations).sort(),
    comments: item.comments.map((c) => c.text),
    notRelevantReason: item.notRelevantReason,
  };
}

function roundTrip(before: ProjectState, body: IntentBody): ProjectState {
  const done = intent(body, kari, before);
  const after = applyIntent(before, done, lookupPhase);
  const inverse = inverseOf(before, done);
  expect(inverse, JSON.stringify(body)).toBeDefined();
  return applyIntent(after, intent(inverse!, ingrid, after), lookupPhase);
}

const starts: Record<string, ProjectState> = {
  untouched: emptyState(),
  ticked: applyAll(emptyState(), [{ kind: 'setStatus', itemKey: KEY, status: 'done' }, { kind: 'addComment', itemKey: KEY, text: 'Signert 3. mars' }]),
  notRelevant: applyAll(emptyState(), [{ kind: 'setStatus', itemKey: KEY, status: 'notRelevant', reason: 'Mandat fra før' }]),
  confirmed: applyAll(emptyState(), [{ kind: 'confirm', itemKey: KEY, side: 'kommune' }]),
};

const bodies: IntentBody[] = [
  { kind: 'setStatus', itemKey: KEY, status: 'done' },
  { kind: 'setStatus', itemKey: KEY, status: 'open' },
  { kind: 'setStatus', itemKey: KEY, status: 'notRelevant', reason: 'Ny grunn' },
  { kind: 'confirm', itemKey: KEY, side: 'sykehus' },
  { kind: 'unconfirm', itemKey: KEY, side: 'kommune' },
  { kind: 'addComment', itemKey: KEY, text: 'Ny kommentar' },
];

describe('inverseOf', () => {
  for (const [name, before] of Object.entries(starts)) {
    for (const body of bodies) {
      const inverse = inverseOf(before, { ...body, id: 'the-intent' });
      if (!inverse) continue;
      it(`undoes ${body.kind}${'status' in body ? ` ${body.status}` : ''} on a ${name} item`, () => {
        const after = roundTrip(before, body);
        expect(essence(itemOrOpen(after, KEY, 'forankring'))).toEqual(essence(itemOrOpen(before, KEY, 'forankring')));
      });
    }
  }

  it('has something to undo for every change that changes something', () => {
    expect(inverseOf(starts.untouched!, { kind: 'setStatus', itemKey: KEY, status: 'done' })).toEqual({ kind: 'setStatus', itemKey: KEY, status: 'open' });
    expect(inverseOf(starts.notRelevant!, { kind: 'setStatus', itemKey: KEY, status: 'done' })).toEqual({ kind: 'setStatus', itemKey: KEY, status: 'notRelevant', reason: 'Mandat fra før' });
    expect(inverseOf(starts.notRelevant!, { kind: 'setStatus', itemKey: KEY, status: 'notRelevant', reason: 'Annen grunn' })).toEqual({ kind: 'setStatus', itemKey: KEY, status: 'notRelevant', reason: 'Mandat fra før' });
    expect(inverseOf(starts.ticked!, { kind: 'addComment', itemKey: KEY, text: 'Enig', id: 'c2' })).toEqual({ kind: 'removeComment', itemKey: KEY, commentId: 'c2' });
    const signed = starts.ticked!.items[KEY]!.comments[0]!;
    expect(inverseOf(starts.ticked!, { kind: 'removeComment', itemKey: KEY, commentId: signed.id })).toEqual({ kind: 'addComment', itemKey: KEY, text: 'Signert 3. mars' });
    expect(inverseOf(starts.confirmed!, { kind: 'unconfirm', itemKey: KEY, side: 'kommune' })).toEqual({ kind: 'confirm', itemKey: KEY, side: 'kommune' });
    expect(inverseOf(starts.untouched!, { kind: 'confirm', itemKey: KEY, side: 'kommune' })).toEqual({ kind: 'unconfirm', itemKey: KEY, side: 'kommune' });
  });

  it('has nothing to undo for changes that change nothing', () => {
    expect(inverseOf(starts.ticked!, { kind: 'setStatus', itemKey: KEY, status: 'done' })).toBeUndefined();
    expect(inverseOf(starts.ticked!, { kind: 'removeComment', itemKey: KEY, commentId: 'not-there' })).toBeUndefined();
    expect(inverseOf(starts.untouched!, { kind: 'unconfirm', itemKey: KEY, side: 'kommune' })).toBeUndefined();
    expect(inverseOf(starts.confirmed!, { kind: 'confirm', itemKey: KEY, side: 'kommune' })).toBeUndefined();
    expect(inverseOf(emptyState('definere'), { kind: 'changePhase', to: 'definere' })).toBeUndefined();
    expect(inverseOf(emptyState(), { kind: 'updateProject', changes: { title: 'Testprosjekt' } })).toBeUndefined();
  });

  it('undoes a comment\'s removal: its text is back in the thread', () => {
    const before = starts.ticked!;
    const after = roundTrip(before, { kind: 'removeComment', itemKey: KEY, commentId: before.items[KEY]!.comments[0]!.id });
    expect(essence(itemOrOpen(after, KEY, 'forankring'))).toEqual(essence(itemOrOpen(before, KEY, 'forankring')));
  });

  it('moves a phase change back, without a reason', () => {
    const before = emptyState('utforske');
    const body: IntentBody = { kind: 'changePhase', to: 'utvikle', reason: 'Besluttet i styringsgruppen' };
    expect(inverseOf(before, body)).toEqual({ kind: 'changePhase', to: 'utforske', undoes: { from: 'utforske', to: 'utvikle', phaseEnteredAt: before.project.phaseEnteredAt } });
    expect(roundTrip(before, body).project.currentPhase).toBe('utforske');
  });

  it('restores the previous project values, only those that changed', () => {
    const before = emptyState();
    const body: IntentBody = { kind: 'updateProject', changes: { title: 'Nytt navn', municipalities: ['Hamar kommune', 'Stange kommune'], lifecycleStatus: 'active' } };
    expect(inverseOf(before, body)).toEqual({ kind: 'updateProject', changes: { title: 'Testprosjekt', municipalities: ['Gjøvik kommune'] } });
    const after = roundTrip(before, body);
    expect({ ...after.project, updatedAt: '' }).toEqual({ ...before.project, updatedAt: '' });
  });
});
