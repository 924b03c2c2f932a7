// Every problem of a model carries a code, the data its message needs and the place it is, named as the model named
// it: the UI says it in words (tests/ui/base/errorTexts.test.tsx), never as zod's path or English message.
import { describe, expect, it } from 'vitest';
import { checkPhaseModel, MODEL_TEXT_LIMITS } from '../../src/model/schema';
import { MODEL_PROBLEM_CODES } from '../../src/model/modelProblems';
import type { ModelProblem } from '../../src/model/modelProblems';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import type { PhaseModel } from '../../src/model/types';
import { validNationalId } from '../../testkit/browser/nationalId';

const copy = (): PhaseModel => structuredClone(DEFAULT_MODEL);

function problems(model: unknown): ModelProblem[] {
  const check = checkPhaseModel(model);
  if (check.ok) throw new Error('the model was accepted');
  return check.problems;
}

describe('model problems as codes with data', () => {
  it('names a toolbox link that is not https by code, place and the entry as the model names it', () => {
    const model = copy();
    const entry = model.phases[0]!.toolbox[0]!;
    entry.url = 'javascript:alert(1)';
    const [problem] = problems(model);
    expect(problem).toEqual({
      code: 'notHttps',
      at: ['phases', 0, 'toolbox', 0, 'url'],
      phase: { index: 0, key: model.phases[0]!.key, label: model.phases[0]!.label },
      part: { index: 0, key: entry.key, label: entry.label },
      path: 'phases[0].toolbox[0].url',
      message: 'must be an https:// URL (not http:, javascript: or data:)',
    });
  });

  it('gives each of the schema\'s own refusals its code and data', () => {
    const model = copy();
    const phase = model.phases[1]!;
    phase.checklist[0]!.label.nn = ' ';
    phase.checklist[1]!.guidance = { nb: `Ring ${validNationalId('150385')}`, nn: 'x', en: 'x' };
    phase.shortLabel.en = 'y'.repeat(MODEL_TEXT_LIMITS.shortLabel + 1);
    phase.checklist[2]!.key = 'Stor Bokstav';
    phase.checklist[3]!.helpedBy = ['finnes.ikke'];
    model.phases[2]!.toolbox.push({ key: 'a.kurs', kind: 'course', label: { nb: 'K', nn: 'K', en: 'K' }, course: { dates: ['2026-02-30'], digital: false, provider: 'KS' } });
    const found = problems(model).map((p) => [p.code, p.path, p.data]);
    expect(found).toContainEqual(['blank', 'phases[1].checklist[0].label.nn', undefined]);
    expect(found).toContainEqual(['nationalId', 'phases[1].checklist[1].guidance.nb', undefined]);
    expect(found).toContainEqual(['tooLong', 'phases[1].shortLabel.en', { max: MODEL_TEXT_LIMITS.shortLabel }]);
    expect(found).toContainEqual(['badKey', 'phases[1].checklist[2].key', undefined]);
    const n = model.phases[2]!.toolbox.length - 1;
    expect(found).toContainEqual(['notRealDate', `phases[2].toolbox[${n}].course.dates[0]`, undefined]);
    expect(found).toContainEqual(['coursePlace', `phases[2].toolbox[${n}].course.place`, undefined]);
    // helpedBy and duplicates are checked once the parts are valid, as a coordinator fixes the rest first.
    const second = copy();
    second.phases[1]!.checklist[3]!.helpedBy = ['finnes.ikke'];
    second.phases[3]!.key = 'utforske';
    const more = problems(second).map((p) => [p.code, p.path, p.data]);
    expect(more).toContainEqual(['unknownHelper', 'phases[1].checklist[3].helpedBy[0]', { key: 'finnes.ikke' }]);
    expect(more).toContainEqual(['duplicateKey', 'phases[3].key', { key: 'utforske', kind: 'phase' }]);
  });

  it('names what zod finds itself in a row broken by hand: missing, the wrong type, an unknown choice, no phases', () => {
    const model = copy() as unknown as { phases: Record<string, unknown>[] };
    delete model.phases[0]!['purpose'];
    model.phases[1]!['order'] = 'to';
    model.phases[2]!['shape'] = 'diamond';
    const found = problems(model).map((p) => [p.code, p.path]);
    expect(found).toContainEqual(['missing', 'phases[0].purpose']);
    expect(found).toContainEqual(['wrongType', 'phases[1].order']);
    expect(found).toContainEqual(['unknownValue', 'phases[2].shape']);
    expect(problems({ ...copy(), phases: [] }).map((p) => p.code)).toEqual(['noPhases']);
    expect(problems(null).map((p) => p.code)).toEqual(['wrongType']);
  });

  it('uses only codes the UI knows', () => {
    const model = copy() as unknown as Record<string, unknown>;
    model['principles'] = 'x';
    for (const problem of problems(model)) expect(MODEL_PROBLEM_CODES).toContain(problem.code);
  });
});
