// Issue 18: `npm run scan-national-ids`, the administrators' way to find national identity numbers that reached the
// lists before the guard knew every spelling (Events are append-only, so they stay). Against the emulator over real
// HTTPS, on the data `npm start` seeds: nothing is found on the clean seed, every list is read to its last page, and
// numbers written around the guard (raw Graph, as SharePoint's own UI or an old app version could) are found in each
// list and the template library, with list, row, column and an excerpt that never shows the number.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import { graphAs } from '../../testkit/portfolioEmulator';
import { seedDemo } from '../../scripts/lib/seedDemo';
import { maskedExcerpt, scanSiteForNationalIds } from '../../scripts/lib/nationalIdScan';
import type { NationalIdScanReport } from '../../scripts/lib/nationalIdScan';
import { locateNationalIdNumbers } from '../../src/domain/nationalId';
import { findOurLists } from '../../src/store/sharepoint/siteLists';
import { findTemplateLibrary } from '../../src/store/provisioning/templateLibrary';
import { DEMO_PROJECTS } from '../../src/model/demoProjects';
import { LIST_SCHEMA } from '../../src/store/sharepoint/schema';
import type { ListKey } from '../../src/store/sharepoint/schema';
import { scaled } from '../../testkit/timeouts';

// 15.03.1985, both check digits right: the spellings the guard let through before issue 18.
const NUMBER = '15038512363';

let emulator: TestEmulator;
emulatorPerFile((started) => (emulator = started));

beforeAll(async () => {
  const seeded = await seedDemo({ graphBaseUrl: emulator.graphBaseUrl, adminOrigin: emulator.baseUrl });
  expect(seeded.failed).toEqual([]);
}, scaled(180_000));

const siteOf = (key: string) => emulator.sites[key]!;
const projectSites = () => [...new Set(DEMO_PROJECTS.map((demo) => Object.values(emulator.sites).find((s) => s.path === demo.siteUrl)!.id))];

/** Rows per list as Graph counts them, one request per list with the largest page the emulator gives. */
async function rowCounts(siteId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [key, list] of await findOurLists(graphAs(emulator, 'kristin'), siteId)) {
    let rows = 0;
    for (let next: string | undefined = `/sites/${siteId}/lists/${list.id}/items?$top=5000`; next; ) {
      const page: { body: { value: unknown[]; '@odata.nextLink'?: string } } = await emulator.graph<{ value: unknown[]; '@odata.nextLink'?: string }>('kristin', 'GET', next);
      rows += page.body.value.length;
      next = page.body['@odata.nextLink'];
    }
    counts.set(LIST_SCHEMA[key].displayName, rows);
  }
  return counts;
}

/** Runs the command the README names, as a child process (async: the emulator answers from this process). */
function runCommand(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  return new Promise((resolve) => {
    execFile(tsx, ['scripts/scan-national-ids.ts', ...args, '--graph', emulator.graphBaseUrl, '--dev-user', 'kristin'], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

describe('scan-national-ids on the clean seed', () => {
  it('finds nothing in any demo project site or the coordination site, having read every row of every list over many pages', async () => {
    // What a scan costs, for docs/security.md: the demo sites at Graph's usual page size.
    await emulator.admin.resetStats();
    let scannedRows = 0;
    for (const siteId of projectSites()) scannedRows += (await scanSiteForNationalIds(graphAs(emulator, 'kristin'), { siteId })).scanned.reduce((sum, l) => sum + l.rows, 0);
    scannedRows += (await scanSiteForNationalIds(graphAs(emulator, 'kristin'), { siteId: siteOf('koordinering').id }, { coordination: true })).scanned.reduce((sum, l) => sum + l.rows, 0);
    const cost = await emulator.admin.stats();
    console.info(`scan of ${projectSites().length} demo project sites and the coordination site: ${scannedRows} rows and files, ${cost.total} requests, ${cost.resourceUnits} RU`);

    await emulator.admin.setSettings({ pageSize: 4 });
    const reports: NationalIdScanReport[] = [];
    for (const siteId of projectSites()) reports.push(await scanSiteForNationalIds(graphAs(emulator, 'kristin'), { siteId }));
    reports.push(await scanSiteForNationalIds(graphAs(emulator, 'kristin'), { siteId: siteOf('koordinering').id }, { coordination: true }));
    await emulator.admin.setSettings({ pageSize: 200 });

    expect(reports.flatMap((r) => r.findings)).toEqual([]);
    expect(reports.flatMap((r) => r.missing)).toEqual([]);
    for (const report of reports) {
      const counts = await rowCounts(report.site.id);
      for (const [list, rows] of counts) expect(report.scanned.find((s) => s.list === list)?.rows, `${report.site.webUrl} ${list}`).toBe(rows);
    }
    // Pages of 4 rows: the Events of a demo project run to many pages, so paging was followed, not just the first page.
    expect(Math.max(...reports.flatMap((r) => r.scanned.map((s) => s.rows)))).toBeGreaterThan(20);
    expect(reports.at(-1)!.scanned.map((s) => s.list)).toEqual([LIST_SCHEMA.portfolio.displayName, LIST_SCHEMA.modelVersions.displayName, LIST_SCHEMA.feedback.displayName, 'Maler']);
    expect(reports.at(-1)!.scanned.find((s) => s.list === 'Maler')!.rows).toBeGreaterThan(0);
  }, scaled(120_000));

  it('the command exits 0 and says so', async () => {
    const clean = await runCommand(['--site', siteOf('lungepasienter').webUrl]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toContain('No national identity numbers found.');
  }, scaled(60_000));
});

describe('scan-national-ids after numbers were written around the guard', () => {
  const planted: { site: string; list: string; itemId: string; column: string; excerpt: string }[] = [];

  beforeAll(async () => {
    const kari = 'kari';
    const lunge = siteOf('lungepasienter').id;
    const lists = await findOurLists(graphAs(emulator, 'kristin'), lunge);
    const itemsOf = (key: ListKey) => `/sites/${lunge}/lists/${lists.get(key)!.id}/items`;
    const projectKey = DEMO_PROJECTS.find((d) => d.siteUrl === siteOf('lungepasienter').path)!.projectKey;

    // An Events row, the way an app version before issue 18 wrote an accepted comment.
    const event = await emulator.graph<{ id: string }>(kari, 'POST', itemsOf('events'), {
      fields: { Title: 'comment', IntentId: randomUUID(), ProjectKey: projectKey, At: '2025-03-01T10:00:00Z', ActorId: 'x', ActorName: 'Kari Nordmann', Side: 'kommune', Kind: 'comment', ItemKey: 'forankring.mandat-godkjent', ToValue: 'Ring pasient 150385 123 63 i morgen' },
    });
    expect(event.status).toBe(201);
    planted.push({ site: lunge, list: LIST_SCHEMA.events.displayName, itemId: event.body.id, column: 'ToValue', excerpt: 'Ring pasient •••••• ••• •• i morgen' });

    // A checklist row's comment, edited in SharePoint's own list view.
    const rows = await emulator.graph<{ value: { id: string }[] }>(kari, 'GET', `${itemsOf('checklist')}?$top=1`);
    const row = rows.body.value[0]!.id;
    expect((await emulator.graph(kari, 'PATCH', `${itemsOf('checklist')}/${row}/fields`, { Comment: 'Avklart.\nGjelder 15 03 85 123 63.' })).status).toBe(200);
    planted.push({ site: lunge, list: LIST_SCHEMA.checklist.displayName, itemId: row, column: 'Comment', excerpt: 'Avklart. Gjelder •• •• •• ••• ••.' });

    // A participant's organisation.
    const participant = await emulator.graph<{ id: string }>(kari, 'POST', itemsOf('participants'), {
      fields: { Title: 'Test', ParticipantKey: `${projectKey}|scan-test`, ProjectKey: projectKey, PersonId: 'scan-test', Organisation: `Avd ${NUMBER}`, Side: 'sykehus' },
    });
    expect(participant.status).toBe(201);
    planted.push({ site: lunge, list: LIST_SCHEMA.participants.displayName, itemId: participant.body.id, column: 'Organisation', excerpt: 'Avd •••••••••••' });

    const koord = siteOf('koordinering').id;
    const coordination = await findOurLists(graphAs(emulator, 'kristin'), koord);
    // A Portfolio row's gate-override reasons.
    const portfolioItems = `/sites/${koord}/lists/${coordination.get('portfolio')!.id}/items`;
    const portfolioRow = (await emulator.graph<{ value: { id: string }[] }>('kristin', 'GET', `${portfolioItems}?$top=1`)).body.value[0]!.id;
    expect((await emulator.graph('kristin', 'PATCH', `${portfolioItems}/${portfolioRow}/fields`, { GateOverrides: '[{"reason":"Avtalt med 15.03.85-123.63"}]' })).status).toBe(200);
    planted.push({ site: koord, list: LIST_SCHEMA.portfolio.displayName, itemId: portfolioRow, column: 'GateOverrides', excerpt: '[{"reason":"Avtalt med ••.••.••-•••.••"}]' });

    // A model version whose JSON has the number across the split between two columns.
    const version = await emulator.graph<{ id: string }>('kristin', 'POST', `/sites/${koord}/lists/${coordination.get('modelVersions')!.id}/items`, {
      fields: { Title: 'Skann', VersionKey: 'scan-test|draft', ModelId: 'scan-test', Status: 'draft', ModelJson1: '{"note":"fnr 150385 1', ModelJson2: '23 63"}' },
    });
    expect(version.status).toBe(201);
    planted.push({ site: koord, list: LIST_SCHEMA.modelVersions.displayName, itemId: version.body.id, column: 'ModelJson1+ModelJson2+ModelJson3+ModelJson4', excerpt: '{"note":"fnr •••••• ••• ••"}' });

    // A template file named with underscores.
    const library = await findTemplateLibrary(graphAs(emulator, 'kristin'), koord);
    const drive = await emulator.graph<{ id: string }>('kristin', 'GET', `/sites/${koord}/lists/${library}/drive`);
    const upload = await emulator.graphRaw('kristin', 'PUT', `/drives/${drive.body.id}/root:/Notat_150385_12363.docx:/content`, 'x');
    expect(upload.status).toBe(201);
    const file = (await upload.json()) as { id: string };
    planted.push({ site: koord, list: 'Maler', itemId: file.id, column: 'name', excerpt: 'Notat_••••••_•••••.docx' });
  }, scaled(60_000));

  it('finds each one: list, row, column and a masked excerpt, and nothing else', async () => {
    const project = await scanSiteForNationalIds(graphAs(emulator, 'kristin'), { siteUrl: siteOf('lungepasienter').webUrl });
    const coordination = await scanSiteForNationalIds(graphAs(emulator, 'kristin'), { siteUrl: siteOf('koordinering').webUrl }, { coordination: true });
    const without = ({ site: _site, ...finding }: (typeof planted)[number]) => finding;
    const inOrder = <F extends { list: string; itemId: string }>(findings: F[]) => [...findings].sort((a, b) => `${a.list}|${a.itemId}`.localeCompare(`${b.list}|${b.itemId}`));
    expect(inOrder(project.findings)).toEqual(inOrder(planted.filter((p) => p.site === project.site.id).map(without)));
    expect(inOrder(coordination.findings)).toEqual(inOrder(planted.filter((p) => p.site === coordination.site.id).map(without)));
    for (const finding of [...project.findings, ...coordination.findings]) expect(finding.excerpt.replace(/\D/g, '')).not.toContain(NUMBER.slice(0, 4));
  });

  it('the command reports them without the number, and exits 1', async () => {
    const found = await runCommand(['--site', siteOf('koordinering').webUrl, '--coordination']);
    expect(found.code, found.stderr).toBe(1);
    expect(found.stdout).toContain('3 national identity number(s) found');
    expect(found.stdout).toContain(`${LIST_SCHEMA.portfolio.displayName} | row `);
    expect(found.stdout).toContain('Notat_••••••_•••••.docx');
    expect(found.stdout.replace(/\D/g, '')).not.toContain(NUMBER);
    expect(found.stdout).not.toMatch(/1\D{0,3}5\D{0,3}0\D{0,3}3\D{0,3}8\D{0,3}5/);
    const json = await runCommand(['--site', siteOf('lungepasienter').id, '--json']);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as NationalIdScanReport).findings).toHaveLength(3);
    expect(json.stdout).not.toMatch(/1\D{0,3}5\D{0,3}0\D{0,3}3\D{0,3}8\D{0,3}5/);
  }, scaled(60_000));

  it('says when it cannot run (exit 2): no site, a site without our lists, a site the person cannot read', async () => {
    expect((await runCommand([])).code).toBe(2);
    const empty = await runCommand(['--site', siteOf('root').webUrl]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('No Felles modell lists');
    const denied = await runCommand(['--site', siteOf('nytt-prosjekt').webUrl]);
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain('accessDenied');
  }, scaled(60_000));
});

describe('maskedExcerpt', () => {
  it('masks every digit of every number in the value, keeps the spelling, and cuts long text with an ellipsis', () => {
    const text = `${'Innledning. '.repeat(5)}Først 150385 123 63, så 55038510184.${' Slutt.'.repeat(5)}`;
    const matches = locateNationalIdNumbers(text);
    expect(matches).toHaveLength(2);
    // 24 characters either side of the number, the other number in the window masked too.
    expect(maskedExcerpt(text, matches[0]!, matches)).toBe('…ning. Innledning. Først •••••• ••• ••, så •••••••••••. Slutt.…');
    expect(maskedExcerpt(text, matches[1]!, matches)).toBe('…Først •••••• ••• ••, så •••••••••••. Slutt. Slutt. Slutt. S…');
    const short = 'Ring\n15038512363';
    const one = locateNationalIdNumbers(short);
    expect(maskedExcerpt(short, one[0]!, one)).toBe('Ring •••••••••••');
  });
});
