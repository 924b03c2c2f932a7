// @vitest-environment jsdom
// The Verktøykasse view without a project: the whole model, upcoming courses, and search across phases.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { ToolboxOverview } from '../../../src/ui/toolbox/ToolboxPage';
import { searchModel, countMatches, markMatches, searchWords } from '../../../src/ui/toolbox/searchModel';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { PhaseModel } from '../../../src/model/types';
import { renderInFluent } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

function modelWithCourse(): PhaseModel {
  const model = structuredClone(DEFAULT_MODEL);
  model.phases[2]!.toolbox.push({
    key: 'definere.kurs.gevinst',
    kind: 'course',
    label: { nb: 'Kurs i gevinstrealisering', nn: 'Kurs i gevinstrealisering', en: 'Course in benefits realisation' },
    course: { dates: ['2026-04-20'], digital: true, provider: 'DFØ' },
  });
  model.phases[0]!.checklist[0]!.guidance = { nb: 'Begge ledere signerer mandatet.', nn: 'Begge leiarane signerer mandatet.', en: 'Both managers sign the mandate.' };
  return model;
}

describe('searchModel', () => {
  it('finds entries and requirements by every word, forgiving case, and leaves retired ones out', () => {
    const model = modelWithCourse();
    model.phases[0]!.checklist[1]!.retired = true;
    const results = searchModel(model, 'nb', 'GEVINST kurs');
    expect(results.flatMap((r) => r.entries.map((e) => e.key))).toEqual(['definere.kurs.gevinst']);
    expect(searchModel(model, 'nb', 'ledere signerer').flatMap((r) => r.requirements.map((i) => i.key))).toEqual([model.phases[0]!.checklist[0]!.key]);
    expect(searchModel(model, 'nb', model.phases[0]!.checklist[1]!.label.nb).flatMap((r) => r.requirements)).toEqual([]);
    expect(countMatches(searchModel(model, 'nb', ''))).toBe(model.phases.reduce((n, p) => n + p.checklist.length - (p.key === 'forankring' ? 1 : 0) + p.toolbox.length, 0));
  });

  it('matches where a word starts, after a space or a hyphen, never inside a word', () => {
    const keys = (query: string) => searchModel(DEFAULT_MODEL, 'nb', query).flatMap((r) => [...r.requirements, ...r.entries].map((found) => found.key));
    // "ROS" once found every "prosjekt" and "prosess"; now only the ROS analysis.
    expect(keys('ROS')).toEqual(['utvikle.ros-dpia-vurdert', 'utvikle.verktoy.ros-analyse', 'utvikle.mal.ros-analyse']);
    expect(keys('ros-analyse')).toEqual(keys('ROS'));
    expect(keys('analyse')).toEqual(expect.arrayContaining(keys('ROS')));
    // Case is forgiven for æ, ø and å too; the middle of a word is not a word start.
    expect(keys('ØKONOMI')).toEqual(['utvikle.konsekvenser-avklart']);
    expect(keys('øk')).toContain('utvikle.konsekvenser-avklart');
    expect(keys('konomi')).toEqual([]);
    expect(keys('rosjekt')).toEqual([]);
  });
});

describe('markMatches', () => {
  it('cuts the original text where a search word starts a word, touching matches as one', () => {
    expect(markMatches('ROS-analyse for prosjektet, ros', searchWords('ros ros-analyse'))).toEqual([
      { text: 'ROS-analyse', match: true },
      { text: ' for prosjektet, ', match: false },
      { text: 'ros', match: true },
    ]);
    expect(markMatches('Økonomi og Åpenhet', searchWords('åp ØK'))).toEqual([
      { text: 'Øk', match: true },
      { text: 'onomi og ', match: false },
      { text: 'Åp', match: true },
      { text: 'enhet', match: false },
    ]);
    // A character that folds to two ("ﬁ" to "fi") still cuts the original text at the right place.
    expect(markMatches('ﬁnn økonomi', searchWords('økonomi'))).toEqual([{ text: 'ﬁnn ', match: false }, { text: 'økonomi', match: true }]);
    expect(markMatches('prosjekt', searchWords('ros'))).toEqual([{ text: 'prosjekt', match: false }]);
    expect(markMatches('', [])).toEqual([{ text: '', match: false }]);
  });
});

describe('ToolboxOverview', () => {
  it('shows every phase with its requirements and toolbox, and upcoming courses first', () => {
    renderInFluent(<ToolboxOverview model={modelWithCourse()} language="nb" today="2026-02-01" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Verktøykasse' })).toBeTruthy();
    for (const phase of DEFAULT_MODEL.phases) expect(screen.getByRole('heading', { level: 2, name: `${phase.order + 1}. ${phase.label.nb}` })).toBeTruthy();
    const courses = screen.getByRole('heading', { level: 2, name: 'Kommende kurs' }).nextElementSibling as HTMLElement;
    expect(courses.textContent).toContain('Kurs i gevinstrealisering');
    expect(screen.getByText('Begge ledere signerer mandatet.')).toBeTruthy();
  });

  it('narrows to the phases that match a search, and says when nothing does', async () => {
    renderInFluent(<ToolboxOverview model={modelWithCourse()} language="en" today="2026-02-01" />);
    const search = screen.getByRole('searchbox', { name: 'Search the toolbox' });
    fireEvent.change(search, { target: { value: 'benefits realisation' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^\d+ results$/));
    expect(screen.getByRole('heading', { level: 2, name: `3. ${DEFAULT_MODEL.phases[2]!.label.en}` })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: `1. ${DEFAULT_MODEL.phases[0]!.label.en}` })).toBeNull();
    fireEvent.change(search, { target: { value: 'zzzz-ingenting' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Nothing matches “zzzz-ingenting”.'));
  });

  it('marks what matched, and leaves out sections with nothing that matches while searching', async () => {
    // Utvikle without templates: its empty "Maler" group says so, except in a search's results.
    const model = modelWithCourse();
    const utvikle = model.phases.find((phase) => phase.key === 'utvikle')!;
    utvikle.toolbox = utvikle.toolbox.filter((entry) => entry.kind !== 'template');
    const { container } = renderInFluent(<ToolboxOverview model={model} language="nb" today="2026-02-01" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Kommende kurs' })).toBeTruthy();
    expect(screen.getAllByText('Ingen maler ennå.').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('mark')).toHaveLength(0);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk i verktøykassen' }), { target: { value: 'ros' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 treff'));
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks.length).toBeGreaterThan(1);
    expect(new Set(marks)).toEqual(new Set(['ROS']));
    // The requirement reads in full, its match marked inside it.
    const requirement = DEFAULT_MODEL.phases[3]!.checklist.find((item) => item.key === 'utvikle.ros-dpia-vurdert')!.label.nb;
    expect(screen.getAllByText((_, element) => element?.tagName === 'LI' && element.textContent === requirement)).toHaveLength(1);
    expect(screen.queryByRole('heading', { level: 2, name: 'Kommende kurs' })).toBeNull();
    expect(screen.queryByText('Ingen kommende kurs.')).toBeNull();
    expect(screen.queryByText('Ingen maler ennå.')).toBeNull();
    // A course found by its provider: the provider is marked, and the courses section is back.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk i verktøykassen' }), { target: { value: 'dfø' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Kommende kurs' })).toBeTruthy());
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('DFØ');
  });
});
