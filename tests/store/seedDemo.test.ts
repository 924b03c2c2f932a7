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
import { loadPortfolio } from '../../src/store/portfolio/PortfolioReader';
import { fixedModels } from '../../src/store/portfolio/rowModels';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { graphAs } from '../../testkit/portfolioEmulator';

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
    // Each row links to its project in the local app (issue 18, "one link"), not to a SharePoint site that is not there.
    const portfolio = await loadPortfolio(graphAs(emulator, 'kristin'), { siteUrl: emulator.sites.koordinering!.webUrl }, { models: fixedModels(DEFAULT_MODEL) });
    for (const demo of DEMO_PROJECTS) {
      const site = Object.values(emulator.sites).find((s) => s.path === demo.siteUrl)!;
      expect(portfolio.rows.find((row) => row.projectKey === demo.projectKey)?.tabUrl).toBe(`${emulator.baseUrl}/index.html#/tab?project=${demo.projectKey}&site=${encodeURIComponent(site.webUrl)}`);
    }
  }, scaled(120_000));
});
