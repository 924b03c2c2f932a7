import { describe, expect, it } from 'vitest';
import { DEFAULT_DOMAIN_MAP, DEFAULT_MODEL, DEMO_PROJECTS } from '../../src/model/defaultModel';
import { parsePhaseModel } from '../../src/model/schema';
import { findItem, findPhase } from '../../src/model/lookup';
import { LANGUAGES } from '../../src/model/types';
import type { LocalizedText } from '../../src/model/types';

const phases = DEFAULT_MODEL.phases;
const allItems = phases.flatMap((phase) => phase.checklist);

describe('DEFAULT_MODEL', () => {
  it('is valid against the schema', () => {
    expect(() => parsePhaseModel(DEFAULT_MODEL)).not.toThrow();
    expect(DEFAULT_MODEL.id).toBe('hfi-default');
    expect(DEFAULT_MODEL.version).toBe('1.0.0');
  });

  it('has the six phases of the figure, in order and shape', () => {
    expect(phases.map((phase) => [phase.key, phase.order, phase.shape])).toEqual([
      ['forankring', 0, 'block'],
      ['utforske', 1, 'diverge'],
      ['definere', 2, 'converge'],
      ['utvikle', 3, 'diverge'],
      ['levere', 4, 'converge'],
      ['laer-og-del', 5, 'block'],
    ]);
  });

  it('has the item counts and begge counts of default-model.md', () => {
    expect(phases.map((phase) => phase.checklist.length)).toEqual([7, 5, 6, 6, 7, 6]);
    expect(phases.map((phase) => phase.checklist.filter((item) => item.requiresBothSides).length)).toEqual([4, 2, 4, 3, 4, 3]);
  });

  it('keeps the bokmål wording of default-model.md', () => {
    expect(findItem(DEFAULT_MODEL, 'forankring.mandat-godkjent')?.label.nb).toBe(
      'Mandatet er godkjent skriftlig av leder med beslutningsmyndighet i kommunen og i sykehuset',
    );
    expect(findItem(DEFAULT_MODEL, 'laer-og-del.tilbakemelding-brukere')?.label.nb).toBe('Brukerrepresentantene har fått vite hva innspillene deres førte til');
    expect(findPhase(DEFAULT_MODEL, 'levere')?.label.nb).toBe('Levere – teste og implementere');
  });

  it('prefixes every item key with its phase key', () => {
    for (const phase of phases) for (const item of phase.checklist) expect(item.key.startsWith(`${phase.key}.`), item.key).toBe(true);
  });

  it('has every text in bokmål, nynorsk and English, with nynorsk and English not copied from bokmål where the words differ', () => {
    const texts: LocalizedText[] = [
      DEFAULT_MODEL.name,
      ...DEFAULT_MODEL.principles,
      ...DEFAULT_MODEL.priorityGroups.map((group) => group.label),
      ...phases.flatMap((phase) => [phase.label, phase.shortLabel, phase.purpose, ...phase.checklist.map((item) => item.label), ...phase.toolbox.map((entry) => entry.label)]),
    ];
    for (const localized of texts) for (const language of LANGUAGES) expect(localized[language].trim(), JSON.stringify(localized)).not.toBe('');
    // Checklist items and purposes are sentences: each language must be its own.
    for (const localized of [...allItems.map((item) => item.label), ...phases.map((phase) => phase.purpose)]) {
      expect(localized.en, localized.nb).not.toBe(localized.nb);
      expect(localized.nn, localized.nb).not.toBe(localized.nb);
    }
  });

  it('writes nynorsk forms in nynorsk', () => {
    const nynorsk = allItems.map((item) => item.label.nn).join('\n');
    expect(findItem(DEFAULT_MODEL, 'forankring.mandat-godkjent')?.label.nn).toMatch(/^Mandatet er godkjent skriftleg /);
    expect(nynorsk).toContain('kommunen og sjukehuset');
    for (const bokmal of [/\bsykehus/, /\bhvem\b/, /\bhva\b/, /\bikke\b/, /\bansatte\b/, /\bbeskrevet\b/]) expect(nynorsk).not.toMatch(bokmal);
  });

  it('has a toolbox of methods, tools, templates and resources, resources with the exact https URLs', () => {
    for (const phase of phases) {
      const kinds = new Set(phase.toolbox.map((entry) => entry.kind));
      expect(kinds, phase.key).toEqual(new Set(['method', 'tool', 'template', 'resource']));
      for (const entry of phase.toolbox) expect(entry.kind === 'resource', entry.key).toBe(entry.url !== undefined);
    }
    const urls = phases.flatMap((phase) => phase.toolbox.flatMap((entry) => (entry.url ? [entry.url] : [])));
    expect(urls).toHaveLength(17);
    expect(urls).toContain('https://www.helsedirektoratet.no/tema/teknologi-i-v%C3%A5r-felles-helsetjeneste/fra-behov-til-ny-praksis');
    expect(urls).toContain('https://www.ks.no/veikart');
  });

  it('offers at least one template per phase, each helping a requirement of its phase (issue 18: every phase said "Ingen maler ennå")', () => {
    for (const phase of phases) {
      const templates = phase.toolbox.filter((entry) => entry.kind === 'template');
      expect(templates.length, phase.key).toBeGreaterThan(0);
      for (const template of templates) {
        expect(template.key.startsWith(`${phase.key}.mal.`), template.key).toBe(true);
        expect(phase.checklist.some((item) => item.helpedBy?.includes(template.key)), template.key).toBe(true);
      }
    }
  });

  it('has the four principles and five priority groups', () => {
    expect(DEFAULT_MODEL.principles.map((principle) => principle.nb)).toEqual(['Brukeren først', 'Likeverdig partnerskap', 'Visualiser felles forståelse', 'Prøv, lær, juster']);
    expect(DEFAULT_MODEL.priorityGroups.map((group) => group.key)).toEqual(['barn-og-unge', 'psykisk-helse-rus', 'skropelige-eldre', 'kroniske-lidelser', 'gravide-fodende-barsel']);
  });
});

describe('DEMO_PROJECTS', () => {
  it('are the four demo projects, each in its own site, with distinct GUIDs', () => {
    expect(DEMO_PROJECTS.map((project) => project.siteUrl)).toEqual([
      '/sites/lungepasienter',
      '/sites/bo-trygt-hjemme',
      '/sites/digital-hjemmeoppfolging',
      '/sites/unge-ressurskrevende',
    ]);
    const keys = DEMO_PROJECTS.map((project) => project.projectKey);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(4);
  });

  it('refer only to keys the default model knows', () => {
    const groups = new Set(DEFAULT_MODEL.priorityGroups.map((group) => group.key));
    for (const project of DEMO_PROJECTS) {
      expect(findPhase(DEFAULT_MODEL, project.currentPhase), project.title).toBeDefined();
      for (const group of project.targetGroups) expect(groups.has(group), group).toBe(true);
      for (const tick of project.ticks) expect(findItem(DEFAULT_MODEL, tick.itemKey), tick.itemKey).toBeDefined();
      expect(project.hospitalUnit).toBe('Sykehuset Innlandet HF');
      expect(project.municipalities.length).toBeGreaterThan(0);
    }
  });

  it('give a reason for every not-relevant tick', () => {
    const notRelevant = DEMO_PROJECTS.flatMap((project) => project.ticks).filter((tick) => tick.status === 'notRelevant');
    expect(notRelevant.length, 'demo ticks marked not relevant').toBeGreaterThan(0);
    for (const tick of notRelevant) expect(tick.reason?.trim(), tick.itemKey).toBeTruthy();
  });
});

describe('DEFAULT_DOMAIN_MAP', () => {
  it('maps the hospital, the municipalities and the coordinators', () => {
    const byDomain = new Map(DEFAULT_DOMAIN_MAP.map((rule) => [rule.domain, rule]));
    expect(byDomain.get('sykehuset-innlandet.no')).toMatchObject({ organisation: 'Sykehuset Innlandet HF', side: 'sykehus' });
    expect(byDomain.get('*.kommune.no')).toMatchObject({ organisation: '{name} kommune', side: 'kommune' });
    // Coordinators have a rule (their organisation) but no side: they confirm for neither.
    expect(byDomain.get('helsefellesskap-innlandet.no')).toBeDefined();
    expect(byDomain.get('helsefellesskap-innlandet.no')).not.toHaveProperty('side');
  });
});
