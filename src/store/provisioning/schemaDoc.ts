// The column table for the README: what each list and column holds, for SharePoint views, Excel and Power BI.
import { LIST_SCHEMA } from '../sharepoint/schema';
import type { ColumnDef, ListKey } from '../sharepoint/schema';

const typeLabel = (c: ColumnDef): string =>
  c.type === 'choice' ? `choice (${(c.choices ?? []).join(', ')})` : c.type === 'note' ? 'multi-line text' : c.type === 'dateTime' ? 'date and time' : c.type;

const flags = (c: ColumnDef): string => [c.indexed ? 'indexed' : '', c.unique ? 'unique' : ''].filter(Boolean).join(', ');

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** Markdown: one table per list, columns in schema order. */
export function schemaMarkdown(lists: readonly ListKey[] = Object.keys(LIST_SCHEMA) as ListKey[]): string {
  return lists
    .map((k) => {
      const l = LIST_SCHEMA[k];
      const rows = l.columns.map((c) => `| \`${c.name}\` | ${cell(c.displayName)} | ${typeLabel(c)} | ${flags(c)} | ${cell(c.description)} |`);
      return [`### ${l.displayName} (\`${k}\`)`, '', cell(l.description), '', '| column | display name | type | index | holds |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
    })
    .join('\n\n');
}

/** docs/sharepoint-lists.md: the lists for admins and for those who build SharePoint views, Excel and Power BI on them. */
export function schemaDocument(): string {
  return [
    '# SharePoint lists',
    '',
    'Generated from `src/store/sharepoint/schema.ts` by `npx tsx scripts/write-schema-doc.ts`; do not edit by hand.',
    'Every value is a language-neutral key (`done`, `notRelevant`, `utforske`), never a translated label. Lists are',
    'found by the marker `[felles-modell:<key>]` in their description, so an admin may rename them.',
    '',
    schemaMarkdown(),
    '',
  ].join('\n');
}
