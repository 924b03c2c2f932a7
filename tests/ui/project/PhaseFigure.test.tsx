// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { PhaseModel } from '../../../src/model/types';
import { ProjectView } from '../../../src/ui/project';
import { PhaseFigure, phaseFigureClassNames } from '../../../src/ui/project/PhaseFigure';
import type { ProjectViewProps } from '../../../src/ui/project';
import { allDone, itemState, phase, projectState, renderInFluent, viewProps } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

function figure() {
  return screen.getByRole('radiogroup', { name: 'Fasene i modellen' });
}

describe('PhaseFigure in the channel tab', () => {
  it('has one focusable control per phase, named with its progress, gate and the current phase', () => {
    const utforske = phase('utforske');
    const [first, second] = utforske.checklist;
    const state = projectState('utforske', [
      ...allDone('forankring'),
      itemState('utforske', first!.key, { status: 'done' }),
      itemState('utforske', second!.key, { status: 'done' }),
    ]);
    const { props } = viewProps(state);
    renderInFluent(<ProjectView {...props} />);

    const radios = within(figure()).getAllByRole('radio');
    expect(radios).toHaveLength(DEFAULT_MODEL.phases.length);
    const forankring = phase('forankring');
    expect(radios[0]!.getAttribute('aria-label')).toBe(
      `Forankring og oppstart, ${forankring.checklist.length} av ${forankring.checklist.length} oppfylt, minimumskrav oppfylt`,
    );
    // utforske's second item needs both sides: ticked but unconfirmed, it is not done.
    const expectedDone = [first!, second!].filter((def) => !def.requiresBothSides).length;
    expect(radios[1]!.getAttribute('aria-label')).toBe(
      `Utforske, ${expectedDone} av ${utforske.checklist.length} oppfylt, minimumskrav ikke oppfylt, nåværende fase`,
    );
    expect(radios[1]!.getAttribute('aria-checked')).toBe('true');
    // Roving focus: only the selected phase is in the tab order.
    expect(radios.map((radio) => radio.tabIndex)).toEqual(radios.map((_radio, index) => (index === 1 ? 0 : -1)));
  });

  it('moves between phases with the arrow keys and shows the selected phase', () => {
    const { props } = viewProps(projectState('forankring'));
    renderInFluent(<ProjectView {...props} />);
    const radios = () => within(figure()).getAllByRole('radio');

    radios()[0]!.focus();
    fireEvent.keyDown(radios()[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(radios()[1]);
    expect(radios()[1]!.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: 'Utforske' })).toBeTruthy();

    fireEvent.keyDown(radios()[1]!, { key: 'ArrowLeft' });
    fireEvent.keyDown(radios()[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(radios()[DEFAULT_MODEL.phases.length - 1]);
    expect(screen.getByRole('heading', { level: 2, name: phase('laer-og-del').label.nb })).toBeTruthy();

    fireEvent.keyDown(radios()[5]!, { key: 'Home' });
    expect(radios()[0]!.getAttribute('aria-checked')).toBe('true');
  });

  it('reports selection to a controlled host', () => {
    const asked: string[] = [];
    function Host(base: ProjectViewProps) {
      const [selected, setSelected] = useState('definere');
      return <ProjectView {...base} selectedPhase={selected} onSelectPhase={(key) => (asked.push(key), setSelected(key))} />;
    }
    const { props } = viewProps(projectState('forankring'));
    renderInFluent(<Host {...props} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Definere' })).toBeTruthy();
    fireEvent.click(within(figure()).getAllByRole('radio')[3]!);
    expect(asked).toEqual(['utvikle']);
    expect(screen.getByRole('heading', { level: 2, name: 'Utvikle' })).toBeTruthy();
  });

  it('is drawn from the model, not hard-wired to six phases', () => {
    const model: PhaseModel = { ...DEFAULT_MODEL, phases: DEFAULT_MODEL.phases.filter((candidate) => candidate.shape !== 'block').map((candidate, order) => ({ ...candidate, order })) };
    const { props } = viewProps(projectState('utforske'), { model });
    renderInFluent(<ProjectView {...props} />);
    expect(within(figure()).getAllByRole('radio')).toHaveLength(4);
  });
});

describe('PhaseFigure as a Fluent-style component', () => {
  it('merges the caller’s className onto its root, after its own classes', () => {
    const { container } = renderInFluent(<PhaseFigure model={DEFAULT_MODEL} state={projectState('utforske')} language="nb" className="host-placement" />);
    const root = container.querySelector(`.${phaseFigureClassNames.root}`);
    expect(root?.classList.contains('host-placement')).toBe(true);
  });
});
