// `${{NAME}}` placeholders, the syntax of Microsoft 365 Agents Toolkit files (manifest, aad.manifest.json,
// teamsapp*.yml, infra/*.parameters.json).

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Every distinct placeholder name in `text`, in order of first appearance. */
export function listPlaceholders(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] as string);
  return [...names];
}

export interface FillResult {
  text: string;
  /** Placeholders with no value (absent or empty), left in place. */
  missing: string[];
}

/** Replaces `${{NAME}}` with `vars[NAME]`; absent or empty values are reported and left untouched. */
export function fillPlaceholders(text: string, vars: Readonly<Record<string, string | undefined>>): FillResult {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text: filled, missing: [...missing] };
}

/** Fills placeholders in a JSON document, escaping each value as a JSON string fragment. */
export function fillJsonPlaceholders(jsonText: string, vars: Readonly<Record<string, string | undefined>>): FillResult {
  const escaped: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(vars)) {
    escaped[key] = value === undefined ? undefined : JSON.stringify(value).slice(1, -1);
  }
  return fillPlaceholders(jsonText, escaped);
}
