// Validation against Microsoft's official Teams app manifest schemas, shipped offline in @microsoft/app-manifest
// (build/json-schemas/teams/v1.xx/). Those schemas declare `"$schema": "http://json-schema.org/draft-04/schema#"`,
// so they are compiled with Ajv's draft-04 class (ajv-draft-04, the same validator @microsoft/app-manifest itself
// uses) plus ajv-formats. Ajv 8's default class only speaks draft-07 and later.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

export type SchemaKind = 'manifest' | 'localization';

const FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

function schemaRoot(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@microsoft/app-manifest/package.json');
  return join(dirname(pkg), 'build', 'json-schemas', 'teams');
}

/** The path of the official schema file for a manifest version such as "1.30". */
export function schemaPath(version: string, kind: SchemaKind): string {
  if (!/^\d+\.\d+$/.test(version) && version !== 'DevPreview') throw new Error(`Unknown manifest version "${version}"`);
  return join(schemaRoot(), `v${version}`, FILES[kind]);
}

export function loadSchema(version: string, kind: SchemaKind): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath(version, kind), 'utf8')) as Record<string, unknown>;
}

const cache = new Map<string, ValidateFunction>();

/** A compiled validator for the official schema of `version`. */
export function schemaValidator(version: string, kind: SchemaKind): ValidateFunction {
  const key = `${version}/${kind}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const schema = loadSchema(version, kind);
  const declared = String(schema['$schema'] ?? '');
  if (!declared.includes('draft-04')) {
    throw new Error(`Expected a draft-04 schema for ${key}, found "${declared}": choose the matching Ajv class`);
  }
  // unicodeRegExp: false — the Localization schemas contain patterns such as `\[\b(...)\b]` that are valid
  // JavaScript regular expressions but not valid with the `u` flag Ajv 8 adds by default.
  // strict: false — the official schemas use annotations Ajv's strict mode does not know.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  cache.set(key, validate);
  return validate;
}

export function formatSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath === '' ? '(root)' : error.instancePath;
    const extra =
      error.keyword === 'additionalProperties'
        ? ` ("${String((error.params as { additionalProperty?: unknown }).additionalProperty)}")`
        : error.keyword === 'enum'
          ? ` (allowed: ${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
          : '';
    return `${where} ${error.message ?? 'is invalid'}${extra}`;
  });
}

/** Validates `document` against the official schema; returns readable errors (empty when valid). */
export function validateAgainstSchema(document: unknown, version: string, kind: SchemaKind): string[] {
  const validate = schemaValidator(version, kind);
  return validate(document) ? [] : formatSchemaErrors(validate.errors);
}
