// Innsikt's public face: the #/innsikt page (loaded on demand by the shell).
export { InsightPage } from './InsightPage';
