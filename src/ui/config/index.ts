// The config room's public face: the configuration page a channel tab opens once.
export { ConfigPage } from './ConfigPage';
export type { ConfigPageProps } from './ConfigPage';
