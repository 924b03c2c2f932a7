// Writes docs/sharepoint-lists.md from the one list schema the provisioning uses (tests/store/schemaDoc.test.ts
// fails when the file is out of date).
import { writeFileSync } from 'node:fs';
import { schemaDocument } from '../src/store/provisioning/schemaDoc';

writeFileSync(new URL('../docs/sharepoint-lists.md', import.meta.url), schemaDocument());
console.log('Wrote docs/sharepoint-lists.md');
