import { describe, expect, it } from 'vitest';
import { parsePhaseModel } from '../../src/model/schema';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import type { PhaseModel } from '../../src/model/types';

/** A deep copy to break. */
function copy(): PhaseModel {
  return structuredClone(DEFAULT_MODEL);
}

function problemsOf(json: unknown): string {
  try {
    parsePhaseModel(json);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the model was accepted');
}

describe('parsePhaseModel', () => {
  it('accepts the default model and returns it unchanged', () => {
    expect(parsePhaseModel(copy())).toEqual(DEFAULT_MODEL);
  });

  it('accepts a model that survived JSON, as a published one does', () => {
    expect(parsePhaseModel(JSON.parse(JSON.stringify(DEFAULT_MODEL)))).toEqual(DEFAULT_MODEL);
  });

  it('returns phases sorted by order when they are listed out of order', () => {
    const model = copy();
    model.phases.reverse();
    expect(parsePhaseModel(model).phases.map((phase) => phase.key)).toEqual(DEFAULT_MODEL.phases.map((phase) => phase.key));
  });

  it('rejects a duplicate phase key, naming both places', () => {
    const model = copy();
    model.phases[3]!.key = 'utforske';
    expect(problemsOf(model)).toContain("phases[3].key: duplicate phase key 'utforske' (first at phases[1].key)");
  });

  it('rejects an item key repeated in another phase', () => {
    const model = copy();
    model.phases[2]!.checklist[0]!.key = 'forankring.mandat-godkjent';
    expect(problemsOf(model)).toContain("phases[2].checklist[0].key: duplicate item key 'forankring.mandat-godkjent'");
  });

  it('rejects keys that are not lowercase ASCII', () => {
    const model = copy();
    model.phases[5]!.key = 'lær-og-del';
    model.phases[0]!.checklist[1]!.key = 'Forankring.Mandat';
    model.priorityGroups[0]!.key = 'barn og unge';
    const message = problemsOf(model);
    expect(message).toContain('phases[5].key: must be lowercase ASCII');
    expect(message).toContain('phases[0].checklist[1].key: must be lowercase ASCII');
    expect(message).toContain('priorityGroups[0].key: must be lowercase ASCII');
  });

  it('rejects orders that are not 0..n-1', () => {
    const model = copy();
    model.phases[1]!.order = 0;
    model.phases[4]!.order = 9;
    const message = problemsOf(model);
    expect(message).toContain("phases[1].order: duplicate order '0'");
    expect(message).toContain('phases[4].order: must be between 0 and 5');
  });

  it('rejects a missing or blank translation, in every kind of text', () => {
    const model = copy() as unknown as { phases: { label: Record<string, string>; checklist: { label: Record<string, string> }[]; toolbox: { label: Record<string, string> }[] }[]; principles: Record<string, string>[] };
    delete model.phases[0]!.label.nn;
    model.phases[1]!.checklist[2]!.label.en = '   ';
    model.phases[2]!.toolbox[0]!.label.nb = '';
    model.principles[3]!.nn = '';
    const message = problemsOf(model);
    expect(message).toContain('phases[0].label.nn:');
    expect(message).toContain('phases[1].checklist[2].label.en: must not be empty');
    expect(message).toContain('phases[2].toolbox[0].label.nb: must not be empty');
    expect(message).toContain('principles[3].nn: must not be empty');
  });

  it('rejects URLs that are not https', () => {
    const model = copy();
    model.phases[0]!.toolbox.find((entry) => entry.url)!.url = 'http://www.ks.no/veikart';
    const index = model.phases[0]!.toolbox.findIndex((entry) => entry.url?.startsWith('http:'));
    model.phases[3]!.toolbox.push({ key: 'utvikle.ressurs.ugyldig', kind: 'resource', label: { nb: 'x', nn: 'x', en: 'x' }, url: 'javascript:alert(1)' });
    const message = problemsOf(model);
    expect(message).toContain(`phases[0].toolbox[${index}].url: must be an https:// URL`);
    expect(message).toContain(`phases[3].toolbox[${model.phases[3]!.toolbox.length - 1}].url: must be an https:// URL`);
  });

  it('rejects an unknown tool kind and shape', () => {
    const model = copy() as unknown as { phases: { shape: string; toolbox: { kind: string }[] }[] };
    model.phases[0]!.shape = 'diamond';
    model.phases[0]!.toolbox[0]!.kind = 'video';
    const message = problemsOf(model);
    expect(message).toContain('phases[0].shape:');
    expect(message).toContain('phases[0].toolbox[0].kind:');
  });

  it('lists every problem at once and counts them', () => {
    const model = copy();
    model.phases[3]!.key = 'utforske';
    model.phases[0]!.checklist[0]!.label.en = '';
    model.version = '';
    const message = problemsOf(model);
    expect(message).toMatch(/^The phase model is not valid \(3 problems\):/);
    expect(message.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
    expect(message).toContain('- version: must not be empty');
  });

  it('rejects things that are not a model at all', () => {
    expect(problemsOf(null)).toContain('(model)');
    expect(problemsOf({ id: 'x', version: '1', phases: [] })).toContain('phases: must have at least one phase');
  });
});
