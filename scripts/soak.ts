// `npm run soak`: the concurrency test of tests/resilience/concurrency.test.ts in its long mode, not part of
// `npm test`. Four users, at least 10,000 intents (FM_INTENTS) under faults, with the emulator's unique columns off so
// the client's own idempotence is what is checked. Bounded twice: by the count, and by time (FM_SOAK_SECONDS, default
// 15 minutes; no new step starts after it and the test says how many intents it ran). Stops by itself and prints its
// figures (requests, 429/503/412/409, retries, duration) and the invariant checks; FM_SEED=<n> replays a run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = {
  ...process.env,
  FM_INTENTS: process.env.FM_INTENTS ?? '10000',
  FM_SOAK_SECONDS: process.env.FM_SOAK_SECONDS ?? '900',
};
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
console.info(`soak: ${env.FM_INTENTS} intents at most, ${env.FM_SOAK_SECONDS} s at most${process.env.FM_SEED ? `, seed ${process.env.FM_SEED}` : ''}`);
// The default reporter only: the JSON report of the config is the suite's, not the soak's.
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', '--reporter=default', 'tests/resilience/concurrency.test.ts'], { env, stdio: 'inherit' });
process.exit(run.status ?? 1);
