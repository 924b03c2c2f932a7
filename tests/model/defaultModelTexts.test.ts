// The default model's longer texts cover every requirement and toolbox entry, in every language, and point only at
// entries of the requirement's own phase.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { REQUIREMENT_GUIDANCE, REQUIREMENT_HELPED_BY, TOOLBOX_TEXTS } from '../../src/model/defaultModelTexts';
import { LANGUAGES } from '../../src/model/types';

const requirements = DEFAULT_MODEL.phases.flatMap((phase) => phase.checklist.map((item) => ({ phase, item })));
const entries = DEFAULT_MODEL.phases.flatMap((phase) => phase.toolbox);

describe('default model texts', () => {
  it('gives every requirement guidance in nb, nn and en, and nothing for keys that do not exist', () => {
    expect(Object.keys(REQUIREMENT_GUIDANCE).sort()).toEqual(requirements.map(({ item }) => item.key).sort());
    for (const guidance of Object.values(REQUIREMENT_GUIDANCE)) {
      for (const language of LANGUAGES) expect(guidance[language].trim().length).toBeGreaterThan(40);
    }
  });

  it('gives every toolbox entry a description in nb, nn and en', () => {
    expect(Object.keys(TOOLBOX_TEXTS).sort()).toEqual(entries.map((entry) => entry.key).sort());
    for (const { description } of Object.values(TOOLBOX_TEXTS)) {
      for (const language of LANGUAGES) expect(description[language].trim().length).toBeGreaterThan(20);
    }
  });

  it('is in the default model itself: every requirement carries its guidance and helpers, every entry its description', () => {
    for (const { item } of requirements) {
      expect(item.guidance, item.key).toEqual(REQUIREMENT_GUIDANCE[item.key]);
      expect(item.helpedBy, item.key).toEqual(REQUIREMENT_HELPED_BY[item.key]);
    }
    for (const entry of entries) expect(entry.description, entry.key).toEqual(TOOLBOX_TEXTS[entry.key]!.description);
  });

  it('links each requirement only to toolbox entries of its own phase', () => {
    for (const { phase, item } of requirements) {
      const helpers = REQUIREMENT_HELPED_BY[item.key] ?? [];
      expect(helpers.length, item.key).toBeGreaterThan(0);
      for (const key of helpers) expect(phase.toolbox.map((entry) => entry.key), `${item.key} → ${key}`).toContain(key);
    }
  });
});
