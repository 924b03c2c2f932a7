// Issue 12, the project side, in Chromium: the coordination site has version 1 (local mode's seed) and version 2
// (published here through ModelRepository: a new requirement in 0-fase, one requirement retired). Kari's project on
// 1.0.0 shows the upgrade notice and nothing else of version 2; she accepts; the new requirement is there and the
// retired one is marked "Utgått" with its state and history. The project has left 0-fase, so before it moves Kari is
// told what version 2 adds there (0-fase goes from 7/7 to 6/7) and confirms. Ingrid, in a second browser context, sees
// the project on 2.0.0 after her next poll. A reader (Kristin: she only reads the project's site) sees the notice
// without the action.
import { describe, expect, it } from 'vitest';
import { openContext, screenshot } from '../../testkit/browser/browser';
import { seriousViolations } from '../../testkit/browser/extra';
import type { Page } from 'playwright-core';
import { appAndBrowser, checklistItem, chooseMenuItem, clickSettled, openMenu, pickMunicipality } from '../../testkit/browser/suite';
import { LUNGE } from '../../testkit/browser/testApp';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { addRequirement, retireRequirement } from '../../src/model/editModel';
import { findItem } from '../../src/model/lookup';
import { createGraphClient } from '../../src/store/graphClient/createGraphClient';
import { locateModelList, ModelRepository } from '../../src/store/model/ModelRepository';
import { TIMEOUTS, scaled } from '../../testkit/timeouts';
import { kristin } from '../../testkit/people';

const suite = appAndBrowser({ projects: [LUNGE] });

const RETIRED = 'forankring.interessentanalyse';
const RETIRED_LABEL = findItem(DEFAULT_MODEL, RETIRED)!.label.nb;
const NEW_REQUIREMENT = 'Pasientsikkerheten er vurdert før oppstart';
const FORANKRING = DEFAULT_MODEL.phases[0]!.label.nb;
const UPGRADE = 'Flytt prosjektet til versjon 2.0.0';

const projectUrl = () => `${suite.app.url}/index.html#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;

/** Version 2, as a coordinator publishes it: built on the seeded version 1, through the app's own repository. */
async function publishVersion2(): Promise<void> {
  const graph = createGraphClient({ baseUrl: `${suite.app.url}/v1.0`, userAgentTag: 'NONISV|HelsefellesskapInnlandet|FellesModell/test', tokens: { getAccessToken: async () => 'dev:kristin' } });
  const repository = new ModelRepository(graph, await locateModelList(graph, { siteUrl: 'https://innlandet.sharepoint.com/sites/koordinering' }), DEFAULT_MODEL.id);
  const v1 = (await repository.current()).newest!;
  const next = addRequirement(retireRequirement(v1.model, RETIRED), 'forankring', { nb: NEW_REQUIREMENT, nn: 'Pasienttryggleiken er vurdert før oppstart', en: 'Patient safety is assessed before the start' }, false);
  await repository.publish(next.model, { changeNote: 'Nytt krav om pasientsikkerhet; interessentanalysen utgår', basedOn: v1, by: kristin, at: new Date().toISOString() });
}

/**
 * The channel tab on 0-fase, where both the new and the retired requirement live. The upgrade notice comes a moment
 * after the first paint and pushes the phase figure down: the phase is chosen once it has, and checked to be chosen.
 */
async function openOnForankring(user: string) {
  const opened = await openContext(suite.browser, { user });
  await opened.page.goto(projectUrl());
  await opened.page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
  await opened.page.getByText('En nyere versjon av modellen finnes (2.0.0)').waitFor();
  const phase = opened.page.getByRole('radio', { name: new RegExp(`^${FORANKRING}`) });
  await clickSettled(phase, () => phase.isChecked(), `the phase ${FORANKRING}`);
  await checklist(opened.page).getByText(RETIRED_LABEL).waitFor();
  return opened;
}

/** The selected phase's checklist (the upgrade notice names requirements too). */
const checklist = (page: Page) => page.getByRole('region', { name: 'Sjekkliste' });

describe('a project moves to a newer model version', () => {
  it('only when the project lead accepts; a colleague follows on her next poll; a reader has no action', async () => {
    await publishVersion2();

    // The reader: the notice, not the action.
    const kristin = await openOnForankring('kristin');
    await kristin.page.getByText('En nyere versjon av modellen finnes (2.0.0)').waitFor();
    expect(await kristin.page.getByRole('button', { name: UPGRADE }).count()).toBe(0);
    await kristin.page.getByText('Prosjektlederen kan flytte prosjektet til den nye versjonen.').waitFor();
    await kristin.context.close();

    const kari = await openOnForankring('kari');
    const ingrid = await openOnForankring('ingrid');
    const { page } = kari;
    await page.getByText('En nyere versjon av modellen finnes (2.0.0)').waitFor();
    // Ingrid's tab is on version 1 too, with the notice (before Kari moves the project).
    await ingrid.page.getByText('En nyere versjon av modellen finnes (2.0.0)').waitFor();
    await page.getByText(NEW_REQUIREMENT).first().waitFor(); // named in the notice, as what moving adds
    // Nothing of version 2 in the checklist until she accepts.
    expect(await checklist(page).getByText(NEW_REQUIREMENT).count()).toBe(0);
    expect(await checklistItem(page, new RegExp(RETIRED_LABEL)).getByText('Utgått', { exact: true }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'model-upgrade-notice');

    // The project has left 0-fase: the move asks first, naming what 0-fase will lack, and nothing moves until she confirms.
    await page.getByRole('button', { name: UPGRADE }).click();
    const confirm = page.getByRole('region', { name: 'Før du flytter prosjektet' });
    await confirm.getByText(`${FORANKRING}: 7/7 oppfylt nå, 6/7 etter flyttingen`).waitFor();
    await confirm.getByText(`Nytt krav: ${NEW_REQUIREMENT}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'model-upgrade-confirm');
    await confirm.getByRole('button', { name: 'Ikke flytt nå' }).click();
    expect(await checklist(page).getByText(NEW_REQUIREMENT).count()).toBe(0);
    expect(await page.getByRole('button', { name: UPGRADE }).count()).toBe(1);
    await page.getByRole('button', { name: UPGRADE }).click();
    await page.getByRole('button', { name: 'Flytt likevel til versjon 2.0.0' }).click();
    const added = checklistItem(page, new RegExp(NEW_REQUIREMENT));
    await added.getByRole('checkbox').waitFor();
    await expect.poll(() => page.getByRole('button', { name: UPGRADE }).count(), { timeout: TIMEOUTS.colleague }).toBe(0);
    await page.getByText(/Alt er lagret/).first().waitFor();

    // The retired requirement: marked, its state kept, no task any more, its history readable.
    const retired = checklistItem(page, new RegExp(RETIRED_LABEL));
    await retired.getByText('Utgått', { exact: true }).waitFor();
    expect(await retired.getByRole('checkbox').count()).toBe(0);
    await openMenu(page, retired.getByRole('button', { name: `Flere valg for «${RETIRED_LABEL}»` }));
    await chooseMenuItem(page, 'Vis historikk');
    await page.getByText(`Historikk for «${RETIRED_LABEL}»`).waitFor();
    await page.getByRole('dialog').getByText(/Kari Nordmann|Ingrid Hansen|Ola|Per/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'model-upgrade-after');

    // Her next poll brings the move.
    await checklistItem(ingrid.page, new RegExp(NEW_REQUIREMENT)).getByRole('checkbox').waitFor({ timeout: scaled(75_000) });
    await checklistItem(ingrid.page, new RegExp(RETIRED_LABEL)).getByText('Utgått', { exact: true }).waitFor();
    expect(await ingrid.page.getByText('En nyere versjon av modellen finnes (2.0.0)').count()).toBe(0);

    expect([...kari.errors, ...ingrid.errors]).toEqual([]);
    await Promise.all([kari.context.close(), ingrid.context.close()]);
  }, scaled(180_000));
  it('starts a new project on the newest published version (2.0.0 from the test above), with no notice', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'kari' });
    await page.goto(`${suite.app.url}/index.html#/config?site=/sites/nytt-prosjekt`);
    await page.getByRole('button', { name: 'Opprett listene' }).click();
    await page.getByRole('textbox', { name: /Prosjektnavn/ }).fill('Trygg oppstart');
    await pickMunicipality(page, 'Hamar');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trygg oppstart' }).waitFor();
    await page.getByRole('radio', { name: new RegExp(`^${FORANKRING}`) }).click();
    await checklistItem(page, new RegExp(NEW_REQUIREMENT)).getByRole('checkbox').waitFor();
    expect(await page.getByText(/En nyere versjon av modellen finnes/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
