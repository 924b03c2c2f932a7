// The drive subset: document libraries, files, upload, download (each block cites its Microsoft Learn page).
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import { defaultSettings } from '../../emulator/src/index';

type Drive = { id: string; name: string; driveType: string; webUrl: string };
type DriveItem = {
  id: string; name: string; size: number; eTag: string; cTag: string; webUrl: string; file?: { mimeType: string }; folder?: { childCount: number };
  '@microsoft.graph.downloadUrl'?: string; parentReference: { driveId: string; id?: string; path?: string };
};
type ErrorBody = { error: { code: string; message: string } };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let emu: TestEmulator;
let site: string; // /sites/{koordinering}
let drive: string; // /drives/{default drive id}
emulatorPerFile(async (started) => {
  emu = started;
  site = `/sites/${emu.sites.koordinering!.id}`;
  drive = `/drives/${(await emu.graph<Drive>('kristin', 'GET', `${site}/drive`)).body.id}`;
});

const put = (user: string, path: string, content: string | Uint8Array, query = '') =>
  emu.graphRaw(user, 'PUT', `${path}${query}`, content, { 'Content-Type': 'application/octet-stream' });
const putJson = async <T = DriveItem>(user: string, path: string, content: string | Uint8Array, query = '') => {
  const r = await put(user, path, content, query);
  return { status: r.status, body: (await r.json()) as T };
};

// https://learn.microsoft.com/en-us/graph/api/drive-get?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/drive-list?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/list-create?view=graph-rest-1.0 (a documentLibrary list is a drive)
describe('drives', () => {
  it("gives a site's default drive: the Documents library", async () => {
    const r = await emu.graph<Drive>('kari', 'GET', `${site}/drive`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: 'Documents', driveType: 'documentLibrary', webUrl: `${emu.sites.koordinering!.webUrl}/Shared%20Documents` });
    expect(r.body.id).toMatch(/^b!/);
    expect((await emu.graph<Drive>('kari', 'GET', drive)).body.id).toBe(r.body.id);
  });

  it('makes a document library created through lists a drive of the site, listed in /drives', async () => {
    const list = await emu.graph<{ id: string; webUrl: string; list: { template: string } }>('kristin', 'POST', `${site}/lists`, { displayName: 'Maler', list: { template: 'documentLibrary' } });
    expect(list.status).toBe(201);
    expect(list.body.list.template).toBe('documentLibrary');
    expect(list.body.webUrl).toBe(`${emu.sites.koordinering!.webUrl}/Maler`);
    const libraryDrive = await emu.graph<Drive>('kari', 'GET', `${site}/lists/${list.body.id}/drive`);
    expect(libraryDrive.body).toMatchObject({ name: 'Maler', webUrl: list.body.webUrl });
    const drives = await emu.graph<{ value: Drive[] }>('kari', 'GET', `${site}/drives`);
    expect(drives.body.value.map((d) => d.name)).toEqual(['Documents', 'Maler']);
    expect((await emu.graph<Drive>('kari', 'GET', `${site}/drives/${libraryDrive.body.id}`)).body.id).toBe(libraryDrive.body.id);
    const up = await putJson('kari', `${site}/drives/${libraryDrive.body.id}/root:/mal.docx:/content`, 'x');
    expect(up.status).toBe(201);
  });

  it('answers 404 itemNotFound for an unknown drive, and a generic list has no drive', async () => {
    expect((await emu.graph<ErrorBody>('kari', 'GET', '/drives/b!nope')).body.error.code).toBe('itemNotFound');
    const list = await emu.graph<{ id: string }>('kristin', 'POST', `${site}/lists`, { displayName: 'Vanlig' });
    expect((await emu.graph('kari', 'GET', `${site}/lists/${list.body.id}/drive`)).status).toBe(404);
  });
});

// https://learn.microsoft.com/en-us/graph/api/driveitem-put-content?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/resources/driveitem?view=graph-rest-1.0 (conflictBehavior: default replace for PUT)
describe('upload (simple, PUT …/content)', () => {
  it('creates a file (201) by path with name, size, file.mimeType, eTag, cTag and webUrl', async () => {
    const r = await putJson('kari', `${drive}/root:/Prosjektplan.docx:/content`, 'hello');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ name: 'Prosjektplan.docx', size: 5, file: { mimeType: DOCX } });
    expect(r.body.eTag).toMatch(/^"\{[0-9a-f-]{36}\},1"$/i);
    expect(r.body.cTag).toMatch(/^"c:\{[0-9a-f-]{36}\},1"$/i);
    expect(r.body.webUrl).toBe(`${emu.sites.koordinering!.webUrl}/Shared%20Documents/Prosjektplan.docx`);
    expect(r.body.parentReference.driveId).toBe(drive.slice('/drives/'.length));
  });

  it("works through the site's drive and into folders (made as needed), with path addressing", async () => {
    const r = await putJson('kari', `${site}/drive/root:/Maler/Gevinst plan.xlsx:/content`, 'abc');
    expect(r.status).toBe(201);
    expect(r.body.parentReference.path).toBe(`${drive}/root:/Maler`);
    expect(r.body.webUrl).toMatch(/\/Shared%20Documents\/Maler\/Gevinst%20plan\.xlsx$/);
    const byPath = await emu.graph<DriveItem>('kari', 'GET', `${drive}/root:/Maler/${encodeURIComponent('Gevinst plan.xlsx')}:`);
    expect(byPath.body.id).toBe(r.body.id);
    const folder = await emu.graph<DriveItem>('kari', 'GET', `${drive}/root:/Maler`);
    expect(folder.body.folder).toEqual({ childCount: 1 });
    const intoFolder = await putJson('kari', `${drive}/items/${folder.body.id}:/notat.txt:/content`, 'n');
    expect(intoFolder.body.parentReference.id).toBe(folder.body.id);
    const children = await emu.graph<{ value: DriveItem[] }>('kari', 'GET', `${drive}/root:/Maler:/children`);
    expect(children.body.value.map((c) => c.name)).toEqual(['Gevinst plan.xlsx', 'notat.txt']);
  });

  it('resolves a name conflict per @microsoft.graph.conflictBehavior: fail → 409, replace (default) → same item, rename → new name', async () => {
    const first = await putJson('kari', `${drive}/root:/konflikt.pdf:/content`, 'v1');
    const fail = await putJson<ErrorBody>('kari', `${drive}/root:/konflikt.pdf:/content`, 'v2', '?@microsoft.graph.conflictBehavior=fail');
    expect(fail.status).toBe(409);
    expect(fail.body.error.code).toBe('nameAlreadyExists');
    const replaced = await putJson('kari', `${drive}/root:/KONFLIKT.pdf:/content`, 'v2-longer');
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id: first.body.id, name: 'konflikt.pdf', size: 9 });
    expect(replaced.body.cTag).not.toBe(first.body.cTag);
    expect(replaced.body.eTag).not.toBe(first.body.eTag);
    const renamed = await putJson('kari', `${drive}/root:/konflikt.pdf:/content`, 'v3', '?@microsoft.graph.conflictBehavior=rename');
    expect(renamed.status).toBe(201);
    expect(renamed.body.name).toBe('konflikt 1.pdf');
    expect(renamed.body.id).not.toBe(first.body.id);
  });

  it('replaces the content of an item addressed by id', async () => {
    const f = await putJson('kari', `${drive}/root:/byid.txt:/content`, 'a');
    const r = await putJson('kari', `${drive}/items/${f.body.id}/content`, 'abcd');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: f.body.id, size: 4 });
  });

  it(`refuses a file larger than maxUploadBytes (default ${defaultSettings.maxUploadBytes}: Learn's 250 MB) with 413`, async () => {
    expect(defaultSettings.maxUploadBytes).toBe(250 * 1024 * 1024);
    await emu.admin.setSettings({ maxUploadBytes: 10 });
    const big = await putJson<ErrorBody>('kari', `${drive}/root:/stor.pdf:/content`, new Uint8Array(11));
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/at most 10 bytes/);
    expect((await emu.graph('kari', 'GET', `${drive}/root:/stor.pdf:`)).status).toBe(404); // nothing stored
    expect((await putJson('kari', `${drive}/root:/stor.pdf:/content`, new Uint8Array(10))).status).toBe(201);
  });

  it('needs write access: a reader gets 403 accessDenied, and can still read', async () => {
    const lunge = `/sites/${emu.sites.lungepasienter!.id}`;
    const up = await putJson<ErrorBody>('kristin', `${lunge}/drive/root:/x.txt:/content`, 'x'); // kristin reads lungepasienter
    expect(up.status).toBe(403);
    expect(up.body.error.code).toBe('accessDenied');
    expect((await emu.graph('kristin', 'GET', `${lunge}/drive/root/children`)).status).toBe(200);
  });
});

// https://learn.microsoft.com/en-us/graph/api/driveitem-get?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/driveitem-list-children?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/driveitem-delete?view=graph-rest-1.0
describe('items, children and delete', () => {
  it('lists the root children, reads an item by id, and 404s itemNotFound for a missing one', async () => {
    const f = await putJson('kari', `${drive}/root:/lese.txt:/content`, 'les');
    const children = await emu.graph<{ value: DriveItem[] }>('ola', 'GET', `${drive}/root/children`);
    expect(children.body.value.map((c) => c.name)).toContain('lese.txt');
    const item = await emu.graph<DriveItem>('ola', 'GET', `${drive}/items/${f.body.id}`);
    expect(item.status).toBe(200);
    expect(item.body).toMatchObject({ id: f.body.id, name: 'lese.txt', size: 3, file: { mimeType: 'text/plain' } });
    const missing = await emu.graph<ErrorBody>('ola', 'GET', `${drive}/items/01NOPE`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
    expect((await emu.graph<ErrorBody>('ola', 'GET', `${drive}/root:/finnes/ikke.txt:`)).body.error.code).toBe('itemNotFound');
  });

  it('deletes a file (204), then it is gone; deleting a folder removes what is in it', async () => {
    const f = await putJson('kari', `${drive}/root:/Slett/a.txt:/content`, 'a');
    const folder = await emu.graph<DriveItem>('kari', 'GET', `${drive}/root:/Slett:`);
    expect((await emu.graph('kari', 'DELETE', `${drive}/items/${folder.body.id}`)).status).toBe(204);
    expect((await emu.graph('kari', 'GET', `${drive}/items/${f.body.id}`)).status).toBe(404);
    expect((await emu.graph<ErrorBody>('kari', 'DELETE', `${drive}/items/${f.body.id}`)).body.error.code).toBe('itemNotFound');
  });
});

// https://learn.microsoft.com/en-us/graph/api/driveitem-get-content?view=graph-rest-1.0
describe('download', () => {
  it('answers GET …/content with 302 to a pre-authenticated URL that serves the bytes without Authorization', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252]);
    const f = await putJson('kari', `${drive}/root:/binær.pptx:/content`, bytes);
    expect(f.body['@microsoft.graph.downloadUrl']).toMatch(/^https:\/\/127\.0\.0\.1:\d+\//);
    const r = await emu.graphRaw('kari', 'GET', `${drive}/items/${f.body.id}/content`);
    expect(r.status).toBe(302);
    const location = r.headers.get('location')!;
    const file = await fetch(location); // no Authorization header
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    expect((await emu.graphRaw('kari', 'GET', `${drive}/root:/${encodeURIComponent('binær.pptx')}:/content`)).status).toBe(302);
  });

  it('serves a library file at its webUrl’s path, as SharePoint does for a signed-in browser (local mode’s template links)', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4, 9]);
    const f = await putJson('kristin', `${drive}/root:/${encodeURIComponent('Møtemal.docx')}:/content`, bytes);
    const path = new URL(f.body.webUrl).pathname;
    expect(path).toBe('/sites/koordinering/Shared%20Documents/M%C3%B8temal.docx');
    const file = await fetch(`${emu.baseUrl}${path}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(DOCX);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Møtemal.docx')}`);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    expect((await fetch(`${emu.baseUrl}/sites/koordinering/Shared%20Documents/finnes-ikke.docx`)).status).toBe(404);
    expect((await fetch(`${emu.baseUrl}/sites/finnes-ikke/Shared%20Documents/M%C3%B8temal.docx`)).status).toBe(404);
  });

  it('is short-lived (an hour) and cannot be forged', async () => {
    const f = await putJson('kari', `${drive}/root:/kort.txt:/content`, 'k');
    const url = f.body['@microsoft.graph.downloadUrl']!;
    expect((await fetch(url.replace(/tempauth=[^.]+/, 'tempauth=eyJ9'))).status).toBe(401);
    await emu.admin.setSettings({ clockOffsetSeconds: 3601 });
    expect((await fetch(url)).status).toBe(401);
  });
});

// https://learn.microsoft.com/en-us/graph/json-batching (a non-JSON body is base64-encoded)
// RU costs: https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
describe('drive requests inside $batch, and their resource units', () => {
  it('uploads (base64 body), lists children and downloads (inner 302 with Location) in one batch', async () => {
    await emu.admin.resetStats();
    const r = await emu.graph<{ responses: { id: string; status: number; headers: Record<string, string>; body?: DriveItem & { value?: DriveItem[] } }[] }>('kari', 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'PUT', url: `${drive}/root:/batch.txt:/content`, headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('fra batch').toString('base64') },
        { id: '2', method: 'GET', url: `${drive}/root/children`, dependsOn: ['1'] },
        { id: '3', method: 'GET', url: `${drive}/root:/batch.txt:/content`, dependsOn: ['1'] },
        { id: '4', method: 'GET', url: `${drive}/root:/batch.txt:`, dependsOn: ['1'] },
      ],
    });
    const byId = Object.fromEntries(r.body.responses.map((x) => [x.id, x]));
    expect(byId['1']?.status).toBe(201);
    expect(byId['1']?.body?.size).toBe(9);
    expect(byId['2']?.body?.value?.map((c) => c.name)).toContain('batch.txt');
    expect(byId['3']?.status).toBe(302);
    expect(await (await fetch(byId['3']!.headers.Location!)).text()).toBe('fra batch');
    const s = await emu.admin.stats();
    expect(s.byKind).toMatchObject({ driveContent: 2, driveChildren: 1, driveItem: 1 });
    expect(s.resourceUnits).toBe(2 + 2 + 1 + 1); // upload 2, children 2, download 1, single item 1
  });
});
