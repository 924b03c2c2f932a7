import { describe, expect, it } from 'vitest';
import { addEntry, addRequirement, freshKey, moveEntry, moveRequirement, retireEntry, retireRequirement, setPhaseTexts, slug, updateRequirement } from '../../src/model/editModel';
import { parsePhaseModel } from '../../src/model/schema';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';

const text = (nb: string) => ({ nb, nn: nb, en: nb });

describe('editModel', () => {
  it('makes keys from bokmål text that never reuse a key of this model or of an earlier version', () => {
    expect(slug('Tidlige gevinsthypoteser – Åmot/Østre Toten')).toBe('tidlige-gevinsthypoteser-amot-ostre-toten');
    const existing = DEFAULT_MODEL.phases[0]!.checklist[0]!.key;
    const [, tail] = existing.split('.');
    expect(freshKey(DEFAULT_MODEL, 'forankring', tail!)).toBe(`${existing}-2`);
    expect(freshKey(DEFAULT_MODEL, 'forankring', 'Risiko', new Set(['forankring.risiko', 'forankring.risiko-2']))).toBe('forankring.risiko-3');
  });

  it('adds, rewords, gives guidance to, reorders and retires a requirement, and the result is a valid model', () => {
    const { model: added, key } = addRequirement(DEFAULT_MODEL, 'forankring', text('Risiko er vurdert'), true);
    expect(key).toBe('forankring.risiko-er-vurdert');
    let model = updateRequirement(added, key, { guidance: text('Bruk en enkel risikomatrise.'), helpedBy: [DEFAULT_MODEL.phases[0]!.toolbox[0]!.key] });
    model = moveRequirement(model, key, -100);
    expect(model.phases[0]!.checklist[0]!.key).toBe(key);
    model = retireRequirement(model, DEFAULT_MODEL.phases[0]!.checklist[2]!.key);
    expect(model.phases[0]!.checklist.find((i) => i.key === DEFAULT_MODEL.phases[0]!.checklist[2]!.key)?.retired).toBe(true);
    model = retireRequirement(model, DEFAULT_MODEL.phases[0]!.checklist[2]!.key, false);
    expect('retired' in model.phases[0]!.checklist.find((i) => i.key === DEFAULT_MODEL.phases[0]!.checklist[2]!.key)!).toBe(false);
    model = setPhaseTexts(model, 'utforske', { purpose: text('Nytt formål') });
    expect(() => parsePhaseModel(model)).not.toThrow();
    expect(DEFAULT_MODEL.phases[0]!.checklist.some((i) => i.key === key)).toBe(false); // never mutated
  });

  it('adds a template linked to a library file, moves and retires entries', () => {
    const file = { driveId: 'b!d', itemId: '01', name: 'Gevinstplan.docx', webUrl: 'https://innlandet.sharepoint.com/sites/koordinering/Maler/Gevinstplan.docx' };
    const { model: added, key } = addEntry(DEFAULT_MODEL, 'definere', { kind: 'template', label: text('Gevinstplan'), file });
    expect(key).toBe('definere.template.gevinstplan');
    let model = moveEntry(added, key, -1);
    const list = model.phases[2]!.toolbox;
    expect(list[list.length - 2]!.key).toBe(key);
    model = retireEntry(model, key);
    expect(parsePhaseModel(model).phases[2]!.toolbox.find((e) => e.key === key)?.retired).toBe(true);
    expect(() => updateRequirement(model, 'finnes.ikke', {})).toThrow("No requirement 'finnes.ikke'");
  });
});
