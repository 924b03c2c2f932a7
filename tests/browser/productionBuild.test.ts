// A production build (no VITE_GRAPH_MODE) carries nothing of local mode: no emulator paths, no dev-user switcher,
// no test host, no loopback origins.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const outDir = mkdtempSync(join(tmpdir(), 'felles-modell-prod-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('leaves every local-mode origin and chunk out of the production build', async () => {
  const { build } = await import('vite');
  const previous = process.env.VITE_GRAPH_MODE;
  delete process.env.VITE_GRAPH_MODE;
  try {
    await build({ root: resolve(import.meta.dirname, '../..'), logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    if (previous !== undefined) process.env.VITE_GRAPH_MODE = previous;
  }
  const files = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const code = files.map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('\n');
  for (const marker of ['/_emulator', 'felles-modell:dev-user', 'teams-host', '127.0.0.1', 'localhost:']) expect(code).not.toContain(marker);
  expect(files.some((name) => name.startsWith('LocalModeApp'))).toBe(false);
});
