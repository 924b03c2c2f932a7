// Issue #5 "Done when": the coordinator opens the overview in local mode, sees every demo project, filters by
// priority group, phase and "stalled", sorts, drills down into one project's phase and checklist, meets no serious
// axe violation, and downloads both exports: a real workbook (read back with exceljs, typed cells) and a CSV for
// Norwegian Excel (UTF-8 BOM, `;`, one record per filtered project).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PROJECTS } from '../../src/model/demoProjects';
import type { DemoProject } from '../../src/model/demoProjects';
import { openContext, screenshot } from '../../testkit/browser/browser';
import { appAndBrowser, clickSettled } from '../../testkit/browser/suite';
import { graphCall, listPath, listRows, parseCsv, seriousViolations } from '../../testkit/browser/extra';
import type { TestApp } from '../../testkit/browser/testApp';

let app: TestApp;
let browser: Browser;

appAndBrowser({ projects: DEMO_PROJECTS }, (started) => ({ app, browser } = started));

const [LUNGE, BO_TRYGT, DIGITAL, UNGE] = DEMO_PROJECTS as [DemoProject, DemoProject, DemoProject, DemoProject];

/** The project titles in the table, top to bottom. */
const tableTitles = (page: Page) => page.getByRole('table').getByRole('button', { name: /^Detaljer om / }).allTextContents();
const countLine = (page: Page) => page.getByRole('heading', { level: 2, name: /av \d+ prosjekter/ }).textContent();

/** A multiselect filter, with the mouse: Fluent's multiselect Dropdown lists its choices as checkbox menu items. */
async function chooseWithMouse(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  const choice = page.getByRole('menuitemcheckbox', { name: option, exact: true });
  await clickSettled(choice, async () => (await choice.getAttribute('aria-checked')) === 'true', `«${option}»`);
  await page.keyboard.press('Escape');
}

/** The same with the keyboard: arrow down to the choice (the combobox's active descendant), Enter, Escape. */
async function chooseWithKeyboard(page: Page, label: string, option: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: label });
  await combobox.focus();
  await page.keyboard.press('ArrowDown');
  const active = async () => {
    const id = await combobox.getAttribute('aria-activedescendant');
    return id ? ((await page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  };
  for (let presses = 0; (await active()) !== option; presses++) {
    if (presses > 20) throw new Error(`No choice '${option}' in '${label}'`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** What a pointer at the middle of an element would hit: the element itself, or whatever covers it. */
const coveredBy = (page: Page, name: string) =>
  page.getByRole('combobox', { name }).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit && (element === hit || element.contains(hit)) ? 'nothing' : `${hit?.tagName ?? ''} ${hit?.getAttribute('data-portal-node') ? '(a Fluent portal node)' : ''}`;
  });

async function openOverview(page: Page): Promise<void> {
  await page.goto(`${app.url}/index.html#/overview`);
  await page.getByRole('heading', { level: 1, name: 'Oversikt over prosjektene' }).waitFor();
  await page.getByRole('table').waitFor();
}

const stalledOnly = (page: Page) => page.getByRole('switch', { name: 'Bare prosjekter som har stoppet opp' });

/** A button pressed from the keyboard (a focused filter's portal would take a mouse click, see below). */
async function press(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).focus();
  await page.keyboard.press('Enter');
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, button)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('the coordinators’ overview', () => {
  it('lists every demo project and sorts them, with no serious axe violations', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kristin', width: 1440 });
    await openOverview(page);

    // Every demo project, sorted by name.
    expect(await countLine(page)).toBe('4 av 4 prosjekter');
    expect(await tableTitles(page)).toEqual([BO_TRYGT.title, DIGITAL.title, LUNGE.title, UNGE.title]);
    expect(await page.getByRole('heading', { level: 2, name: 'Prosjekter per fase' }).count()).toBe(1);
    expect(await page.locator('svg').filter({ has: page.locator('rect') }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'overview-desktop');

    // Sorting: by name descending, then by phase (the model's order).
    await page.getByRole('button', { name: 'Sorter etter Prosjekt' }).click();
    await expect.poll(() => tableTitles(page)).toEqual([UNGE.title, LUNGE.title, DIGITAL.title, BO_TRYGT.title]);
    await page.getByRole('button', { name: 'Sorter etter Fase' }).click();
    await expect.poll(() => tableTitles(page)).toEqual([UNGE.title, BO_TRYGT.title, LUNGE.title, DIGITAL.title]);
    expect(await page.getByRole('columnheader', { name: /Fase/ }).first().getAttribute('aria-sort')).toBe('ascending');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by phase and priority group with the mouse', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kristin', width: 1440 });
    await openOverview(page);
    // A focused filter renders its (still hidden) list in a portal: that must not cover the page and take the click.
    await page.getByRole('combobox', { name: 'Fase' }).focus();
    expect(await coveredBy(page, 'Fase'), 'a focused filter should not be covered by anything').toBe('nothing');
    await page.getByRole('heading', { level: 1 }).click();
    await chooseWithMouse(page, 'Fase', 'Utvikle');
    await expect.poll(() => tableTitles(page)).toEqual([LUNGE.title]);
    await page.getByRole('button', { name: 'Nullstill filtre' }).click();
    await chooseWithMouse(page, 'Prioritert gruppe', 'Skrøpelige eldre');
    await expect.poll(() => tableTitles(page)).toEqual([BO_TRYGT.title, DIGITAL.title]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by phase and priority group with the keyboard', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kristin', width: 1440 });
    await openOverview(page);
    await chooseWithKeyboard(page, 'Fase', 'Utvikle');
    await expect.poll(() => tableTitles(page)).toEqual([LUNGE.title]);
    expect(await countLine(page)).toBe('1 av 4 prosjekter');
    await press(page, 'Nullstill filtre');
    await expect.poll(() => countLine(page)).toBe('4 av 4 prosjekter');
    await chooseWithKeyboard(page, 'Prioritert gruppe', 'Skrøpelige eldre');
    await expect.poll(() => tableTitles(page)).toEqual([BO_TRYGT.title, DIGITAL.title]);
    expect(await countLine(page)).toBe('2 av 4 prosjekter');
    // A second group widens the choice (any of the chosen groups).
    await chooseWithKeyboard(page, 'Prioritert gruppe', 'Barn og unge');
    await expect.poll(() => tableTitles(page)).toEqual([BO_TRYGT.title, DIGITAL.title, UNGE.title]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the demo project idle for 49 days as stalled', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kristin', width: 1440 });
    await openOverview(page);
    const idle = page.getByRole('row').filter({ has: page.getByRole('button', { name: `Detaljer om ${UNGE.title}` }) });
    expect(await idle.textContent(), 'its last activity should be 49 days ago').toMatch(/for 49 dager siden/);
    await stalledOnly(page).click();
    await expect.poll(() => tableTitles(page)).toEqual([UNGE.title]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters to the stalled projects', async () => {
    // A project whose Portfolio row says its last activity was 60 days ago (written as an editor of the list could).
    const portfolio = await listRows(app, 'kristin', '/sites/koordinering', 'portfolio');
    const row = portfolio.find((r) => r.ProjectKey === DIGITAL.projectKey);
    if (!row) throw new Error('No Portfolio row for the project');
    const longAgo = new Date(Date.now() - 60 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    await graphCall(app, 'kristin', 'PATCH', `${listPath('/sites/koordinering', 'portfolio')}/items/${String(row.id)}/fields`, { LastActivityAt: longAgo });

    const { context, page, errors } = await openContext(browser, { user: 'kristin', width: 1440 });
    await openOverview(page);
    expect(await page.getByText(/4 prosjekter, \d+ har stoppet opp/).textContent()).not.toMatch(/, 0 har stoppet opp/);
    await stalledOnly(page).click();
    await expect.poll(() => tableTitles(page)).toContain(DIGITAL.title);
    const stalled = await tableTitles(page);
    expect(await countLine(page)).toBe(`${stalled.length} av 4 prosjekter`);
    expect(await page.getByRole('table').getByText('Stoppet opp', { exact: true }).count()).toBe(stalled.length);
    expect(await page.getByRole('row').filter({ hasText: DIGITAL.title }).textContent()).toMatch(/for 60 dager siden/);
    await stalledOnly(page).click();
    await expect.poll(() => countLine(page)).toBe('4 av 4 prosjekter');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the filtered projects as a typed workbook and a CSV for Norwegian Excel', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kristin', width: 1440 });
    await openOverview(page);
    // The keyboard: the mouse cannot open the filters (see 'filters … with the mouse').
    await chooseWithKeyboard(page, 'Prioritert gruppe', 'Skrøpelige eldre');
    await expect.poll(() => tableTitles(page)).toEqual([BO_TRYGT.title, DIGITAL.title]);

    const csv = await download(page, 'Last ned CSV');
    expect(csv.name).toMatch(/^portefolje-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').slice(1);
    const records = parseCsv(text, ';');
    const header = records[0] ?? [];
    expect(header.slice(0, 7)).toEqual(['Prosjekt', 'Kommuner', 'Sykehusenhet', 'Prioriterte grupper', 'Fase', 'I fasen siden', 'Dager i fasen']);
    expect(text.split('\r\n')[0]?.split(';')).toEqual(header);
    // One record per filtered project, in the order on screen, each as wide as the header.
    expect(records.slice(1).map((record) => record[0])).toEqual([BO_TRYGT.title, DIGITAL.title]);
    expect(records.map((record) => record.length)).toEqual([header.length, header.length, header.length]);
    const csvCell = (record: number, column: string) => records[record]?.[header.indexOf(column)];
    expect(csvCell(1, 'Kommuner')).toBe(BO_TRYGT.municipalities.join(', '));
    expect(csvCell(1, 'Prioriterte grupper')).toBe('Skrøpelige eldre');
    expect(csvCell(1, 'I fasen siden')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const xlsx = await download(page, 'Last ned Excel');
    expect(xlsx.name).toMatch(/^portefolje-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('The workbook has no sheet');
    const headerRow = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headerRow).toEqual(header);
    expect(sheet.rowCount).toBe(3);
    const cell = (row: number, column: string) => sheet.getRow(row).getCell(headerRow.indexOf(column) + 1).value;
    expect([cell(2, 'Prosjekt'), cell(3, 'Prosjekt')]).toEqual([BO_TRYGT.title, DIGITAL.title]);
    expect(cell(2, 'Fase')).toBe('Utforske');
    expect(cell(2, 'I fasen siden')).toBeInstanceOf(Date);
    expect((cell(2, 'I fasen siden') as Date).toISOString().slice(0, 10)).toBe(csvCell(1, 'I fasen siden'));
    expect(cell(3, 'Siste aktivitet')).toBeInstanceOf(Date);
    expect(typeof cell(2, 'Dager i fasen')).toBe('number');
    expect(cell(2, 'Dager i fasen')).toBe(Number(csvCell(1, 'Dager i fasen')));
    expect(typeof cell(2, 'Fremdrift Forankring (% oppfylt, medregnet «ikke relevant»)')).toBe('number');
    expect(cell(2, 'Fremdrift Forankring (% oppfylt, medregnet «ikke relevant»)')).toBe(Number(csvCell(1, 'Fremdrift Forankring (% oppfylt, medregnet «ikke relevant»)')));
    expect(typeof cell(3, 'Mangler i faser prosjektet har forlatt')).toBe('number');
    expect(typeof cell(3, 'Åpne krav i nåværende fase')).toBe('number');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drills down into a project’s phase, progress and read-only checklist', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kristin', width: 1440 });
    await openOverview(page);
    await page.getByRole('button', { name: `Detaljer om ${LUNGE.title}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: LUNGE.title }).first().waitFor();
    const top = (await dialog.textContent()) ?? '';
    // One date format: the day as bokmål writes it, never ISO beside it.
    expect(top).toMatch(/Fase: Utvikle, siden \d{1,2}\. [a-zæøå]+\.? \d{4}/);
    expect(top).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(top).toMatch(/Mangler i faser prosjektet har forlatt: \d+\. Åpne krav i nåværende fase: (\d+|–)\./);
    expect(top).toMatch(/\d+\u00a0%/);
    await dialog.getByText('Du ser prosjektet som leser.', { exact: false }).waitFor();
    const item = (label: RegExp) => dialog.getByRole('listitem').filter({ has: page.getByText(label) }).first();
    const twoConcepts = item(/Minst to konsepter er vurdert/).getByRole('checkbox');
    expect(await twoConcepts.isChecked()).toBe(true);
    expect(await twoConcepts.isDisabled()).toBe(true);
    expect(await item(/enkel prototype/).getByRole('checkbox').isChecked()).toBe(false);
    expect(await item(/tjenesteblåkopi med ansvar/).textContent()).toMatch(/Kommune:\s*Bekreftet av/);
    expect(await dialog.getByRole('progressbar').count()).toBe(6);
    // The dialog's entrance transition must end before axe reads colours: wait for its animations, not a clock.
    await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).filter((animation) => animation.effect?.getTiming().iterations !== Infinity).map((animation) => animation.finished)));
    await screenshot(page, 'overview-drilldown');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lukk' }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
