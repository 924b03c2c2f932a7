// @vitest-environment jsdom
// An entry of "Venter på meg" opens its item where the person is: in Teams through the host (teams-js app.openLink,
// so the Teams client opens the channel tab at the item), anywhere else by this app's own route.
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { ItemLink } from '../../../src/ui/waiting/ItemLink';
import { ShellContext } from '../../../src/ui/base/HostReactContext';
import { ServicesContext } from '../../../src/ui/base/ServicesContext';
import type { AppServices } from '../../../src/ui/base/AppServices';
import type { HostAdapter } from '../../../src/host/HostAdapter';
import { createStandaloneHost } from '../../../src/host/standaloneHost';
import { projectLink } from '../../../src/domain/projectLinks';

const target = { projectKey: 'p-1', siteUrl: 'https://innlandet.sharepoint.com/sites/lungepasienter', itemKey: 'forankring.mandat-godkjent', label: 'Lungepasienter', teamGroupId: 'g', channelId: '19:c@thread.tacv2' };

function renderLink(host: HostAdapter, teamsAppId?: string) {
  const services = { linkTo: (t: typeof target) => projectLink({ appBaseUrl: 'https://app.example.org', ...(teamsAppId ? { teamsAppId } : {}) }, t) } as unknown as AppServices;
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <ShellContext.Provider value={{ host, language: 'nb' }}>
        <ServicesContext.Provider value={services}>
          <ItemLink target={target} label="Åpne «Mandat» i Lungepasienter">Mandat</ItemLink>
        </ServicesContext.Provider>
      </ShellContext.Provider>
    </FluentProvider>,
  );
}

describe('ItemLink', () => {
  it('in Teams, opens the project’s channel tab at the item through the host', () => {
    const opened: string[] = [];
    const host: HostAdapter = { ...createStandaloneHost({ kind: 'browser', params: new URLSearchParams(), locale: 'nb-NO' }), kind: 'teams', openLink: async (url) => void opened.push(url) };
    renderLink(host, 'app-id');
    const link = screen.getByRole('link', { name: 'Åpne «Mandat» i Lungepasienter' });
    fireEvent.click(link);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/app-id\/p-1\?/);
    expect(JSON.parse(new URL(opened[0]!).searchParams.get('context')!)).toMatchObject({ subEntityId: 'item:forankring.mandat-godkjent' });
  });

  it('elsewhere (or for a project in no channel), is the app’s own route to the item', () => {
    renderLink(createStandaloneHost({ kind: 'browser', params: new URLSearchParams(), locale: 'nb-NO' }), 'app-id');
    const href = screen.getByRole('link', { name: 'Åpne «Mandat» i Lungepasienter' }).getAttribute('href');
    expect(href).toBe(`#/tab?project=p-1&site=${encodeURIComponent(target.siteUrl)}&item=forankring.mandat-godkjent`);
  });
});
