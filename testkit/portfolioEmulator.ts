// One emulator with a provisioned Portfolio list in /sites/koordinering, and a Graph client per dev user.
import { startTestEmulator } from './emulator';
import type { TestEmulator } from './emulator';
import { createGraphClient } from '../src/store/graphClient/createGraphClient';
import type { GraphConnection } from '../src/store/graphClient/createGraphClient';
import { provisionSite } from '../src/store/provisioning/provision';
import { locatePortfolio } from '../src/store/portfolio/locatePortfolio';
import type { PortfolioLocation } from '../src/store/portfolio/locatePortfolio';
import type { SiteAddress } from '../src/store/ChecklistStore';

export const COORDINATION_SITE: SiteAddress = { siteUrl: 'https://innlandet.sharepoint.com/sites/koordinering' };

export function graphAs(emulator: TestEmulator, userId: string): GraphConnection {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    tokens: { getAccessToken: async () => emulator.tokenFor(userId) },
    userAgentTag: 'NONISV|HelsefellesskapInnlandet|FellesModellTests/0',
    retry: { maxAttempts: 3, baseDelayMs: 10 },
  });
}

export async function startPortfolioEmulator(): Promise<{ emulator: TestEmulator; graph: GraphConnection; location: PortfolioLocation }> {
  const emulator = await startTestEmulator();
  const graph = graphAs(emulator, 'kristin');
  const site = emulator.sites.koordinering;
  if (!site) throw new Error('The emulator has no koordinering site');
  await provisionSite(graph, site.id, { lists: 'portfolio' });
  const location = await locatePortfolio(graph, COORDINATION_SITE);
  return { emulator, graph, location };
}
