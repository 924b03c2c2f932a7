// The app: shell (theme, language, error boundary) around either local mode (dev users on the emulator) or the
// signed-in app. `isLocalMode` is a build-time literal, so a production build drops the local chunk entirely.
import { Suspense, lazy } from 'react';
import type { HostAdapter } from '../../host/HostAdapter';
import { AppShell } from './AppShell';
import { SignedInApp } from './SignedInApp';
import { MAIN_ID, SkipLink } from './SkipLink';

// The literal test must be inline here: the bundler prunes the dynamic import only when it sees the constant.
const LocalModeApp = import.meta.env.VITE_GRAPH_MODE === 'local' ? lazy(() => import('./local/LocalModeApp')) : undefined;

export function App({ host }: { host: HostAdapter }) {
  return (
    <AppShell host={host}>
      <SkipLink />
      {LocalModeApp ? (
        <Suspense fallback={null}>
          <LocalModeApp />
        </Suspense>
      ) : (
        <main id={MAIN_ID} tabIndex={-1}>
          <SignedInApp />
        </main>
      )}
    </AppShell>
  );
}
