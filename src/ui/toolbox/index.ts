// The toolbox room's public face: the phase toolbox and requirement guidance the project view shows, the words and
// course dates the editor uses, and loaders for the parts other rooms open on demand (the Verktøykasse page and its
// overview, the model upgrade notice), so importing this face never pulls them into the first paint.
export { KIND_LABEL, Toolbox } from './Toolbox';
export type { ToolboxProps } from './Toolbox';
export { RequirementGuidance } from './RequirementGuidance';
export type { RequirementGuidanceProps } from './RequirementGuidance';
export { toolboxStrings } from './strings';
export { isoToday } from './courses';
export { useModelSnapshot } from './useModelSnapshot';
export const loadToolboxPage = () => import('./ToolboxPage');
export const loadModelUpgradeNotice = () => import('./ModelUpgradeNotice');
