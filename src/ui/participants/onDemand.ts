// The participants' parts that are not in the first paint (the "Endre" dialog, the "Deltakere" drawer with its
// inline form): one loader each, used by React.lazy, and fetched right after the first paint, so the registry can
// still be read and corrected when the meeting room's network has gone (as src/ui/project/ChecklistItem/onDemand.ts).
import { lazy } from 'react';

export const loadParticipantForm = () => import('./ParticipantForm');
export const loadParticipantsDrawer = () => import('./ParticipantsDrawer');

export const LazyParticipantDialog = lazy(() => loadParticipantForm().then((module) => ({ default: module.ParticipantDialog })));
export const LazyParticipantsDrawer = lazy(() => loadParticipantsDrawer().then((module) => ({ default: module.ParticipantsDrawer })));

let preloaded = false;

export function preloadParticipantParts(): void {
  if (preloaded) return;
  preloaded = true;
  const load = () => void Promise.all([loadParticipantForm(), loadParticipantsDrawer()]).catch(() => (preloaded = false));
  setTimeout(load, 0);
}
