// The project view's first paint, read from a production build's manifest: the entry chunk and its static imports
// (what the browser must load before anything shows) hold none of what must stay lazy. The bundle's own module
// lists say which source files each chunk carries. No timer: the chunk graph is the fact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../testkit/appBuilds';
import { scaled } from '../../testkit/timeouts';

/** What must never be in the first paint: sign-in, Teams, exporters, rare pages and everything opened on demand. */
const LAZY: ReadonlyArray<[string, RegExp]> = [
  ['MSAL', /node_modules\/@azure\/msal-/],
  ['teams-js', /node_modules\/@microsoft\/teams-js\//],
  ['exceljs', /node_modules\/exceljs\//],
  ['the config page', /src\/ui\/config\//],
  // The lists' schema (column names) is read by every store call; creating lists is not.
  ['provisioning', /src\/store\/provisioning\//],
  ['the overview', /src\/ui\/overview\//],
  // Only the side panel's view, the buttons' labels and when the meeting began (noted as the side panel opens: 84
  // lines, no library) are on the first screen.
  ['the stage walk-through and the meeting summary', /src\/ui\/meeting\/(?!strings\.ts|MeetingPanelView\.tsx|index\.ts|meetingStart\.ts|useMeetingStart\.ts)/],
  ['the item menu (and Fluent’s Menu)', /src\/ui\/project\/ChecklistItem\/ItemMenuPopover|node_modules\/@fluentui\/react-menu\//],
  ['the comment editor', /src\/ui\/project\/ChecklistItem\/CommentEditor/],
  ['the not-relevant dialog', /src\/ui\/project\/ChecklistItem\/NotRelevantDialog/],
  ['the history drawer', /src\/ui\/project\/HistoryDrawer/],
  ['the phase dialog', /src\/ui\/project\/PhaseChangeDialog/],
  // Fetched beside sign-in (which takes longer), not in the entry: the checklist needs them only once signed in.
  // (The meeting's day record is localStorage only, 67 lines: the side panel notes its first use before sign-in ends.)
  ['the store behind the UI’s port (Graph adapter, device queue and caches, zod)', /src\/ui\/shell\/services\.ts|src\/store\/(graph|model|portfolio)\/|src\/store\/sync\/(?!pollInterval\.ts|MeetingDayCache\.ts)|node_modules\/(zod|idb)\//],
  ['the built-in model', /src\/model\/(defaultModel|defaultModelTexts|demoProjects)\.ts/],
  // A warm open paints from the device; the SDK comes with the first request.
  ['the Graph SDK', /node_modules\/@microsoft\/microsoft-graph-client\//],
  // Only the prompt's bar and the "Deltakere" button are on the first screen.
  ['the participant form and the participants drawer (and Fluent’s Dialog, Drawer, Radio)', /src\/ui\/participants\/(ParticipantForm|ParticipantsDrawer)|node_modules\/@fluentui\/react-(dialog|drawer|radio)\//],
];

let firstPaintModules: string[] = [];
let firstPaintGzipBytes = 0;
let lazyChunks = 0;

beforeAll(async () => {
  // A production build, as users get it (no local mode, React's production build): the same one as
  // tests/browser/productionBuild.test.ts reads, made once.
  const { dir: OUT_DIR, manifest, modulesByFile } = await ensureBuilt('production');
  // The app's page; the build may have other pages (the sign-in redirect page) with entries of their own.
  const entry = manifest['index.html']?.isEntry ? 'index.html' : undefined;
  if (!entry) throw new Error('the manifest has no index.html entry');
  const staticClosure = new Set<string>();
  const visit = (key: string) => {
    if (staticClosure.has(key)) return;
    staticClosure.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  const files = [...staticClosure].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
  firstPaintModules = files.flatMap((file) => modulesByFile.get(file) ?? []);
  firstPaintGzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(OUT_DIR, file))).byteLength, 0);
  lazyChunks = Object.values(manifest).filter((chunk) => !staticClosure.has(chunk.src ?? '') && chunk.file.endsWith('.js')).length;
  console.info(`tests/build: first paint ${files.length} file(s), ${(firstPaintGzipBytes / 1000).toFixed(1)} kB gzip; ${lazyChunks} chunk(s) load later`);
}, scaled(180_000));

describe('the project view’s first paint', () => {
  it('is the project view, with its checklist (so the checks below cannot pass on an empty graph)', () => {
    expect(firstPaintModules).toContain('src/ui/project/ProjectView.tsx');
    expect(firstPaintModules).toContain('src/ui/project/ChecklistItem/useChecklistItem.ts');
    expect(firstPaintModules.some((id) => id.includes('node_modules/react-dom/'))).toBe(true);
  });

  // Issue 14's budget, by the bench's measure (bench/scenarios/bundle.ts): the entry and its static imports, gzip.
  it('weighs at most 200 kB gzip', () => {
    expect(firstPaintGzipBytes).toBeLessThanOrEqual(200_000);
  });

  for (const [what, pattern] of LAZY) {
    it(`leaves out ${what}`, () => {
      expect(firstPaintModules.filter((id) => pattern.test(id))).toEqual([]);
    });
  }
});
