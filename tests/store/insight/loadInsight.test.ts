// Innsikt reads the coordination site only: with the lists known, ONE $batch (the rows with their evidence, the
// feedback, the model's versions) for 1,000 projects where the service honours $top=5000, 6 RU; one request more
// (2 RU) to find the lists. No request goes to a project site. Each row is read against its own model version.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import type { TestEmulator } from '../../../testkit/emulator';
import { graphAs, COORDINATION_SITE } from '../../../testkit/portfolioEmulator';
import { startTestEmulator } from '../../../testkit/emulator';
import { provisionSite } from '../../../src/store/provisioning/provision';
import { locatePortfolio } from '../../../src/store/portfolio/locatePortfolio';
import type { PortfolioLocation } from '../../../src/store/portfolio/locatePortfolio';
import { loadInsight } from '../../../src/store/insight/loadInsight';
import { seedPortfolio } from '../../../scripts/lib/seedPortfolio';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { FeedbackStore } from '../../../src/store/feedback/FeedbackStore';
import { locateFeedback } from '../../../src/store/feedback/locateFeedback';
import { buildInsight } from '../../../src/domain/insight/buildInsight';

const PROJECTS = 1000;
let emulator: TestEmulator;
let location: PortfolioLocation;

perFile(async () => {
  const started = await startTestEmulator();
  const graph = graphAs(started, 'kristin');
  await provisionSite(graph, started.sites.koordinering!.id, { lists: 'portfolio' });
  const found = await locatePortfolio(graph, COORDINATION_SITE);
  await seedPortfolio(graph, found, { count: PROJECTS, model: DEFAULT_MODEL, now: new Date('2026-03-01T12:00:00Z') });
  return { emulator: started, location: found };
}, (world) => ({ emulator, location } = world));

const options = (modelFor = async (version: string) => (version === DEFAULT_MODEL.version ? DEFAULT_MODEL : undefined)) => ({ modelId: DEFAULT_MODEL.id, reference: DEFAULT_MODEL, modelFor });

describe('loadInsight', () => {
  it('1,000 projects: one round trip and 6 RU with the lists known, 2 and 8 RU with the lookup; nothing outside the coordination site', async () => {
    await emulator.admin.setSettings({ pageSize: 5000 });
    const ingrid = graphAs(emulator, 'ingrid');
    const feedback = new FeedbackStore(ingrid, { locate: () => locateFeedback(ingrid, COORDINATION_SITE), whoAmI: async () => ({ id: 'i', name: 'Ingrid Hansen' }) });
    await feedback.give(DEFAULT_MODEL, { id: randomUUID(), target: { kind: 'requirement', key: 'forankring.mandat-godkjent' }, kind: 'unclear', text: 'Hvem godkjenner?', modelVersion: DEFAULT_MODEL.version, at: '2026-03-01T10:00:00.000Z' });

    const graph = graphAs(emulator, 'kristin');
    await emulator.admin.resetStats();
    const loaded = await loadInsight(graph, await locatePortfolio(graph, COORDINATION_SITE), options());
    const stats = await emulator.admin.stats();
    expect([stats.topLevel, stats.resourceUnits]).toEqual([2, 8]);
    expect(Object.keys(stats.byKind).sort()).toEqual(['batch', 'items', 'list']);

    await emulator.admin.resetStats();
    await loadInsight(graph, location, options());
    const known = await emulator.admin.stats();
    expect([known.topLevel, known.resourceUnits]).toEqual([1, 6]);

    expect(loaded.projects).toHaveLength(PROJECTS);
    expect(loaded.projects.every((p) => p.evidence !== undefined)).toBe(true);
    expect(loaded.feedback.map((f) => f.text)).toEqual(['Hvem godkjenner?']);
    const insight = buildInsight(loaded.projects, { reference: loaded.reference, feedback: loaded.feedback, now: new Date('2026-03-01T12:00:00Z') });
    expect(insight.coverage.withEvidence).toBe(PROJECTS);
    expect(insight.requirements.some((r) => r.notRelevant.length > 0)).toBe(true);
  });

  it('pages on where the service pages smaller (the emulator’s default 200): the same rows, more round trips', async () => {
    const graph = graphAs(emulator, 'kristin');
    await emulator.admin.resetStats();
    const loaded = await loadInsight(graph, location, options());
    expect(loaded.projects).toHaveLength(PROJECTS);
    expect((await emulator.admin.stats()).topLevel).toBe(Math.ceil(PROJECTS / 200));
  });

  it('a row whose model version cannot be read is read against the newest and named; the rest against their own', async () => {
    const graph = graphAs(emulator, 'kristin');
    await emulator.graph('kristin', 'PATCH', `${location.siteBase}/lists/${location.listId}/items/1/fields`, { ModelVersion: '9.9.9' });
    const loaded = await loadInsight(graph, location, options());
    expect(loaded.missingVersions).toEqual(['9.9.9']);
    expect(loaded.projects.find((p) => p.row.itemId === '1')?.model).toBe(DEFAULT_MODEL);
  });
});
