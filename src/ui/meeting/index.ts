// The meeting surfaces: the side panel and stage view, with its walk-through and meeting summary.
export { MeetingPanelView } from './MeetingPanelView';
