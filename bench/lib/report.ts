// The table rows and their formatting. Every figure is a median of several runs; times show (min–max).
import type { Figure, Spread } from './measure';

export interface TableRow {
  scenario: string;
  ours: string;
  naive: string;
  ratio: string;
  budget: string;
  met: string;
}

export interface Budget {
  text: string;
  /** undefined: not judged here (informational). */
  met?: boolean;
}

/** kB = 1,000 bytes, MB = 1,000,000. */
export const kb = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : bytes >= 1000 ? `${(bytes / 1000).toFixed(1)} kB` : `${bytes} B`);
export const ms = (s: Spread | number): string => {
  const one = (v: number): string => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(v < 1 ? 2 : 1)} ms`);
  return typeof s === 'number' ? one(s) : `${one(s.median)} (${one(s.min)}–${one(s.max)})`;
};

export const figureText = (f: Figure): string => `${f.roundTrips} RT · ${f.requests} req · ${kb(f.bytes)} · ${f.ru} RU · ${ms(f.ms)}`;

const times = (a: number, b: number): string => (b === 0 ? (a === 0 ? '=' : '∞') : `×${(a / b).toFixed(a / b >= 10 ? 0 : 1)}`);

/** naive ÷ ours, in time and round trips. */
export const ratioText = (ours: Figure, naive: Figure): string => `${times(naive.ms.median, ours.ms.median)} time, ${times(naive.roundTrips, ours.roundTrips)} RT`;

export function row(scenario: string, ours: Figure | string, naive: Figure | string | undefined, budget?: Budget, ratio?: string): TableRow {
  const text = (f: Figure | string | undefined): string => (f === undefined ? '—' : typeof f === 'string' ? f : figureText(f));
  return {
    scenario,
    ours: text(ours),
    naive: text(naive),
    ratio: ratio ?? (typeof ours !== 'string' && naive !== undefined && typeof naive !== 'string' ? ratioText(ours, naive) : '—'),
    budget: budget?.text ?? '—',
    met: budget?.met === undefined ? '—' : budget.met ? 'yes' : 'NO',
  };
}

/** A plain-text table: one line per row, the wide columns wrapped to a second line if needed. */
export function renderTable(rows: readonly TableRow[]): string {
  const headers: TableRow = { scenario: 'scenario', ours: 'ours', naive: 'naive', ratio: 'naive/ours', budget: 'budget', met: 'met?' };
  const keys = Object.keys(headers) as (keyof TableRow)[];
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(...[headers, ...rows].map((r) => r[k].length))])) as Record<keyof TableRow, number>;
  const line = (r: TableRow): string => keys.map((k) => r[k].padEnd(width[k])).join(' | ');
  return [line(headers), keys.map((k) => '-'.repeat(width[k])).join('-|-'), ...rows.map(line)].join('\n');
}

/** The same rows as a Markdown table (for docs/performance.md). */
export function renderMarkdown(rows: readonly TableRow[]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return ['| scenario | ours | naive | naive/ours | budget | met? |', '| --- | --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${[r.scenario, r.ours, r.naive, r.ratio, r.budget, r.met].map(esc).join(' | ')} |`)].join('\n');
}
