// How keys are written into SharePoint columns: language-neutral values such as `phase:utforske`, never labels.
import type { PhaseKey } from '../model/types';

const PHASE_PREFIX = 'phase:';

/** `utforske` → `phase:utforske`. */
export function phaseValue(phaseKey: PhaseKey): string {
  return `${PHASE_PREFIX}${phaseKey}`;
}

/** `phase:utforske` → `utforske`; a bare key is accepted as it is (rows written by hand). */
export function phaseKeyFromValue(value: string): PhaseKey {
  return value.startsWith(PHASE_PREFIX) ? value.slice(PHASE_PREFIX.length) : value;
}
