// Seeds N synthetic projects' Portfolio rows through Graph $batch (20 creates per round trip): for the reader's
// scale tests and the benchmark (100 / 1,000 / 5,000). Deterministic: the same seed gives the same rows.
import type { PhaseModel } from '../../src/model/types';
import { sendBatch, isOk, MAX_BATCH_SIZE } from '../../src/store/sharepoint/batch';
import type { BatchPart } from '../../src/store/sharepoint/batch';
import type { GraphConnection } from '../../src/store/graphClient/createGraphClient';
import { storeErrorFor } from '../../src/store/graphClient/storeErrors';
import { joinKeys } from '../../src/store/sharepoint/rows';
import { PROGRESS_COLUMNS } from '../../src/store/sharepoint/schema';
import type { PortfolioLocation } from '../../src/store/portfolio/locatePortfolio';
import { seededRandom } from './seededRandom';
import { syntheticEvidenceJson } from './syntheticEvidence';

const MUNICIPALITIES = ['Hamar', 'Gjøvik', 'Lillehammer', 'Elverum', 'Kongsvinger', 'Ringsaker', 'Løten', 'Stange', 'Vestre Toten', 'Østre Toten', 'Tynset', 'Nord-Aurdal'];
const HOSPITAL_UNITS = ['SI Hamar', 'SI Gjøvik', 'SI Lillehammer', 'SI Elverum', 'SI Kongsvinger', 'SI Tynset', 'SI Reinsvoll'];
const TOPICS = ['Lungepasienter hjem', 'Trygg utskrivning', 'Digital hjemmeoppfølging', 'Unge med store behov', 'Felles legemiddelliste', 'Rask psykisk helsehjelp'];
const LIFECYCLES = ['active', 'active', 'active', 'active', 'paused', 'completed', 'stopped'] as const;


const pick = <T>(rng: () => number, values: readonly T[]): T => values[Math.floor(rng() * values.length)] as T;

/** `00000000-0000-4000-8000-{index}`: a valid, recognisable GUID per synthetic project. */
export const syntheticProjectKey = (index: number): string => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

/** The Portfolio fields (internal names) of synthetic project number `index`. */
export function syntheticPortfolioFields(index: number, model: PhaseModel, rng: () => number, now: Date): Record<string, string | number | null> {
  const phases = [...model.phases].sort((a, b) => a.order - b.order);
  const current = pick(rng, phases);
  const day = 86_400_000;
  const lastActivity = new Date(now.getTime() - Math.floor(rng() * 120) * day - Math.floor(rng() * day));
  const phaseEntered = new Date(lastActivity.getTime() - Math.floor(rng() * 200) * day);
  const municipalities = [...new Set([pick(rng, MUNICIPALITIES), ...(rng() < 0.4 ? [pick(rng, MUNICIPALITIES)] : [])])];
  const groups = model.priorityGroups.length ? [...new Set([pick(rng, model.priorityGroups).key, ...(rng() < 0.3 ? [pick(rng, model.priorityGroups).key] : [])])] : [];
  const missing = phases.filter((p) => p.order < current.order).flatMap((p) => p.checklist.filter(() => rng() < 0.15).map((i) => i.key));
  const overrides = missing.length > 0 && rng() < 0.5 ? [{ phaseKey: phases[current.order - 1]?.key ?? current.key, to: current.key, reason: 'Vedtatt i SSU å gå videre', at: phaseEntered.toISOString() }] : [];
  const fields: Record<string, string | number | null> = {
    Title: `${pick(rng, TOPICS)} ${index}`,
    ProjectKey: syntheticProjectKey(index),
    SiteUrl: `https://innlandet.sharepoint.com/sites/syntetisk-${index}`,
    TabUrl: null,
    TeamGroupId: null,
    Municipalities: joinKeys(municipalities),
    HospitalUnit: pick(rng, HOSPITAL_UNITS),
    TargetGroups: joinKeys(groups),
    CurrentPhase: current.key,
    CurrentPhaseOrder: current.order,
    PhaseEnteredAt: phaseEntered.toISOString(),
    LifecycleStatus: pick(rng, LIFECYCLES),
    ModelVersion: model.version,
    MissingRequirements: joinKeys(missing),
    MissingCount: missing.length,
    OpenDualConfirmations: Math.floor(rng() * 4),
    GateOverrides: JSON.stringify(overrides),
    GateOverrideCount: overrides.length,
    LastActivityAt: lastActivity.toISOString(),
    SummaryJson: null,
    // Its own generator (seeded by the index), so the other columns stay as they were before the evidence existed.
    Evidence: syntheticEvidenceJson(index, model, current.order, phaseEntered),
    RowUpdatedAt: lastActivity.toISOString(),
  };
  for (const phase of phases) {
    const column = PROGRESS_COLUMNS[phase.key];
    if (!column) continue;
    fields[column] = phase.order < current.order ? 100 - (missing.some((k) => phase.checklist.some((i) => i.key === k)) ? 20 : 0) : phase.order === current.order ? Math.floor(rng() * 100) : 0;
  }
  return fields;
}

export interface SeedPortfolioOptions {
  count: number;
  model: PhaseModel;
  /** Numbering of the first project (default 1), so several seedings do not collide on ProjectKey. */
  firstIndex?: number;
  seed?: number;
  now?: Date;
}

/** Creates the rows; resolves with how many were created and how many $batch round trips it took. */
export async function seedPortfolio(graph: GraphConnection, location: PortfolioLocation, options: SeedPortfolioOptions): Promise<{ created: number; batches: number }> {
  const rng = seededRandom(options.seed ?? 20260301);
  const now = options.now ?? new Date();
  const first = options.firstIndex ?? 1;
  const url = `${location.siteBase}/lists/${encodeURIComponent(location.listId)}/items`;
  const parts: BatchPart[] = Array.from({ length: options.count }, (_, i) => ({
    id: String(i + 1),
    method: 'POST',
    url,
    body: { fields: syntheticPortfolioFields(first + i, options.model, rng, now) },
  }));
  const answers = await sendBatch(graph, parts);
  for (const part of parts) {
    const answer = answers.get(part.id);
    if (!isOk(answer)) throw storeErrorFor(answer?.status ?? 0, answer?.body, `Seeding portfolio row ${part.id}`);
  }
  return { created: parts.length, batches: Math.ceil(parts.length / MAX_BATCH_SIZE) };
}
