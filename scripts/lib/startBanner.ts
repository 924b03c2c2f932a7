// What `npm start` prints once everything runs: the address, and where the emulator keeps its data, which is
// GRAPH_DATA when it is set (a file elsewhere, or ':memory:'), not always the default file.
export const DEFAULT_GRAPH_DATA = '.local/graph.sqlite';

export interface StartBanner {
  appUrl: string;
  emulatorUrl: string;
  /** Vite's dev server with hot reload, or the production build. */
  dev: boolean;
  /** The emulator's `data` option: a SQLite file or ':memory:'. */
  graphData: string;
}

/** Where the data lives and how to start over, in a few words. */
function describeGraphData(graphData: string): string {
  if (graphData === ':memory:') return 'data in memory only: nothing is kept after Ctrl+C';
  return `data in ${graphData}; delete it to start over`;
}

export function startBanner({ appUrl, emulatorUrl, dev, graphData }: StartBanner): string {
  return `
  Felles modell (local mode, ${dev ? 'dev server with hot reload' : 'production build'}) is running:

    ${appUrl}/

  Pick a dev user and a demo project at the top of the page. Open a second window to play a second user.
  Graph emulator: ${emulatorUrl} (${describeGraphData(graphData)}). Ctrl+C stops.
`;
}
