// Before publishing, the editor names the texts that are new or rewritten in bokmål and lack nynorsk or English.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { addEntry, addRequirement, retireRequirement, setPhaseTexts, updateEntry, updateRequirement } from '../../src/model/editModel';
import { untranslatedTexts } from '../../src/model/untranslatedTexts';

const v1 = DEFAULT_MODEL;
const same = (nb: string) => ({ nb, nn: nb, en: nb });

describe('untranslatedTexts', () => {
  it('finds nothing in a version whose texts are unchanged or fully translated', () => {
    expect(untranslatedTexts(v1, v1)).toEqual([]);
    const translated = addRequirement(v1, 'forankring', { nb: 'Risiko er vurdert', nn: 'Risikoen er vurdert', en: 'Risk is assessed' }, false).model;
    expect(untranslatedTexts(v1, translated)).toEqual([]);
  });

  it('names a requirement added in bokmål only (the editor copies it to every language), with the languages it lacks', () => {
    const { model, key } = addRequirement(v1, 'forankring', same('Risiko er vurdert'), false);
    const phase = model.phases[0]!;
    const index = phase.checklist.findIndex((item) => item.key === key);
    expect(untranslatedTexts(v1, model)).toEqual([
      { at: ['phases', 0, 'checklist', index, 'label'], phase: { index: 0, key: phase.key, label: phase.label }, part: { index, key, label: same('Risiko er vurdert') }, languages: ['nn', 'en'] },
    ]);
  });

  it('names a bokmål text rewritten while a translation still holds the old meaning, found by key wherever it moved', () => {
    const item = v1.phases[1]!.checklist[0]!;
    let model = updateRequirement(v1, item.key, { guidance: { nb: 'Ny veiledning', nn: 'Ny rettleiing', en: item.guidance!.en } });
    model = setPhaseTexts(model, 'utforske', { purpose: { ...v1.phases[1]!.purpose, nb: 'Nytt formål' } });
    model = { ...model, phases: model.phases.map((p, i) => (i === 1 ? { ...p, checklist: [...p.checklist.slice(1), p.checklist[0]!] } : p)) };
    const found = untranslatedTexts(v1, model).map((text) => [text.at.join('.'), text.languages]);
    expect(found).toEqual([
      ['phases.1.purpose', ['nn', 'en']],
      [`phases.1.checklist.${v1.phases[1]!.checklist.length - 1}.guidance`, ['en']],
    ]);
  });

  it('leaves out retired requirements, and counts a new toolbox entry too', () => {
    const retired = retireRequirement(addRequirement(v1, 'levere', same('Utgår straks'), false).model, 'levere.utgar-straks');
    expect(untranslatedTexts(v1, retired)).toEqual([]);
    const entry = addEntry(v1, 'levere', { kind: 'tool', label: same('Sjekkliste') }).model;
    expect(untranslatedTexts(v1, entry).map((text) => text.at.slice(2, 3).concat(text.at.slice(4)))).toEqual([['toolbox', 'label']]);
  });

  it('matches a moved requirement by key: its rewritten label is named where it now stands, though the one now at its old place is translated', () => {
    const item = v1.phases[1]!.checklist[0]!;
    let model = updateRequirement(v1, item.key, { label: { ...item.label, nb: 'Ny tekst' } });
    model = { ...model, phases: model.phases.map((p, i) => (i === 1 ? { ...p, checklist: [...p.checklist.slice(1), p.checklist[0]!] } : p)) };
    expect(untranslatedTexts(v1, model).map((text) => [text.at.join('.'), text.languages])).toEqual([
      [`phases.1.checklist.${v1.phases[1]!.checklist.length - 1}.label`, ['nn', 'en']],
    ]);
  });

  it('leaves out a retired toolbox entry', () => {
    const { model, key } = addEntry(v1, 'levere', { kind: 'tool', label: same('Utgår straks') });
    expect(untranslatedTexts(v1, updateEntry(model, key, { retired: true }))).toEqual([]);
  });
});
