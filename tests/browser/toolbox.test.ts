// Issue 12 in Chromium: Kristin edits a requirement's guidance and adds a requirement in the
// "Modell og verktøykasse" editor, saves a draft and publishes version 2 with a change note; Ingrid, in another
// window, finds the new guidance in the Verktøykasse personal tab. Both pages pass axe (WCAG 2.1 AA, serious+).
// Uploading a template is in modelEditor.test.ts, Kari's project upgrade in modelUpgrade.test.ts.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';
import { openContext, screenshot } from '../../testkit/browser/browser';
import { seriousViolations } from '../../testkit/browser/extra';
import { appAndBrowser } from '../../testkit/browser/suite';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';

const suite = appAndBrowser();

const GUIDANCE = 'Mandatet signeres av en leder med beslutningsmyndighet hos begge parter, før innsiktsarbeidet starter.';

describe('the verktøykasse in Chromium', () => {
  it('Kristin publishes version 2 with new guidance and a new requirement; Ingrid finds it in the Verktøykasse', async () => {
    const kristin = await openContext(suite.browser, { user: 'kristin' });
    await kristin.page.goto(`${suite.app.url}/index.html#/modell`);
    const page = kristin.page;
    await page.getByText('Bygger på versjon 1.0.0').waitFor();
    const first = page.getByRole('group', { name: /^Krav 1: / });
    await first.getByRole('textbox', { name: /^Veiledning/ }).fill(GUIDANCE);
    await page.getByRole('textbox', { name: 'Nytt krav (bokmål)' }).fill('Risiko for pasientene er vurdert');
    await page.getByRole('button', { name: 'Legg til krav' }).click();
    await page.getByRole('button', { name: 'Lagre utkast' }).click();
    await page.getByText('Utkastet er lagret.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Endringsnotat' }).fill('Veiledning til mandatet og et nytt krav om risiko');
    await page.getByRole('button', { name: 'Publiser ny versjon' }).click();
    // The new requirement exists only in bokmål: the editor names it first, and she publishes anyway.
    await page.getByText('Noen tekster finnes bare på bokmål').waitFor();
    await page.getByRole('button', { name: 'Publiser likevel' }).click();
    await page.getByText('Versjon 2.0.0 er publisert.').waitFor();
    await page.getByText('Bygger på versjon 2.0.0').waitFor();
    await screenshot(page, 'toolbox-editor-published');

    const ingrid = await openContext(suite.browser, { user: 'ingrid' });
    await ingrid.page.goto(`${suite.app.url}/index.html#/verktoykasse`);
    await ingrid.page.getByText(/Modellversjon 2\.0\.0/).waitFor();
    await ingrid.page.getByRole('searchbox', { name: 'Søk i verktøykassen' }).fill('beslutningsmyndighet begge parter');
    await ingrid.page.getByText(GUIDANCE).waitFor();
    await ingrid.page.getByRole('heading', { level: 2, name: `1. ${DEFAULT_MODEL.phases[0]!.label.nb}` }).waitFor();
    expect(await ingrid.page.getByRole('heading', { level: 2, name: `2. ${DEFAULT_MODEL.phases[1]!.label.nb}` }).count()).toBe(0);
    await ingrid.page.getByRole('searchbox', { name: 'Søk i verktøykassen' }).fill('risiko for pasientene');
    await ingrid.page.getByText('Risiko for pasientene er vurdert').waitFor();
    expect(await seriousViolations(ingrid.page)).toEqual([]);
    // The seeded template file is linked at its library webUrl's path on this origin (SharePoint's host is not served).
    await ingrid.page.getByRole('searchbox', { name: 'Søk i verktøykassen' }).fill('interessentanalyse excel');
    const template = ingrid.page.getByRole('link', { name: /^Interessentanalyse \(Excel\)/ }).first();
    expect(await template.getAttribute('href')).toBe(`${suite.app.url}/sites/koordinering/Maler/Interessentanalyse.xlsx`);
    expect(await template.getAttribute('rel')).toBe('noopener noreferrer');
    await screenshot(ingrid.page, 'toolbox-view-search');
    expect([...kristin.errors, ...ingrid.errors]).toEqual([]);
    await Promise.all([kristin.context.close(), ingrid.context.close()]);
  });

  it('opens a real template file from every phase in local mode (issue 18: the links went to innlandet.sharepoint.com)', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'ola' });
    await page.goto(`${suite.app.url}/index.html#/verktoykasse`);
    const templates = page.getByRole('link', { name: /\((Excel|Word|PowerPoint)\)/ });
    await templates.first().waitFor();
    // One template per phase at least, each on this origin, each answering with its file.
    const hrefs = [...new Set(await templates.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))];
    expect(hrefs.length).toBeGreaterThanOrEqual(DEFAULT_MODEL.phases.length);
    for (const href of hrefs) {
      expect(href.startsWith(`${suite.app.url}/sites/koordinering/Maler/`), href).toBe(true);
      const answer = await fetch(href);
      expect(answer.status, href).toBe(200);
      expect(answer.headers.get('content-type'), href).toMatch(/officedocument/);
    }
    for (const phase of DEFAULT_MODEL.phases) {
      const section = page.getByRole('region', { name: `${phase.order + 1}. ${phase.label.nb}`, exact: true });
      expect(await section.getByRole('link', { name: /\((Excel|Word|PowerPoint)\)/ }).count(), phase.key).toBeGreaterThan(0);
    }
    // A click downloads the workbook, as SharePoint opens it for a signed-in user.
    const downloaded = new Promise<Download>((resolve) => {
      page.on('download', resolve);
      context.on('page', (popup) => popup.on('download', resolve));
    });
    await page.getByRole('link', { name: /^Interessentanalyse \(Excel\)/ }).first().click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('Interessentanalyse.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readStream(await download.createReadStream())) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Interessenter')?.getRow(1).getCell(4).value).toBe('Påvirkning (1–5)');
    expect(errors).toEqual([]);
    await context.close();
  });
});

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
