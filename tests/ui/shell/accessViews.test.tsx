// @vitest-environment jsdom
// The pages for a person who cannot (yet) use a project: what each says, and what it offers to whom.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ListsMissingView } from '../../../src/ui/shell/ListsMissingView';
import { NoAccessView } from '../../../src/ui/shell/NoAccessView';
import { renderInShell } from '../../../testkit/shell';
import { ingrid, kari } from '../../../testkit/people';

afterEach(cleanup);

const MISSING = ['projects', 'checklist', 'events', 'participants'];
const provision = () => Promise.resolve();

describe('the lists-missing page', () => {
  it('offers "Opprett listene" to someone who may create lists, with the lists named as SharePoint shows them', () => {
    renderInShell(<ListsMissingView siteUrl="https://innlandet.sharepoint.com/sites/x" missing={MISSING} canManageLists onProvision={provision} />);
    expect(screen.getByRole('button', { name: 'Opprett listene' })).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).toContain('Felles modell – prosjekter, Felles modell – sjekkpunkter, Felles modell – hendelser, Felles modell – deltakere');
    expect(text).not.toMatch(/mangler: projects/);
  });

  it('tells someone who may not what to do instead, and keeps the command under "For administrator"', () => {
    renderInShell(<ListsMissingView siteUrl="https://innlandet.sharepoint.com/sites/x" missing={MISSING} canManageLists={false} onProvision={provision} />);
    expect(screen.queryByRole('button', { name: 'Opprett listene' })).toBeNull();
    expect(screen.getByText(/Bare en eier av nettstedet kan opprette listene/)).toBeTruthy();
    const admin = screen.getByRole('region', { name: 'For administrator' });
    expect(admin.textContent).toContain('npm run provision -- --site https://innlandet.sharepoint.com/sites/x');
  });
});

describe('the no-access page', () => {
  it('names the owners where Graph told us, and offers no retry', () => {
    // Graph gives an owner's e-mail where the directory has one: Ingrid here without.
    renderInShell(<NoAccessView site="https://innlandet.sharepoint.com/sites/x" owners={[kari, { id: ingrid.id, name: ingrid.name }]} />);
    expect(screen.getByRole('heading', { name: 'Du har ikke tilgang til dette prosjektet' })).toBeTruthy();
    expect(screen.getByText('Disse kan gi deg tilgang: Kari Nordmann (kari.nordmann@lillehammer.kommune.no) eller Ingrid Hansen.')).toBeTruthy();
    expect(screen.getByText(/Be om lesetilgang/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says "the site’s owners" where no owner is known', () => {
    renderInShell(<NoAccessView site="/sites/x" />, 'en');
    expect(screen.getByText(/The site’s owners can give you access/)).toBeTruthy();
  });
});
