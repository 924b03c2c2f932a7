// The Teams app package: manifest, localization files and icons against Microsoft's official JSON schemas
// (offline copies in @microsoft/app-manifest), and the zip `npm run package` produces.
import { mkdtempSync, cpSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildPackageFiles, checkIcons, inspectPng, packageApp, referencedFiles, zipPackage } from '../../scripts/lib/app-package';
import type { TeamsManifest } from '../../scripts/lib/app-package';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/lib/icons';
import { loadSchema, validateAgainstSchema } from '../../scripts/lib/manifest-schema';
import { fillJsonPlaceholders, listPlaceholders } from '../../scripts/lib/placeholders';
import { ROOT, SAMPLE_ENVS, newestSchemaVersion, path, readJson, readText, sampleVars } from '../../testkit/appPackage';

type Json = Record<string, unknown>;
interface ConfigurableTab {
  configurationUrl: string;
  scopes: string[];
  context: string[];
  meetingSurfaces: string[];
  supportedSharePointHosts: string[];
}
interface StaticTab {
  entityId: string;
  name: string;
  contentUrl: string;
  scopes: string[];
}

const template = readText('appPackage', 'manifest.json');
const filledFor = (env: string): TeamsManifest => {
  const filled = fillJsonPlaceholders(template, sampleVars(env));
  expect(filled.missing).toEqual([]);
  return JSON.parse(filled.text) as TeamsManifest;
};
const manifest = filledFor('dev');
const version = manifest.manifestVersion;

describe('manifest schema version', () => {
  it('uses the newest schema shipped in @microsoft/app-manifest, 1.22 or later', () => {
    expect(version).toBe(newestSchemaVersion());
    const [major, minor] = version.split('.').map(Number);
    expect(major === 1 && (minor ?? 0) >= 22).toBe(true);
    expect(manifest['$schema']).toBe(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  });

  it('compiles the schema as the draft it declares (draft-04)', () => {
    expect(loadSchema(version, 'manifest')['$schema']).toBe('http://json-schema.org/draft-04/schema#');
    expect(loadSchema(version, 'localization')['$schema']).toBe('http://json-schema.org/draft-04/schema#');
  });
});

describe('manifest.json', () => {
  it.each(SAMPLE_ENVS)('is valid against the official schema when filled from env/.env.%s.sample', (env) => {
    expect(validateAgainstSchema(filledFor(env), version, 'manifest')).toEqual([]);
  });

  it('rejects what the schema rejects (the validator is not a no-op)', () => {
    const broken = structuredClone(manifest) as Json;
    delete broken['developer'];
    (broken['configurableTabs'] as Json[])[0]!['context'] = ['channelTab', 'somewhereElse'];
    broken['accentColor'] = 'blue';
    const errors = validateAgainstSchema(broken, version, 'manifest');
    expect(errors.join('\n')).toMatch(/developer/);
    expect(errors.join('\n')).toMatch(/context\/1/);
    expect(errors.join('\n')).toMatch(/accentColor/);
  });

  it('declares one configurable tab for channels, group chats and meetings, also in SharePoint', () => {
    const tabs = manifest['configurableTabs'] as ConfigurableTab[];
    expect(tabs).toHaveLength(1);
    const tab = tabs[0]!;
    expect(tab.scopes.sort()).toEqual(['groupChat', 'team']);
    expect([...tab.context].sort()).toEqual(
      ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'].sort(),
    );
    expect([...tab.meetingSurfaces].sort()).toEqual(['sidePanel', 'stage']);
    expect([...tab.supportedSharePointHosts].sort()).toEqual(['sharePointFullPage', 'sharePointWebPart']);
    expect(tab.configurationUrl).toBe('https://felles-modell-dev.example.org/index.html#/config');
    expect([...(manifest['supportedChannelTypes'] as string[])].sort()).toEqual(['privateChannels', 'sharedChannels']);
  });

  it('declares the personal tabs: the coordinators’ overview, Venter på meg and the Verktøykasse', () => {
    const tabs = manifest['staticTabs'] as StaticTab[];
    expect(tabs).toHaveLength(3);
    expect(tabs[1]).toMatchObject({ entityId: 'venter', name: 'Venter på meg', scopes: ['personal'] });
    expect(tabs[1]!.contentUrl).toBe('https://felles-modell-dev.example.org/index.html#/venter');
    expect(tabs[2]).toMatchObject({ entityId: 'verktoykasse', name: 'Verktøykasse', scopes: ['personal'] });
    expect(tabs[2]!.contentUrl).toBe('https://felles-modell-dev.example.org/index.html#/verktoykasse');
    expect(tabs[0]).toMatchObject({ entityId: 'oversikt', name: 'Oversikt', scopes: ['personal'] });
    expect(tabs[0]!.contentUrl).toBe('https://felles-modell-dev.example.org/index.html#/overview');
  });

  it('declares the activity feed types "Venter på deg" sends, each with its template in bokmål, nynorsk and English', () => {
    const activities = (manifest['activities'] as { activityTypes: { type: string; description: string; templateText: string }[] }).activityTypes;
    expect(activities.map((a) => a.type)).toEqual(['itemsWaiting', 'itemsOverdue']);
    for (const [index, activity] of activities.entries()) {
      // {actor} is Teams' own (the caller's name); the rest are the app's template parameters.
      expect(activity.templateText).toMatch(/^\{actor\} /);
      for (const file of ['nb-no.json', 'nn-no.json', 'en-us.json']) {
        const doc = readJson<Record<string, string>>('appPackage', file);
        const text = doc[`activities.activityTypes[${index}].templateText`];
        expect(text, file).toBeTruthy();
        const names = (template: string) => [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).sort();
        expect(names(text!), file).toEqual(names(activity.templateText));
        expect(doc[`activities.activityTypes[${index}].description`], file).toBeTruthy();
      }
      expect(readJson<Record<string, string>>('appPackage', 'nb-no.json')[`activities.activityTypes[${index}].templateText`]).toBe(activity.templateText);
    }
  });

  it('has the agreed names and developer, and the version of package.json', () => {
    expect(manifest['name']).toEqual({ short: 'Felles modell', full: 'Felles modell for tjenesteutvikling – Helsefellesskap Innlandet' });
    expect((manifest['developer'] as Json)['name']).toBe('Helsefellesskap Innlandet');
    expect(manifest['version']).toBe(readJson('package.json')['version']);
  });

  it('only uses placeholders for environment-specific values', () => {
    expect(listPlaceholders(template).sort()).toEqual(
      ['AAD_APP_CLIENT_ID', 'DEVELOPER_WEBSITE_URL', 'PRIVACY_URL', 'TAB_DOMAIN', 'TEAMS_APP_ID', 'TERMS_OF_USE_URL', 'SITE_PERMISSION'].sort(),
    );
  });
});

describe('localization', () => {
  const loc = manifest.localizationInfo!;
  const files = [loc.defaultLanguageFile!, ...(loc.additionalLanguages ?? []).map((l) => l.file)];

  it('has bokmål as the default language, with nynorsk and English', () => {
    expect(loc.defaultLanguageTag).toBe('nb-no');
    expect(loc.defaultLanguageFile).toBe('nb-no.json');
    expect(loc.additionalLanguages).toEqual([
      { languageTag: 'nn-no', file: 'nn-no.json' },
      { languageTag: 'en-us', file: 'en-us.json' },
    ]);
  });

  it.each(['nb-no.json', 'nn-no.json', 'en-us.json'])('%s is valid against the Localization schema of the same version', (file) => {
    const doc = readJson('appPackage', file);
    expect(doc['$schema']).toBe(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`);
    expect(validateAgainstSchema(doc, version, 'localization')).toEqual([]);
  });

  it('the Localization validator rejects unknown keys and over-long names', () => {
    const errors = validateAgainstSchema({ 'name.short': 'x'.repeat(31), 'description.short': 'a', 'description.full': 'b', 'name.color': 'x' }, version, 'localization');
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  it('translates the same strings in every language, and the default file matches the manifest', () => {
    const keys = files.map((f) => Object.keys(readJson('appPackage', f)).sort());
    for (const k of keys) expect(k).toEqual(keys[0]);
    const nb = readJson<Record<string, string>>('appPackage', 'nb-no.json');
    expect(nb['name.short']).toBe((manifest['name'] as Json)['short']);
    expect(nb['name.full']).toBe((manifest['name'] as Json)['full']);
    expect(nb['description.short']).toBe((manifest['description'] as Json)['short']);
    expect(nb['description.full']).toBe((manifest['description'] as Json)['full']);
    expect(nb['staticTabs[0].name']).toBe((manifest['staticTabs'] as StaticTab[])[0]!.name);
    expect(readJson<Record<string, string>>('appPackage', 'en-us.json')['staticTabs[0].name']).toBe('Overview');
  });
});

describe('icons', () => {
  const color = readFileSync(path('appPackage', 'color.png'));
  const outline = readFileSync(path('appPackage', 'outline.png'));

  it('color.png is 192×192 and opaque', () => {
    const info = inspectPng(color);
    expect([info.width, info.height]).toEqual([192, 192]);
    expect(info.transparentShare).toBe(0);
  });

  it('outline.png is 32×32, white on a transparent background', () => {
    const info = inspectPng(outline);
    expect([info.width, info.height]).toEqual([32, 32]);
    expect(info.cornersTransparent).toBe(true);
    expect(info.transparentShare).toBeGreaterThan(0.3);
    expect(info.transparentShare).toBeLessThan(0.95); // there is a figure
    expect(info.nonWhiteVisible).toBe(0);
    expect(checkIcons(color, outline)).toEqual([]);
  });

  it('the committed PNGs are what scripts/lib/icons.ts draws', () => {
    expect(drawColorIcon().equals(color)).toBe(true);
    expect(drawOutlineIcon().equals(outline)).toBe(true);
  });

  it('checkIcons rejects a wrong size and an opaque outline', () => {
    expect(checkIcons(outline, color).join('\n')).toMatch(/192×192[\s\S]*32×32/);
  });
});

describe('the app package zip', () => {
  it('contains manifest.json, the icons and the localization files at the root, and validates', async () => {
    const built = buildPackageFiles(path('appPackage'), sampleVars('dev'));
    expect(built.errors).toEqual([]);
    const zip = await JSZip.loadAsync(await zipPackage(built.files));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'en-us.json', 'manifest.json', 'nb-no.json', 'nn-no.json', 'outline.png']);
    const inZip = JSON.parse(await zip.file('manifest.json')!.async('string')) as TeamsManifest;
    expect(validateAgainstSchema(inZip, inZip.manifestVersion, 'manifest')).toEqual([]);
    expect(JSON.stringify(inZip)).not.toContain('${{');
    for (const file of referencedFiles(inZip)) expect(names).toContain(file);
    for (const file of ['nb-no.json', 'nn-no.json', 'en-us.json']) {
      const doc = JSON.parse(await zip.file(file)!.async('string')) as unknown;
      expect(validateAgainstSchema(doc, inZip.manifestVersion, 'localization')).toEqual([]);
    }
    const outline = await zip.file('outline.png')!.async('nodebuffer');
    expect(inspectPng(outline).cornersTransparent).toBe(true);
  });

  it('packageApp writes build/appPackage/appPackage.<env>.zip from the sample when env/.env.<env> is absent', async () => {
    const root = mkdtempSync(join(tmpdir(), 'felles-modell-pkg-'));
    cpSync(path('appPackage'), join(root, 'appPackage'), { recursive: true });
    mkdirSync(join(root, 'env'));
    cpSync(path('env', '.env.dev.sample'), join(root, 'env', '.env.dev.sample'));
    const result = await packageApp(root, 'dev');
    expect(result.fromSample).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.zipPath).toBe(join(root, 'build', 'appPackage', 'appPackage.dev.zip'));
    const zip = await JSZip.loadAsync(readFileSync(result.zipPath));
    expect(Object.keys(zip.files)).toContain('manifest.json');
    expect(JSON.parse(readFileSync(result.manifestPath, 'utf8'))).toMatchObject({ id: '00000000-0000-4000-8000-000000000001' });
  });

  it('reports unfilled placeholders and schema errors readably', async () => {
    const root = mkdtempSync(join(tmpdir(), 'felles-modell-pkg-'));
    cpSync(path('appPackage'), join(root, 'appPackage'), { recursive: true });
    mkdirSync(join(root, 'env'));
    writeFileSync(join(root, 'env', '.env.broken'), 'TEAMS_APP_ID=not-a-guid\nTAB_DOMAIN=example.org\n');
    const result = await packageApp(root, 'broken');
    expect(result.fromSample).toBe(false);
    const text = result.errors.join('\n');
    expect(text).toContain('no value for ${{AAD_APP_CLIENT_ID}}');
    expect(text).toContain('manifest.json: /id must match pattern');
  });

  it('`npm run package` (scripts/package-app.ts) exits 0 for the dev sample and non-zero on bad arguments', async () => {
    const { spawnSync } = await import('node:child_process');
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const ok = spawnSync(tsx, ['scripts/package-app.ts', '--env', 'dev'], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('appPackage.dev.zip');
    const bad = spawnSync(tsx, ['scripts/package-app.ts', '--env', 'nosuchenv'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('env/.env.nosuchenv');
  });
});
