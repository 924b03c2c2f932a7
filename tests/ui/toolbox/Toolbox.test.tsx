// @vitest-environment jsdom
// The phase's toolbox and the guidance on its requirements, as a project member sees them.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { Toolbox } from '../../../src/ui/toolbox/Toolbox';
import { RequirementGuidance } from '../../../src/ui/toolbox/RequirementGuidance';
import { coursesFirstByDate } from '../../../src/ui/toolbox/courses';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { LocalizedText, ToolboxEntry } from '../../../src/model/types';
import { renderInFluent } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

const text = (nb: string, en = nb): LocalizedText => ({ nb, nn: nb, en });
const TODAY = '2026-02-01';

const template: ToolboxEntry = {
  key: 'mal.interessentanalyse',
  kind: 'template',
  label: text('Interessentanalyse (Excel)', 'Stakeholder analysis (Excel)'),
  description: text('Fyll inn hvem som berøres, og hvordan dere involverer dem.'),
  file: { driveId: 'b!d', itemId: '01A', name: 'Interessentanalyse.xlsx', webUrl: 'https://innlandet.sharepoint.com/sites/koordinering/Maler/Interessentanalyse.xlsx' },
};
const course = (key: string, dates: string[], extra: Partial<ToolboxEntry['course']> = {}): ToolboxEntry => ({
  key,
  kind: 'course',
  label: text(`Kurs ${key}`),
  course: { dates, digital: false, place: 'Gjøvik', provider: 'HelseINN', registrationUrl: 'https://helseinn.no/pamelding', ...extra },
});

describe('Toolbox', () => {
  it('opens a library file through its webUrl in a new window, and says it is a file', () => {
    renderInFluent(<Toolbox entries={[template]} language="nb" today={TODAY} />);
    const link = screen.getByRole('link', { name: 'Interessentanalyse (Excel) (fil i koordineringsområdet) (åpnes i nytt vindu)' });
    expect(link.getAttribute('href')).toBe(template.file!.webUrl);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('Fyll inn hvem som berøres, og hvordan dere involverer dem.')).toBeTruthy();
  });

  it('never makes a link of a javascript: or http: target from a hand-edited model, and hides retired entries', () => {
    const entries: ToolboxEntry[] = [
      { key: 'a', kind: 'resource', label: text('Farlig lenke'), url: 'javascript:alert(1)' },
      { key: 'b', kind: 'resource', label: text('Usikker lenke'), url: 'http://example.no/' },
      { ...template, file: { ...template.file!, webUrl: 'data:text/html,x' } },
      { key: 'c', kind: 'method', label: text('Utgått metode'), retired: true },
    ];
    renderInFluent(<Toolbox entries={entries} language="nb" today={TODAY} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.getByText('Farlig lenke')).toBeTruthy();
    expect(screen.getByText('Usikker lenke')).toBeTruthy();
    expect(screen.queryByText('Utgått metode')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Metoder' })).toBeNull();
  });

  it('lists upcoming courses first, soonest first, with dates, place, provider and registration', () => {
    const entries = [course('fortid', ['2025-05-01']), course('senere', ['2026-09-10']), course('snart', ['2025-12-01', '2026-03-05'], { digital: true })];
    expect(coursesFirstByDate(entries, TODAY).map((e) => e.key)).toEqual(['snart', 'senere', 'fortid']);
    renderInFluent(<Toolbox entries={entries} language="nb" today={TODAY} />);
    const list = screen.getByRole('heading', { name: 'Kurs' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(items.map((li) => li.firstChild?.textContent)).toEqual(['Kurs snart', 'Kurs senere', 'Kurs fortid']);
    expect(within(items[0]!).getByText('Digitalt')).toBeTruthy();
    expect(within(items[0]!).getByText(/Dato: 1\. des\. 2025 \(Gjennomført\), 5\. mars? 2026/)).toBeTruthy();
    expect(within(items[1]!).getByText('Sted: Gjøvik')).toBeTruthy();
    expect(within(items[1]!).getByText('Arrangør: HelseINN')).toBeTruthy();
    expect(within(items[1]!).getByRole('link', { name: /^Meld deg på/ }).getAttribute('href')).toBe('https://helseinn.no/pamelding');
  });
});

describe('RequirementGuidance', () => {
  it('shows what a requirement means and the entries that help, from any phase, in the reader\'s language', () => {
    const model = structuredClone(DEFAULT_MODEL);
    const [forankring, utforske] = model.phases;
    utforske!.toolbox.push(template);
    const item = forankring!.checklist[6]!;
    item.guidance = text('Kartlegg alle som berøres.', 'Map everyone affected.');
    item.helpedBy = [template.key];
    forankring!.checklist[0]!.guidance = text('Utgått veiledning');
    forankring!.checklist[0]!.retired = true;
    renderInFluent(<RequirementGuidance phase={forankring!} model={model} language="en" today={TODAY} />);
    expect(screen.getByRole('heading', { name: 'Guidance on the requirements' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: item.label.en })).toBeTruthy();
    expect(screen.getByText('Map everyone affected.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Stakeholder analysis \(Excel\)/ }).getAttribute('href')).toBe(template.file!.webUrl);
    expect(screen.queryByText('Utgått veiledning')).toBeNull();
  });

  it('shows nothing for a phase whose requirements have no guidance and no helpers', () => {
    const phase = DEFAULT_MODEL.phases[0]!;
    const withoutGuidance = { ...phase, checklist: phase.checklist.map(({ guidance: _guidance, helpedBy: _helpedBy, ...item }) => item) };
    const { container } = renderInFluent(<RequirementGuidance phase={withoutGuidance} language="nb" />);
    expect(container.textContent).toBe('');
  });
});
