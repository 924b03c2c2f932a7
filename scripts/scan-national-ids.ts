// Finds national identity numbers (fødselsnummer, D-nummer, H-nummer) already stored in a site's Felles modell lists,
// and says where: list, row id, column and a masked excerpt (never the number itself). docs/security.md says how to
// redact what it finds.
//   npm run scan-national-ids -- --site https://contoso.sharepoint.com/sites/x [--coordination] [--json]
//                                [--graph https://graph.microsoft.com/v1.0] [--token <bearer> | --dev-user kristin]
// Against a tenant the token comes from --token or env GRAPH_TOKEN (delegated; reading is enough: Sites.Read.All or a
// read grant under Sites.Selected). Against `npm start`'s data: --graph http://localhost:5173/v1.0 --dev-user kristin.
// Exit code: 0 nothing found, 1 something found, 2 the scan could not run.
import { parseArgs } from 'node:util';
import { StoreError } from '../src/store/ChecklistStore';
import { scanSiteForNationalIds } from './lib/nationalIdScan';
import type { NationalIdScanReport } from './lib/nationalIdScan';
import { CLI_GRAPH_OPTIONS, cliGraph, siteArgument } from './lib/cliGraph';

const USAGE = 'Usage: npm run scan-national-ids -- --site <url or site id> [--coordination] [--json] [--graph <base url>] [--token <bearer> | --dev-user <id>]';

function printReport(report: NationalIdScanReport, requests: number): void {
  const rows = report.scanned.reduce((sum, list) => sum + list.rows, 0);
  console.log(`Scanned ${report.site.webUrl || report.site.id}: ${report.scanned.length} lists, ${rows} rows, ${requests} Graph requests.`);
  for (const list of report.scanned) console.log(`  ${list.list}: ${list.rows}`);
  if (report.missing.length > 0) console.log(`Not in this site: ${report.missing.join(', ')}.`);
  if (report.findings.length === 0) {
    console.log('No national identity numbers found.');
    return;
  }
  console.log(`\n${report.findings.length} national identity number(s) found (digits masked):`);
  for (const f of report.findings) console.log(`  ${f.list} | row ${f.itemId} | ${f.column} | ${f.excerpt}`);
  console.log('\nRedact each one as docs/security.md describes (the item, its version history, both recycle bins).');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      coordination: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      ...CLI_GRAPH_OPTIONS,
    },
  });
  if (!values.site) {
    console.error(USAGE);
    return 2;
  }
  const graph = cliGraph(values);
  if (!graph) return 2;
  const site = siteArgument(values.site);
  const report = await scanSiteForNationalIds(graph, site, { coordination: values.coordination });
  if (report.scanned.length === 0) {
    console.error(`No Felles modell lists in ${values.site}${values.coordination ? '' : ' (the coordination site? add --coordination)'}.`);
    return 2;
  }
  if (values.json) console.log(JSON.stringify({ ...report, requests: graph.traffic.snapshot().requests }, null, 2));
  else printReport(report, graph.traffic.snapshot().requests);
  return report.findings.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof StoreError ? `${error.code}: ${error.message}` : error);
    process.exit(2);
  },
);
