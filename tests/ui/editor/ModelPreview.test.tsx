// @vitest-environment jsdom
// The editor's preview renders the working copy through the real project view and the meeting side panel, on a demo
// project, read-only: an edited guidance text and a new requirement show there, and no action is offered.
import { afterEach, describe, expect, it } from 'vitest';
import '../../../testkit/inertResizeObserver';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { ModelPreview } from '../../../src/ui/editor/ModelPreview';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { DEMO_PROJECTS } from '../../../src/model/demoProjects';
import { addRequirement, updateRequirement } from '../../../src/model/editModel';
import { renderInFluent } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

const phase = DEFAULT_MODEL.phases.find((p) => p.key === DEMO_PROJECTS[0]!.currentPhase)!;
const GUIDANCE = 'Forhåndsvist veiledning: slik oppfyller prosjektet kravet.';
const edited = addRequirement(
  updateRequirement(DEFAULT_MODEL, phase.checklist[0]!.key, { guidance: { nb: GUIDANCE, nn: GUIDANCE, en: GUIDANCE } }),
  phase.key, { nb: 'Et helt nytt krav i forhåndsvisningen', nn: 'Eit nytt krav', en: 'A new requirement' }, false, new Set(),
).model;

describe('the editor preview', () => {
  it('shows the working copy in the real project view, read-only, and in the side panel', async () => {
    renderInFluent(<ModelPreview model={edited} editing="nb" language="nb" />);
    await screen.findByText('Et helt nytt krav i forhåndsvisningen');
    expect(screen.getAllByText(GUIDANCE).length).toBeGreaterThan(0);
    expect(screen.getByText(DEMO_PROJECTS[0]!.title)).toBeTruthy();
    expect(screen.queryAllByRole('checkbox').every((box) => (box as HTMLInputElement).disabled || box.getAttribute('aria-disabled') === 'true')).toBe(true);

    fireEvent.change(screen.getByRole('combobox', { name: 'Vis som' }), { target: { value: 'sidePanel' } });
    await screen.findByText('Et helt nytt krav i forhåndsvisningen');
    fireEvent.change(screen.getByRole('combobox', { name: 'Vis som' }), { target: { value: 'toolbox' } });
    expect(await screen.findByRole('searchbox', { name: 'Søk i verktøykassen' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Forhåndsvis' })).getAllByText(GUIDANCE).length).toBeGreaterThan(0);
  });
});
