// Rows in SharePoint can be edited by hand or written by a newer model version. What the app does not understand is
// flagged as an Anomaly for the user to see, and kept: nothing is deleted or silently rewritten in the list.
import { SIDES } from '../model/types';
import type { PhaseModel } from '../model/types';
import { findPhase, phaseOf } from '../model/lookup';
import type { Anomaly, ItemState, ItemStatus, ProjectState } from './types';

const STATUSES: readonly string[] = ['open', 'done', 'notRelevant'] satisfies ItemStatus[];

function sameAnomaly(a: Anomaly, b: Anomaly): boolean {
  return a.kind === b.kind && a.itemKey === b.itemKey && a.detail === b.detail;
}

/**
 * Checks raw state (built by the store from rows) against the model and returns it with anomalies added:
 * - an item whose key the model does not know: kept as it is, `unknownItem`;
 * - a status that is not open/done/notRelevant: shown as open, `unknownStatus` with the stored value;
 * - a current phase the model does not know: kept, `unknownPhase`;
 * - a confirmation for a side that is neither kommune nor sykehus, or a not-relevant item without a reason: `invalidValue`.
 * A known item filed under another phase than the model's (the model moved it) takes the model's phase.
 * Calling it twice adds nothing the second time.
 */
export function normalizeState(model: PhaseModel, raw: ProjectState): ProjectState {
  const anomalies: Anomaly[] = [...raw.anomalies];
  const flag = (anomaly: Anomaly) => {
    if (!anomalies.some((existing) => sameAnomaly(existing, anomaly))) anomalies.push(anomaly);
  };

  if (!findPhase(model, raw.project.currentPhase)) {
    flag({ kind: 'unknownPhase', detail: `Current phase '${raw.project.currentPhase}' is not in model ${model.id} ${model.version}`, column: 'CurrentPhase', value: raw.project.currentPhase });
  }

  const items: Record<string, ItemState> = {};
  for (const [key, item] of Object.entries(raw.items)) {
    let normalized = item;
    const modelPhase = phaseOf(model, key);
    if (modelPhase === undefined) {
      flag({ kind: 'unknownItem', itemKey: key, detail: `Item '${key}' is not in model ${model.id} ${model.version}`, value: key });
    } else if (item.phaseKey !== modelPhase) {
      normalized = { ...normalized, phaseKey: modelPhase };
    }
    if (!STATUSES.includes(item.status)) {
      flag({ kind: 'unknownStatus', itemKey: key, detail: `Status '${String(item.status)}'`, column: 'Status', value: String(item.status) });
      normalized = { ...normalized, status: 'open' };
    }
    for (const side of Object.keys(item.confirmations ?? {})) {
      if (!(SIDES as readonly string[]).includes(side)) flag({ kind: 'invalidValue', itemKey: key, detail: `Confirmation for unknown side '${side}'`, value: side });
    }
    if (normalized.status === 'notRelevant' && (item.notRelevantReason ?? '').trim() === '') {
      flag({ kind: 'invalidValue', itemKey: key, detail: 'Not relevant without a reason', column: 'NotRelevantReason' });
    }
    items[key] = normalized;
  }
  return { ...raw, items, anomalies };
}
