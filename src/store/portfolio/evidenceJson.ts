// The Portfolio row's Evidence column: a project's evidence (domain/evidence) as compact, versioned JSON, and its
// validated reading. The row is derived data in a list many people may write, so a reader trusts nothing: a value
// that is not JSON, of a version this app does not know, or of the wrong shape reads as `unreadable` (shown as such,
// left out of every figure), and a row written before the column existed reads as `none` ("no data yet").
//
// Version 1, keys kept short because every Innsikt load reads one per project:
//   { "v": 1,
//     "i": { "<itemKey>": { "s": "d" | "n" | "o", "r"?: "<not-relevant reason>", "k"?: [min, person?], "h"?: [min, person?] } },
//     "ph": [["<phaseKey>", min], …],       when the project entered each phase, oldest first (the last is current)
//     "p": [["<entra object id>", "<name>"], …],   people the row names (registered participants, then confirmers)
//     "reg": { "k": [person, …], "h": [person, …] },   registered participants per side (indexes into "p")
//     "w": <waiting limit in days>, "l": { "g"?: "<team group id>", "c"?: "<channel id>" } }
// "k" is the kommune side, "h" the hospital (sykehus) side; `min` is whole minutes since 1970-01-01 UTC; `person` an
// index into "p". Only requirements that are done, not relevant, or confirmed by a side have an entry.
import { z } from 'zod';
import { SIDES } from '../../model/types';
import type { Side } from '../../model/types';
import type { ItemStatus, Person } from '../../domain/types';
import type { EvidenceReading, ItemEvidence, ProjectEvidence, SideConfirmation } from '../../domain/evidence/types';
import { WAITING_LIMIT_DAYS } from '../../domain/textRules';

export const EVIDENCE_VERSION = 1;

/** A reason is kept to this length in the row (the project's own list has it whole). */
export const EVIDENCE_REASON_MAX = 500;
/** SharePoint holds 63,999 characters in a multi-line column; past this the reasons are shortened further. */
export const EVIDENCE_MAX_CHARS = 60_000;

const SIDE_CODE: Record<Side, 'k' | 'h'> = { kommune: 'k', sykehus: 'h' };
const STATUS_CODE: Record<ItemStatus, 'o' | 'd' | 'n'> = { open: 'o', done: 'd', notRelevant: 'n' };
const STATUS_OF: Record<'o' | 'd' | 'n', ItemStatus> = { o: 'open', d: 'done', n: 'notRelevant' };

const MINUTE_MS = 60_000;
const toMinutes = (iso: string): number | undefined => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : Math.floor(time / MINUTE_MS);
};
const fromMinutes = (minutes: number): string => new Date(minutes * MINUTE_MS).toISOString();

const shorten = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const byKey = <T>(record: Record<string, T>): [string, T][] => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The people a row names, each once by id: registered participants first (by side, by id), then other confirmers. */
function peopleOf(evidence: ProjectEvidence): { people: Person[]; index: Map<string, number> } {
  const people: Person[] = [];
  const index = new Map<string, number>();
  const add = (person: Person): void => {
    if (index.has(person.id)) return;
    index.set(person.id, people.length);
    people.push({ id: person.id, name: person.name });
  };
  for (const side of SIDES) evidence.participants[side].forEach(add);
  for (const [, item] of byKey(evidence.items)) for (const side of SIDES) if (item.confirmations[side]?.by) add(item.confirmations[side].by);
  return { people, index };
}

function encodeWith(evidence: ProjectEvidence, reasonMax: number): string {
  const { people, index } = peopleOf(evidence);
  const items: Record<string, Record<string, unknown>> = {};
  for (const [key, item] of byKey(evidence.items)) {
    const entry: Record<string, unknown> = { s: STATUS_CODE[item.status] };
    if (item.status === 'notRelevant' && reasonMax > 0) entry.r = shorten(item.notRelevantReason ?? '', reasonMax);
    for (const side of SIDES) {
      const confirmation = item.confirmations[side];
      const minutes = confirmation && toMinutes(confirmation.at);
      if (minutes === undefined) continue;
      const person = confirmation?.by ? index.get(confirmation.by.id) : undefined;
      entry[SIDE_CODE[side]] = person === undefined ? [minutes] : [minutes, person];
    }
    items[key] = entry;
  }
  const history = evidence.phaseHistory.flatMap((entry) => {
    const minutes = toMinutes(entry.at);
    return minutes === undefined ? [] : [[entry.phase, minutes]];
  });
  const registered = (side: Side): number[] => evidence.participants[side].map((p) => index.get(p.id) ?? -1);
  const link: Record<string, string> = {};
  if (evidence.link.teamGroupId) link.g = evidence.link.teamGroupId;
  if (evidence.link.channelId) link.c = evidence.link.channelId;
  return JSON.stringify({ v: EVIDENCE_VERSION, i: items, ph: history, p: people.map((p) => [p.id, p.name]), reg: { k: registered('kommune'), h: registered('sykehus') }, w: evidence.waitingLimitDays, l: link });
}

/** The Evidence column's value. Deterministic: the same evidence always gives the same text (the staleness check compares it). */
export function encodeEvidence(evidence: ProjectEvidence): string {
  for (const reasonMax of [EVIDENCE_REASON_MAX, 100, 0]) {
    const json = encodeWith(evidence, reasonMax);
    if (json.length <= EVIDENCE_MAX_CHARS || reasonMax === 0) return json;
  }
  return encodeWith(evidence, 0);
}

const minutes = z.number().int().nonnegative();
const confirmation = z.union([z.tuple([minutes]), z.tuple([minutes, z.number().int().nonnegative()])]);
const schemaV1 = z.object({
  v: z.literal(EVIDENCE_VERSION),
  i: z.record(z.string().min(1), z.object({ s: z.enum(['o', 'd', 'n']), r: z.string().optional(), k: confirmation.optional(), h: confirmation.optional() })),
  ph: z.array(z.tuple([z.string().min(1), minutes])),
  p: z.array(z.tuple([z.string(), z.string()])),
  reg: z.object({ k: z.array(z.number().int().nonnegative()), h: z.array(z.number().int().nonnegative()) }),
  w: z.number().int().min(WAITING_LIMIT_DAYS.min).max(WAITING_LIMIT_DAYS.max),
  l: z.object({ g: z.string().optional(), c: z.string().optional() }),
});
type EvidenceV1 = z.infer<typeof schemaV1>;

function evidenceFrom(row: EvidenceV1): ProjectEvidence | undefined {
  const person = (index: number | undefined): Person | undefined => {
    const entry = index === undefined ? undefined : row.p[index];
    return entry ? { id: entry[0], name: entry[1] } : undefined;
  };
  // An index that points past the people list is a broken row, not a nameless person.
  const indexes = [...row.reg.k, ...row.reg.h, ...Object.values(row.i).flatMap((item) => [item.k?.[1], item.h?.[1]])];
  if (indexes.some((index) => index !== undefined && index >= row.p.length)) return undefined;
  const items: Record<string, ItemEvidence> = {};
  for (const [key, item] of Object.entries(row.i)) {
    const confirmations: Partial<Record<Side, SideConfirmation>> = {};
    for (const side of SIDES) {
      const stored = item[SIDE_CODE[side]];
      if (!stored) continue;
      const by = person(stored[1]);
      confirmations[side] = { at: fromMinutes(stored[0]), ...(by ? { by } : {}) };
    }
    const status = STATUS_OF[item.s];
    items[key] = { status, ...(status === 'notRelevant' ? { notRelevantReason: item.r ?? '' } : {}), confirmations };
  }
  return {
    items,
    phaseHistory: row.ph.map(([phase, at]) => ({ phase, at: fromMinutes(at) })),
    participants: { kommune: row.reg.k.map((i) => person(i) as Person), sykehus: row.reg.h.map((i) => person(i) as Person) },
    waitingLimitDays: row.w,
    link: { ...(row.l.g ? { teamGroupId: row.l.g } : {}), ...(row.l.c ? { channelId: row.l.c } : {}) },
  };
}

/** The Evidence column as read: `none` when empty (a row from before it was written), else validated. */
export function readEvidence(raw: unknown): EvidenceReading {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = typeof raw === 'string' ? JSON.parse(raw) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'unreadable', problem: 'notJson' };
  const version = (parsed as { v?: unknown }).v;
  if (version !== EVIDENCE_VERSION) return { kind: 'unreadable', problem: 'unknownVersion', version: String(version) };
  const checked = schemaV1.safeParse(parsed);
  const evidence = checked.success ? evidenceFrom(checked.data) : undefined;
  return evidence ? { kind: 'ok', evidence } : { kind: 'unreadable', problem: 'invalid' };
}
