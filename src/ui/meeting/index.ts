// The meeting room's public face: the side panel and stage view (with its walk-through and meeting summary).
export { MeetingPanelView } from './MeetingPanelView';
