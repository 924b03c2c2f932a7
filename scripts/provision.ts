// Creates (or completes) our SharePoint lists in a site and prints what it did. Idempotent: run it again any time.
// With --portfolio (the coordination site): the Portfolio list, the model's versions and the Maler library for the
// verktøykasse's template files.
//   npm run provision -- --site https://contoso.sharepoint.com/sites/x [--portfolio] [--graph https://graph.microsoft.com/v1.0]
//                        [--token <bearer> | --dev-user kari]
// Against a tenant the token comes from --token or env GRAPH_TOKEN (delegated, Sites.Manage.All); against the local
// emulator use --graph https://127.0.0.1:8443/v1.0 --dev-user kari.
import { parseArgs } from 'node:util';
import { inspectSite, provisionSite } from '../src/store/provisioning/provision';
import { StoreError } from '../src/store/ChecklistStore';
import { CLI_GRAPH_OPTIONS, cliGraph, siteArgument } from './lib/cliGraph';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    portfolio: { type: 'boolean', default: false },
    ...CLI_GRAPH_OPTIONS,
  },
});

async function main(): Promise<number> {
  if (!values.site) {
    console.error('Usage: npm run provision -- --site <url or site id> [--portfolio] [--graph <base url>] [--token <bearer> | --dev-user <id>]');
    return 2;
  }
  const graph = cliGraph(values);
  if (!graph) return 2;
  const site = siteArgument(values.site);
  const lists = values.portfolio ? 'portfolio' : 'project';
  const before = await inspectSite(graph, site, lists);
  const report = await provisionSite(graph, before.siteId, { lists });
  console.log(JSON.stringify({ site: before.siteUrl, ...report }, null, 2));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof StoreError ? `${error.code}: ${error.message}` : error);
    process.exit(1);
  },
);
