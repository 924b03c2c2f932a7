// @vitest-environment jsdom
// Local mode's bar names the project on screen: after the config page made a new one, the picker says so instead of
// showing the first demo project (a select shows its first option when its value has none).
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PROJECTS } from '../../../../src/model/demoProjects';
import { LocalModeBar } from '../../../../src/ui/shell/local/LocalModeBar';
import type { DevSite, DevUser } from '../../../../src/ui/shell/local/devDirectory';
import { renderInShell } from '../../../../testkit/shell';

afterEach(cleanup);

const kari: DevUser = { id: 'kari', displayName: 'Kari Nordmann', mail: 'kari@example.no', organisation: 'Gjøvik kommune', side: 'kommune', token: 'dev:kari' };
const sites: DevSite[] = [{ key: 'nytt-prosjekt', path: '/sites/nytt-prosjekt', webUrl: 'https://innlandet.sharepoint.com/sites/nytt-prosjekt', displayName: 'Nytt prosjekt' }];
const chosen = () => (screen.getByRole('combobox', { name: 'Prosjekt' }) as HTMLSelectElement).selectedOptions[0]?.textContent;

describe('LocalModeBar', () => {
  it('shows a demo project by its title', () => {
    const lunge = DEMO_PROJECTS[0]!;
    renderInShell(<LocalModeBar users={[kari]} current={kari} onChooseUser={() => undefined} currentProject={lunge.projectKey} currentSite={lunge.siteUrl} sites={sites} />);
    expect(chosen()).toBe(lunge.title);
  });

  it('names a project made on the config page by its site, not as the first demo project', () => {
    renderInShell(<LocalModeBar users={[kari]} current={kari} onChooseUser={() => undefined} currentProject="0f6c2b1e-new" currentSite="/sites/nytt-prosjekt" sites={sites} />);
    expect(chosen()).toBe('Prosjektet på «Nytt prosjekt»');
    expect(chosen()).not.toBe(DEMO_PROJECTS[0]!.title);
  });

  it('says "Velg prosjekt" when no project is open', () => {
    renderInShell(<LocalModeBar users={[kari]} current={kari} onChooseUser={() => undefined} currentProject={undefined} sites={sites} />);
    expect(chosen()).toBe('Velg prosjekt');
  });
});
