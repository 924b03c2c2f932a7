// The editor's tests share one start: an emulator whose coordination site has our lists and the default model
// published as version 1, by Kristin (its owner).
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { startTestEmulator } from './emulator';
import type { TestEmulator } from './emulator';
import { graphAs } from './portfolioEmulator';
import { provisionSite } from '../src/store/provisioning/provision';
import { seedModel } from '../scripts/lib/seedModel';
import { DEFAULT_MODEL } from '../src/model/defaultModel';
import { perFile } from './emulatorHooks';
import { kristin } from './people';

export const COORDINATION_SITE = { siteUrl: 'https://innlandet.sharepoint.com/sites/koordinering' };

export async function startCoordinationSiteWithModel(): Promise<TestEmulator> {
  const emulator = await startTestEmulator();
  await provisionSite(graphAs(emulator, 'kristin'), emulator.sites.koordinering!.id, { lists: 'portfolio' });
  await seedModel({ graph: graphAs(emulator, 'kristin'), coordinationSite: COORDINATION_SITE, model: DEFAULT_MODEL, by: kristin });
  return emulator;
}

/** The calling file's emulator, started as above, reset after each test, closed after all; the DOM cleaned up too. */
export function coordinationSiteWithModelPerFile(assign: (emulator: TestEmulator) => void): void {
  perFile(async () => ({ emulator: await startCoordinationSiteWithModel() }), (world) => assign(world.emulator));
  afterEach(cleanup);
}
