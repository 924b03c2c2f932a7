// A production build (no VITE_GRAPH_MODE) carries nothing of local mode: no emulator paths, no dev-user switcher,
// no test host, no loopback origins, no test poll knob. It reads the one production build tests/build/firstPaint.test.ts reads too.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ensureBuilt } from '../../testkit/appBuilds';

it('leaves every local-mode origin and chunk out of the production build', async () => {
  const { dir } = await ensureBuilt('production');
  const files = readdirSync(join(dir, 'assets')).filter((name) => name.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const code = files.map((name) => readFileSync(join(dir, 'assets', name), 'utf8')).join('\n');
  for (const marker of ['/_emulator', 'felles-modell:dev-user', 'teams-host', '127.0.0.1', 'localhost:', '__FELLES_MODELL_POLL_MS__']) expect(code).not.toContain(marker);
  expect(files.some((name) => name.startsWith('LocalModeApp'))).toBe(false);
});
