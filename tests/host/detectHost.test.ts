// Which host the app runs in: a top-level window is a browser (or local mode), `?host=sharepoint&siteUrl=` a
// SharePoint page, and a frame is Teams only when teams-js initializes; a foreign frame falls back to the browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostAdapter } from '../../src/host/HostAdapter';

const teams = vi.hoisted(() => ({ initialize: vi.fn<() => Promise<void>>(), created: vi.fn<() => void>() }));

vi.mock('../../src/host/teamsHost', () => ({
  initializeTeams: () => teams.initialize(),
  createTeamsHost: async (): Promise<Partial<HostAdapter>> => {
    teams.created();
    return { kind: 'teams' };
  },
}));

const { detectHost } = await import('../../src/host/detectHost');

function fakeWindow(search: string, framed: boolean): Window {
  const self = {};
  return {
    location: { search },
    navigator: { language: 'nn-NO' },
    self,
    top: framed ? {} : self,
  } as unknown as Window;
}

afterEach(() => {
  teams.initialize.mockReset();
  teams.created.mockReset();
});

describe('detectHost', () => {
  it('runs as a browser in a top-level window, and as local mode in a local build, without loading teams-js', async () => {
    expect((await detectHost({ window: fakeWindow('', false) })).kind).toBe('browser');
    const local = await detectHost({ window: fakeWindow('?frame=sidePanel', false), localMode: true });
    expect(local.kind).toBe('local');
    expect(local.context.frameContext).toBe('sidePanel');
    expect(local.context.locale).toBe('nn-NO');
    expect(teams.initialize).not.toHaveBeenCalled();
  });

  it('runs as a SharePoint page when framed with ?host=sharepoint&siteUrl=', async () => {
    const host = await detectHost({ window: fakeWindow('?host=sharepoint&siteUrl=https%3A%2F%2Fx.sharepoint.com%2Fsites%2Fp', true) });
    expect(host.kind).toBe('sharepoint');
    expect(host.context.sharePointSite).toEqual({ url: 'https://x.sharepoint.com/sites/p' });
    expect(teams.initialize).not.toHaveBeenCalled();
  });

  it('is Teams in a frame where teams-js initializes', async () => {
    teams.initialize.mockResolvedValue(undefined);
    expect((await detectHost({ window: fakeWindow('', true) })).kind).toBe('teams');
    expect(teams.created).toHaveBeenCalledOnce();
  });

  it('falls back to the browser in a frame where teams-js fails or never answers', async () => {
    teams.initialize.mockRejectedValue(new Error('not in Teams'));
    expect((await detectHost({ window: fakeWindow('', true) })).kind).toBe('browser');
    teams.initialize.mockReturnValue(new Promise<void>(() => undefined));
    expect((await detectHost({ window: fakeWindow('', true), timeoutMs: 1 })).kind).toBe('browser');
    expect(teams.created).not.toHaveBeenCalled();
  });
});
