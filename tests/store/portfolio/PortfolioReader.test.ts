// The Portfolio reader against the emulator over HTTPS, at scale: round trips counted by the emulator, not timed.
import { describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import type { TestEmulator } from '../../../testkit/emulator';
import type { GraphConnection } from '../../../src/store/graphClient/createGraphClient';
import type { PortfolioLocation } from '../../../src/store/portfolio/locatePortfolio';
import { createPortfolioReader, loadPortfolio, refreshPortfolio } from '../../../src/store/portfolio/PortfolioReader';
import type { PortfolioCursor } from '../../../src/store/portfolio/PortfolioReader';
import { applyPortfolioChanges } from '../../../src/domain/portfolio/applyPortfolioChanges';
import type { PortfolioRow } from '../../../src/domain/portfolio/types';
import { StoreError } from '../../../src/store/ChecklistStore';
import { seedPortfolio, syntheticProjectKey } from '../../../scripts/lib/seedPortfolio';
import { testModel } from '../../../testkit/portfolioFixtures';
import { fixedModels } from '../../../src/store/portfolio/rowModels';
import { COORDINATION_SITE, graphAs, startPortfolioEmulator } from '../../../testkit/portfolioEmulator';
import { scaled } from '../../../testkit/timeouts';

const PROJECTS = 1000;
const options = { models: fixedModels(testModel) };
let emulator: TestEmulator;
let graph: GraphConnection;
let location: PortfolioLocation;
let pageSize: number;
let rows: PortfolioRow[];
let cursor: PortfolioCursor;

const itemsPath = (itemId: string) => `${location.siteBase}/lists/${location.listId}/items/${itemId}`;

perFile(() => startPortfolioEmulator(), async (world) => {
  ({ emulator, graph, location } = world);
  pageSize = (await emulator.admin.setSettings({})).pageSize;
  const seeded = await seedPortfolio(graph, location, { count: PROJECTS, model: testModel, now: new Date('2026-03-01T12:00:00Z') });
  expect(seeded).toEqual({ created: PROJECTS, batches: PROJECTS / 20 });
}, { timeout: scaled(120_000) });

describe('loadPortfolio', () => {
  it(`reads ${PROJECTS} rows in ceil(n / page size) + 1 requests, the cursor included`, async () => {
    await emulator.admin.resetStats();
    const loaded = await loadPortfolio(graph, COORDINATION_SITE, options);
    const stats = await emulator.admin.stats();
    ({ rows, cursor } = loaded);
    expect(rows).toHaveLength(PROJECTS);
    expect(new Set(rows.map((r) => r.projectKey)).size).toBe(PROJECTS);
    expect(rows.every((r) => r.anomalies.length === 0)).toBe(true);
    expect(stats.total).toBe(Math.ceil(PROJECTS / pageSize) + 1);
    expect(stats.topLevel).toBe(stats.total);
    const one = rows.find((r) => r.projectKey === syntheticProjectKey(1));
    expect(one?.title).toMatch(/ 1$/);
    expect(one?.currentPhase).toBeDefined();
    expect(one?.municipalities.length).toBeGreaterThan(0);
    expect(cursor.deltaLink).toMatch(/^https:\/\//);
  });

  it('asks only for our columns', async () => {
    await emulator.admin.resetStats();
    const page = await emulator.graph<{ value: { fields: Record<string, unknown> }[] }>('kristin', 'GET', `${location.siteBase}/lists/${location.listId}/items?$expand=fields&$top=1`);
    expect(Object.keys(page.body.value[0]?.fields ?? {})).toContain('Created');
    expect(Object.keys(rows[0] ?? {})).not.toContain('Created');
  });

  it('needs one page per 5,000 rows where the service honours $top=5000', async () => {
    await emulator.admin.setSettings({ pageSize: 5000 });
    try {
      await emulator.admin.resetStats();
      const loaded = await loadPortfolio(graph, COORDINATION_SITE, options);
      expect(loaded.rows).toHaveLength(PROJECTS);
      expect((await emulator.admin.stats()).total).toBe(2);
    } finally {
      await emulator.admin.setSettings({ pageSize });
    }
  });
});

describe('refreshPortfolio', () => {
  it('costs exactly one request of 1 RU when nothing changed', async () => {
    await emulator.admin.resetStats();
    const changes = await refreshPortfolio(graph, cursor, options);
    const stats = await emulator.admin.stats();
    expect(changes).toMatchObject({ changed: [], deleted: [], resynced: false });
    expect(stats.total).toBe(1);
    expect(stats.resourceUnits).toBe(1);
    cursor = changes.cursor;
  });

  it('brings rows changed and deleted by hand', async () => {
    const [a, b] = rows;
    if (!a || !b) throw new Error('no rows');
    expect((await emulator.graph('kristin', 'PATCH', `${itemsPath(a.itemId)}/fields`, { Title: 'Endret for hånd', MissingCount: 7 })).status).toBe(200);
    expect((await emulator.graph('kristin', 'DELETE', itemsPath(b.itemId))).status).toBe(204);
    const changes = await refreshPortfolio(graph, cursor, options);
    expect(changes.resynced).toBe(false);
    expect(changes.changed.map((r) => [r.itemId, r.title, r.missingCount])).toEqual([[a.itemId, 'Endret for hånd', 7]]);
    expect(changes.deleted).toEqual([b.itemId]);
    rows = applyPortfolioChanges(rows, changes.changed, changes.deleted);
    expect(rows).toHaveLength(PROJECTS - 1);
    expect(rows.find((r) => r.itemId === a.itemId)?.title).toBe('Endret for hånd');
    cursor = changes.cursor;
  });

  it('flags garbage in a hand-edited row and never crashes', async () => {
    const target = rows[5];
    if (!target) throw new Error('no row');
    const edit = await emulator.graph('kristin', 'PATCH', `${itemsPath(target.itemId)}/fields`, {
      CurrentPhase: 'fase9',
      GateOverrides: '{not json',
      ProgressUtforske: 250,
      PhaseEnteredAt: null,
      TargetGroups: 'ukjent;eldre',
    });
    expect(edit.status).toBe(200);
    const changes = await refreshPortfolio(graph, cursor, options);
    const row = changes.changed.find((r) => r.itemId === target.itemId);
    expect(row).toBeDefined();
    expect(row?.currentPhase).toBeUndefined();
    expect(row?.rawPhase).toBe('fase9');
    expect(row?.gateOverrides).toEqual([]);
    expect(row?.progress.utforske).toBe(100);
    const kinds = row?.anomalies.map((a) => `${a.kind}:${a.detail.split(':')[0]}`);
    expect(kinds).toEqual(expect.arrayContaining(['unknownPhase:CurrentPhase', 'invalidValue:GateOverrides', 'invalidValue:ProgressUtforske', 'invalidValue:TargetGroups']));
    rows = applyPortfolioChanges(rows, changes.changed, changes.deleted);
    cursor = changes.cursor;
  });

  it('reads everything again when the token is stale (410)', async () => {
    await emulator.admin.expireDelta();
    await emulator.admin.resetStats();
    const changes = await refreshPortfolio(graph, cursor, options);
    expect(changes.resynced).toBe(true);
    expect(changes.rows).toHaveLength(PROJECTS - 1);
    // The refused delta, then the pages (the list's location is kept in the cursor).
    expect((await emulator.admin.stats()).total).toBe(1 + Math.ceil((PROJECTS - 1) / pageSize));
    cursor = changes.cursor;
    await emulator.admin.resetStats();
    expect((await refreshPortfolio(graph, cursor, options)).changed).toEqual([]);
    expect((await emulator.admin.stats()).total).toBe(1);
  });
});

describe('PortfolioReader', () => {
  it('reads one project row by its indexed ProjectKey in one request', async () => {
    const reader = createPortfolioReader(graph, COORDINATION_SITE, options);
    await reader.load();
    await emulator.admin.resetStats();
    const row = await reader.readRow(syntheticProjectKey(10));
    expect(row?.projectKey).toBe(syntheticProjectKey(10));
    expect(await reader.readRow("no-such-project' or 1 eq 1")).toBeUndefined();
    expect((await emulator.admin.stats()).total).toBe(2);
  });

  it('says why it cannot read: no access, no list', async () => {
    const stranger = createPortfolioReader(graphAs(emulator, 'eva'), COORDINATION_SITE, options);
    await expect(stranger.load()).rejects.toMatchObject({ code: 'accessDenied' });
    const empty = createPortfolioReader(graphAs(emulator, 'kari'), { siteUrl: 'https://innlandet.sharepoint.com/sites/nytt-prosjekt' }, options);
    const error = await empty.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'listsMissing', missing: ['portfolio'] });
  });
});
