// The editor room's public face: the #/modell route. The shell loads this file on demand.
export { ModelEditorPage } from './ModelEditorPage';
