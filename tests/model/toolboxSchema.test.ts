// The schema's rules for guidance, toolbox targets, courses and retired keys: each refusal names the field.
import { describe, expect, it } from 'vitest';
import { checkPhaseModel, MODEL_TEXT_LIMITS, parsePhaseModel } from '../../src/model/schema';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import type { LocalizedText, PhaseModel, ToolboxEntry } from '../../src/model/types';
import { validNationalId } from '../../testkit/browser/nationalId';

const text = (value: string): LocalizedText => ({ nb: value, nn: value, en: value });

function copy(): PhaseModel {
  return structuredClone(DEFAULT_MODEL);
}

function problemsOf(model: unknown): string[] {
  const check = checkPhaseModel(model);
  if (check.ok) throw new Error('the model was accepted');
  return check.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

const template = (overrides: Partial<ToolboxEntry> = {}): ToolboxEntry => ({
  key: 'forankring.mal.lysbilde',
  kind: 'template',
  label: text('Prosjektpresentasjon'),
  description: text('Én side som presenterer prosjektet.'),
  file: { driveId: 'b!drive', itemId: '01ITEM', name: 'Prosjektpresentasjon.pptx', webUrl: 'https://innlandet.sharepoint.com/sites/koordinering/Maler/Prosjektpresentasjon.pptx' },
  ...overrides,
});

describe('the toolbox schema', () => {
  it('accepts guidance, helpedBy, a retired item, a file target and a course', () => {
    const model = copy();
    const [first] = model.phases;
    first!.toolbox.push(template());
    first!.toolbox.push({
      key: 'forankring.kurs.tjenestedesign',
      kind: 'course',
      label: text('Innføring i tjenestedesign'),
      course: { dates: ['2026-03-12', '2026-03-13'], digital: true, provider: 'HelseINN', registrationUrl: 'https://helseinn.no/kurs' },
    });
    first!.checklist[0]!.guidance = text('Mandatet sier hva prosjektet skal levere, og begge ledere signerer.');
    first!.checklist[0]!.helpedBy = ['forankring.mal.lysbilde', model.phases[1]!.toolbox[0]!.key];
    first!.checklist[1]!.retired = true;
    const parsed = parsePhaseModel(model);
    expect(parsed.phases[0]!.checklist[0]!.helpedBy).toHaveLength(2);
    expect(parsed.phases[0]!.checklist[1]!.retired).toBe(true);
    expect(parsed.phases[0]!.toolbox.at(-1)!.course!.dates).toEqual(['2026-03-12', '2026-03-13']);
  });

  it('refuses a helpedBy that points at no toolbox entry', () => {
    const model = copy();
    model.phases[2]!.checklist[1]!.helpedBy = [model.phases[0]!.toolbox[0]!.key, 'finnes.ikke'];
    expect(problemsOf(model)).toEqual(["phases[2].checklist[1].helpedBy[1]: unknown toolbox entry 'finnes.ikke'"]);
  });

  it('refuses a toolbox key used in two phases, since helpedBy could not tell them apart', () => {
    const model = copy();
    model.phases[3]!.toolbox[0]!.key = model.phases[0]!.toolbox[0]!.key;
    expect(problemsOf(model)[0]).toMatch(/^phases\[3\]\.toolbox\[0\]\.key: duplicate toolbox key/);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://www.ks.no/', 'www.ks.no', ' '])('refuses the link %j wherever a link is', (link) => {
    const model = copy();
    model.phases[0]!.toolbox[0]!.url = link;
    model.phases[0]!.toolbox.push(template({ key: 'a.fil', file: { ...template().file!, webUrl: link } }));
    model.phases[0]!.toolbox.push({ key: 'a.kurs', kind: 'course', label: text('Kurs'), course: { dates: [], digital: true, provider: 'KS', registrationUrl: link } });
    const n = model.phases[0]!.toolbox.length;
    const problems = problemsOf(model);
    expect(problems).toContain('phases[0].toolbox[0].url: must be an https:// URL (not http:, javascript: or data:)');
    expect(problems).toContain(`phases[0].toolbox[${n - 2}].file.webUrl: must be an https:// URL (not http:, javascript: or data:)`);
    expect(problems).toContain(`phases[0].toolbox[${n - 1}].course.registrationUrl: must be an https:// URL (not http:, javascript: or data:)`);
  });

  it('refuses missing bokmål text in guidance and descriptions', () => {
    const model = copy() as unknown as { phases: { checklist: { guidance?: Record<string, string> }[]; toolbox: { description?: Record<string, string> }[] }[] };
    model.phases[1]!.checklist[0]!.guidance = { nn: 'Tekst', en: 'Text' };
    model.phases[1]!.toolbox[0]!.description = { nb: '  ', nn: 'Tekst', en: 'Text' };
    const problems = problemsOf(model);
    expect(problems.some((p) => p.startsWith('phases[1].checklist[0].guidance.nb:'))).toBe(true);
    expect(problems).toContain('phases[1].toolbox[0].description.nb: must not be empty');
  });

  it('refuses a fødselsnummer or D-nummer in any text, naming the field', () => {
    const model = copy();
    const fnr = validNationalId('150385');
    const dnr = validNationalId('550385'); // D-nummer: day + 40
    model.phases[0]!.checklist[2]!.guidance = { nb: `Ring pasienten ${fnr}`, nn: 'Tekst', en: 'Text' };
    model.phases[4]!.toolbox[1]!.label.en = `See ${dnr.slice(0, 6)} ${dnr.slice(6)}`;
    model.phases[0]!.toolbox.push({ key: 'a.kurs', kind: 'course', label: text('Kurs'), course: { dates: [], digital: false, place: 'Gjøvik', provider: `Kontakt ${fnr}` } });
    const problems = problemsOf(model);
    expect(problems).toContain('phases[0].checklist[2].guidance.nb: must not hold a fødselsnummer or D-nummer (no personal data in the model)');
    expect(problems).toContain('phases[4].toolbox[1].label.en: must not hold a fødselsnummer or D-nummer (no personal data in the model)');
    expect(problems).toContain(`phases[0].toolbox[${model.phases[0]!.toolbox.length - 1}].course.provider: must not hold a fødselsnummer or D-nummer (no personal data in the model)`);
  });

  it('refuses oversized text, saying how long it may be', () => {
    const model = copy();
    model.phases[2]!.checklist[0]!.guidance = text('x'.repeat(MODEL_TEXT_LIMITS.guidance + 1));
    model.phases[2]!.shortLabel.nn = 'y'.repeat(MODEL_TEXT_LIMITS.shortLabel + 1);
    const problems = problemsOf(model);
    expect(problems).toContain(`phases[2].checklist[0].guidance.nb: must be at most ${MODEL_TEXT_LIMITS.guidance} characters`);
    expect(problems).toContain(`phases[2].shortLabel.nn: must be at most ${MODEL_TEXT_LIMITS.shortLabel} characters`);
    // Exactly at the limit is fine.
    model.phases[2]!.checklist[0]!.guidance = text('x'.repeat(MODEL_TEXT_LIMITS.guidance));
    model.phases[2]!.shortLabel.nn = 'Definere';
    expect(() => parsePhaseModel(model)).not.toThrow();
  });

  it('refuses an entry with both a link and a file, a course without details, and details on a non-course', () => {
    const model = copy();
    model.phases[0]!.toolbox.push(template({ url: 'https://www.ks.no/' }));
    model.phases[0]!.toolbox.push({ key: 'a.kurs', kind: 'course', label: text('Kurs') });
    model.phases[0]!.toolbox.push({ key: 'a.metode', kind: 'method', label: text('Metode'), course: { dates: [], digital: true, provider: 'KS' } });
    model.phases[0]!.toolbox.push({ key: 'b.kurs', kind: 'course', label: text('Kurs'), course: { dates: ['2026-13-40'], digital: false, provider: 'KS' } });
    const n = model.phases[0]!.toolbox.length;
    const problems = problemsOf(model);
    expect(problems).toContain(`phases[0].toolbox[${n - 4}].file: an entry links to a web page or to a file, not both`);
    expect(problems).toContain(`phases[0].toolbox[${n - 3}].course: a course needs its dates, place or "digital" and provider`);
    expect(problems).toContain(`phases[0].toolbox[${n - 2}].course: only a course has course details`);
    expect(problems).toContain(`phases[0].toolbox[${n - 1}].course.dates[0]: must be a real date`);
    expect(problems).toContain(`phases[0].toolbox[${n - 1}].course.place: a course is either digital or has a place`);
  });
});
