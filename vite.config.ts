import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...pick(process.env, 'VITE_') };
  return {
    plugins: [react()],
    // A literal, so `isLocalMode` folds and a production build carries no local-mode chunk (checked in the browser tests).
    define: { 'import.meta.env.VITE_GRAPH_MODE': JSON.stringify(env.VITE_GRAPH_MODE ?? '') },
    build: {
      outDir: 'dist',
      sourcemap: true,
      rolldownOptions: {
        // Two pages: the app, and the page MSAL returns to after a sign-in outside Teams (src/auth/redirect-bridge.ts).
        input: { main: 'index.html', authRedirect: 'auth-redirect.html' },
        output: {
          // What the first paint needs in two chunks, the libraries (React, Fluent's core…) and our own modules,
          // instead of a dozen small shared ones that each cost a request and compress worse apart. Never MSAL nor
          // the redirect bridge: the sign-in redirect page (a second entry) must not load the app; main.tsx stays
          // the entry's own. What loads on demand or beside sign-in (sign-in, Teams, the store, the built-in model,
          // the Graph SDK, config, overview, dialogs, drawers, menus, the stage's walk-through, the summary,
          // exporters) keeps its own chunks.
          codeSplitting: {
            groups: [
              { name: 'first-paint-libraries', tags: ['$initial'], test: /[\\/]node_modules[\\/](?!@azure[\\/]msal-)/ },
              { name: 'first-paint-app', tags: ['$initial'], test: /[\\/]src[\\/](?!auth[\\/]redirect-bridge|main\.tsx)/ },
            ],
          },
        },
      },
    },
  };
});

function pick(source: NodeJS.ProcessEnv, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => entry[0].startsWith(prefix) && entry[1] !== undefined));
}
