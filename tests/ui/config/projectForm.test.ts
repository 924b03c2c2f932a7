import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { checkProjectForm, emptyProjectForm, isProjectFormValid, newProjectInfo, projectChanges, tabConfigFor } from '../../../src/ui/config/projectForm';

const form = { title: 'Trygg utskriving', municipalities: ['Hamar kommune'], hospitalUnit: 'Sykehuset Innlandet HF', targetGroups: ['skropelige-eldre'] };

describe('the config form', () => {
  it('needs a title, a municipality and a hospital unit', () => {
    expect(isProjectFormValid(emptyProjectForm())).toBe(false);
    expect(checkProjectForm({ ...form, municipalities: [] })).toEqual({ municipalities: 'required' });
    expect(checkProjectForm({ ...form, hospitalUnit: ' ' }).hospitalUnit?.kind).toBe('blank');
    expect(isProjectFormValid(form)).toBe(true);
  });

  it('refuses a national identity number in the title', () => {
    // 15076500565 is a published, valid test number.
    expect(checkProjectForm({ ...form, title: 'Pasient 15076500565' }).title?.kind).toBe('nationalId');
  });

  it('starts a new project in the model’s first phase and names the tab after it', () => {
    const info = newProjectInfo(form, DEFAULT_MODEL, 'key-1', '2026-01-01T00:00:00Z', { groupId: 'g' });
    expect(info).toMatchObject({ projectKey: 'key-1', title: 'Trygg utskriving', teamGroupId: 'g', currentPhase: DEFAULT_MODEL.phases[0]?.key, lifecycleStatus: 'active' });
    expect(tabConfigFor('https://app.example', 'key-1', ' Trygg ')).toEqual({
      entityId: 'key-1',
      contentUrl: 'https://app.example/index.html#/tab?project=key-1',
      websiteUrl: 'https://app.example/index.html#/tab?project=key-1',
      suggestedDisplayName: 'Felles modell – Trygg',
    });
  });

  it('sends only what changed', () => {
    const info = newProjectInfo(form, DEFAULT_MODEL, 'key-1', '2026-01-01T00:00:00Z');
    expect(projectChanges(info, form)).toBeUndefined();
    expect(projectChanges(info, { ...form, title: 'Nytt navn', municipalities: ['Hamar kommune', 'Stange kommune'] })).toEqual({
      title: 'Nytt navn',
      municipalities: ['Hamar kommune', 'Stange kommune'],
    });
  });
});
