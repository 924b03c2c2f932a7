// What the signed-in app is built from besides the shell: the store (Graph adapter, the device's queue and caches)
// and the built-in model. Chunks of their own, fetched while the host is found and the person signed in (both take
// longer), so the entry paints sooner and the checklist does not wait for them.
import type { createAppServices } from './services';
import type { PhaseModel } from '../../model/types';

export interface AppParts {
  createAppServices: typeof createAppServices;
  model: PhaseModel;
}

let loading: Promise<AppParts> | undefined;

/** Starts the fetch once; a failed one (no network) is started again by the next call. */
export function loadAppParts(): Promise<AppParts> {
  if (!loading) {
    loading = Promise.all([import('./services'), import('../../model/defaultModel')]).then(([services, model]) => ({
      createAppServices: services.createAppServices,
      model: model.DEFAULT_MODEL,
    }));
    loading.catch(() => (loading = undefined));
  }
  return loading;
}
