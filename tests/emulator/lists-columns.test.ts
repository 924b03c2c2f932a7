// Lists and columns.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
let lists: string;
emulatorPerFile(async (started) => {
  emu = started;
  lists = `/sites/${emu.sites['nytt-prosjekt']!.id}/lists`;
});

interface Column { id: string; name: string; displayName: string; indexed: boolean; text?: { maxLength?: number }; choice?: { choices: string[] } }
interface List { id: string; displayName: string; name: string; list: { template: string }; columns?: Column[] }

// https://learn.microsoft.com/en-us/graph/api/list-create?view=graph-rest-1.0
describe('create list', () => {
  it('creates a list with columns (201), with a Title column; a duplicate displayName is 409 nameAlreadyExists', async () => {
    const body = {
      displayName: 'Projects',
      columns: [
        { name: 'ProjectKey', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'CurrentPhase', choice: { choices: ['utforske', 'planlegge'] } },
        { name: 'Score', number: {} },
      ],
      list: { template: 'genericList' },
    };
    const r = await emu.graph<List>('kari', 'POST', lists, body);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ displayName: 'Projects', list: { template: 'genericList' } });
    expect(r.headers.get('location')).toContain(r.body.id);
    const cols = await emu.graph<{ value: Column[] }>('kari', 'GET', `${lists}/${r.body.id}/columns`);
    expect(cols.body.value.map((c) => c.name)).toEqual(expect.arrayContaining(['Title', 'ProjectKey', 'CurrentPhase', 'Score', 'Created', 'Modified']));
    expect(cols.body.value.find((c) => c.name === 'Title')?.text?.maxLength).toBe(255);
    const dup = await emu.graph<{ error: { code: string } }>('kari', 'POST', lists, { displayName: 'projects', list: { template: 'genericList' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('nameAlreadyExists');
  });

  it('forbids a writer (not owner) to create lists: 403', async () => {
    const r = await emu.graph<{ error: { code: string } }>('per', 'POST', lists, { displayName: 'Nope', list: { template: 'genericList' } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('accessDenied');
  });

  it('rejects enforceUniqueValues on a column that is not indexed', async () => {
    const r = await emu.graph('kari', 'POST', lists, { displayName: 'Bad', columns: [{ name: 'K', text: {}, enforceUniqueValues: true }] });
    expect(r.status).toBe(400);
  });
});

// https://learn.microsoft.com/en-us/graph/api/list-get?view=graph-rest-1.0 and list-list
describe('get lists', () => {
  it('gets a list by id and by title, with $expand=columns', async () => {
    const all = await emu.graph<{ value: List[] }>('per', 'GET', lists);
    const id = all.body.value.find((l) => l.displayName === 'Projects')!.id;
    const byId = await emu.graph<List>('per', 'GET', `${lists}/${id}?$expand=columns`);
    expect(byId.status).toBe(200);
    expect(byId.body.columns?.some((c) => c.name === 'ProjectKey')).toBe(true);
    const byTitle = await emu.graph<List>('per', 'GET', `${lists}/Projects`);
    expect(byTitle.body.id).toBe(id);
    expect((await emu.graph('per', 'GET', `${lists}/Finnes%20ikke`)).status).toBe(404);
  });

  it("filters lists with $filter=displayName eq 'X'", async () => {
    const hit = await emu.graph<{ value: List[] }>('kari', 'GET', `${lists}?$filter=${encodeURIComponent("displayName eq 'Projects'")}`);
    expect(hit.body.value).toHaveLength(1);
    const miss = await emu.graph<{ value: List[] }>('kari', 'GET', `${lists}?$filter=${encodeURIComponent("displayName eq 'Events'")}`);
    expect(miss.body.value).toHaveLength(0);
  });
});

// https://learn.microsoft.com/en-us/graph/api/list-post-columns?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/columndefinition-update?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/columndefinition-delete?view=graph-rest-1.0
describe('columns', () => {
  it('adds a column (201, owner only), patches indexed, deletes it', async () => {
    const cols = `${lists}/Projects/columns`;
    const denied = await emu.graph('per', 'POST', cols, { name: 'Summary', text: { allowMultipleLines: true } });
    expect(denied.status).toBe(403);
    const created = await emu.graph<Column>('kari', 'POST', cols, { name: 'Summary', displayName: 'Sammendrag', text: { allowMultipleLines: true } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Summary', displayName: 'Sammendrag', indexed: false });
    const patched = await emu.graph<Column>('kari', 'PATCH', `${cols}/${created.body.id}`, { indexed: true });
    expect(patched.status).toBe(200);
    expect(patched.body.indexed).toBe(true);
    const again = await emu.graph('kari', 'POST', cols, { name: 'Summary', text: {} });
    expect(again.status).toBe(409);
    expect((await emu.graph('kari', 'DELETE', `${cols}/${created.body.id}`)).status).toBe(204);
  });

  it('supports every column facet the app uses', async () => {
    const r = await emu.graph<List>('kari', 'POST', lists, {
      displayName: 'Facets',
      columns: [
        { name: 'T', text: { maxLength: 10 } }, { name: 'B', boolean: {} }, { name: 'N', number: {} },
        { name: 'D', dateTime: { format: 'dateOnly' } }, { name: 'C', choice: { choices: ['a'] } },
        { name: 'P', personOrGroup: {} }, { name: 'L', lookup: { listId: 'x', columnName: 'Title' } }, { name: 'H', hyperlinkOrPicture: {} },
      ],
    });
    expect(r.status).toBe(201);
  });

  // https://learn.microsoft.com/en-us/graph/api/list-delete?view=graph-rest-1.0
  it('deletes a list (owner)', async () => {
    expect((await emu.graph('per', 'DELETE', `${lists}/Facets`)).status).toBe(403);
    expect((await emu.graph('kari', 'DELETE', `${lists}/Facets`)).status).toBe(204);
    expect((await emu.graph('kari', 'GET', `${lists}/Facets`)).status).toBe(404);
  });
});

// https://learn.microsoft.com/en-us/graph/api/list-update?view=graph-rest-1.0
describe('update a list', () => {
  it('an owner renames a list and changes its description; a writer may not; a taken name gives 409', async () => {
    const lists = `/sites/${emu.sites['nytt-prosjekt']!.id}/lists`;
    const a = await emu.graph<{ id: string }>('kari', 'POST', lists, { displayName: 'Navn A', list: { template: 'genericList' } });
    await emu.graph('kari', 'POST', lists, { displayName: 'Navn B', list: { template: 'genericList' } });
    const renamed = await emu.graph<{ displayName: string; description: string }>('kari', 'PATCH', `${lists}/${a.body.id}`, { displayName: 'Nytt navn', description: 'x' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ displayName: 'Nytt navn', description: 'x' });
    expect((await emu.graph<{ displayName: string }>('kari', 'GET', `${lists}/${a.body.id}`)).body.displayName).toBe('Nytt navn');
    expect((await emu.graph('per', 'PATCH', `${lists}/${a.body.id}`, { displayName: 'Per' })).status).toBe(403);
    expect((await emu.graph('kari', 'PATCH', `${lists}/${a.body.id}`, { displayName: 'Navn B' })).status).toBe(409);
  });
});
