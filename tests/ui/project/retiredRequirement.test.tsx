// @vitest-environment jsdom
// A retired requirement in the checklist: still shown, with the state and history it has, marked "Utgått", and
// not offered as a task (no checkbox, no comment action); the phase's count leaves it out.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { retireRequirement } from '../../../src/model/editModel';
import { ProjectView } from '../../../src/ui/project';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { itemState, phase, projectState, renderInFluent, viewProps } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

const single = phase('forankring').checklist.find((def) => !def.requiresBothSides)!;
const total = phase('forankring').checklist.length;

describe('a retired requirement', () => {
  it('is shown with its state and history, marked Utgått, and cannot be ticked', () => {
    const state = projectState('forankring', [itemState('forankring', single.key, { status: 'done', comment: 'Levert i mars' })]);
    const { props } = viewProps(state, { model: retireRequirement(DEFAULT_MODEL, single.key) });
    renderInFluent(<ProjectView {...props} />);
    const row = screen.getByRole('listitem', { name: single.label.nb });
    expect(within(row).getByText('Utgått')).toBeTruthy();
    expect(within(row).getByText('Levert i mars')).toBeTruthy();
    expect(within(row).queryByRole('checkbox')).toBeNull();
    expect(within(row).queryByRole('button', { name: /kommentar/i })).toBeNull();
    expect(within(row).getByRole('button', { name: new RegExp(single.label.nb) })).toBeTruthy(); // its menu: the history
    expect(screen.getByText(`0 av ${total - 1} oppfylt`)).toBeTruthy();
  });

  it('is a task like any other in a model where it is not retired', () => {
    const { props } = viewProps(projectState('forankring'));
    renderInFluent(<ProjectView {...props} />);
    const row = screen.getByRole('listitem', { name: single.label.nb });
    expect(within(row).queryByText('Utgått')).toBeNull();
    expect(within(row).getByRole('checkbox', { name: single.label.nb })).toBeTruthy();
  });
});
