// The overview's data: a full load once, then delta refreshes (one request each when nothing changed) on demand and
// on an interval while the tab is visible. Rows keep their identity across refreshes that do not touch them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PortfolioRow } from '../../domain/portfolio/types';
import { applyPortfolioChanges } from '../../domain/portfolio/applyPortfolioChanges';
import { StoreError } from '../../store/ChecklistStore';
import type { LoadedPortfolio, PortfolioChanges, PortfolioCursor } from '../../store/portfolio/PortfolioReader';

/** Where the overview gets its rows: the PortfolioReader in the app, anything with the same shape in a test. */
export interface PortfolioSource {
  load(): Promise<LoadedPortfolio>;
  refresh(cursor: PortfolioCursor): Promise<PortfolioChanges>;
}

export interface PortfolioState {
  status: 'loading' | 'ready' | 'error';
  rows: PortfolioRow[];
  error?: StoreError;
  refreshing: boolean;
  lastLoadedAt?: Date;
}

const asStoreError = (error: unknown): StoreError => (error instanceof StoreError ? error : new StoreError('unknown', String(error)));

export function usePortfolio(source: PortfolioSource, options: { pollMs?: number | null } = {}): PortfolioState & { refresh(): Promise<void>; reload(): void } {
  const [state, setState] = useState<PortfolioState>({ status: 'loading', rows: [], refreshing: false });
  const cursor = useRef<PortfolioCursor | undefined>(undefined);
  const busy = useRef(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    cursor.current = undefined;
    setState({ status: 'loading', rows: [], refreshing: false });
    source.load().then(
      (loaded) => {
        if (!live) return;
        cursor.current = loaded.cursor;
        setState({ status: 'ready', rows: loaded.rows, refreshing: false, lastLoadedAt: new Date() });
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', rows: [], error: asStoreError(error), refreshing: false });
      },
    );
    return () => {
      live = false;
    };
  }, [source, attempt]);

  const refresh = useCallback(async () => {
    const from = cursor.current;
    if (!from || busy.current) return;
    busy.current = true;
    setState((s) => ({ ...s, refreshing: true }));
    try {
      const changes = await source.refresh(from);
      cursor.current = changes.cursor;
      setState((s) => ({
        status: 'ready',
        rows: changes.resynced && changes.rows ? changes.rows : applyPortfolioChanges(s.rows, changes.changed, changes.deleted),
        refreshing: false,
        lastLoadedAt: new Date(),
      }));
    } catch (error) {
      // A failed refresh keeps what is shown; the error is shown beside it.
      setState((s) => ({ ...s, refreshing: false, error: asStoreError(error) }));
    } finally {
      busy.current = false;
    }
  }, [source]);

  const pollMs = options.pollMs ?? null;
  useEffect(() => {
    if (pollMs === null || state.status !== 'ready') return;
    const timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState === 'visible') void refresh();
    }, pollMs);
    return () => clearInterval(timer);
  }, [pollMs, refresh, state.status]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, refresh, reload };
}
