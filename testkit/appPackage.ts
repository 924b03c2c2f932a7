// Shared reading helpers for the packaging tests.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { commentedVariableNames, parseEnvFile } from '../scripts/lib/env-file';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const path = (...parts: string[]): string => join(ROOT, ...parts);
export const readText = (...parts: string[]): string => readFileSync(path(...parts), 'utf8');
export const readJson = <T = Record<string, unknown>>(...parts: string[]): T => JSON.parse(readText(...parts)) as T;

export interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  writeToEnvironmentFile?: Record<string, string>;
}
export interface Lifecycle {
  version: string;
  environmentFolderPath?: string;
  provision?: Action[];
  deploy?: Action[];
  publish?: Action[];
}
export const readYaml = (file: string): Lifecycle => load(readText(file)) as Lifecycle;

/** Vars of the committed sample for an environment (what CI has; a real env/.env.<name> is never committed). */
export const sampleVars = (env: string): Record<string, string> => parseEnvFile(readText('env', `.env.${env}.sample`));

/** Variables a sample defines, plus SECRET_* ones it documents in a comment (they live in .env.<name>.user). */
export const sampleDefines = (env: string): Set<string> => {
  const text = readText('env', `.env.${env}.sample`);
  return new Set([...Object.keys(parseEnvFile(text)), ...commentedVariableNames(text).filter((n) => n.startsWith('SECRET_'))]);
};

export const SAMPLE_ENVS = readdirSync(path('env'))
  .map((f) => /^\.env\.([a-z]+)\.sample$/.exec(f)?.[1])
  .filter((e): e is string => e !== undefined)
  .sort();

/** Newest `v1.xx` folder in @microsoft/app-manifest's offline schemas. */
export function newestSchemaVersion(): string {
  const dir = join(ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');
  const versions = readdirSync(dir)
    .map((d) => /^v(1)\.(\d+)$/.exec(d))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const last = versions.at(-1);
  if (!last) throw new Error('no schemas found');
  return `${last[0]}.${last[1]}`;
}

/** A Content-Security-Policy directive's values (`script-src` → its sources), empty when the policy lacks it. */
export const cspDirective = (csp: string, name: string): string[] =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((parts) => parts[0] === name)
    ?.slice(1) ?? [];
