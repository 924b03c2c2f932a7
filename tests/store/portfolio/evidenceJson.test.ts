// The Evidence column's text: compact, versioned, deterministic, and read with suspicion (anyone with write access to
// the Portfolio list may have edited it).
import { describe, expect, it } from 'vitest';
import { encodeEvidence, EVIDENCE_MAX_CHARS, readEvidence } from '../../../src/store/portfolio/evidenceJson';
import type { ProjectEvidence } from '../../../src/domain/evidence/types';

const kari = { id: '6f0a1c2e-1b7d-4c1e-9a51-0c7c1d8a1001', name: 'Kari Nordmann' };
const ingrid = { id: '6f0a1c2e-1b7d-4c1e-9a51-0c7c1d8a1003', name: 'Ingrid Hansen' };
const per = { id: '6f0a1c2e-1b7d-4c1e-9a51-0c7c1d8a1004', name: 'Per Olsen' };

const evidence: ProjectEvidence = {
  items: {
    'forankring.mandat-godkjent': { status: 'done', confirmations: { kommune: { at: '2025-02-01T09:00:00.000Z', by: kari }, sykehus: { at: '2025-02-03T14:30:00.000Z', by: per } } },
    'utforske.bruker-innsikt': { status: 'notRelevant', notRelevantReason: 'Dekket av «Bo trygt hjemme»', confirmations: {} },
    'forankring.ressurser-avsatt': { status: 'open', confirmations: { sykehus: { at: '2025-02-04T10:00:00.000Z', by: ingrid } } },
  },
  phaseHistory: [{ phase: 'forankring', at: '2025-01-06T08:00:00.000Z' }, { phase: 'utforske', at: '2025-02-10T12:00:00.000Z' }],
  participants: { kommune: [kari], sykehus: [ingrid] },
  waitingLimitDays: 21,
  link: { teamGroupId: '2d4f5a6b-0000-4a00-8000-000000000002', channelId: '19:abc@thread.tacv2' },
};

describe('the Evidence column', () => {
  it('reads back what was written (to the minute), and writes the same text again', () => {
    const text = encodeEvidence(evidence);
    const read = readEvidence(text);
    expect(read).toEqual({ kind: 'ok', evidence });
    expect(read.kind === 'ok' && encodeEvidence(read.evidence)).toBe(text);
    // A person is named once however often they confirm; an unregistered confirmer (Per) is named but not registered.
    expect(text.match(/Kari Nordmann/g)).toHaveLength(1);
    expect(read.kind === 'ok' && read.evidence.participants.sykehus).toEqual([ingrid]);
  });

  it('is the same text whatever order the items and participants came in', () => {
    const reversed: ProjectEvidence = { ...evidence, items: Object.fromEntries(Object.entries(evidence.items).reverse()) };
    expect(encodeEvidence(reversed)).toBe(encodeEvidence(evidence));
  });

  it('an empty column is "no data yet"; broken JSON, an unknown version or a wrong shape is unreadable, never thrown', () => {
    expect(readEvidence(undefined)).toEqual({ kind: 'none' });
    expect(readEvidence('  ')).toEqual({ kind: 'none' });
    expect(readEvidence('{"v":1,')).toEqual({ kind: 'unreadable', problem: 'notJson' });
    expect(readEvidence('"just text"')).toEqual({ kind: 'unreadable', problem: 'notJson' });
    expect(readEvidence(JSON.stringify({ v: 2, anything: true }))).toEqual({ kind: 'unreadable', problem: 'unknownVersion', version: '2' });
    const good = JSON.parse(encodeEvidence(evidence)) as Record<string, unknown>;
    expect(readEvidence(JSON.stringify({ ...good, w: 0 }))).toEqual({ kind: 'unreadable', problem: 'invalid' });
    expect(readEvidence(JSON.stringify({ ...good, i: { x: { s: 'maybe' } } }))).toEqual({ kind: 'unreadable', problem: 'invalid' });
    // A person index past the list of people is a broken row, not a nameless person.
    expect(readEvidence(JSON.stringify({ ...good, reg: { k: [9], h: [] } }))).toEqual({ kind: 'unreadable', problem: 'invalid' });
  });

  it('shortens reasons so that a project whose every requirement is not relevant still fits the column', () => {
    const items = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`fase.krav-${i}`, { status: 'notRelevant' as const, notRelevantReason: 'x'.repeat(2000), confirmations: {} }]));
    const text = encodeEvidence({ ...evidence, items });
    expect(text.length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
    const read = readEvidence(text);
    expect(read.kind === 'ok' && read.evidence.items['fase.krav-0']?.notRelevantReason?.length).toBeLessThanOrEqual(100);
    expect(read.kind === 'ok' && encodeEvidence(read.evidence)).toBe(text);
  });
});
