// Universal design (WCAG 2.1 AA is law for these users): axe finds no serious or critical violation on any view, in
// light, dark and high contrast, at desktop and side-panel width; screenshots of the main views for a human look.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasNoHorizontalScroll, openContext, screenshot } from '../../testkit/browser/browser';
import type { PageOptions } from '../../testkit/browser/browser';
import { LUNGE } from '../../testkit/browser/testApp';
import { appAndBrowser, pickMunicipality } from '../../testkit/browser/suite';
import type { TestApp } from '../../testkit/browser/testApp';
import { seriousViolations } from '../../testkit/browser/extra';

let app: TestApp;
let browser: Browser;

appAndBrowser({}, (started) => ({ app, browser } = started));

interface ViewCase {
  name: string;
  path: string;
  options: PageOptions;
  ready: (page: Page) => Promise<unknown>;
  /** Checked at side-panel width. */
  narrow?: boolean;
}

const project = `#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const projectReady = (page: Page) => page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();

const views: ViewCase[] = [
  { name: 'project-desktop', path: `/index.html${project}`, options: { user: 'kari' }, ready: projectReady },
  { name: 'project-side-panel', path: `/index.html?frame=sidePanel${project}`, options: { user: 'ingrid', width: 320 }, ready: (p) => p.getByRole('heading', { name: LUNGE.title }).waitFor(), narrow: true },
  { name: 'project-stage', path: `/index.html?frame=meetingStage${project}`, options: { user: 'per' }, ready: (p) => p.getByRole('heading', { name: LUNGE.title }).waitFor() },
  { name: 'project-dark', path: `/index.html?theme=dark${project}`, options: { user: 'kari' }, ready: projectReady },
  // Teams' own high-contrast theme (the app theme; Windows' forced colours are a separate case, see the report).
  { name: 'project-contrast', path: `/index.html?theme=contrast${project}`, options: { user: 'kari' }, ready: projectReady },
  { name: 'project-english', path: `/index.html${project}`, options: { user: 'kristin', locale: 'en-GB' }, ready: projectReady },
  { name: 'project-nynorsk-side-panel', path: `/index.html?frame=sidePanel${project}`, options: { user: 'ola', width: 320, locale: 'nn-NO' }, ready: (p) => p.getByRole('heading', { name: LUNGE.title }).waitFor(), narrow: true },
  { name: 'lists-missing', path: '/index.html#/config?site=/sites/nytt-prosjekt', options: { user: 'kari' }, ready: (p) => p.getByRole('heading', { name: 'Prosjektet er ikke satt opp på dette nettstedet ennå' }).waitFor() },
  { name: 'lists-missing-side-panel', path: '/index.html?frame=sidePanel#/tab?site=/sites/nytt-prosjekt', options: { user: 'per', width: 320 }, ready: (p) => p.getByRole('heading', { name: 'Prosjektet er ikke satt opp på dette nettstedet ennå' }).waitFor(), narrow: true },
  { name: 'overview', path: '/index.html#/overview', options: { user: 'kristin' }, ready: (p) => p.getByRole('table').first().waitFor() },
  { name: 'not-found', path: '/index.html#/nowhere', options: { user: 'kari' }, ready: (p) => p.getByRole('heading', { name: 'Siden finnes ikke' }).waitFor() },
];

describe('every view', () => {
  it.each(views)('$name has no serious axe violations', async (view) => {
    const { context, page, errors } = await openContext(browser, view.options);
    await page.goto(`${app.url}${view.path}`);
    await view.ready(page);
    // Transitions must settle before axe reads colours: wait for the running animations to finish, not a clock.
    await page.evaluate(() => Promise.all(document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity).map((animation) => animation.finished)));
    expect(await seriousViolations(page)).toEqual([]);
    if (view.narrow) expect(await hasNoHorizontalScroll(page)).toBe(true);
    await screenshot(page, view.name);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the config page and the phase-change dialog have no serious axe violations', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kari' });
    await page.goto(`${app.url}/index.html#/config?site=/sites/nytt-prosjekt`);
    await page.getByRole('button', { name: 'Opprett listene' }).click();
    await page.getByRole('heading', { name: 'Sett opp prosjektet' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'config-desktop');

    // Outside Teams the page saves with its own button and opens the new project.
    await page.getByRole('textbox', { name: /Prosjektnavn/ }).fill('Felles legemiddelgjennomgang');
    await pickMunicipality(page, 'Gjøvik');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Lagre' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Felles legemiddelgjennomgang' }).waitFor();

    // Reduced motion: axe must judge the dialog's colours, not a frame of its fade-in (text blended half-way).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Bytt fase …' }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'phase-change-dialog');
    expect(errors).toEqual([]);
    await context.close();
  });
});
