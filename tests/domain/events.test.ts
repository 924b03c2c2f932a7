import { describe, expect, it } from 'vitest';
import { eventsForIntent, replayEvents } from '../../src/domain/events';
import { applyIntent } from '../../src/domain/applyIntent';
import { phaseKeyFromValue, phaseValue } from '../../src/domain/keys';
import type { Intent, IntentBody, ProjectEvent, ProjectState } from '../../src/domain/types';
import { actorFor, completePhase, emptyState, ingrid, intent, kari, lookupPhase, model } from '../../testkit/domainFixtures';
import { people } from '../../testkit/people';

/** Applies each intent and collects the Events rows it adds, as the store does. */
function run(initial: ProjectState, intents: readonly Intent[]): { state: ProjectState; events: ProjectEvent[] } {
  let state = initial;
  const events: ProjectEvent[] = [];
  for (const each of intents) {
    events.push(...eventsForIntent(state, each, model));
    state = applyIntent(state, each, lookupPhase);
  }
  return { state, events };
}

function by(body: IntentBody): Intent {
  return intent(body, 'side' in body ? actorFor(body.side) : kari);
}

describe('eventsForIntent', () => {
  it('records a status change with language-neutral from and to, and the reason for not relevant', () => {
    const before = emptyState();
    const [event, ...rest] = eventsForIntent(before, intent({ kind: 'setStatus', itemKey: 'utforske.andre-tiltak', status: 'notRelevant', reason: 'Ingen andre' }, kari), model);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ kind: 'status', itemKey: 'utforske.andre-tiltak', from: 'open', to: 'notRelevant', reason: 'Ingen andre', side: 'kommune', actor: { id: kari.id, name: 'Kari Nordmann' } });
  });

  it('records a confirmation for the side it was made for, and whose confirmation an unconfirm removed', () => {
    const confirm = intent({ kind: 'confirm', itemKey: 'definere.gevinstkart', side: 'sykehus' }, ingrid);
    expect(eventsForIntent(emptyState(), confirm, model)).toEqual([
      { intentId: confirm.id, projectKey: confirm.projectKey, at: confirm.at, actor: people.ingrid, side: 'sykehus', kind: 'confirm', itemKey: 'definere.gevinstkart' },
    ]);
    const after = applyIntent(emptyState(), confirm, lookupPhase);
    const [unconfirm] = eventsForIntent(after, intent({ kind: 'unconfirm', itemKey: 'definere.gevinstkart', side: 'sykehus' }, kari), model);
    expect(unconfirm).toMatchObject({ kind: 'unconfirm', side: 'sykehus', from: ingrid.id, actor: { id: kari.id } });
  });

  it('keeps the previous comment in the history', () => {
    const before = run(emptyState(), [by({ kind: 'setComment', itemKey: 'levere.opplaering', comment: 'Første' })]).state;
    const [event] = eventsForIntent(before, intent({ kind: 'setComment', itemKey: 'levere.opplaering', comment: 'Andre' }), model);
    expect(event).toMatchObject({ kind: 'comment', from: 'Første', to: 'Andre' });
  });

  it('records a phase change over a met gate as one row', () => {
    const before = completePhase(emptyState('forankring'), 'forankring');
    const events = eventsForIntent(before, intent({ kind: 'changePhase', to: 'utforske' }), model);
    expect(events.map((event) => [event.kind, event.from, event.to, event.reason])).toEqual([['phaseChange', 'phase:forankring', 'phase:utforske', undefined]]);
  });

  it('records a forced phase change as a gate override with the reason and a phase change', () => {
    const change = intent({ kind: 'changePhase', to: 'definere', reason: 'Besluttet i FSU' });
    const events = eventsForIntent(emptyState('forankring'), change, model);
    expect(events.map((event) => [event.kind, event.from, event.to, event.reason, event.intentId])).toEqual([
      ['gateOverride', 'phase:forankring', 'phase:definere', 'Besluttet i FSU', change.id],
      ['phaseChange', 'phase:forankring', 'phase:definere', 'Besluttet i FSU', change.id],
    ]);
  });

  it('records a move back as a phase change, with no override', () => {
    const events = eventsForIntent(emptyState('levere'), intent({ kind: 'changePhase', to: 'utvikle' }), model);
    expect(events.map((event) => event.kind)).toEqual(['phaseChange']);
  });

  it('records project changes as JSON of before and after', () => {
    const [event] = eventsForIntent(emptyState(), intent({ kind: 'updateProject', changes: { title: 'Nytt', targetGroups: ['skropelige-eldre'] } }), model);
    expect(event?.kind).toBe('projectUpdate');
    expect(JSON.parse(event!.from!)).toEqual({ title: 'Testprosjekt', targetGroups: ['barn-og-unge'] });
    expect(JSON.parse(event!.to!)).toEqual({ title: 'Nytt', targetGroups: ['skropelige-eldre'] });
  });
});

describe('replayEvents', () => {
  const session: IntentBody[] = [
    { kind: 'confirm', itemKey: 'forankring.mandat-godkjent', side: 'kommune' },
    { kind: 'confirm', itemKey: 'forankring.mandat-godkjent', side: 'sykehus' },
    { kind: 'setStatus', itemKey: 'forankring.interessentanalyse', status: 'done' },
    { kind: 'setComment', itemKey: 'forankring.interessentanalyse', comment: 'Delt på Teams' },
    { kind: 'setStatus', itemKey: 'forankring.brukerrepresentant', status: 'notRelevant', reason: 'Avklart med brukerrådet' },
    { kind: 'setStatus', itemKey: 'forankring.brukerrepresentant', status: 'done' },
    { kind: 'unconfirm', itemKey: 'forankring.mandat-godkjent', side: 'kommune' },
    { kind: 'changePhase', to: 'utforske', reason: 'Mandatet signeres neste uke' },
    { kind: 'setStatus', itemKey: 'utforske.andre-tiltak', status: 'notRelevant', reason: 'Ingen tilsvarende' },
    { kind: 'setComment', itemKey: 'utforske.andre-tiltak', comment: 'Samme kommentar' },
    { kind: 'setComment', itemKey: 'utforske.andre-tiltak', comment: 'Samme kommentar' },
    { kind: 'unconfirm', itemKey: 'utforske.styringsdata', side: 'sykehus' },
    { kind: 'updateProject', changes: { title: 'Nytt navn', municipalities: ['Hamar kommune'], lifecycleStatus: 'paused' } },
    { kind: 'changePhase', to: 'forankring' },
  ];

  it('rebuilds exactly the state that applying the intents gives', () => {
    const initial = emptyState();
    const { state, events } = run(initial, session.map(by));
    expect(events.length).toBe(session.length + 1); // the forced phase change adds a gate override
    expect(replayEvents(initial, events, lookupPhase)).toEqual(state);
  });

  it('survives a round trip through JSON, as rows read back from SharePoint do', () => {
    const initial = emptyState();
    const { state, events } = run(initial, session.map(by));
    expect(replayEvents(initial, JSON.parse(JSON.stringify(events)) as ProjectEvent[], lookupPhase)).toEqual(state);
  });

  it('applies a row repeated by a retried write once', () => {
    const initial = emptyState();
    const intents = [by({ kind: 'confirm', itemKey: 'definere.gevinstkart', side: 'kommune' }), by({ kind: 'unconfirm', itemKey: 'definere.gevinstkart', side: 'kommune' })];
    const { state, events } = run(initial, intents);
    expect(replayEvents(initial, [events[0]!, events[1]!, events[0]!], lookupPhase)).toEqual(state);
  });

  it('depends on the order of the rows', () => {
    const initial = emptyState();
    const { events } = run(initial, [by({ kind: 'setComment', itemKey: 'levere.opplaering', comment: 'a' }), by({ kind: 'setComment', itemKey: 'levere.opplaering', comment: 'b' })]);
    expect(replayEvents(initial, [...events].reverse(), lookupPhase).items['levere.opplaering']?.comment).toBe('a');
  });
});

describe('phase values', () => {
  it('writes and reads phase keys as phase:<key>', () => {
    expect(phaseValue('laer-og-del')).toBe('phase:laer-og-del');
    expect(phaseKeyFromValue('phase:laer-og-del')).toBe('laer-og-del');
    expect(phaseKeyFromValue('utforske')).toBe('utforske');
  });
});
