// The lifecycle files, infrastructure, Entra app registration, manifest and sign-in code must agree:
// ids, domains, redirect URIs, scopes, variables. A rename in one place that misses another fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GRAPH_SCOPES,
  RECOMMENDED_SITE_PERMISSION,
  SITE_PERMISSION,
  SITE_PERMISSIONS,
  graphScopesFor,
  isSitePermission,
  provisioningNeeds,
  type SitePermission,
} from '../../src/auth/scopes';
import { fillJsonPlaceholders, listPlaceholders } from '../../scripts/lib/placeholders';
import type { Action, Lifecycle } from '../../testkit/appPackage';
import { cspDirective, readJson, readText, readYaml, sampleDefines, sampleVars, SAMPLE_ENVS } from '../../testkit/appPackage';

type Json = Record<string, unknown>;
interface AadManifest {
  appId: string;
  signInAudience: string;
  spa: { redirectUris: string[] };
  web?: { redirectUris: string[] };
  publicClient?: { redirectUris: string[] };
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
}
interface NaaInfo {
  redirectUri: string;
  scopes: string[];
}

const manifestText = readText('appPackage', 'manifest.json');
const manifest = JSON.parse(manifestText) as Json;
const webApp = manifest['webApplicationInfo'] as { id: string; nestedAppAuthInfo: NaaInfo[] };
const aadText = readText('aad.manifest.json');
const aad = JSON.parse(aadText) as AadManifest;
const bicep = readText('infra', 'azure.bicep');
const parametersText = readText('infra', 'azure.parameters.json');
const ymlText = readText('teamsapp.yml');
const localYmlText = readText('teamsapp.local.yml');
const yml = readYaml('teamsapp.yml');
const localYml = readYaml('teamsapp.local.yml');
const swaConfig = readJson<{ navigationFallback: { rewrite: string; exclude: string[] }; globalHeaders: Record<string, string> }>(
  'infra',
  'staticwebapp.config.json',
);

const allActions = (lifecycle: Lifecycle): Action[] => [...(lifecycle.provision ?? []), ...(lifecycle.deploy ?? []), ...(lifecycle.publish ?? [])];
const graphScopesInAad = (registration: AadManifest): string[] =>
  registration.requiredResourceAccess
    .filter((r) => r.resourceAppId === 'Microsoft Graph' || r.resourceAppId === '00000003-0000-0000-c000-000000000000')
    .flatMap((r) => r.resourceAccess.filter((a) => a.type === 'Scope').map((a) => a.id));
const bicepOutputs = [...bicep.matchAll(/^output\s+([A-Za-z_][A-Za-z0-9_]*)\s/gm)].map((m) => m[1] as string);

describe('app ids and redirect URIs', () => {
  it('the manifest’s webApplicationInfo.id is the Entra app the toolkit creates and updates', () => {
    expect(webApp.id).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(aad.appId).toBe('${{AAD_APP_CLIENT_ID}}');
    const create = yml.provision?.find((a) => a.uses === 'aadApp/create');
    expect(create?.writeToEnvironmentFile?.['clientId']).toBe('AAD_APP_CLIENT_ID');
    expect(create?.writeToEnvironmentFile?.['objectId']).toBe('AAD_APP_OBJECT_ID');
    expect(create?.with?.['signInAudience']).toBe(aad.signInAudience);
    expect(manifest['id']).toBe('${{TEAMS_APP_ID}}');
    expect(yml.provision?.find((a) => a.uses === 'teamsApp/create')?.writeToEnvironmentFile?.['teamsAppId']).toBe('TEAMS_APP_ID');
  });

  it('the NAA redirect brk-multihub://TAB_DOMAIN is a SPA redirect URI of the app registration', () => {
    expect(webApp.nestedAppAuthInfo).toHaveLength(1);
    expect(webApp.nestedAppAuthInfo[0]!.redirectUri).toBe('brk-multihub://${{TAB_DOMAIN}}');
    expect(aad.spa.redirectUris).toContain('brk-multihub://${{TAB_DOMAIN}}');
  });

  it('the browser redirect page of src/auth is registered, and nothing but SPA redirects exist', () => {
    expect(readText('src', 'auth', 'token-source.ts')).toContain('/auth-redirect.html');
    expect(aad.spa.redirectUris).toContain('https://${{TAB_DOMAIN}}/auth-redirect.html');
    expect(aad.web?.redirectUris ?? []).toEqual([]);
    expect(aad.publicClient?.redirectUris ?? []).toEqual([]);
    for (const uri of aad.spa.redirectUris) expect(uri).toMatch(/^(brk-multihub:\/\/|https:\/\/)\$\{\{TAB_DOMAIN\}\}/);
  });

  it('validDomains and every tab URL use TAB_DOMAIN', () => {
    expect(manifest['validDomains']).toEqual(['${{TAB_DOMAIN}}']);
    const urls = [
      ...(manifest['configurableTabs'] as Json[]).map((t) => t['configurationUrl'] as string),
      ...(manifest['staticTabs'] as Json[]).flatMap((t) => [t['contentUrl'] as string, t['websiteUrl'] as string]),
    ];
    for (const url of urls) expect(url.startsWith('https://${{TAB_DOMAIN}}/')).toBe(true);
  });
});

describe('Graph scopes: one SITE_PERMISSION value for the registration, the package, the sign-in and the guide', () => {
  const filled = (text: string, env: string): string => fillJsonPlaceholders(text, sampleVars(env)).text;
  const aadScopesIn = (env: string): string[] => graphScopesInAad(JSON.parse(filled(aadText, env)) as AadManifest);
  const naaScopesIn = (env: string): string[] =>
    (JSON.parse(filled(manifestText, env)) as { webApplicationInfo: { nestedAppAuthInfo: NaaInfo[] } }).webApplicationInfo.nestedAppAuthInfo[0]!.scopes;

  it('the registration and the package take the site permission from ${{SITE_PERMISSION}}, nowhere written out', () => {
    expect(graphScopesInAad(aad)).toEqual(['User.Read', '${{SITE_PERMISSION}}', 'TeamsActivity.Send']);
    expect(webApp.nestedAppAuthInfo[0]!.scopes).toEqual(['User.Read', '${{SITE_PERMISSION}}', 'TeamsActivity.Send']);
    for (const text of [aadText, manifestText]) for (const p of SITE_PERMISSIONS) expect(text).not.toContain(p);
  });

  it.each(SAMPLE_ENVS)('env %s: SITE_PERMISSION is one of the two choices, and the filled files ask for exactly the sign-in scopes', (env) => {
    const permission = sampleVars(env)['SITE_PERMISSION'];
    expect(isSitePermission(permission)).toBe(true);
    const scopes = graphScopesFor(permission as SitePermission);
    expect(naaScopesIn(env)).toEqual([...scopes.items, ...scopes.notify]);
    expect(aadScopesIn(env)).toEqual([...scopes.items, ...scopes.notify]);
  });

  it('every sample ships the recommended Sites.Selected, and so does a build without the value', () => {
    expect(RECOMMENDED_SITE_PERMISSION).toBe('Sites.Selected');
    for (const env of SAMPLE_ENVS) expect(sampleVars(env)['SITE_PERMISSION']).toBe(RECOMMENDED_SITE_PERMISSION);
    expect(SITE_PERMISSION).toBe(RECOMMENDED_SITE_PERMISSION); // the test run sets no VITE_SITE_PERMISSION
    expect(GRAPH_SCOPES).toEqual(graphScopesFor(RECOMMENDED_SITE_PERMISSION));
  });

  it('the build gets SITE_PERMISSION in deploy and local debugging, and the admin guide explains both values', () => {
    const build = yml.deploy?.find((a) => a.uses === 'cli/runNpmCommand' && a.with?.['args'] === 'run build');
    expect(build?.env?.['VITE_SITE_PERMISSION']).toBe('${{SITE_PERMISSION}}');
    const localEnv = localYml.deploy?.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile')?.with?.['envs'] as Record<string, string>;
    expect(localEnv['VITE_SITE_PERMISSION']).toBe('${{SITE_PERMISSION}}');
    const guide = readText('docs', 'admin-guide.md');
    expect(guide).toContain('SITE_PERMISSION=Sites.Selected');
    expect(guide).toContain('SITE_PERMISSION=Sites.ReadWrite.All');
    expect(guide).toContain('npm run grant-site');
  });

  it('delegated Graph permissions only, and Sites.Manage.All is never a permission every user consents to', () => {
    const types = aad.requiredResourceAccess.flatMap((r) => r.resourceAccess.map((a) => a.type));
    expect(new Set(types)).toEqual(new Set(['Scope']));
    expect(aad.requiredResourceAccess).toHaveLength(1);
    for (const permission of SITE_PERMISSIONS) {
      const scopes = graphScopesFor(permission);
      expect(scopes.items).not.toContain('Sites.Manage.All');
      expect(scopes.items).not.toContain('Sites.FullControl.All');
    }
    expect(aadText).not.toContain('Sites.Manage.All');
    // Under Sites.Selected, provisioning needs a manage grant on the site, not a tenant-wide scope.
    expect(graphScopesFor('Sites.Selected').provision).toEqual([]);
    expect(provisioningNeeds('Sites.Selected')).toMatchObject({ kind: 'siteGrant', role: 'manage' });
    // Under Sites.ReadWrite.All, only the person who provisions is asked for Sites.Manage.All (incremental consent).
    expect(graphScopesFor('Sites.ReadWrite.All').provision).toEqual(['Sites.Manage.All']);
    expect(provisioningNeeds('Sites.ReadWrite.All')).toEqual({ kind: 'consent', scope: 'Sites.Manage.All' });
  });
});

describe('Teams activity feed: the permission, the activity types and what leaves the app agree everywhere', () => {
  const types = ((manifest['activities'] as { activityTypes: { type: string; templateText: string }[] }).activityTypes).map((a) => a.type);
  const security = readText('docs', 'security.md');
  const guide = readText('docs', 'admin-guide.md');
  const notifyCode = readText('src', 'store', 'notify', 'activityRequest.ts');

  it('TeamsActivity.Send is a delegated scope of the registration, prefetched by Teams and asked for apart from the everyday scopes', () => {
    for (const permission of SITE_PERMISSIONS) {
      expect(graphScopesFor(permission).notify).toEqual(['TeamsActivity.Send']);
      expect(graphScopesFor(permission).items).not.toContain('TeamsActivity.Send');
    }
    expect(graphScopesInAad(aad)).toContain('TeamsActivity.Send');
    expect(webApp.nestedAppAuthInfo[0]!.scopes).toContain('TeamsActivity.Send');
  });

  it('the activity types the app sends are the ones the manifest declares, each named in the security notes and the admin guide', () => {
    const sent = [...notifyCode.matchAll(/activityType: '([A-Za-z]+)'/g)].map((m) => m[1]);
    expect(new Set(sent)).toEqual(new Set(types));
    for (const type of types) {
      expect(security).toContain(`\`${type}\``);
      expect(guide).toContain(`\`${type}\``);
    }
  });

  it('the template parameters the app fills are the project name, item titles and counts, as docs/security.md says: never comments or reasons', () => {
    const templates = (manifest['activities'] as { activityTypes: { templateText: string }[] }).activityTypes.map((a) => a.templateText).join(' ');
    const parameters = new Set([...templates.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]));
    expect(parameters).toEqual(new Set(['actor', 'item', 'count', 'project', 'overdue']));
    expect(security).toMatch(/TeamsActivity\.Send/);
    expect(security).toMatch(/never (a )?comments?|aldri kommentar/i);
    expect(guide).toMatch(/TeamsActivity\.Send/);
    expect(guide).toMatch(/admin consent/i);
    expect(notifyCode).not.toMatch(/comment|notRelevantReason|reason/i);
  });
});

describe('environment variables', () => {
  const uses: { file: string; text: string; envs: string[] }[] = [
    { file: 'appPackage/manifest.json', text: manifestText, envs: SAMPLE_ENVS },
    { file: 'appPackage/*.json (localization)', text: ['nb-no', 'nn-no', 'en-us'].map((l) => readText('appPackage', `${l}.json`)).join('\n'), envs: SAMPLE_ENVS },
    { file: 'aad.manifest.json', text: aadText, envs: SAMPLE_ENVS },
    { file: 'teamsapp.yml', text: ymlText, envs: ['dev', 'prod'] },
    { file: 'infra/azure.parameters.json', text: parametersText, envs: ['dev', 'prod'] },
    { file: 'teamsapp.local.yml', text: localYmlText, envs: ['local'] },
  ];

  it('there are samples for dev, local and prod', () => {
    expect(SAMPLE_ENVS).toEqual(['dev', 'local', 'prod']);
  });

  it.each(uses)('every ${{VAR}} in $file is defined in each env sample that uses it', ({ text, envs }) => {
    const used = listPlaceholders(text);
    for (const env of envs) {
      const defined = sampleDefines(env);
      const missing = used.filter((name) => !defined.has(name));
      expect(missing, `missing in env/.env.${env}.sample`).toEqual([]);
    }
  });

  it('every variable in a sample is explained by a comment right above it', () => {
    for (const env of SAMPLE_ENVS) {
      const lines = readText('env', `.env.${env}.sample`).split('\n');
      lines.forEach((line, i) => {
        if (!/^[A-Z][A-Z0-9_]*=/.test(line)) return;
        let j = i - 1;
        while (j >= 0 && /^[A-Z][A-Z0-9_]*=/.test(lines[j]!)) j--; // a group of related variables shares one comment
        expect(lines[j]?.startsWith('#'), `${line} in .env.${env}.sample`).toBe(true);
      });
    }
  });

  it('samples keep secrets out (SECRET_* only as a comment; they go to .env.<env>.user)', () => {
    for (const env of SAMPLE_ENVS) {
      expect(Object.keys(sampleVars(env)).filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    }
  });

  it('the bicep outputs exactly the variables teamsapp.yml and the manifest read from it, and samples define them', () => {
    expect(bicepOutputs.sort()).toEqual(['AZURE_STATIC_WEB_APPS_RESOURCE_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT']);
    const swaToken = yml.provision?.find((a) => a.uses === 'azureStaticWebApps/getDeploymentToken');
    expect(swaToken?.with?.['resourceId']).toBe('${{AZURE_STATIC_WEB_APPS_RESOURCE_ID}}');
    expect(listPlaceholders(manifestText)).toContain('TAB_DOMAIN');
    for (const env of ['dev', 'prod']) for (const name of bicepOutputs) expect(sampleDefines(env).has(name)).toBe(true);
    // The local environment gets the same two values from a script instead of Azure.
    const script = localYml.provision?.find((a) => a.uses === 'script');
    expect(String(script?.with?.['run'])).toContain('::set-teamsfx-env TAB_DOMAIN=localhost:53000');
    expect(String(script?.with?.['run'])).toContain('::set-teamsfx-env TAB_ENDPOINT=https://localhost:53000');
    expect(sampleVars('local')['TAB_DOMAIN']).toBe('localhost:53000');
  });

  it('the parameters file sets only parameters the bicep declares, and every required one', () => {
    const declared = [...bicep.matchAll(/^param\s+([A-Za-z0-9_]+)\s+\w+(\s*=)?/gm)].map((m) => ({ name: m[1] as string, hasDefault: m[2] !== undefined }));
    const given = Object.keys((JSON.parse(parametersText) as { parameters: Json }).parameters);
    for (const name of given) expect(declared.map((d) => d.name)).toContain(name);
    for (const d of declared.filter((p) => !p.hasDefault)) expect(given).toContain(d.name);
    expect(bicep).toMatch(/resource \w+ 'Microsoft\.Web\/staticSites@\d{4}-\d{2}-\d{2}'/);
  });

  it('the build gets every VITE_* variable the app reads, in deploy and in local debugging', () => {
    const vite = ['VITE_CLIENT_ID', 'VITE_TAB_DOMAIN', 'VITE_GRAPH_MODE', 'VITE_COORDINATION_SITE', 'VITE_LIST_SITE_MODE', 'VITE_SHARED_SITE', 'VITE_SITE_PERMISSION', 'VITE_TEAMS_APP_ID'];
    // What the code reads, found in the code: a name the build never sets is always empty in production.
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
    const read = new Set(sources.flatMap((file) => [...readFileSync(join('src', file), 'utf8').matchAll(/import\.meta\.env\.(VITE_[A-Z0-9_]+)/g)].map((m) => m[1]!)));
    expect(read.size).toBeGreaterThan(2);
    for (const name of read) expect(vite, `${name} is read by the app`).toContain(name);
    const build = yml.deploy?.find((a) => a.uses === 'cli/runNpmCommand' && a.with?.['args'] === 'run build');
    expect(Object.keys(build?.env ?? {}).sort()).toEqual([...vite].sort());
    expect(build?.env?.['VITE_CLIENT_ID']).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(build?.env?.['VITE_TAB_DOMAIN']).toBe('${{TAB_DOMAIN}}');
    const localEnv = localYml.deploy?.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile')?.with?.['envs'] as Record<string, string>;
    for (const name of vite) expect(Object.keys(localEnv)).toContain(name);
    for (const name of vite) expect(readText('docs', 'admin-guide.md')).toContain(name);
    for (const env of SAMPLE_ENVS) expect(['tenant', 'local']).toContain(sampleVars(env)['GRAPH_MODE']);
    for (const env of SAMPLE_ENVS) expect(['team', 'shared']).toContain(sampleVars(env)['LIST_SITE_MODE']);
  });
});

describe('lifecycle files (Agents Toolkit yml v1.x)', () => {
  // Shapes from the toolkit's official yaml schema (required `with` keys and allowed outputs per action).
  const shapes: Record<string, { with: string[]; writes?: string[]; writesRequired?: string[] }> = {
    'aadApp/create': { with: ['name', 'generateClientSecret', 'signInAudience'], writes: ['clientId', 'objectId', 'tenantId', 'authority', 'authorityHost'], writesRequired: ['clientId', 'objectId'] },
    'aadApp/update': { with: ['manifestPath', 'outputFilePath'] },
    'teamsApp/create': { with: ['name'], writes: ['teamsAppId'], writesRequired: ['teamsAppId'] },
    'arm/deploy': { with: ['subscriptionId', 'resourceGroupName', 'templates'] },
    'azureStaticWebApps/getDeploymentToken': { with: ['resourceId'], writes: ['deploymentToken'], writesRequired: ['deploymentToken'] },
    'teamsApp/validateManifest': { with: ['manifestPath'] },
    'teamsApp/zipAppPackage': { with: ['manifestPath', 'outputZipPath', 'outputFolder'] },
    'teamsApp/validateAppPackage': { with: ['appPackagePath'] },
    'teamsApp/update': { with: ['appPackagePath'] },
    'teamsApp/publishAppPackage': { with: ['appPackagePath'], writes: ['publishedAppId'], writesRequired: ['publishedAppId'] },
    'cli/runNpmCommand': { with: ['args'] },
    'cli/runNpxCommand': { with: ['args'] },
    script: { with: ['run'] },
    'devTool/install': { with: [], writes: ['sslCertFile', 'sslKeyFile', 'funcPath', 'dotnetPath'] },
    'file/createOrUpdateEnvironmentFile': { with: ['envs', 'target'] },
  };

  it.each([
    ['teamsapp.yml', yml],
    ['teamsapp.local.yml', localYml],
  ] as const)('%s has a v1.x version and well-formed actions', (_file, lifecycle) => {
    expect(lifecycle.version).toMatch(/^v1\.\d+$/);
    expect(lifecycle.environmentFolderPath).toBe('./env');
    for (const action of allActions(lifecycle)) {
      const shape = shapes[action.uses];
      expect(shape, `unknown action ${action.uses}`).toBeDefined();
      for (const key of shape!.with) expect(Object.keys(action.with ?? {}), `${action.uses}.with.${key}`).toContain(key);
      for (const key of Object.keys(action.writeToEnvironmentFile ?? {})) expect(shape!.writes ?? []).toContain(key);
      for (const key of shape!.writesRequired ?? []) expect(Object.keys(action.writeToEnvironmentFile ?? {})).toContain(key);
      for (const name of Object.values(action.writeToEnvironmentFile ?? {})) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('teamsapp.yml provisions, deploys and publishes with the required actions in a working order', () => {
    const provision = (yml.provision ?? []).map((a) => a.uses);
    for (const uses of ['aadApp/create', 'teamsApp/create', 'arm/deploy', 'azureStaticWebApps/getDeploymentToken', 'aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update']) {
      expect(provision).toContain(uses);
    }
    // aadApp/update needs TAB_DOMAIN (a bicep output) for the redirect URIs: it runs after arm/deploy.
    expect(provision.indexOf('aadApp/update')).toBeGreaterThan(provision.indexOf('arm/deploy'));
    expect(provision.indexOf('teamsApp/zipAppPackage')).toBeGreaterThan(provision.indexOf('arm/deploy'));
    expect(provision.indexOf('azureStaticWebApps/getDeploymentToken')).toBeGreaterThan(provision.indexOf('arm/deploy'));
    const arm = yml.provision?.find((a) => a.uses === 'arm/deploy');
    expect(arm?.with?.['templates']).toEqual([
      expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' }),
    ]);
    expect(yml.provision?.find((a) => a.uses === 'aadApp/update')?.with?.['manifestPath']).toBe('./aad.manifest.json');
    expect(yml.provision?.find((a) => a.uses === 'azureStaticWebApps/getDeploymentToken')?.writeToEnvironmentFile?.['deploymentToken']).toMatch(/^SECRET_/);

    const deploy = yml.deploy ?? [];
    expect(deploy.map((a) => a.uses)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'cli/runNpxCommand']);
    const swa = deploy[2]!;
    expect(String(swa.with?.['args'])).toMatch(/@azure\/static-web-apps-cli deploy \.\/dist /);
    expect(String(swa.with?.['args'])).toContain('--swa-config-location ./infra');
    expect(swa.env?.['SWA_CLI_DEPLOYMENT_TOKEN']).toBe('${{SECRET_TAB_SWA_DEPLOYMENT_TOKEN}}');

    expect((yml.publish ?? []).map((a) => a.uses)).toContain('teamsApp/publishAppPackage');
  });

  it('both lifecycle files package appPackage/manifest.json into the path npm run package uses', () => {
    for (const lifecycle of [yml, localYml]) {
      for (const action of allActions(lifecycle).filter((a) => a.uses === 'teamsApp/zipAppPackage')) {
        expect(action.with?.['manifestPath']).toBe('./appPackage/manifest.json');
        expect(action.with?.['outputZipPath']).toBe('./build/appPackage/appPackage.${{TEAMSFX_ENV}}.zip');
      }
      for (const action of allActions(lifecycle).filter((a) => a.with?.['appPackagePath'] !== undefined)) {
        expect(action.with?.['appPackagePath']).toBe('./build/appPackage/appPackage.${{TEAMSFX_ENV}}.zip');
      }
    }
  });

  it('teamsapp.local.yml debugs over https on localhost with a trusted dev certificate', () => {
    const provision = (localYml.provision ?? []).map((a) => a.uses);
    for (const uses of ['aadApp/create', 'teamsApp/create', 'aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update']) {
      expect(provision).toContain(uses);
    }
    expect(provision).not.toContain('arm/deploy');
    const cert = localYml.deploy?.find((a) => a.uses === 'devTool/install');
    expect(cert?.with?.['devCert']).toEqual({ trust: true });
    expect(sampleVars('local')['TAB_ENDPOINT']).toBe('https://localhost:53000');
  });
});

describe('hosting security headers (infra/staticwebapp.config.json)', () => {
  const csp = swaConfig.globalHeaders['Content-Security-Policy'] ?? '';
  const directive = (name: string): string[] => cspDirective(csp, name);

  // What the policy allows is checked against the code's own origins in tests/package/csp.test.ts.
  it('frame-ancestors names hosts, never a scheme or a bare wildcard', () => {
    const ancestors = directive('frame-ancestors');
    expect(ancestors).not.toContain('*');
    expect(ancestors).not.toContain('https:');
    for (const source of ancestors) expect(source === "'self'" || /^https:\/\/(\*\.)?[a-z0-9.-]+$/.test(source)).toBe(true);
  });

  it('sets HSTS, nosniff and a referrer policy, and no header that would block Teams or the sign-in bridge', () => {
    expect(swaConfig.globalHeaders['Strict-Transport-Security']).toMatch(/max-age=\d{8,}/);
    expect(swaConfig.globalHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(swaConfig.globalHeaders['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    const names = Object.keys(swaConfig.globalHeaders).map((h) => h.toLowerCase());
    expect(names).not.toContain('x-frame-options'); // would forbid the Teams iframe; frame-ancestors governs
    expect(names).not.toContain('cross-origin-opener-policy'); // would cut MSAL's redirect bridge
  });

  it('falls back to index.html for the SPA, but not for assets or the sign-in bridge page', () => {
    expect(swaConfig.navigationFallback.rewrite).toBe('/index.html');
    expect(swaConfig.navigationFallback.exclude).toContain('/assets/*');
    expect(swaConfig.navigationFallback.exclude).toContain('/auth-redirect.html');
  });
});
