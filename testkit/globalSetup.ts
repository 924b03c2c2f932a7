// Vitest globalSetup: make sure the emulator's certificate exists before any test worker starts, and point
// NODE_EXTRA_CA_CERTS at it so Node's fetch (and https) in the forked workers verify the emulator's TLS properly.
// NODE_EXTRA_CA_CERTS is read when a process starts, so this must run here, before workers fork (pool 'forks').
import { ensureCertificate } from '../emulator/src/tls';

export const TEST_TLS_DIR = '.local/tls';

export default async function setup(): Promise<void> {
  const tls = await ensureCertificate(TEST_TLS_DIR);
  process.env.NODE_EXTRA_CA_CERTS = tls.certPath;
}
