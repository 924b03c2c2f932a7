// Builds and checks the Teams app package: fills `${{…}}` placeholders from an environment file, validates
// manifest.json and every localization file against the official schema of the manifest's own version,
// checks the icons, and zips everything flat (files at the root of the zip, as Teams requires).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { loadEnv, type EnvVars } from './env-file';
import { fillJsonPlaceholders } from './placeholders';
import { validateAgainstSchema } from './manifest-schema';

export interface TeamsManifest {
  manifestVersion: string;
  icons: { color: string; outline: string };
  localizationInfo?: {
    defaultLanguageTag: string;
    defaultLanguageFile?: string;
    additionalLanguages?: { languageTag: string; file: string }[];
  };
  [key: string]: unknown;
}

export interface PackageFile {
  name: string;
  content: Buffer;
}

export interface BuiltPackage {
  manifest: TeamsManifest;
  manifestText: string;
  files: PackageFile[];
  errors: string[];
}

/** The files the manifest refers to (icons, localization files), relative to appPackage/. */
export function referencedFiles(manifest: TeamsManifest): string[] {
  const files = [manifest.icons.color, manifest.icons.outline];
  const loc = manifest.localizationInfo;
  if (loc?.defaultLanguageFile) files.push(loc.defaultLanguageFile);
  for (const lang of loc?.additionalLanguages ?? []) files.push(lang.file);
  return files;
}

export interface IconCheck {
  width: number;
  height: number;
  /** Share of fully transparent pixels. */
  transparentShare: number;
  /** Pixels that are visible but not white (only allowed in the colour icon). */
  nonWhiteVisible: number;
  cornersTransparent: boolean;
}

export function inspectPng(content: Buffer): IconCheck {
  const png = PNG.sync.read(content);
  let transparent = 0;
  let nonWhiteVisible = 0;
  const pixels = png.width * png.height;
  for (let i = 0; i < pixels; i++) {
    const r = png.data[i * 4] as number;
    const g = png.data[i * 4 + 1] as number;
    const b = png.data[i * 4 + 2] as number;
    const a = png.data[i * 4 + 3] as number;
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255) nonWhiteVisible++;
  }
  const alphaAt = (x: number, y: number): number => png.data[(y * png.width + x) * 4 + 3] as number;
  const last = png.width - 1;
  const bottom = png.height - 1;
  return {
    width: png.width,
    height: png.height,
    transparentShare: transparent / pixels,
    nonWhiteVisible,
    cornersTransparent: [alphaAt(0, 0), alphaAt(last, 0), alphaAt(0, bottom), alphaAt(last, bottom)].every((a) => a === 0),
  };
}

export function checkIcons(color: Buffer, outline: Buffer): string[] {
  const errors: string[] = [];
  const c = inspectPng(color);
  if (c.width !== 192 || c.height !== 192) errors.push(`color icon must be 192×192, is ${c.width}×${c.height}`);
  const o = inspectPng(outline);
  if (o.width !== 32 || o.height !== 32) errors.push(`outline icon must be 32×32, is ${o.width}×${o.height}`);
  if (!o.cornersTransparent || o.transparentShare < 0.3) errors.push('outline icon must have a transparent background');
  if (o.nonWhiteVisible > 0) errors.push(`outline icon must be white on transparent (${o.nonWhiteVisible} non-white pixels)`);
  return errors;
}

/**
 * Reads appPackage/, fills placeholders with `vars`, validates, and returns the package files (not yet zipped).
 * `errors` is empty when the package is valid.
 */
export function buildPackageFiles(appPackageDir: string, vars: EnvVars): BuiltPackage {
  const errors: string[] = [];
  const template = readFileSync(join(appPackageDir, 'manifest.json'), 'utf8');
  const filled = fillJsonPlaceholders(template, vars);
  for (const name of filled.missing) errors.push(`manifest.json: no value for \${{${name}}} in the environment file`);
  const manifest = JSON.parse(filled.text) as TeamsManifest;
  const version = manifest.manifestVersion;
  for (const e of validateAgainstSchema(manifest, version, 'manifest')) errors.push(`manifest.json: ${e}`);

  const files: PackageFile[] = [{ name: 'manifest.json', content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }];
  for (const name of referencedFiles(manifest)) {
    if (name.includes('/') || name.includes('\\')) errors.push(`${name}: package files must sit at the root of appPackage/`);
    const path = join(appPackageDir, name);
    if (!existsSync(path)) {
      errors.push(`${name}: referenced by manifest.json but missing from appPackage/`);
      continue;
    }
    let content = readFileSync(path);
    if (name.endsWith('.json')) {
      const loc = fillJsonPlaceholders(content.toString('utf8'), vars);
      for (const missing of loc.missing) errors.push(`${name}: no value for \${{${missing}}}`);
      const doc = JSON.parse(loc.text) as unknown;
      for (const e of validateAgainstSchema(doc, version, 'localization')) errors.push(`${name}: ${e}`);
      content = Buffer.from(`${JSON.stringify(doc, null, 2)}\n`);
    }
    files.push({ name, content });
  }
  const color = files.find((f) => f.name === manifest.icons.color);
  const outline = files.find((f) => f.name === manifest.icons.outline);
  if (color && outline) errors.push(...checkIcons(color.content, outline.content));
  return { manifest, manifestText: filled.text, files, errors };
}

/** A deterministic zip (fixed timestamps) with every file at the root. */
export async function zipPackage(files: readonly PackageFile[]): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const file of files) zip.file(file.name, file.content, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

export interface PackageResult extends BuiltPackage {
  envFile: string;
  fromSample: boolean;
  zipPath: string;
  manifestPath: string;
}

/** `npm run package -- --env <name>`: writes build/appPackage/appPackage.<env>.zip and manifest.<env>.json. */
export async function packageApp(root: string, envName: string): Promise<PackageResult> {
  const env = loadEnv(root, envName);
  const built = buildPackageFiles(join(root, 'appPackage'), env.vars);
  const outDir = join(root, 'build', 'appPackage');
  mkdirSync(outDir, { recursive: true });
  const manifestPath = join(outDir, `manifest.${envName}.json`);
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(manifestPath, built.files[0]?.content ?? '');
  writeFileSync(zipPath, await zipPackage(built.files));
  return { ...built, envFile: env.file, fromSample: env.fromSample, zipPath, manifestPath };
}
