// Issue #10, "stale rows on a fresh start": a fresh seed leaves every demo project's Summary and Portfolio row true
// (equal to the summary of its stored state rows), without anyone opening the projects first.
import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import { DEMO_PROJECTS } from '../../src/model/demoProjects';
import { seedDemo } from '../../scripts/lib/seedDemo';
import type { TestEmulator } from '../../testkit/emulator';
import { expectDerivedRowsTrue } from '../../testkit/derivedRowsCheck';
import { storeFor } from '../../testkit/storeFixture';
import { scaled } from '../../testkit/timeouts';

let emulator: TestEmulator;
emulatorPerFile((started) => (emulator = started));

describe('seedDemo', () => {
  it('leaves true derived rows for every demo project on a fresh seed', async () => {
    const report = await seedDemo({ graphBaseUrl: emulator.graphBaseUrl, adminOrigin: emulator.baseUrl });
    expect(report.failed).toEqual([]);
    expect(report.created).toHaveLength(DEMO_PROJECTS.length);
    for (const demo of DEMO_PROJECTS) {
      const site = Object.values(emulator.sites).find((s) => s.path === demo.siteUrl)!;
      const location = await storeFor(emulator, 'kristin').locate({ siteId: site.id });
      await expectDerivedRowsTrue(emulator, location, demo.projectKey);
    }
  }, scaled(120_000));
});
