// List items: CRUD, validation, eTags, $filter / $orderby / paging and the indexed-column rule.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
let items: string;
type Item = { id: string; eTag: string; createdBy: { user: { displayName: string } }; fields: Record<string, unknown> };
type Page = { value: Item[]; '@odata.nextLink'?: string };
type ErrorBody = { error: { code: string; message: string } };

emulatorPerFile(async (started) => {
  emu = started;
  const lists = `/sites/${emu.sites.lungepasienter!.id}/lists`;
  const r = await emu.graph<{ id: string }>('kari', 'POST', lists, {
    displayName: 'ChecklistState',
    columns: [
      { name: 'ProjectKey', text: {}, indexed: true },
      { name: 'ItemKey', text: {} },
      { name: 'Status', choice: { choices: ['open', 'done', 'notRelevant'] } },
      { name: 'Score', number: {}, indexed: true },
      { name: 'Confirmed', boolean: {} },
      { name: 'ConfirmedAt', dateTime: {}, indexed: true },
      { name: 'ConfirmedBy', personOrGroup: {} },
      { name: 'Comment', text: { allowMultipleLines: true } },
    ],
    list: { template: 'genericList' },
  });
  items = `${lists}/${r.body.id}/items`;
});

// https://learn.microsoft.com/en-us/graph/api/listitem-create?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/listitem-get?view=graph-rest-1.0
describe('create and read items', () => {
  it('creates an item (201) with system fields and eTags in both forms', async () => {
    const r = await emu.graph<Item & { createdDateTime: string; lastModifiedBy: unknown; parentReference: { siteId: string } }>('ola', 'POST', items, {
      fields: { Title: 'first', ProjectKey: 'p1', ItemKey: 'i1', Status: 'done', Score: 3, Confirmed: true, ConfirmedAt: '2025-03-01T10:00:00Z', ConfirmedByLookupId: '13' },
    });
    expect(r.status).toBe(201);
    expect(r.body.id).toBe('1');
    expect(r.body.eTag).toMatch(/^"\{[0-9a-f-]{36}\},1"$/);
    expect(r.body.fields['@odata.etag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(r.body.createdBy.user.displayName).toBe('Ola Bakken');
    expect(r.body.parentReference.siteId).toBe(emu.sites.lungepasienter!.id);
    expect(r.body.fields).toMatchObject({ id: '1', Title: 'first', Score: 3, Confirmed: true, ConfirmedByLookupId: '13', AuthorLookupId: '12', EditorLookupId: '12', ContentType: 'Item' });
    expect(r.body.fields.Created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const got = await emu.graph<Item>('kristin', 'GET', `${items}/1`);
    expect(got.status).toBe(200);
    expect(got.body.fields.ProjectKey).toBe('p1');
  });

  it('reads as a reader but refuses writes (403); 404 for a missing item', async () => {
    expect((await emu.graph('kristin', 'POST', items, { fields: { Title: 'x' } })).status).toBe(403);
    expect((await emu.graph('kari', 'GET', `${items}/999`)).status).toBe(404);
  });

  it('validates field values by column type', async () => {
    const post = (fields: Record<string, unknown>) => emu.graph<ErrorBody>('kari', 'POST', items, { fields });
    const unknown = await post({ Nope: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe("Field 'Nope' is not recognized");
    expect((await post({ Score: 'many' })).status).toBe(400);
    expect((await post({ Status: 'maybe' })).status).toBe(400);
    expect((await post({ Title: 'x'.repeat(256) })).status).toBe(400);
    expect((await post({ Comment: 'x'.repeat(5000) })).status).toBe(201);
    expect((await post({ Confirmed: 'yes' })).status).toBe(400);
    expect((await post({ ConfirmedAt: 'not a date' })).status).toBe(400);
    const readOnly = await post({ Created: '2020-01-01T00:00:00Z' });
    expect(readOnly.status).toBe(400);
    expect((await post({ AuthorLookupId: '11' })).status).toBe(400);
  });
});

// https://learn.microsoft.com/en-us/graph/api/listitem-update?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/listitem-delete?view=graph-rest-1.0
describe('update and delete', () => {
  it('PATCH fields is partial and returns the full field set; eTag version grows', async () => {
    const created = await emu.graph<Item>('per', 'POST', items, { fields: { Title: 't', ProjectKey: 'p2', ItemKey: 'a', Status: 'open' } });
    const id = created.body.id;
    const r = await emu.graph<Record<string, unknown>>('per', 'PATCH', `${items}/${id}/fields`, { Status: 'done' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ Title: 't', ProjectKey: 'p2', ItemKey: 'a', Status: 'done', EditorLookupId: '14' });
    expect(String(r.body['@odata.etag'])).toMatch(/,2"$/);
    const viaItem = await emu.graph<Item>('per', 'PATCH', `${items}/${id}`, { fields: { ItemKey: 'b' } });
    expect(viaItem.status).toBe(200);
    expect(viaItem.body.eTag).toMatch(/,3"$/);
    expect(viaItem.body.fields).toMatchObject({ ItemKey: 'b', Status: 'done' });
  });

  it('If-Match with a stale eTag gives 412 resourceModified and changes nothing; either form and * work', async () => {
    const created = await emu.graph<Item>('per', 'POST', items, { fields: { Title: 'etag', ProjectKey: 'p3', Status: 'open' } });
    const id = created.body.id;
    const itemForm = created.body.eTag;
    const fieldsForm = String(created.body.fields['@odata.etag']);
    const ok = await emu.graph<Record<string, unknown>>('per', 'PATCH', `${items}/${id}/fields`, { Status: 'done' }, { 'If-Match': fieldsForm });
    expect(ok.status).toBe(200);
    const stale = await emu.graph<ErrorBody>('kari', 'PATCH', `${items}/${id}/fields`, { Status: 'notRelevant' }, { 'If-Match': itemForm });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('resourceModified');
    const after = await emu.graph<Item>('kari', 'GET', `${items}/${id}`);
    expect(after.body.fields.Status).toBe('done');
    expect(after.body.fields['@odata.etag']).toBe(ok.body['@odata.etag']);
    expect((await emu.graph('kari', 'DELETE', `${items}/${id}`, undefined, { 'If-Match': itemForm })).status).toBe(412);
    expect((await emu.graph('kari', 'GET', `${items}/${id}`)).status).toBe(200);
    expect((await emu.graph('kari', 'PATCH', `${items}/${id}/fields`, { Status: 'open' }, { 'If-Match': after.body.eTag })).status).toBe(200);
    expect((await emu.graph('kari', 'DELETE', `${items}/${id}`, undefined, { 'If-Match': '*' })).status).toBe(204);
    expect((await emu.graph('kari', 'GET', `${items}/${id}`)).status).toBe(404);
  });
});

// https://learn.microsoft.com/en-us/graph/api/listitem-list?view=graph-rest-1.0 and docs/graph-subset.md "Items" (observed rules)
describe('query items', () => {
  beforeAll(async () => {
    const rows = [
      { Title: "O'Brien", ProjectKey: 'q', ItemKey: 'k1', Status: 'done', Score: 1, ConfirmedAt: '2025-01-01T00:00:00Z' },
      { Title: 'Anne', ProjectKey: 'q', ItemKey: 'k2', Status: 'open', Score: 5, ConfirmedAt: '2025-06-01T00:00:00Z' },
      { Title: 'Andre', ProjectKey: 'q', ItemKey: 'x3', Status: 'notRelevant', Score: 9, ConfirmedAt: '2025-09-01T00:00:00Z' },
      { Title: 'Bente', ProjectKey: 'other', ItemKey: 'k4', Status: 'open', Score: 7 },
    ];
    for (const fields of rows) expect((await emu.graph('kari', 'POST', items, { fields })).status).toBe(201);
  });

  const query = async (filter: string, extra = '', headers: Record<string, string> = {}) =>
    emu.graph<Page & ErrorBody>('kari', 'GET', `${items}?$expand=fields&$filter=${encodeURIComponent(filter)}${extra}`, undefined, headers);
  const titles = (p: Page) => p.value.map((i) => i.fields.Title).sort();

  it('filters with eq/ne/lt/gt/le/ge, startswith, and/or and parentheses on indexed columns', async () => {
    expect(titles((await query("fields/ProjectKey eq 'q'")).body)).toEqual(['Andre', 'Anne', "O'Brien"]);
    expect(titles((await query("fields/ProjectKey eq 'q' and fields/Score gt 1")).body)).toEqual(['Andre', 'Anne']);
    expect(titles((await query('fields/Score ge 5 and fields/Score le 7')).body)).toEqual(['Anne', 'Bente']);
    expect(titles((await query("fields/Score lt 2 or (fields/ProjectKey eq 'other' and fields/Score ne 0)")).body)).toEqual(['Bente', "O'Brien"]);
    expect(titles((await query("startswith(fields/ProjectKey,'oth')")).body)).toEqual(['Bente']);
    expect(titles((await query('fields/ConfirmedAt gt 2025-05-01T00:00:00Z')).body)).toEqual(['Andre', 'Anne']);
    expect(titles((await query("fields/ConfirmedAt lt '2025-02-01T00:00:00Z'")).body)).toEqual(["O'Brien"]);
  });

  it("handles '' escaped quotes in string literals", async () => {
    const r = await query("fields/Title eq 'O''Brien'", '', { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' });
    expect(titles(r.body)).toEqual(["O'Brien"]);
  });

  it('rejects filter and orderby on a non-indexed column (400) unless Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const r = await query("fields/ItemKey eq 'k1'");
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalidRequest');
    expect(r.body.error.message).toBe(
      "Field 'ItemKey' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
    );
    const ordered = await emu.graph<ErrorBody>('kari', 'GET', `${items}?$orderby=fields/Title`);
    expect(ordered.status).toBe(400);
    const allowed = await query("startswith(fields/ItemKey,'k') and fields/ProjectKey eq 'q'", '', { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' });
    expect(allowed.status).toBe(200);
    expect(titles(allowed.body)).toEqual(['Anne', "O'Brien"]);
    expect((await query("fields/Unknown eq 'x'")).status).toBe(400);
    expect((await query("fields/ProjectKey eq 'unterminated")).status).toBe(400);
  });

  it("allows non-indexed queries without Prefer when the nonIndexedFilter setting is 'allow'", async () => {
    await emu.admin.setSettings({ nonIndexedFilter: 'allow' });
    expect(titles((await query("fields/ItemKey eq 'x3'")).body)).toEqual(['Andre']);
    await emu.admin.setSettings({ nonIndexedFilter: 'reject' });
    expect((await query("fields/ItemKey eq 'x3'")).status).toBe(400);
  });

  it('orders by an indexed column, asc and desc', async () => {
    const r = await emu.graph<Page>('kari', 'GET', `${items}?expand=fields($select=Title,Score)&$filter=${encodeURIComponent("fields/ProjectKey eq 'q'")}&$orderby=fields/Score desc`);
    expect(r.body.value.map((i) => i.fields.Title)).toEqual(['Andre', 'Anne', "O'Brien"]);
    expect(Object.keys(r.body.value[0]!.fields).sort()).toEqual(['@odata.etag', 'Score', 'Title']);
  });

  it('$select on the item and expand without $', async () => {
    const r = await emu.graph<{ value: Record<string, unknown>[] }>('kari', 'GET', `${items}?$select=id,eTag&$top=1`);
    expect(Object.keys(r.body.value[0]!).filter((k) => !k.startsWith('@')).sort()).toEqual(['eTag', 'id']);
    const noFields = await emu.graph<Page>('kari', 'GET', `${items}?$top=1`);
    expect(noFields.body.value[0]!.fields).toBeUndefined();
  });

  it('pages with an absolute @odata.nextLink carrying $skiptoken; $top below the page size is the page size', async () => {
    const seen: string[] = [];
    const nextLinks: string[] = [];
    let url: string | undefined = `${items}?$top=3&$expand=fields($select=Title)`;
    while (url) {
      const r: { body: Page } = await emu.graph<Page>('kari', 'GET', url);
      expect(r.body.value.length).toBeLessThanOrEqual(3);
      seen.push(...r.body.value.map((i) => i.id));
      url = r.body['@odata.nextLink'];
      if (url) nextLinks.push(url);
    }
    const total = (await emu.graph<Page>('kari', 'GET', items)).body.value.length;
    expect(total, 'more items than one page holds').toBeGreaterThan(3);
    expect(nextLinks).toHaveLength(Math.ceil(total / 3) - 1);
    for (const link of nextLinks) {
      expect(link.startsWith(`${emu.graphBaseUrl}/sites/`)).toBe(true);
      expect(link).toContain('$skiptoken=');
      expect(link).toContain('$top=3');
    }
    expect(new Set(seen).size).toBe(total);
  });

  it('uses the pageSize setting as the default page size', async () => {
    await emu.admin.setSettings({ pageSize: 2 });
    const r = await emu.graph<Page>('kari', 'GET', `${items}?$filter=${encodeURIComponent("fields/ProjectKey eq 'q'")}`);
    expect(r.body.value).toHaveLength(2);
    const next = await emu.graph<Page>('kari', 'GET', r.body['@odata.nextLink']!);
    expect(next.body.value).toHaveLength(1);
    expect(next.body['@odata.nextLink']).toBeUndefined();
  });

  it('fails a Prefer-allowed non-indexed query past nonIndexedFailureThreshold', async () => {
    await emu.admin.setSettings({ nonIndexedFailureThreshold: 3 });
    const r = await query("fields/ItemKey eq 'k1'", '', { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).not.toBeNull();
    expect((await query("fields/ProjectKey eq 'q'")).status).toBe(200);
    await emu.admin.setSettings({ nonIndexedFailure: 'notSupported' });
    expect((await query("fields/ItemKey eq 'k1'", '', { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' })).status).toBe(500);
  });
});

// docs/graph-subset.md "Lists and columns": enforceUniqueValues (status is the uniqueViolationStatus setting)
describe('unique values', () => {
  it('rejects a duplicate value in a unique column with 409', async () => {
    const lists = `/sites/${emu.sites.lungepasienter!.id}/lists`;
    const l = await emu.graph<{ id: string }>('kari', 'POST', lists, { displayName: 'Uniq', columns: [{ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }] });
    const u = `${lists}/${l.body.id}/items`;
    expect((await emu.graph('kari', 'POST', u, { fields: { Key: 'a' } })).status).toBe(201);
    const b = await emu.graph<Item>('kari', 'POST', u, { fields: { Key: 'b' } });
    const dup = await emu.graph<ErrorBody>('kari', 'POST', u, { fields: { Key: 'A' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('nameAlreadyExists');
    expect((await emu.graph('kari', 'POST', u, { fields: { Key: 'Ærlig' } })).status).toBe(201);
    expect((await emu.graph('kari', 'POST', u, { fields: { Key: 'æRLIG' } })).status).toBe(409); // case-insensitive beyond ASCII
    expect((await emu.graph('kari', 'PATCH', `${u}/${b.body.id}/fields`, { Key: 'a' })).status).toBe(409);
    expect((await emu.graph('kari', 'PATCH', `${u}/${b.body.id}/fields`, { Key: 'b' })).status).toBe(200);
    await emu.admin.setSettings({ uniqueViolationStatus: 400 });
    expect((await emu.graph('kari', 'POST', u, { fields: { Key: 'b' } })).status).toBe(400);
  });
});
