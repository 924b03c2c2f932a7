// CLI: npm run emulator -- [--port 8443] [--host 127.0.0.1] [--data .local/graph.sqlite|:memory:] [--no-seed]
//      [--tls-dir .local/tls] [--log] [--<setting> <value> …]   (settings: see emulator/README.md)
import { startEmulator } from './index';
import type { EmulatorOptions } from './index';
import { defaultSettings, parseSettingValue } from './config';

const usage = `Usage: npm run emulator -- [options]
  --port <n>          port (default 8443; 0 = random)
  --host <addr>       address to listen on (default 127.0.0.1)
  --data <path>       SQLite file, or :memory: (default .local/graph.sqlite)
  --no-seed           do not seed users and sites
  --tls-dir <dir>     where cert.pem and key.pem live (default .local/tls)
  --log               log every request
  --<setting> <value> any setting, e.g. --page-size 50 --non-indexed-filter allow --expose-retry-after
Settings: ${Object.keys(defaultSettings).join(', ')}`;

const camel = (s: string): string => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

function parseArgs(argv: string[]): EmulatorOptions {
  const opts: EmulatorOptions = { port: 8443, data: '.local/graph.sqlite', settings: {} };
  const settings: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    }
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument '${arg}'`);
    const [flag, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error(`--${flag} needs a value`);
      i++;
      return v;
    };
    switch (flag) {
      case 'port': opts.port = Number(next()); break;
      case 'host': opts.host = next(); break;
      case 'data': opts.data = next(); break;
      case 'no-seed': opts.seed = false; break;
      case 'seed': opts.seed = true; break;
      case 'tls-dir': opts.tlsDir = next(); break;
      case 'log': opts.log = true; break;
      default: {
        const key = camel(flag);
        if (!(key in defaultSettings)) throw new Error(`Unknown option --${flag}\n\n${usage}`);
        const isBoolean = typeof defaultSettings[key as keyof typeof defaultSettings] === 'boolean';
        const v = isBoolean && inline === undefined && (argv[i + 1] === undefined || argv[i + 1]?.startsWith('--')) ? 'true' : next();
        settings[key] = parseSettingValue(key, v);
      }
    }
  }
  opts.settings = settings;
  return opts;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.data && opts.data !== ':memory:') {
    const { mkdirSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    mkdirSync(dirname(opts.data), { recursive: true });
  }
  const emulator = await startEmulator(opts);
  console.log(`Graph emulator listening on ${emulator.baseUrl}`);
  console.log(`Graph base URL: ${emulator.baseUrl}/v1.0 · users: ${emulator.baseUrl}/_emulator/users · data: ${opts.data}`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
