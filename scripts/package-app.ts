// `npm run package -- --env <name>` (default: dev). Builds the Teams app package for one environment:
// fills `${{…}}` in appPackage/ from env/.env.<name> (or env/.env.<name>.sample when the real file is absent),
// validates it against Microsoft's official schema for the manifest's version, and writes
//   build/appPackage/appPackage.<name>.zip   (upload this in Teams / Teams admin centre)
//   build/appPackage/manifest.<name>.json    (the filled manifest, for inspection)
// Exits 1 with readable errors when the package is invalid.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageApp } from './lib/app-package';

function parseArgs(argv: readonly string[]): { env: string } {
  let env = 'dev';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--env' || arg === '-e') env = argv[++i] ?? '';
    else if (arg.startsWith('--env=')) env = arg.slice('--env='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run package -- [--env dev|local|prod|<name>]');
      process.exit(0);
    } else {
      console.error(`Unknown argument: ${arg}`);
      process.exit(2);
    }
  }
  if (!env) {
    console.error('--env needs a value');
    process.exit(2);
  }
  return { env };
}

async function main(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { env } = parseArgs(process.argv.slice(2));
  const result = await packageApp(root, env);
  const rel = (p: string): string => relative(root, p);
  if (result.fromSample) {
    console.warn(`Note: env/.env.${env} not found; using ${rel(result.envFile)} (sample values, not a real tenant).`);
  } else {
    console.log(`Environment: ${rel(result.envFile)}`);
  }
  if (result.errors.length > 0) {
    console.error(`\nThe app package for "${env}" is NOT valid (${result.errors.length} problem(s)):`);
    for (const error of result.errors) console.error(`  - ${error}`);
    console.error(`\nWrote ${rel(result.zipPath)} anyway for inspection; do not upload it.`);
    process.exit(1);
  }
  console.log(`Manifest ${result.manifest.manifestVersion} is valid against the official schema.`);
  console.log(`Package:  ${rel(result.zipPath)} (${result.files.map((f) => f.name).join(', ')})`);
  console.log(`Manifest: ${rel(result.manifestPath)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
