// The model as the app knows it now, revalidated against the coordination site once per mount.
import { useEffect, useState } from 'react';
import type { ModelSnapshot, ModelSource } from '../../store/model/ModelSource';

export function useModelSnapshot(source: ModelSource): ModelSnapshot {
  const [snapshot, setSnapshot] = useState(source.snapshot());
  useEffect(() => {
    const unsubscribe = source.subscribe(setSnapshot);
    void source.refresh();
    return unsubscribe;
  }, [source]);
  return snapshot;
}
