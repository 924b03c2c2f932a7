// The README's local-mode part tells a newcomer who each dev user is and how to switch language: its words must
// agree with the emulator's seeded roles and with the host's `?locale=` (a change to either that misses the README
// fails here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devUsers } from '../../emulator/src/auth/devUsers';
import { seedSites } from '../../emulator/src/seed/seedDirectory';
import { createStandaloneHost } from '../../src/host/standaloneHost';
import { pickLanguage } from '../../src/i18n/language';
import { DEMO_PROJECTS } from '../../src/model/demoProjects';

const readme = readFileSync('README.md', 'utf8');
/** The dev users table: first name(s) → the row's cells. */
const rows = [...readme.matchAll(/^\| ((?:[A-Z][a-z]+)(?:, [A-Z][a-z]+)*) \| ([^|]+) \| ([^|]+) \|$/gm)].map((match) => ({ names: match[1]!.split(', '), side: match[2]!.trim(), may: match[3]!.trim() }))
  .filter((row) => row.names.every((name) => devUsers.some((candidate) => candidate.givenName === name)));
const user = (name: string) => devUsers.find((candidate) => candidate.givenName === name)!;
const projectSites = DEMO_PROJECTS.map((project) => seedSites.find((site) => site.path === project.siteUrl)!);
const roleIn = (path: string, name: string) => seedSites.find((site) => site.path === path)?.roles[user(name).id];

describe('README, local mode', () => {
  it('names every dev user once, with the side the emulator gives them', () => {
    expect(rows.flatMap((row) => row.names).sort()).toEqual(devUsers.map((candidate) => candidate.givenName).sort());
    for (const row of rows) for (const name of row.names) expect(row.side.startsWith(user(name).side), `${name}: ${row.side}`).toBe(true);
  });

  it('says what each may, as the seeded roles grant it', () => {
    const may = (name: string) => rows.find((row) => row.names.includes(name))!.may;
    // The coordinator reads every project and owns the coordination site (the model and the Portfolio).
    expect(may('Kristin')).toMatch(/edit the model.*only \*read\* the projects/);
    for (const site of projectSites) expect(site.roles[user('Kristin').id], site.path).toBe('read');
    expect(roleIn('/sites/koordinering', 'Kristin')).toBe('owner');
    // The person without access is in no project.
    expect(may('Eva')).toMatch(/no-access page/);
    for (const site of projectSites) expect(site.roles[user('Eva').id], site.path).toBeUndefined();
    expect(roleIn('/sites/nytt-prosjekt', 'Eva')).toBeUndefined();
    // The owners it names.
    expect(may('Kari')).toMatch(/Kari owns Lungepasienter and `\/sites\/nytt-prosjekt`/);
    expect([roleIn('/sites/lungepasienter', 'Kari'), roleIn('/sites/nytt-prosjekt', 'Kari'), roleIn('/sites/lungepasienter', 'Ingrid')]).toEqual(['owner', 'owner', 'owner']);
    for (const name of ['Kari', 'Ola', 'Ingrid', 'Per']) {
      expect(projectSites.some((site) => site.roles[user(name).id] === 'write' || site.roles[user(name).id] === 'owner'), name).toBe(true);
    }
  });

  it('shows how to switch language with ?locale=, which the host honours over the browser’s language', () => {
    expect(readme).toMatch(/\| a language \| `\?locale=nn-NO` \(nynorsk\) or `\?locale=en-GB` \(English\) before the `#`/);
    const languageAt = (query: string) => pickLanguage(createStandaloneHost({ kind: 'local', params: new URLSearchParams(query), locale: 'nb-NO' }).context.locale);
    expect(languageAt('locale=nn-NO')).toBe('nn');
    expect(languageAt('locale=en-GB')).toBe('en');
    expect(languageAt('')).toBe('nb');
  });
});
