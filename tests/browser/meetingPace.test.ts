// Issue 20, "Live": a meeting is live at the first tick, at the product's own pace. Kari in the side panel and Ingrid
// on the stage (frame contexts from the Teams host simulator) keep their meeting surfaces open through a quiet
// stretch; then each ticks at the same moment, and each sees the other's first tick without a reload. No test poll
// interval is set here (the other browser tests poll every second): the surfaces poll at the meeting's quiet pace,
// which the emulator's count of delta reads during the quiet stretch confirms. A stage that was hidden reads at once
// when it is shown again.
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { openContext } from '../../testkit/browser/browser';
import { emulatorAdmin } from '../../testkit/browser/extra';
import { openInTeams } from '../../testkit/browser/teamsHost';
import { LUNGE } from '../../testkit/browser/testApp';
import { appAndBrowser } from '../../testkit/browser/suite';
import { MEETING_POLL_MS } from '../../src/store/sync/pollInterval';

const suite = appAndBrowser({ projects: [LUNGE] });
// The emulator's seeded team site of the lung patients' project (emulator/src/seed/seedDirectory.ts).
const LUNGE_GROUP = '2d4f5a6b-0000-4a00-8000-000000000002';

const PROTOTYPE = /Konseptet er prøvd med en enkel prototype/;
const ROS = /ROS-analyse eller DPIA/;
const QUIET_STRETCH_MS = 12_000;

const deltaReads = async (): Promise<number> => ((await (await emulatorAdmin(suite.app, 'GET', 'stats')).json()) as { byKind: Record<string, number> }).byKind.delta ?? 0;
const checkbox = (frame: Frame, label: RegExp) => frame.getByRole('listitem').filter({ has: frame.getByText(label) }).first().getByRole('checkbox');

/** Hides or shows the app's page as the browser does when the meeting window is minimised (the frame's document). */
const setVisible = (frame: Frame, visible: boolean) =>
  frame.evaluate((shown) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (shown ? 'visible' : 'hidden') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visible);

describe('a meeting at the product\'s own pace', () => {
  it('shows each participant the other\'s first tick after a quiet stretch, side panel and stage, and a shown stage reads at once', { timeout: 120_000 }, async () => {
    const kari = await openContext(suite.browser, { user: 'kari', width: 400, pollMs: null });
    const ingrid = await openContext(suite.browser, { user: 'ingrid', width: 1280, height: 900, pollMs: null });
    const [panel, stage] = await Promise.all([
      openInTeams(kari.page, suite.app.url, { frame: 'sidePanel', groupId: LUNGE_GROUP, entityId: LUNGE.projectKey, width: 320 }),
      openInTeams(ingrid.page, suite.app.url, { frame: 'meetingStage', groupId: LUNGE_GROUP, entityId: LUNGE.projectKey }),
    ]);
    await Promise.all([panel.getByRole('heading', { name: LUNGE.title }).waitFor(), stage.getByRole('heading', { name: LUNGE.title }).waitFor()]);
    await Promise.all([panel.getByText(/Alt er lagret/).first().waitFor(), stage.getByText(/Alt er lagret/).first().waitFor()]);

    // A quiet stretch: nobody works on the checklist. Both surfaces poll, at the meeting's quiet pace: a slow
    // machine can only make fewer reads than the pace allows, never more (the test interval of 1 s would make 3 times as many).
    await emulatorAdmin(suite.app, 'POST', 'stats/reset');
    const quietFrom = performance.now();
    await new Promise((resolve) => setTimeout(resolve, QUIET_STRETCH_MS));
    const reads = await deltaReads();
    const allowed = 2 * (Math.floor((performance.now() - quietFrom) / MEETING_POLL_MS) + 1);
    console.info(`meeting pace: ${reads} delta reads by two surfaces in a quiet stretch of ${Math.round(performance.now() - quietFrom)} ms (at most ${allowed} at ${MEETING_POLL_MS} ms)`);
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(allowed);

    // The first ticks after it, at the same moment: each arrives on the other's screen.
    const kariTicks = checkbox(panel, ROS);
    const ingridTicks = checkbox(stage, PROTOTYPE);
    await Promise.all([kariTicks.click(), ingridTicks.click()]);
    await expect.poll(() => checkbox(stage, ROS).isChecked(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => checkbox(panel, PROTOTYPE).isChecked(), { timeout: 30_000 }).toBe(true);

    // The stage is hidden (the meeting window minimised) and polls no more; Kari takes her tick back; the stage is
    // shown again and reads at once.
    await setVisible(stage, false);
    await checkbox(panel, ROS).click();
    await expect.poll(() => checkbox(panel, ROS).isChecked()).toBe(false);
    await panel.getByText(/Alt er lagret/).first().waitFor();
    expect(await checkbox(stage, ROS).isChecked()).toBe(true);
    await setVisible(stage, true);
    await expect.poll(() => checkbox(stage, ROS).isChecked(), { timeout: 30_000 }).toBe(false);

    expect([...kari.errors, ...ingrid.errors]).toEqual([]);
    await Promise.all([kari.context.close(), ingrid.context.close()]);
  });
});
