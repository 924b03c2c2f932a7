// @vitest-environment jsdom
// The Verktøykasse view without a project: the whole model, upcoming courses, and search across phases.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { ToolboxOverview } from '../../../src/ui/toolbox/ToolboxPage';
import { searchModel, countMatches } from '../../../src/ui/toolbox/searchModel';
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
});
