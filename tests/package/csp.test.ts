// The hosting Content-Security-Policy (infra/staticwebapp.config.json) against the origins the code really uses:
// connect-src is exactly Graph (the app's base URL), Entra ID sign-in (the MSAL authority) and the Microsoft CDN
// teams-js fetches its list of valid hosts from; frame-src exactly the sign-in iframe; frame-ancestors exactly the
// Teams / Outlook / Microsoft 365 hosts teams-js itself accepts as a parent, plus SharePoint (the manifest declares
// SharePoint hosts); and no inline or evaluated script anywhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appConfig, isLocalMode } from '../../src/ui/base/runtimeConfig';
import { authorityFor } from '../../src/auth/token-source';
import { cspDirective, path, readJson, readText } from '../../testkit/appPackage';

const swa = readJson<{ globalHeaders: Record<string, string> }>('infra', 'staticwebapp.config.json');
const csp = swa.globalHeaders['Content-Security-Policy'] ?? '';
const directive = (name: string): string[] => cspDirective(csp, name);
const origin = (url: string): string => new URL(url).origin;

// teams-js, as shipped in our bundle: the CDN it fetches valid hosts from, and its built-in list of them.
const teamsJsDir = path('node_modules', '@microsoft', 'teams-js', 'dist', 'esm', 'packages', 'teams-js', 'src');
const teamsConstants = readFileSync(`${teamsJsDir}/internal/constants.js`, 'utf8');
const teamsCdn = /new URL\("(https:\/\/[^"]+)"\)/.exec(teamsConstants)?.[1];
const teamsValidOrigins = JSON.parse(/var o=(\[[^\]]+\])/.exec(readFileSync(`${teamsJsDir}/artifactsForCDN/validDomains.json.js`, 'utf8'))?.[1] ?? '[]') as string[];

/** Work-and-school hosts in the commercial cloud that run Teams apps: the tenants of Helsefellesskap Innlandet. */
const APP_HOSTS = ['teams.microsoft.com', '*.cloud.microsoft', 'outlook.office.com', 'outlook.office365.com', 'www.office.com', '*.www.office.com', 'www.microsoft365.com', '*.www.microsoft365.com'];

describe('the origins the code calls', () => {
  it('are known from the code itself', () => {
    expect(isLocalMode).toBe(false);
    expect(origin(appConfig.graphBaseUrl())).toBe('https://graph.microsoft.com');
    expect(origin(authorityFor(undefined))).toBe('https://login.microsoftonline.com');
    expect(origin(authorityFor('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'))).toBe('https://login.microsoftonline.com');
    expect(teamsCdn && origin(teamsCdn)).toBe('https://res.cdn.office.net');
    for (const host of APP_HOSTS) expect(teamsValidOrigins, `teams-js accepts ${host} as a host`).toContain(host);
  });
});

describe('Content-Security-Policy', () => {
  it('connect-src is exactly the app itself, Graph, Entra ID sign-in and the teams-js CDN', () => {
    const expected = ["'self'", origin(appConfig.graphBaseUrl()), origin(authorityFor(undefined)), origin(teamsCdn!)];
    expect(directive('connect-src').sort()).toEqual(expected.sort());
  });

  it('frame-src is exactly the app itself (the sign-in bridge) and Entra ID (MSAL’s silent iframe)', () => {
    expect(directive('frame-src').sort()).toEqual(["'self'", origin(authorityFor(undefined))].sort());
  });

  it('frame-ancestors is exactly the Teams and Microsoft 365 hosts teams-js accepts, plus SharePoint', () => {
    const manifest = readJson<{ configurableTabs: { supportedSharePointHosts?: string[] }[] }>('appPackage', 'manifest.json');
    expect(manifest.configurableTabs[0]?.supportedSharePointHosts?.length).toBeGreaterThan(0);
    const expected = ["'self'", ...APP_HOSTS.map((h) => `https://${h}`), 'https://*.sharepoint.com'];
    expect(directive('frame-ancestors').sort()).toEqual(expected.sort());
  });

  it('runs no inline or evaluated script, and no script or object from elsewhere', () => {
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/'unsafe-eval'|'wasm-unsafe-eval'|'strict-dynamic'/);
    expect(directive('script-src').join(' ')).not.toMatch(/unsafe-inline|data:|\*/);
    // Fluent UI (Griffel) inserts its styles at run time: inline styles only, never inline script.
    expect(directive('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('both pages load their script from a file, so script-src self is enough', () => {
    for (const page of ['index.html', 'auth-redirect.html']) {
      const html = readText(page);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, page).toMatch(/\bsrc="\/src\/[^"]+"/);
        expect(body?.trim(), page).toBe('');
      }
      expect(html, page).not.toMatch(/\son[a-z]+=/i);
    }
    // The redirect page is a build input and the SPA fallback leaves it alone.
    expect(readText('vite.config.ts')).toContain("'auth-redirect.html'");
    expect(readText('auth-redirect.html')).toContain('/src/auth/redirect-bridge.ts');
  });
});
