import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'pending' } | { status: 'done'; value: T } | { status: 'failed'; error: unknown };

type Keyed<T> = AsyncState<T> & { key: string };

/**
 * Runs `load` when `key` changes (and on `reload()`). An answer is only ever returned for the key it was loaded for:
 * in the render where the key has just changed the state is pending, never the old key's value (a dev-user switch
 * once built the new person's services from the previous person's token that way).
 */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<Keyed<T>>({ status: 'pending', key });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'pending', key });
    load().then(
      (value) => current && setState({ status: 'done', value, key }),
      (error: unknown) => current && setState({ status: 'failed', error, key }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when its inputs changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  if (state.key !== key) return { status: 'pending', reload };
  const { key: _loadedFor, ...answer } = state;
  return { ...(answer as AsyncState<T>), reload };
}
