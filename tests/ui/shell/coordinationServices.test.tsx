// @vitest-environment jsdom
// The composition root's coordination-site services against the emulator over real HTTPS: the model list is located
// once for the model source, the editor and template uploads; a version published through that repository reaches
// the model source at once, so the Verktøykasse (and the upgrade notice and a new project, which read the same
// source) show it without a reload; with no coordination site, every coordination service says so in a code the UI
// translates.
import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { COORDINATION_SITE, coordinationSiteWithModelPerFile } from '../../../testkit/editorEmulator';
import type { TestEmulator } from '../../../testkit/emulator';
import { renderInShell } from '../../../testkit/shell';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { StoreError } from '../../../src/store/ChecklistStore';
import { ServicesContext } from '../../../src/ui/base/ServicesContext';
import { createAppServices } from '../../../src/ui/shell/services';
import { ToolboxPage } from '../../../src/ui/toolbox/ToolboxPage';
import { kristin } from '../../../testkit/people';

let emulator: TestEmulator;
coordinationSiteWithModelPerFile((started) => (emulator = started));

const servicesAs = (user: string, { coordinationSiteUrl }: { coordinationSiteUrl?: string } = { coordinationSiteUrl: COORDINATION_SITE.siteUrl }) =>
  createAppServices({
    tokens: { getAccessToken: async () => `dev:${user}`, account: () => undefined },
    model: DEFAULT_MODEL,
    graphBaseUrl: emulator.graphBaseUrl,
    userAgentTag: 'NONISV|HelsefellesskapInnlandet|FellesModell/test',
    ...(coordinationSiteUrl ? { coordinationSiteUrl } : {}),
    databaseName: `felles-modell-coordination-test-${user}`,
  });

describe('the composition root: coordination-site services', () => {
  it('locates the model list once, and a publish through its repository shows in the Verktøykasse without a reload', async () => {
    const services = servicesAs('kristin');
    const page = within(
      renderInShell(
        <ServicesContext.Provider value={services}>
          <ToolboxPage />
        </ServicesContext.Provider>,
      ).container,
    );
    await page.findByText(/Modellversjon 1\.0\.0/);
    await expect.poll(() => services.modelSource.snapshot().revalidated).toBe(true);

    // The editor, uploads and the model source share one located repository: asking again costs no request.
    const repository = await services.modelRepository();
    await emulator.admin.resetStats();
    expect(await services.modelRepository()).toBe(repository);
    expect((await emulator.admin.stats()).topLevel).toBe(0);

    const current = await repository.current();
    await emulator.admin.resetStats();
    const { published } = await repository.publish(current.newest!.model, { changeNote: 'Ny veiledning', by: kristin, at: new Date().toISOString(), basedOn: current.newest! });
    expect(published.version).toBe('2.0.0');
    await page.findByText(/Modellversjon 2\.0\.0/);
    expect(services.modelSource.snapshot().newestInfo?.version).toBe('2.0.0');
    // The publish (one $batch) and the model source's refresh (one $batch): no locate on the way.
    expect((await emulator.admin.stats()).topLevel).toBe(2);
  });

  it('without a coordination site, the model, Portfolio and template services refuse with siteNotFound and send nothing', async () => {
    const services = servicesAs('kari', {});
    await emulator.admin.resetStats();
    const refusals = await Promise.allSettled([services.modelRepository(), services.portfolio.load(), services.templateUploader.upload('mal.docx', new Blob(['x']))]);
    expect(services.coordinationSite).toBeUndefined();
    for (const refusal of refusals) {
      expect(refusal.status).toBe('rejected');
      const reason = (refusal as PromiseRejectedResult).reason as unknown;
      expect(reason).toBeInstanceOf(StoreError);
      expect((reason as StoreError).code).toBe('siteNotFound');
    }
    expect((await emulator.admin.stats()).topLevel).toBe(0);
  });

  it('Venter på meg finds the Portfolio list once: a second read on a device that opened no project is the rows alone', async () => {
    const services = servicesAs('ola');
    await emulator.admin.resetStats();
    const first = await services.readWaiting();
    const cold = (await emulator.admin.stats()).topLevel;
    await emulator.admin.resetStats();
    const second = await services.readWaiting();
    expect((await emulator.admin.stats()).topLevel).toBe(1);
    expect(cold).toBe(2);
    expect(second.me).toEqual(first.me);
    expect(second.location).toEqual(first.location);
  });
});
