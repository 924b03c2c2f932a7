// Issue 18, "the meeting summary covers the meeting" (Done when 3): in Teams, Kari ticks in the meeting's side panel,
// then opens the stage, then reloads it. Møtereferat covers the meeting every time (before, the stage said "Ingen
// endringer siden møtet startet" and a reload forgot the meeting): from Teams' start where Teams gives one, else from
// the first use of a meeting surface today on this device. It is shown formatted, not as raw Markdown.
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { openContext, screenshot } from '../../testkit/browser/browser';
import { openInTeams } from '../../testkit/browser/teamsHost';
import type { SimulatorOptions } from '../../testkit/browser/teamsHost';
import { LUNGE } from '../../testkit/browser/testApp';
import { appAndBrowser, checklistItem } from '../../testkit/browser/suite';
import { TIMEOUTS } from '../../testkit/timeouts';

const suite = appAndBrowser({ projects: [LUNGE] });

// The emulator's seeded team site of the lung project (emulator/src/seed/seedDirectory.ts).
const LUNGE_GROUP = '2d4f5a6b-0000-4a00-8000-000000000002';
const PROTOTYPE = /Konseptet er prøvd med en enkel prototype/;
const ROS = /ROS-analyse eller DPIA/;

const surface = (frame: 'sidePanel' | 'meetingStage', extra: Partial<SimulatorOptions> = {}): SimulatorOptions => ({
  frame, groupId: LUNGE_GROUP, entityId: LUNGE.projectKey, ...(frame === 'sidePanel' ? { width: 320 } : {}), ...extra,
});

async function ready(frame: Frame): Promise<void> {
  await frame.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
  await frame.getByText(/Alt er lagret/).first().waitFor();
}

/** Ticks an item and waits until SharePoint has it (its "not saved yet" marker gone), so the Events list holds it. */
async function tick(frame: Frame, label: RegExp): Promise<void> {
  const item = checklistItem(frame, label);
  await item.getByRole('checkbox').click();
  await expect.poll(() => item.getByRole('checkbox').isChecked()).toBe(true);
  await expect.poll(() => item.textContent(), { timeout: TIMEOUTS.colleague }).not.toContain('Ikke lagret ennå');
  await frame.getByText(/Alt er lagret/).first().waitFor();
}

/** Opens Møtereferat and returns its region once the summary is shown. */
async function openSummary(frame: Frame) {
  await frame.getByRole('button', { name: 'Møtereferat' }).click();
  const region = frame.getByRole('region', { name: 'Møtereferat' });
  await region.getByRole('article', { name: 'Møtereferatet' }).waitFor();
  return region;
}

const startLine = async (region: ReturnType<Frame['getByRole']>) => (await region.getByText(/^(Regnet fra|Møtet startet) /).first().textContent()) ?? '';

describe('the meeting summary covers the meeting', () => {
  it('side panel, then stage, then a reload: the same meeting, from its first use today when Teams does not say', async () => {
    const kari = await openContext(suite.browser, { user: 'kari', width: 1280, height: 900 });
    // The side panel: Teams refuses the meeting's details (no meetingStart), so the meeting starts with this first use.
    const panel = await openInTeams(kari.page, suite.app.url, surface('sidePanel'));
    await ready(panel);
    await tick(panel, PROTOTYPE);
    const inPanel = await openSummary(panel);
    const article = inPanel.getByRole('article');
    await expect.poll(() => article.getByRole('heading', { level: 4 }).allTextContents(), { timeout: TIMEOUTS.colleague }).toEqual(['Fullført (1)']);
    expect(await article.getByRole('listitem').first().textContent()).toMatch(/«Konseptet er prøvd med en enkel prototype[^»]*»: Kari Nordmann, \d\d:\d\d/);
    expect(await article.textContent()).not.toMatch(/##|Idéverksted/);
    const start = await startLine(inPanel);
    expect(start).toMatch(/^Regnet fra .*\d\d:\d\d, da prosjektet først var åpent i møtet i dag på denne enheten\.$/);

    // The stage, opened after the tick on the same device, covers the same meeting.
    const stagePage = await kari.context.newPage();
    const stage = await openInTeams(stagePage, suite.app.url, surface('meetingStage'));
    await ready(stage);
    const onStage = await openSummary(stage);
    await expect.poll(() => onStage.getByRole('article').getByRole('heading', { level: 4 }).allTextContents(), { timeout: TIMEOUTS.colleague }).toEqual(['Fullført (1)']);
    expect(await startLine(onStage)).toBe(start);
    await screenshot(stagePage, 'meeting-summary-stage');

    // A reload of the stage remembers the meeting.
    await stagePage.reload();
    const reloaded = await stagePage.waitForSelector('iframe#app').then((handle) => handle.contentFrame());
    if (!reloaded) throw new Error('no app frame after the reload');
    await ready(reloaded);
    const afterReload = await openSummary(reloaded);
    await expect.poll(() => afterReload.getByRole('article').getByRole('heading', { level: 4 }).allTextContents(), { timeout: TIMEOUTS.colleague }).toEqual(['Fullført (1)']);
    expect(await startLine(afterReload)).toBe(start);
    expect(await afterReload.getByText('Ingen endringer siden møtet startet.').count()).toBe(0);
    expect(kari.errors).toEqual([]);
    await kari.context.close();
  });

  it('starts where Teams says the meeting started, on both surfaces', async () => {
    const kari = await openContext(suite.browser, { user: 'kari', width: 1280, height: 900 });
    // Teams says the meeting starts now: what was done before (the first test's tick) is not part of the summary.
    const meetingStart = new Date().toISOString();
    const stage = await openInTeams(kari.page, suite.app.url, surface('meetingStage', { meetingStart }));
    await ready(stage);
    await tick(stage, ROS);
    const region = await openSummary(stage);
    await expect.poll(() => startLine(region)).toMatch(/^Møtet startet .*\d\d:\d\d, ifølge Teams\.$/);
    await expect.poll(() => region.getByRole('article').getByRole('heading', { level: 4 }).allTextContents(), { timeout: TIMEOUTS.colleague }).toEqual(['Fullført (1)']);
    expect(await region.getByRole('article').getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^«Det er vurdert om ROS-analyse/)]);
    const panelPage = await kari.context.newPage();
    const panel = await openInTeams(panelPage, suite.app.url, surface('sidePanel', { meetingStart }));
    await ready(panel);
    const inPanel = await openSummary(panel);
    expect(await startLine(inPanel)).toBe(await startLine(region));
    expect(kari.errors).toEqual([]);
    await kari.context.close();
  });
});
