import { describe, expect, it } from 'vitest';
import { diffModels, isEmptyDiff } from '../../src/model/modelDiff';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import type { PhaseModel } from '../../src/model/types';

const v1 = (): PhaseModel => structuredClone(DEFAULT_MODEL);
const text = (value: string) => ({ nb: value, nn: value, en: value });

describe('diffModels', () => {
  it('finds nothing between a model and its copy', () => {
    const diff = diffModels(v1(), v1());
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff).toMatchObject({ from: '1.0.0', to: '1.0.0' });
  });

  it('reports added, retired, reworded and removed requirements with their phase and what differs', () => {
    const after = v1();
    after.version = '2.0.0';
    const [first, second] = after.phases;
    first!.checklist.push({ key: 'forankring.ny', label: text('Nytt krav'), requiresBothSides: false });
    first!.checklist[1]!.retired = true;
    first!.checklist[0]!.guidance = text('Slik gjør dere det.');
    second!.checklist[0]!.label = { ...second!.checklist[0]!.label, nb: 'Ny ordlyd' };
    second!.checklist[1]!.requiresBothSides = !second!.checklist[1]!.requiresBothSides;
    const removed = second!.checklist.splice(2, 1)[0]!;
    const diff = diffModels(v1(), after);
    expect(diff.from).toBe('1.0.0');
    expect(diff.to).toBe('2.0.0');
    expect(diff.requirementsAdded).toEqual([{ phaseKey: 'forankring', key: 'forankring.ny' }]);
    expect(diff.requirementsRetired).toEqual([{ phaseKey: 'forankring', key: first!.checklist[1]!.key }]);
    expect(diff.requirementsReworded).toEqual([
      { phaseKey: 'forankring', key: first!.checklist[0]!.key, fields: ['guidance'] },
      { phaseKey: 'utforske', key: second!.checklist[0]!.key, fields: ['label'] },
      { phaseKey: 'utforske', key: second!.checklist[1]!.key, fields: ['requiresBothSides'] },
    ]);
    expect(diff.requirementsRemoved).toEqual([{ phaseKey: 'utforske', key: removed.key }]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('reports toolbox changes: added, retired, new target or description, removed', () => {
    const after = v1();
    const toolbox = after.phases[0]!.toolbox;
    toolbox.push({ key: 'forankring.mal.ny', kind: 'template', label: text('Mal'), file: { driveId: 'd', itemId: 'i', name: 'Mal.docx', webUrl: 'https://x.sharepoint.com/Mal.docx' } });
    toolbox[0]!.retired = true;
    toolbox[1]!.url = 'https://www.ks.no/';
    toolbox[2]!.description = text('Beskrivelse');
    const gone = toolbox.splice(3, 1)[0]!;
    const diff = diffModels(v1(), after);
    expect(diff.entriesAdded).toEqual([{ phaseKey: 'forankring', key: 'forankring.mal.ny' }]);
    expect(diff.entriesRetired).toEqual([{ phaseKey: 'forankring', key: toolbox[0]!.key }]);
    expect(diff.entriesChanged).toEqual([
      { phaseKey: 'forankring', key: toolbox[1]!.key, fields: ['target'] },
      { phaseKey: 'forankring', key: toolbox[2]!.key, fields: ['description'] },
    ]);
    expect(diff.entriesRemoved).toEqual([{ phaseKey: 'forankring', key: gone.key }]);
    expect(diff.requirementsAdded).toEqual([]);
  });

  it('counts a retired item brought back as added, and says nothing about one that stays retired', () => {
    const before = v1();
    before.phases[0]!.checklist[0]!.retired = true;
    before.phases[0]!.checklist[1]!.retired = true;
    const after = structuredClone(before);
    delete after.phases[0]!.checklist[0]!.retired;
    after.phases[0]!.checklist[1]!.label = text('endret mens pensjonert');
    const diff = diffModels(before, after);
    expect(diff.requirementsAdded).toEqual([{ phaseKey: 'forankring', key: before.phases[0]!.checklist[0]!.key }]);
    expect(diff.requirementsReworded).toEqual([]);
  });

  it('reports a phase renamed or with a new purpose', () => {
    const after = v1();
    after.phases[2]!.purpose = text('Nytt formål');
    after.phases[2]!.shortLabel = text('Def.');
    expect(diffModels(v1(), after).phasesChanged).toEqual([{ key: 'definere', fields: ['shortLabel', 'purpose'] }]);
  });
});
