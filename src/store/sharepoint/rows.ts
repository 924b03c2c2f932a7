// Raw SharePoint rows (what Graph's `fields` hold, internal column names) kept apart from the domain's shapes, and
// the mapping both ways. Nothing outside src/store sees a raw row.
import type { Side } from '../../model/types';
import type { Anomaly, Confirmation, EventKind, ItemState, ItemStatus, LifecycleStatus, Participant, Person, ProjectEvent, ProjectInfo } from '../../domain/types';
import { phaseKeyFromValue } from '../../domain/keys';
import { EVENT_KIND_CHOICES, LIFECYCLE_CHOICES, SIDE_CHOICES, STATUS_CHOICES } from './schema';
import { readProjectRecord } from './projectSummaryColumn';
import { threadColumns, threadFromColumns } from './commentColumns';
import type { FieldsOf } from './schema';

/** A list item as Graph returns it with `$expand=fields`, or as delta reports a deletion. */
export interface SpItem<F> {
  id: string;
  eTag?: string;
  lastModifiedDateTime?: string;
  fields?: F & { '@odata.etag'?: string };
  deleted?: { state: string };
}

type Text = string | null | undefined;

// Row types are derived from the schema: a column added or renamed there is a type error here, not a silent miss.
export type ProjectRow = FieldsOf<'projects', Text>;
export type ChecklistRow = FieldsOf<'checklist', Text> & {
  /** SharePoint's own: when the row was last written. */
  Modified?: Text;
};
export type EventRow = FieldsOf<'events', Text>;
export type ParticipantRow = FieldsOf<'participants', Text>;

const str = (v: Text): string => (typeof v === 'string' ? v : '');
const opt = (v: Text): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const oneOf = <T extends string>(choices: readonly T[], v: Text): T | undefined => (choices as readonly string[]).includes(str(v)) ? (str(v) as T) : undefined;

/** `a;b;c` ⇄ ['a','b','c'] (the column is text, so views and Excel show it as is). */
export const splitKeys = (v: Text): string[] => str(v).split(';').map((s) => s.trim()).filter(Boolean);
export const joinKeys = (keys: readonly string[]): string => keys.join(';');
/** One value per line (a note column people can read in SharePoint). */
export const splitLines = (v: Text): string[] => str(v).split('\n').map((s) => s.trim()).filter(Boolean);

/** The unique row keys that stop two people from creating the same row at once. */
export const stateKey = (projectKey: string, itemKey: string): string => `${projectKey}|${itemKey}`;
export const participantKey = (projectKey: string, personId: string): string => `${projectKey}|${personId}`;

export function projectFromRow(row: ProjectRow): ProjectInfo {
  // The waiting limit and who turned notices off are project settings kept in the Summary JSON (projectSummaryColumn.ts says why).
  const { waitingLimitDays, notificationsOff } = readProjectRecord(row.Summary);
  return {
    projectKey: str(row.ProjectKey),
    title: str(row.Title),
    ...(opt(row.TeamGroupId) ? { teamGroupId: str(row.TeamGroupId) } : {}),
    ...(opt(row.ChannelId) ? { channelId: str(row.ChannelId) } : {}),
    currentPhase: phaseKeyFromValue(str(row.CurrentPhase)),
    phaseEnteredAt: str(row.PhaseEnteredAt),
    modelId: str(row.ModelId),
    modelVersion: str(row.ModelVersion),
    targetGroups: splitKeys(row.TargetGroups),
    municipalities: splitKeys(row.Municipalities),
    hospitalUnit: str(row.HospitalUnit),
    lifecycleStatus: oneOf<LifecycleStatus>(LIFECYCLE_CHOICES, row.LifecycleStatus) ?? 'active',
    updatedAt: str(row.UpdatedAt),
    ...(notificationsOff ? { notificationsOff } : {}),
    ...(waitingLimitDays !== undefined ? { waitingLimitDays } : {}),
  };
}

/** Anything in a project row the app cannot read (hand edits). */
export function projectRowAnomalies(row: ProjectRow): Anomaly[] {
  return row.LifecycleStatus && !oneOf(LIFECYCLE_CHOICES, row.LifecycleStatus)
    ? [{ kind: 'invalidValue', detail: `LifecycleStatus '${str(row.LifecycleStatus)}'`, column: 'LifecycleStatus', value: str(row.LifecycleStatus) }]
    : [];
}

export function projectToRow(p: ProjectInfo): ProjectRow {
  return {
    Title: p.title,
    ProjectKey: p.projectKey,
    TeamGroupId: p.teamGroupId ?? null,
    ChannelId: p.channelId ?? null,
    CurrentPhase: p.currentPhase,
    PhaseEnteredAt: p.phaseEnteredAt || null,
    ModelId: p.modelId,
    ModelVersion: p.modelVersion,
    TargetGroups: joinKeys(p.targetGroups),
    Municipalities: joinKeys(p.municipalities),
    HospitalUnit: p.hospitalUnit,
    LifecycleStatus: p.lifecycleStatus,
    UpdatedAt: p.updatedAt || null,
  };
}

const confirmationFrom = (id: Text, name: Text, at: Text): Confirmation | undefined =>
  opt(id) || opt(name) ? { by: { id: str(id), name: str(name) }, at: str(at) } : undefined;

export interface ParsedChecklistRow {
  item: ItemState;
  anomalies: Anomaly[];
}

export function itemFromRow(row: ChecklistRow): ParsedChecklistRow {
  const itemKey = str(row.ItemKey) || str(row.Title);
  const status = oneOf<ItemStatus>(STATUS_CHOICES, row.Status);
  const thread = threadFromColumns(itemKey, row.CommentThread, row.Comment);
  const anomalies: Anomaly[] = [...(row.Status && !status ? [{ kind: 'unknownStatus' as const, itemKey, detail: `Status '${str(row.Status)}'`, column: 'Status', value: str(row.Status) }] : []), ...thread.anomalies];
  const confirmations: Partial<Record<Side, Confirmation>> = {};
  const kommune = confirmationFrom(row.KommuneConfirmedById, row.KommuneConfirmedBy, row.KommuneConfirmedAt);
  const sykehus = confirmationFrom(row.SykehusConfirmedById, row.SykehusConfirmedBy, row.SykehusConfirmedAt);
  if (kommune) confirmations.kommune = kommune;
  if (sykehus) confirmations.sykehus = sykehus;
  const updatedBy: Person | undefined = opt(row.UpdatedById) || opt(row.UpdatedByName) ? { id: str(row.UpdatedById), name: str(row.UpdatedByName) } : undefined;
  const item: ItemState = {
    itemKey,
    phaseKey: str(row.PhaseKey),
    status: status ?? 'open',
    confirmations,
    comments: thread.comments,
    ...(status === 'notRelevant' ? { notRelevantReason: str(row.NotRelevantReason) } : {}),
    ...(opt(row.Modified) ? { updatedAt: str(row.Modified) } : {}),
    ...(updatedBy ? { updatedBy } : {}),
  };
  return { item, anomalies };
}

/**
 * The item's row: every column written, cleared ones as null, so a PATCH leaves nothing stale; the comment columns
 * only with `comments` (the intents that change the thread), so a tick never rewrites a thread it did not read last
 * and works in a site whose lists predate the thread column.
 */
export function itemToRow(projectKey: string, item: ItemState, options: { comments: boolean }): ChecklistRow {
  const k = item.confirmations.kommune;
  const s = item.confirmations.sykehus;
  return {
    Title: item.itemKey,
    StateKey: stateKey(projectKey, item.itemKey),
    ProjectKey: projectKey,
    ItemKey: item.itemKey,
    PhaseKey: item.phaseKey,
    Status: item.status,
    NotRelevantReason: item.status === 'notRelevant' ? (item.notRelevantReason ?? '') : null,
    KommuneConfirmedById: k?.by.id ?? null,
    KommuneConfirmedBy: k?.by.name ?? null,
    KommuneConfirmedAt: k?.at || null,
    SykehusConfirmedById: s?.by.id ?? null,
    SykehusConfirmedBy: s?.by.name ?? null,
    SykehusConfirmedAt: s?.at || null,
    ...(options.comments ? threadColumns(item.comments) : {}),
    UpdatedById: item.updatedBy?.id ?? null,
    UpdatedByName: item.updatedBy?.name ?? null,
  };
}

/**
 * The project's change signal: one row in the checklist list, rewritten with every project-level change (phase,
 * settings, participants). A meeting panel then needs only the checklist list's delta (1 resource unit) per poll to
 * notice every kind of change, and reads the project row and participants only when the signal moved.
 */
export const CHANGE_SIGNAL_ITEM = '_project';

export function changeSignalRow(projectKey: string, intentId: string): ChecklistRow {
  return { Title: CHANGE_SIGNAL_ITEM, StateKey: stateKey(projectKey, CHANGE_SIGNAL_ITEM), ProjectKey: projectKey, ItemKey: CHANGE_SIGNAL_ITEM, Comment: intentId };
}

/** An Events row's IntentId: the intent's id for its first event, `<id>#n` for any further one. */
export const eventIntentId = (intentId: string, index: number): string => (index === 0 ? intentId : `${intentId}#${index + 1}`);

export function eventFromRow(row: EventRow): ProjectEvent {
  const side = oneOf<Side>(SIDE_CHOICES, row.Side);
  const kind = oneOf<EventKind>(EVENT_KIND_CHOICES, row.Kind) ?? oneOf<EventKind>(EVENT_KIND_CHOICES, row.Title) ?? 'status';
  return {
    intentId: str(row.IntentId).replace(/#\d+$/, ''),
    projectKey: str(row.ProjectKey),
    at: str(row.At),
    actor: { id: str(row.ActorId), name: str(row.ActorName) },
    ...(side ? { side } : {}),
    kind,
    ...(opt(row.ItemKey) ? { itemKey: str(row.ItemKey) } : {}),
    ...(row.FromValue != null ? { from: str(row.FromValue) } : {}),
    ...(row.ToValue != null ? { to: str(row.ToValue) } : {}),
    ...(opt(row.Reason) ? { reason: str(row.Reason) } : {}),
  };
}

export function eventToRow(event: ProjectEvent, index: number): EventRow {
  return {
    Title: event.kind,
    IntentId: eventIntentId(event.intentId, index),
    ProjectKey: event.projectKey,
    At: event.at,
    ActorId: event.actor.id,
    ActorName: event.actor.name,
    Side: event.side ?? null,
    Kind: event.kind,
    ItemKey: event.itemKey ?? null,
    FromValue: event.from ?? null,
    ToValue: event.to ?? null,
    Reason: event.reason ?? null,
  };
}

export function participantFromRow(row: ParticipantRow): Participant | undefined {
  const side = oneOf<Side>(SIDE_CHOICES, row.Side);
  if (!side) return undefined;
  return {
    projectKey: str(row.ProjectKey),
    person: { id: str(row.PersonId), name: str(row.Title), ...(opt(row.Email) ? { email: str(row.Email) } : {}) },
    organisation: str(row.Organisation),
    side,
    ...(opt(row.ConfirmedAt) ? { confirmedAt: str(row.ConfirmedAt) } : {}),
    ...(opt(row.NotifiedAt) ? { notifiedAt: str(row.NotifiedAt) } : {}),
    ...(splitLines(row.OverdueNamed).length > 0 ? { overdueNamed: splitLines(row.OverdueNamed) } : {}),
  };
}

/** The notice bookkeeping of a participant's row (written by senders with If-Match, never by saveParticipant). */
export function noticeFieldsToRow(notifiedAt: string, overdueNamed: readonly string[]): ParticipantRow {
  return { NotifiedAt: notifiedAt, OverdueNamed: overdueNamed.join('\n') || null };
}

/** The person's own row as they register it; the notice bookkeeping (NotifiedAt, OverdueNamed) is left as it is. */
export function participantToRow(p: Participant): ParticipantRow {
  return {
    Title: p.person.name,
    ParticipantKey: participantKey(p.projectKey, p.person.id),
    ProjectKey: p.projectKey,
    PersonId: p.person.id,
    Email: p.person.email ?? null,
    Organisation: p.organisation,
    Side: p.side,
    ConfirmedAt: p.confirmedAt ?? null,
  };
}

/**
 * One item per key from the rows read: when two rows hold the same item (written before StateKey was unique, or by
 * hand), the newest wins and the item is flagged `duplicateRow`. The rows themselves are never deleted.
 */
export function mergeDuplicateRows(rows: Iterable<ItemState>): { items: Record<string, ItemState>; anomalies: Anomaly[] } {
  const items: Record<string, ItemState> = {};
  const anomalies: Anomaly[] = [];
  for (const row of rows) {
    const seen = items[row.itemKey];
    if (seen) {
      if (!anomalies.some((a) => a.kind === 'duplicateRow' && a.itemKey === row.itemKey)) {
        anomalies.push({ kind: 'duplicateRow', itemKey: row.itemKey, detail: `More than one row for item '${row.itemKey}'`, value: row.itemKey });
      }
      // On a tie (Modified has whole seconds) the row read later wins, as in the store's choice of the row it writes to.
      if ((row.updatedAt ?? '') < (seen.updatedAt ?? '')) continue;
    }
    items[row.itemKey] = row;
  }
  return { items, anomalies };
}
