// @vitest-environment jsdom
// The balance per phase opens to the projects that waited on each side, under a heading with the count, and says
// nothing of a side nobody waited on.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BalanceChart } from '../../../src/ui/insight/BalanceChart';
import type { BalanceFigures, ConfirmationBalance } from '../../../src/domain/insight/types';
import { model } from '../../../testkit/domainFixtures';
import { renderInShell } from '../../../testkit/shell';

const LUNGE = { projectKey: 'lunge', title: 'Lungeteam' };
const figures = (kommune: number): BalanceFigures => ({
  waitsOn: { kommune: { count: kommune, medianDays: kommune ? 3 : undefined, open: 0, projects: kommune ? [LUNGE] : [] }, sykehus: { count: 0, open: 0, projects: [] } },
  firstBy: { kommune: 0, sykehus: kommune },
  together: 0,
});

describe('BalanceChart', () => {
  it('opens a phase to the projects that waited on a side, under that side’s heading, and no heading for the other', () => {
    const phaseKey = model.phases[0]!.key;
    const balance: ConfirmationBalance = { overall: figures(2), byPhase: [{ phaseKey, figures: figures(2) }], byRequirement: [], byProject: [] };
    const { container } = renderInShell(<BalanceChart balance={balance} model={model} language="nb" href={(key) => `#/p/${key}`} />);
    const row = container.querySelector<HTMLDetailsElement>(`[data-balance-phase="${phaseKey}"]`)!;
    row.open = true;
    fireEvent(row, new Event('toggle'));
    expect(screen.getByText('Har ventet på kommunen 2 ganger (median 3 dager), i disse prosjektene:')).toBeTruthy();
    expect(screen.getByRole('link', { name: LUNGE.title }).getAttribute('href')).toBe('#/p/lunge');
    expect(screen.queryByText(/Har ventet på sykehuset/)).toBeNull();
  });
});
