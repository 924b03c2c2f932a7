// One running app per test file: an in-memory Graph emulator, the built app behind the same proxy as local mode
// (scripts/lib/localServer.ts), the Teams host simulator page, and the demo data seeded through our store code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_MODE_WEB_URL_HOSTS, startEmulator } from '../../emulator/src/index';
import type { RunningEmulator } from '../../emulator/src/index';
import { DEMO_PROJECTS } from '../../src/model/demoProjects';
import type { DemoProject } from '../../src/model/demoProjects';
import { startLocalServer } from '../../scripts/lib/localServer';
import type { LocalServer } from '../../scripts/lib/localServer';
import { seedDemo } from '../../scripts/lib/seedDemo';
import { ensureAppBuilt } from './appBuild';

export const TEAMS_HOST_PATH = '/_test/teams-host.html';

export interface TestApp {
  /** `http://localhost:PORT` */
  url: string;
  emulator: RunningEmulator;
  server: LocalServer;
  close(): Promise<void>;
}

/**
 * The emulator's image right after seeding, per set of demo projects. The browser files of a worker share modules
 * (vitest.config.ts), so the second file with the same projects starts from the image instead of seeding them again
 * (about a second of provisioning and generated template files each).
 */
const seededImages = new Map<string, Buffer>();

export async function startTestApp(options: { projects?: readonly DemoProject[] } = {}): Promise<TestApp> {
  const staticDir = await ensureAppBuilt();
  const projects = options.projects ?? DEMO_PROJECTS.slice(0, 1);
  const imageKey = projects.map((project) => project.projectKey).join(',');
  const image = seededImages.get(imageKey);
  // The tenant budget is off, as in testkit/emulator.ts: these tests are not about it, and a full browser
  // run would otherwise meet 429s that no person would.
  const emulator = await startEmulator({ port: 0, tlsDir: '.local/tls', settings: { tenantRuPerMinute: 0, activityWebUrlHosts: LOCAL_MODE_WEB_URL_HOSTS }, ...(image ? { image } : { data: ':memory:' }) });
  const server = await startLocalServer({
    emulatorBaseUrl: emulator.baseUrl,
    emulatorCa: emulator.certPem,
    app: { staticDir },
    extraRoutes: { [TEAMS_HOST_PATH]: { contentType: 'text/html; charset=utf-8', body: readFileSync(join(import.meta.dirname, 'teams-host.html')) } },
  });
  if (!image) {
    await seedDemo({ graphBaseUrl: `${server.url}/v1.0`, adminOrigin: server.url, projects });
    seededImages.set(imageKey, emulator.image());
  }
  return {
    url: server.url,
    emulator,
    server,
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}

export const LUNGE = DEMO_PROJECTS[0] as DemoProject;
