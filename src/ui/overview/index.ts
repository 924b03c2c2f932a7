// The overview room's public face: the #/overview route. The shell loads this file on demand, so the overview and
// its exports cost the channel tab nothing.
export { OverviewPage } from './OverviewPage';
