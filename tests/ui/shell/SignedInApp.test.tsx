// @vitest-environment jsdom
// The signed-in app waits for sign-in and for its parts (the store and the built-in model, chunks of their own
// fetched beside sign-in), builds the services from both, and offers a retry when the parts could not be fetched.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TokenSource } from '../../../src/auth';
import type { PhaseModel } from '../../../src/model/types';
import type { AppParts } from '../../../src/ui/shell/appParts';
import type { AppServices } from '../../../src/ui/base/AppServices';
import { SignedInApp } from '../../../src/ui/shell/SignedInApp';
import { renderInShell } from '../../../testkit/shell';

const fakes = vi.hoisted(() => ({ loadAppParts: vi.fn<() => Promise<AppParts>>(), createTokenSource: vi.fn<() => Promise<TokenSource>>() }));
vi.mock('../../../src/ui/shell/appParts', () => ({ loadAppParts: fakes.loadAppParts }));
vi.mock('../../../src/auth', async (original) => ({ ...(await original<object>()), createTokenSource: fakes.createTokenSource }));

const tokens: TokenSource = { getAccessToken: () => Promise.resolve('token'), account: () => ({ username: 'kari@x.no', tenantId: 't1' }) as ReturnType<TokenSource['account']> };
const model = { id: 'built-in', version: '1.0.0' } as PhaseModel;

/** Parts whose arrival the test decides; `built` records what the services were made from. */
function parts() {
  const built: { model: PhaseModel; tokens: TokenSource; databaseName?: string }[] = [];
  let arrive: (parts: AppParts) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const pending = new Promise<AppParts>((resolve, reject) => {
    arrive = resolve;
    fail = reject;
  });
  const createAppServices = ((options) => {
    built.push({ model: options.model, tokens: options.tokens, ...(options.databaseName ? { databaseName: options.databaseName } : {}) });
    return {} as AppServices;
  }) as AppParts['createAppServices'];
  return { pending, built, arrive: () => arrive({ createAppServices, model }), fail: () => fail(new Error('Failed to fetch dynamically imported module')), createAppServices };
}

beforeEach(() => {
  fakes.createTokenSource.mockResolvedValue(tokens);
});

afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('SignedInApp', () => {
  it('shows that it is starting until its parts are here, then builds the services from the loaded model and routes', async () => {
    const load = parts();
    fakes.loadAppParts.mockReturnValue(load.pending);
    renderInShell(<SignedInApp />);
    expect(await screen.findByText('Starter Felles modell …')).toBeTruthy();
    // Signed in, but the store and model are not here yet.
    await vi.waitFor(() => expect(fakes.createTokenSource).toHaveBeenCalled());
    expect(load.built).toEqual([]);

    load.arrive();
    // No ?site= in a plain browser: the route says so (the services exist by then).
    expect(await screen.findByText('Hvilket nettsted?')).toBeTruthy();
    expect(load.built).toEqual([{ model, tokens, databaseName: 'felles-modell-t1-kari@x.no' }]);
  });

  it('says the network is out when its parts could not be fetched, and tries again on request', async () => {
    const failed = parts();
    fakes.loadAppParts.mockReturnValue(failed.pending);
    renderInShell(<SignedInApp />);
    failed.fail();
    expect(await screen.findByText('Ingen nettforbindelse. Endringene lagres når du er på nett igjen.')).toBeTruthy();

    const second = parts();
    fakes.loadAppParts.mockReturnValue(second.pending);
    second.arrive();
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByText('Hvilket nettsted?')).toBeTruthy();
    expect(second.built.map((entry) => entry.model)).toEqual([model]);
  });
});
