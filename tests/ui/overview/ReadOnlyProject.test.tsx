// @vitest-environment jsdom
// The drill-down shows a project's checklist on the model version the project runs on (what the store says it read
// the state against), not on the app's newest model: a requirement retired in a newer version is still a task there.
import '../../../testkit/inertResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { retireRequirement } from '../../../src/model/editModel';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { ReadOnlyProject } from '../../../src/ui/overview/ReadOnlyProject';
import type { ReadOnlyProjectProps } from '../../../src/ui/overview/ReadOnlyProject';
import { phase, projectState, renderInFluent } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

const single = phase('forankring').checklist.find((def) => !def.requiresBothSides)!;
const newest = { ...retireRequirement(DEFAULT_MODEL, single.key), version: '2.0.0' };
const location = { siteId: 's', siteUrl: 'https://innlandet.sharepoint.com/sites/lunge', lists: { projects: 'p', checklist: 'c', events: 'e', participants: 'pa' } };

/** The store port as the drill-down uses it: a project on version 1 (or, without `model`, an adapter that does not say). */
function storeFor(projectModel?: typeof DEFAULT_MODEL): ReadOnlyProjectProps['store'] {
  const state = projectState('forankring');
  return {
    locate: () => Promise.resolve(location),
    loadProject: () => Promise.resolve({ state, participants: [], cursor: {}, ...(projectModel ? { model: { model: projectModel } } : {}) }),
  };
}

describe('the drill-down into a project', () => {
  it('uses the model version the project runs on', async () => {
    renderInFluent(<ReadOnlyProject store={storeFor(DEFAULT_MODEL)} siteUrl={location.siteUrl} projectKey="lunge" model={newest} language="nb" />);
    const row = await screen.findByRole('listitem', { name: single.label.nb });
    expect(within(row).queryByText('Utgått')).toBeNull();
  });

  it('falls back to the app\'s model when the store does not say', async () => {
    renderInFluent(<ReadOnlyProject store={storeFor()} siteUrl={location.siteUrl} projectKey="lunge" model={newest} language="nb" />);
    const row = await screen.findByRole('listitem', { name: single.label.nb });
    expect(within(row).getByText('Utgått')).toBeTruthy();
  });
});
