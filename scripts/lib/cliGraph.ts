// How the administrators' commands (provision, scan-national-ids) reach Graph: the app's own client, with a token
// from --token or GRAPH_TOKEN (a tenant), or a dev user's token (the local emulator, --dev-user kari).
import { createGraphClient } from '../../src/store/graphClient/createGraphClient';
import type { GraphConnection } from '../../src/store/graphClient/createGraphClient';
import type { SiteAddress } from '../../src/store/sharepoint/addresses';
import packageJson from '../../package.json' with { type: 'json' };

/** The options every such command takes, for `parseArgs`. */
export const CLI_GRAPH_OPTIONS = {
  graph: { type: 'string', default: 'https://graph.microsoft.com/v1.0' },
  token: { type: 'string' },
  'dev-user': { type: 'string' },
} as const;

export interface CliGraphValues {
  graph: string;
  token?: string;
  'dev-user'?: string;
}

/** The connection, or undefined (having said why) when no token was given. */
export function cliGraph(values: CliGraphValues): GraphConnection | undefined {
  const token = values['dev-user'] ? `dev:${values['dev-user']}` : (values.token ?? process.env.GRAPH_TOKEN);
  if (!token) {
    console.error('No token: pass --token, set GRAPH_TOKEN, or use --dev-user against the emulator.');
    return undefined;
  }
  return createGraphClient({
    baseUrl: values.graph,
    tokens: { getAccessToken: async () => token },
    userAgentTag: `NONISV|HelsefellesskapInnlandet|FellesModell/${packageJson.version}`,
  });
}

/** `--site`: a site URL, or a Graph site id. */
export const siteArgument = (site: string): SiteAddress => (/^https?:\/\//.test(site) ? { siteUrl: site } : { siteId: site });
