import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDocument } from '../../src/store/provisioning/schemaDoc';
import { LIST_SCHEMA } from '../../src/store/sharepoint/schema';

describe('docs/sharepoint-lists.md', () => {
  it('is the document the schema generates (run `npx tsx scripts/write-schema-doc.ts` after a schema change)', () => {
    expect(readFileSync('docs/sharepoint-lists.md', 'utf8')).toBe(schemaDocument());
  });

  it('names every column of every list', () => {
    const doc = schemaDocument();
    for (const list of Object.values(LIST_SCHEMA)) for (const column of list.columns) expect(doc).toContain(`\`${column.name}\``);
  });
});
