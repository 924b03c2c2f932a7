// Node's fetch must trust the emulator's self-signed certificate. NODE_EXTRA_CA_CERTS is read only at process
// start, so unless it already names the certificate the bench runs itself again with it set (keeping any CA file
// that was set before, in one combined file). TLS verification stays on.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { DEFAULT_TLS_DIR, ensureCertificate } from '../../emulator/src/index';

const MARKER = 'FELLES_MODELL_BENCH_TRUSTS_EMULATOR';

/** Resolves when this process already trusts the certificate; otherwise re-runs itself and exits with its code. */
export async function trustEmulatorCert(): Promise<void> {
  const { certPath, cert } = await ensureCertificate(DEFAULT_TLS_DIR);
  const current = process.env.NODE_EXTRA_CA_CERTS;
  if (process.env[MARKER] === '1' || (current && path.resolve(current) === certPath)) return;
  let caFile = certPath;
  if (current && fs.existsSync(current)) {
    caFile = path.join(path.dirname(certPath), 'bench-extra-ca.pem');
    fs.writeFileSync(caFile, `${fs.readFileSync(current, 'utf8').trimEnd()}\n${cert}`);
  }
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile, [MARKER]: '1' },
  });
  const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  process.exit(code);
}
