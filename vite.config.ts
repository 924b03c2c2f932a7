import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...pick(process.env, 'VITE_') };
  return {
    plugins: [react()],
    // A literal, so `isLocalMode` folds and a production build carries no local-mode chunk (checked in the browser tests).
    define: { 'import.meta.env.VITE_GRAPH_MODE': JSON.stringify(env.VITE_GRAPH_MODE ?? '') },
    build: { outDir: 'dist', sourcemap: true },
  };
});

function pick(source: NodeJS.ProcessEnv, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => entry[0].startsWith(prefix) && entry[1] !== undefined));
}
