// The derived-rows invariant as a check, read raw through Graph (no store code in between, so no load-time heal can
// hide a drift): a project's Portfolio row equals the summary and the evidence computed from its stored rows, and its
// project row's Summary holds only what no other column holds (no figures a tick would leave stale there).
import { expect } from 'vitest';
import { DEFAULT_MODEL } from '../src/model/defaultModel';
import type { PhaseModel } from '../src/model/types';
import { portfolioRowStaleness } from '../src/domain/portfolio/rowHealth';
import { summarizeProject } from '../src/domain/summary';
import type { ItemState } from '../src/domain/types';
import type { ProjectLocation } from '../src/store/ChecklistStore';
import { CHANGE_SIGNAL_ITEM, itemFromRow, mergeDuplicateRows, participantFromRow, projectFromRow } from '../src/store/sharepoint/rows';
import type { ChecklistRow, ParticipantRow, ProjectRow } from '../src/store/sharepoint/rows';
import { readProjectRecord } from '../src/store/sharepoint/projectSummaryColumn';
import { projectEvidence } from '../src/domain/evidence/projectEvidence';
import { encodeEvidence } from '../src/store/portfolio/evidenceJson';
import { portfolioRowFromItem } from '../src/store/portfolio/portfolioRowFromItem';
import type { PortfolioSPItem } from '../src/store/portfolio/PortfolioSPItem';
import type { TestEmulator } from './emulator';

interface Raw {
  fields: Record<string, unknown>;
}

async function rows(emulator: TestEmulator, reader: string, siteId: string, listId: string, projectKey: string): Promise<Raw[]> {
  const filter = encodeURIComponent(`fields/ProjectKey eq '${projectKey.replace(/'/g, "''")}'`);
  let url: string | undefined = `/sites/${siteId}/lists/${listId}/items?$expand=fields&$filter=${filter}&$top=200`;
  const all: Raw[] = [];
  while (url) {
    const page: { status: number; body: { value?: Raw[]; '@odata.nextLink'?: string } } = await emulator.graph(reader, 'GET', url);
    if (page.status !== 200) throw new Error(`Reading ${listId}: ${page.status}`);
    all.push(...(page.body.value ?? []));
    url = page.body['@odata.nextLink'];
  }
  return all;
}

/** The coordination site's Portfolio list id (by its display name). */
export async function portfolioListOf(emulator: TestEmulator): Promise<string> {
  const site = emulator.sites.koordinering!;
  const lists = await emulator.graph<{ value: { id: string; displayName: string }[] }>('kristin', 'GET', `/sites/${site.id}/lists`);
  return lists.body.value.find((l) => l.displayName === 'Felles modell – portefølje')?.id ?? '';
}

/** Kristin reads everything: read on every project site, owner of the coordination site. */
export async function expectDerivedRowsTrue(emulator: TestEmulator, location: ProjectLocation, projectKey: string, model: PhaseModel = DEFAULT_MODEL): Promise<void> {
  const [projectRow] = await rows(emulator, 'kristin', location.siteId, location.lists.projects, projectKey);
  const fields = projectRow?.fields as ProjectRow;
  const items: ItemState[] = (await rows(emulator, 'kristin', location.siteId, location.lists.checklist, projectKey))
    .filter((r) => r.fields.ItemKey !== CHANGE_SIGNAL_ITEM)
    .map((r) => itemFromRow(r.fields as ChecklistRow).item);
  const state = { project: projectFromRow(fields), items: mergeDuplicateRows(items).items, anomalies: [] };
  const record = readProjectRecord(fields.Summary);
  const expected = summarizeProject(model, state, record.gateOverrides);
  const summaryKeys = Object.keys(JSON.parse(String(fields.Summary)) as object);
  expect(summaryKeys.filter((key) => !['gateOverrides', 'phaseHistory', 'waitingLimitDays'].includes(key)), `${state.project.title}: Summary holds no figures`).toEqual([]);
  const participants = (await rows(emulator, 'kristin', location.siteId, location.lists.participants, projectKey)).flatMap((r) => participantFromRow(r.fields as ParticipantRow) ?? []);
  const evidence = encodeEvidence(projectEvidence(state, { participants, phaseHistory: record.phaseHistory }));

  const portfolio = await rows(emulator, 'kristin', emulator.sites.koordinering!.id, await portfolioListOf(emulator), projectKey);
  expect(portfolio, `${state.project.title}: one Portfolio row`).toHaveLength(1);
  const row = portfolioRowFromItem({ id: '0', ...portfolio[0] } as PortfolioSPItem, model);
  expect(portfolioRowStaleness(row, expected, state.project.updatedAt), `${state.project.title}: Portfolio row`).toEqual([]);
  expect(portfolio[0]?.fields.Evidence, `${state.project.title}: Portfolio row's evidence`).toBe(evidence);
  expect(row.knownStale, `${state.project.title}: knownStale`).toBeUndefined();
}
