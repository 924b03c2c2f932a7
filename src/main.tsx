// Entry point: find the host (Teams, SharePoint, browser, local), then render. index.html shows a plain loading
// line until then, so nothing waits on JavaScript to say that something is happening.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectHost } from './host';
import { App } from './ui/shell/App';
import { loadAppParts } from './ui/shell/appParts';
import { isLocalMode } from './ui/base/runtimeConfig';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// The store and the built-in model are fetched while the host is found (a failure is retried where they are used).
if (!isLocalMode) loadAppParts().catch(() => undefined);

void detectHost({ localMode: isLocalMode }).then((host) => {
  createRoot(root).render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
});
