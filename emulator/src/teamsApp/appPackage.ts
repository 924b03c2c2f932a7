// The Teams app the emulator plays installed: the activity types its manifest declares and their template texts per
// language. Teams reads both from the app package (manifest `activities.activityTypes`, localisation files
// `activities.activityTypes[i].templateText`); https://learn.microsoft.com/en-us/graph/teams-send-activityfeednotifications
// ("Activities update": types must be declared; `systemDefault` is reserved and always available). The emulator reads
// the package's JSON files (data, not the app's code), so a type the app sends but forgot to declare fails here too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The reserved activity type: free text in `templateParameters` `systemDefaultText`, never declared in a manifest. */
export const SYSTEM_DEFAULT_ACTIVITY = 'systemDefault';

export interface ActivityTypeDeclaration {
  type: string;
  description: string;
  /** By language tag in lower case (`nb-no`, `nn-no`, `en-us`); the manifest's own text under its default language. */
  templateText: Record<string, string>;
}

export interface TeamsAppPackage {
  activityTypes: ActivityTypeDeclaration[];
  defaultLanguage: string;
}

/** An app with no declared types: only `systemDefault` can be sent. */
export const NO_APP_PACKAGE: TeamsAppPackage = { activityTypes: [], defaultLanguage: 'en-us' };

type Json = Record<string, unknown>;
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

/** The parameters a template names (`{actor}` and the app's own), in order of first use. */
export function templateParameterNames(templateText: string): string[] {
  return [...new Set([...templateText.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((match) => match[1] as string))];
}

/** Reads `manifest.json` and its localisation files from an app package folder; no folder → no declared types. */
export function loadTeamsAppPackage(dir: string | undefined): TeamsAppPackage {
  if (!dir || !existsSync(join(dir, 'manifest.json'))) return NO_APP_PACKAGE;
  const manifest = readJson(join(dir, 'manifest.json'));
  const localization = (manifest['localizationInfo'] ?? {}) as { defaultLanguageTag?: string; defaultLanguageFile?: string; additionalLanguages?: { languageTag: string; file: string }[] };
  const defaultLanguage = (localization.defaultLanguageTag ?? 'en-us').toLowerCase();
  const declared = (((manifest['activities'] ?? {}) as Json)['activityTypes'] ?? []) as { type: string; description: string; templateText: string }[];
  const files: [string, string][] = [
    ...(localization.defaultLanguageFile ? [[defaultLanguage, localization.defaultLanguageFile] as [string, string]] : []),
    ...(localization.additionalLanguages ?? []).map((l): [string, string] => [l.languageTag.toLowerCase(), l.file]),
  ];
  const translations = files.filter(([, file]) => existsSync(join(dir, file))).map(([tag, file]) => [tag, readJson(join(dir, file))] as const);
  return {
    defaultLanguage,
    activityTypes: declared.map((activity, index) => {
      const templateText: Record<string, string> = { [defaultLanguage]: activity.templateText };
      for (const [tag, doc] of translations) {
        const text = doc[`activities.activityTypes[${index}].templateText`];
        if (typeof text === 'string') templateText[tag] = text;
      }
      return { type: activity.type, description: activity.description, templateText };
    }),
  };
}

/** Fills a template: `{actor}` is always the caller's name (Learn), the rest from `templateParameters`. */
export function renderTemplate(templateText: string, actorName: string, parameters: Record<string, string>): string {
  return templateText.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => (name === 'actor' ? actorName : (parameters[name] ?? whole)));
}
