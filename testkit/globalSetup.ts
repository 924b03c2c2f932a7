// Vitest globalSetup: make sure the emulator's certificate exists before any test worker starts, and point
// NODE_EXTRA_CA_CERTS at it so Node's fetch (and https) in the forked workers verify the emulator's TLS properly.
// NODE_EXTRA_CA_CERTS is read when a process starts, so this must run here, before workers fork (pool 'forks').
// It also says the scale of the suite's time limits (testkit/timeouts.ts) once, when it is not the quiet machine's 1.
import { ensureCertificate } from '../emulator/src/tls';
import { TIME_SCALE, describeScale } from './timeouts';

export const TEST_TLS_DIR = '.local/tls';

export default async function setup(): Promise<void> {
  const tls = await ensureCertificate(TEST_TLS_DIR);
  process.env.NODE_EXTRA_CA_CERTS = tls.certPath;
  // Once per run: vitest calls this for each project.
  if (TIME_SCALE !== 1 && !process.env.TEST_TIME_SCALE_SAID) console.log(describeScale());
  process.env.TEST_TIME_SCALE_SAID = '1';
}
