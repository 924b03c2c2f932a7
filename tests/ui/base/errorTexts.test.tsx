// @vitest-environment jsdom
// No English developer text reaches a user: every store error code, every model problem code and every kind of model
// conflict has its own text in bokmål, nynorsk and English, with its data filled in; and a problem's place is said in
// the editor's words ("Forankring › Verktøykassen: «…» › Lenke"), never as a zod path.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { LANGUAGES } from '../../../src/model/types';
import type { Language } from '../../../src/model/types';
import { MODEL_PROBLEM_CODES, modelProblem, placeOf } from '../../../src/model/modelProblems';
import type { ModelProblem, ModelProblemCode } from '../../../src/model/modelProblems';
import { checkPhaseModel } from '../../../src/model/schema';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { STORE_ERROR_CODES } from '../../../src/store/ChecklistStore';
import { MODEL_CONFLICT_REASONS } from '../../../src/store/model/ModelRepository';
import { storeErrorMessage } from '../../../src/ui/base/storeErrorMessage';
import { describeModelProblem } from '../../../src/ui/base/modelProblems/describeModelProblem';
import { NoticeBar } from '../../../src/ui/editor/EditorNotices';

afterEach(cleanup);

/** Sample data for every placeholder a message may have. */
const DATA = { max: 60, key: 'forankring.x', kind: 'item', modelId: 'hfi-default', size: 250_000, rowVersion: '3.0.0', modelVersion: '2.0.0' };

const texts = (make: (language: Language) => string) => Object.fromEntries(LANGUAGES.map((language) => [language, make(language)])) as Record<Language, string>;

function expectTranslated(what: string, byLanguage: Record<Language, string>, english: string[] = []) {
  for (const language of LANGUAGES) {
    const text = byLanguage[language];
    expect(text.trim(), `${what} in ${language}`).not.toBe('');
    expect(text, `${what} in ${language}: a placeholder left`).not.toMatch(/\{\w+\}/);
    for (const developer of english) expect(text, `${what} in ${language}`).not.toContain(developer);
  }
  expect(byLanguage.nb, `${what}: bokmål is not the English text`).not.toBe(byLanguage.en);
}

describe('every error code has text in every language', () => {
  it('store errors', () => {
    expect(STORE_ERROR_CODES.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    for (const code of STORE_ERROR_CODES) {
      const byLanguage = texts((language) => storeErrorMessage(code, language));
      expectTranslated(code, byLanguage);
      seen.add(byLanguage.nb);
    }
    expect(seen.size, 'each code has its own message').toBe(STORE_ERROR_CODES.length);
  });

  it('model problems, with their data and place', () => {
    const seen = new Set<string>();
    for (const code of MODEL_PROBLEM_CODES) {
      const problem = modelProblem(code as ModelProblemCode, ['phases', 0, 'checklist', 1, 'guidance', 'nn'], 'an English developer message', DATA);
      const byLanguage = texts((language) => describeModelProblem({ ...problem, ...placeOf(DEFAULT_MODEL, problem.at) }, language));
      expectTranslated(code, byLanguage, ['an English developer message', 'phases[', 'checklist']);
      seen.add(byLanguage.nb);
    }
    expect(seen.size, 'each code has its own message').toBe(MODEL_PROBLEM_CODES.length);
  });

  it('conflicts with a colleague\'s save or publish, in the editor', () => {
    for (const reason of MODEL_CONFLICT_REASONS) {
      const byLanguage = texts((language) => {
        const { container } = render(<NoticeBar notice={{ kind: 'conflict', reason, version: '1.0.0' }} language={language} onReload={() => undefined} />);
        const text = container.textContent ?? '';
        cleanup();
        return text;
      });
      expectTranslated(reason, byLanguage, ['The draft was changed', 'is no longer the newest', 'exists already']);
    }
  });
});

describe('a model problem says where, in words', () => {
  const at = (problem: Pick<ModelProblem, 'at'>) => placeOf(DEFAULT_MODEL, problem.at);

  it('a toolbox link', () => {
    const model = structuredClone(DEFAULT_MODEL);
    model.phases[0]!.toolbox[0]!.url = 'http://www.ks.no/';
    const check = checkPhaseModel(model);
    if (check.ok) throw new Error('accepted');
    const [problem] = check.problems;
    const title = model.phases[0]!.toolbox[0]!.label;
    expect(describeModelProblem(problem!, 'nb')).toBe(`${model.phases[0]!.label.nb} › Verktøykassen: «${title.nb}» › Lenke: må være en nettadresse som begynner med https://`);
    expect(describeModelProblem(problem!, 'nn')).toBe(`${model.phases[0]!.label.nn} › Verktøykassa: «${title.nn}» › Lenkje: må vere ei nettadresse som byrjar med https://`);
    expect(describeModelProblem(problem!, 'en')).toBe(`${model.phases[0]!.label.en} › Toolbox: “${title.en}” › Link: must be a web address that starts with https://`);
  });

  it('a requirement\'s text in one language, a phase field, a course date, the change note and the whole model', () => {
    const requirement = modelProblem('blank', ['phases', 1, 'checklist', 2, 'label', 'en'], '');
    expect(describeModelProblem({ ...requirement, ...at(requirement) }, 'nb')).toBe(`${DEFAULT_MODEL.phases[1]!.label.nb} › Krav «${DEFAULT_MODEL.phases[1]!.checklist[2]!.label.nb}» › Kravet (engelsk): må fylles ut`);
    const purpose = modelProblem('tooLong', ['phases', 2, 'purpose', 'nb'], '', { max: 2000 });
    expect(describeModelProblem({ ...purpose, ...at(purpose) }, 'nb')).toBe(`${DEFAULT_MODEL.phases[2]!.label.nb} › Formål (bokmål): er for lang: høyst 2000 tegn`);
    const date = modelProblem('badDate', ['phases', 0, 'toolbox', 99, 'course', 'dates', 0], '');
    expect(describeModelProblem({ ...date, ...at(date) }, 'nb')).toBe(`${DEFAULT_MODEL.phases[0]!.label.nb} › Verktøykassen: nr. 100 › Kursdatoer: må være en dato skrevet som ÅÅÅÅ-MM-DD`);
    expect(describeModelProblem(modelProblem('blank', ['changeNote'], ''), 'en')).toBe('The change note: must be filled in');
    expect(describeModelProblem(modelProblem('unreadable', [], ''), 'nb')).toBe('Modellen: kan ikke leses i SharePoint. Den kan være kuttet av eller endret for hånd');
  });
});
