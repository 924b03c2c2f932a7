import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...pick(process.env, 'VITE_') };
  return {
    plugins: [react()],
    // A literal, so `isLocalMode` folds and a production build carries no local-mode chunk (checked in the browser tests).
    define: { 'import.meta.env.VITE_GRAPH_MODE': JSON.stringify(env.VITE_GRAPH_MODE ?? '') },
    // Two pages: the app, and the page MSAL returns to after a sign-in outside Teams (src/auth/redirect-bridge.ts).
    build: { outDir: 'dist', sourcemap: true, rolldownOptions: { input: { main: 'index.html', authRedirect: 'auth-redirect.html' } } },
  };
});

function pick(source: NodeJS.ProcessEnv, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => entry[0].startsWith(prefix) && entry[1] !== undefined));
}
