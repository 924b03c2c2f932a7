// The Tilbakemelding list against the emulator over real HTTPS: a project member gives feedback (stored once, under
// the token's identity, never with a fødselsnummer), a coordinator reads it all in one request and answers it with a
// conditional write; a member with no access to the coordination site is refused until the site grants write on the
// feedback list alone, which is then enough (docs/admin-guide.md, "Tilbakemelding").
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../../../testkit/emulatorHooks';
import type { TestEmulator } from '../../../testkit/emulator';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { provisionSite } from '../../../src/store/provisioning/provision';
import { FeedbackStore } from '../../../src/store/feedback/FeedbackStore';
import { locateFeedback } from '../../../src/store/feedback/locateFeedback';
import { locatePortfolio } from '../../../src/store/portfolio/locatePortfolio';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { FeedbackInput } from '../../../src/domain/feedback';
import { MANDATE } from '../../../testkit/storeFixture';
import { validNationalId } from '../../../testkit/browser/nationalId';

let emulator: TestEmulator;
emulatorPerFile((started) => (emulator = started));

const coordination = () => ({ siteUrl: emulator.sites.koordinering!.webUrl });

async function storeAs(user: string): Promise<FeedbackStore> {
  const graph = graphAs(emulator, user);
  const person = emulator.users[user]!;
  return new FeedbackStore(graph, { locate: () => locateFeedback(graph, coordination()), whoAmI: async () => ({ id: person.objectId, name: person.displayName }) });
}

const input = (overrides: Partial<FeedbackInput> = {}): FeedbackInput => ({
  id: randomUUID(),
  target: { kind: 'requirement', key: MANDATE },
  kind: 'unclear',
  text: 'Hvem i kommunen skal godkjenne mandatet?',
  modelVersion: DEFAULT_MODEL.version,
  projectKey: randomUUID(),
  side: 'sykehus',
  at: '2026-03-02T10:00:00.000Z',
  ...overrides,
});

async function provisioned(): Promise<void> {
  await provisionSite(graphAs(emulator, 'kristin'), emulator.sites.koordinering!.id, { lists: 'portfolio' });
}

describe('feedback', () => {
  it('a member gives it once (a replay is stored once); a coordinator reads it in one request and answers it', async () => {
    await provisioned();
    const ingrid = await storeAs('ingrid');
    const given = input();
    await ingrid.give(DEFAULT_MODEL, { ...given, projectTitle: 'Lungepasienter' });
    await ingrid.give(DEFAULT_MODEL, { ...given, projectTitle: 'Lungepasienter' });
    const kristin = await storeAs('kristin');
    await kristin.list(); // locates the list
    await emulator.admin.resetStats();
    const { feedback, unreadable } = await kristin.list();
    expect((await emulator.admin.stats()).topLevel).toBe(1);
    const mine = feedback.filter((f) => f.id === given.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'unclear', text: given.text, target: given.target, projectTitle: 'Lungepasienter', side: 'sykehus', author: { name: 'Ingrid Hansen' } });
    expect(unreadable).toBe(0);

    const answered = await kristin.answer(mine[0]!, '2.0.0', '2026-04-01T09:00:00.000Z');
    expect(answered.answered).toMatchObject({ version: '2.0.0', by: { name: 'Kristin Berg' } });
    const again = (await kristin.list()).feedback.find((f) => f.id === given.id);
    expect(again?.answered?.version).toBe('2.0.0');
    // A second coordinator answering from the copy read before: a conflict, not an overwrite.
    await expect(kristin.answer(mine[0]!, '3.0.0', '2026-04-02T09:00:00.000Z')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses a fødselsnummer, an empty "uklart" and an unknown requirement before anything is sent', async () => {
    await provisioned();
    const per = await storeAs('per');
    await emulator.admin.resetStats();
    await expect(per.give(DEFAULT_MODEL, input({ text: `Gjelder pasient ${validNationalId('010170')}` }))).rejects.toMatchObject({ code: 'invalidInput' });
    await expect(per.give(DEFAULT_MODEL, input({ text: '  ' }))).rejects.toMatchObject({ code: 'invalidInput' });
    await expect(per.give(DEFAULT_MODEL, input({ target: { kind: 'toolboxEntry', key: 'finnes-ikke' } }))).rejects.toMatchObject({ code: 'invalidInput' });
    expect((await emulator.admin.stats()).total).toBe(0);
    // Praise may come without words.
    await per.give(DEFAULT_MODEL, input({ kind: 'useful', text: '' }));
  });

  it('a member with no access to the coordination site is refused; write on the feedback list alone is enough', async () => {
    await provisioned();
    const eva = await storeAs('eva');
    await expect(eva.give(DEFAULT_MODEL, input())).rejects.toMatchObject({ code: 'accessDenied' });
    const { feedbackListId } = await locatePortfolio(graphAs(emulator, 'kristin'), coordination());
    await emulator.admin.setListRole(feedbackListId!, 'eva', 'write');
    const given = input({ kind: 'suggestion', text: 'Legg inn en mal for mandat' });
    await (await storeAs('eva')).give(DEFAULT_MODEL, given);
    expect((await (await storeAs('kristin')).list()).feedback.some((f) => f.id === given.id && f.author.name === 'Eva Lund')).toBe(true);
    // She sees nothing else of the coordination site: not the Portfolio.
    await expect(locatePortfolio(graphAs(emulator, 'eva'), coordination())).rejects.toMatchObject({ code: 'listsMissing' });
  });

  it('a row edited by hand into something that is not feedback is left out and counted', async () => {
    await provisioned();
    const { siteBase, feedbackListId } = await locatePortfolio(graphAs(emulator, 'kristin'), coordination());
    await emulator.graph('kristin', 'POST', `${siteBase.replace(/^\/sites\//, '/sites/')}/lists/${feedbackListId}/items`, { fields: { Title: 'Håndskrevet', FeedbackKey: randomUUID(), Kind: 'unclear' } });
    const { unreadable } = await (await storeAs('kristin')).list();
    expect(unreadable).toBeGreaterThanOrEqual(1);
  });
});
