// `npm start`'s closing message says where the emulator keeps its data: GRAPH_DATA when set, not always the default.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_DATA, startBanner } from '../../scripts/lib/startBanner';

const banner = (graphData: string) => startBanner({ appUrl: 'http://localhost:5173', emulatorUrl: 'https://127.0.0.1:4443', dev: false, graphData });

describe('startBanner', () => {
  it('names the data file that is really used', () => {
    expect(banner(DEFAULT_GRAPH_DATA)).toContain('(data in .local/graph.sqlite; delete it to start over)');
    const elsewhere = banner('/tmp/felles/demo.sqlite');
    expect(elsewhere).toContain('(data in /tmp/felles/demo.sqlite; delete it to start over)');
    expect(elsewhere).not.toContain('.local/graph.sqlite');
  });

  it('says that nothing is kept when the data is in memory', () => {
    const inMemory = banner(':memory:');
    expect(inMemory).toContain('data in memory only: nothing is kept after Ctrl+C');
    expect(inMemory).not.toMatch(/graph\.sqlite|delete it/);
  });

  it('gives the address and the kind of build', () => {
    expect(banner(DEFAULT_GRAPH_DATA)).toContain('http://localhost:5173/');
    expect(banner(DEFAULT_GRAPH_DATA)).toContain('production build');
    expect(startBanner({ appUrl: 'http://localhost:5173', emulatorUrl: 'https://127.0.0.1:4443', dev: true, graphData: DEFAULT_GRAPH_DATA })).toContain('dev server with hot reload');
  });
});
