// A self-signed certificate for 127.0.0.1 and localhost, made once and kept in tlsDir so it is the same across runs.
// Node clients trust it with NODE_EXTRA_CA_CERTS=<tlsDir>/cert.pem (a self-signed leaf is its own trust anchor).
import fs from 'node:fs';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

export interface TlsMaterial {
  cert: string;
  key: string;
  certPath: string;
  keyPath: string;
}

export const DEFAULT_TLS_DIR = '.local/tls';

function usable(certPem: string): boolean {
  try {
    const x = new X509Certificate(certPem);
    const validFor30Days = Date.parse(x.validTo) > Date.now() + 30 * 86_400_000;
    return validFor30Days && x.checkIP('127.0.0.1') !== undefined && x.checkHost('localhost') !== undefined;
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function ensureCertificate(tlsDir: string = DEFAULT_TLS_DIR): Promise<TlsMaterial> {
  const dir = path.resolve(tlsDir);
  const certPath = path.join(dir, 'cert.pem');
  const keyPath = path.join(dir, 'key.pem');
  const lockPath = path.join(dir, '.generating');
  fs.mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (fs.existsSync(certPath) && fs.existsSync(keyPath) && !fs.existsSync(lockPath)) {
      const cert = fs.readFileSync(certPath, 'utf8');
      const key = fs.readFileSync(keyPath, 'utf8');
      if (usable(cert)) return { cert, key, certPath, keyPath };
    }
    // Only one process generates; others wait for it (parallel test workers start emulators at the same time).
    let fd: number;
    try {
      fd = fs.openSync(lockPath, 'wx');
    } catch {
      const age = Date.now() - (fs.statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10_000) fs.rmSync(lockPath, { force: true });
      await sleep(50);
      continue;
    }
    try {
      const pems = await generate([{ name: 'commonName', value: 'Felles modell Graph emulator (127.0.0.1)' }], {
        keyType: 'ec',
        algorithm: 'sha256',
        notAfterDate: new Date(Date.now() + 397 * 86_400_000),
        extensions: [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
          { name: 'extKeyUsage', serverAuth: true },
          { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
        ],
      });
      fs.writeFileSync(`${keyPath}.tmp`, pems.private, { mode: 0o600 });
      fs.writeFileSync(`${certPath}.tmp`, pems.cert);
      fs.renameSync(`${keyPath}.tmp`, keyPath);
      fs.renameSync(`${certPath}.tmp`, certPath);
      return { cert: pems.cert, key: pems.private, certPath, keyPath };
    } finally {
      fs.closeSync(fd);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not create or read the TLS certificate in ${dir}`);
}
