// Reads the Agents Toolkit environment files (env/.env.<name>), the format teamsapp.yml uses:
// KEY=VALUE lines, `#` comments, optional single or double quotes. No interpolation (the toolkit does none either).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type EnvVars = Record<string, string>;

export function parseEnvFile(text: string): EnvVars {
  const vars: EnvVars = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1] as string;
    let value = (match[2] as string).trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2] as string;
    } else {
      // An unquoted value ends at ` #` (an inline comment).
      const hash = value.search(/\s#/);
      if (hash >= 0) value = value.slice(0, hash).trim();
    }
    vars[key] = value;
  }
  return vars;
}

/** Names that a sample documents only in a comment, like `# SECRET_TAB_SWA_DEPLOYMENT_TOKEN=` (secrets live in `.user` files). */
export function commentedVariableNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^#\s*([A-Z][A-Z0-9_]*)=/.exec(line.trim());
    if (match) names.push(match[1] as string);
  }
  return names;
}

export interface ResolvedEnv {
  name: string;
  /** The file actually read. */
  file: string;
  /** True when env/.env.<name> was missing and the committed sample was used instead. */
  fromSample: boolean;
  vars: EnvVars;
}

/**
 * Loads env/.env.<name>, or env/.env.<name>.sample when the real file is absent, plus env/.env.<name>.user
 * (secrets, never committed) when present. Throws when neither file exists.
 */
export function loadEnv(root: string, name: string): ResolvedEnv {
  if (!/^[a-z][a-z0-9-]*$/i.test(name)) throw new Error(`Invalid environment name "${name}"`);
  const real = join(root, 'env', `.env.${name}`);
  const sample = `${real}.sample`;
  const fromSample = !existsSync(real);
  const file = fromSample ? sample : real;
  if (!existsSync(file)) {
    throw new Error(`Neither env/.env.${name} nor env/.env.${name}.sample exists`);
  }
  const vars = parseEnvFile(readFileSync(file, 'utf8'));
  const user = `${real}.user`;
  if (existsSync(user)) Object.assign(vars, parseEnvFile(readFileSync(user, 'utf8')));
  return { name, file, fromSample, vars };
}
