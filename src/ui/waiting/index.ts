// The waiting room's public face: the personal page "Venter på meg" (loaded on demand by the shell) and the strip
// above a project's checklist.
export { WaitingStrip } from './WaitingStrip';
export const loadWaitingPage = () => import('./WaitingPage');
