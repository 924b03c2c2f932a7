// The item's parts that are not in the first paint (menu, comment editor, not-relevant dialog): one loader each,
// used by React.lazy, and fetched right after the first paint (not waiting for the browser to be idle: on a busy
// laptop that can take seconds), so they are already there when the meeting room's network drops (a tick and a
// comment work offline; a part that never loaded would not).
export const loadItemMenuPopover = () => import('./ItemMenuPopover');
export const loadCommentEditor = () => import('./CommentEditor');
export const loadNotRelevantDialog = () => import('./NotRelevantDialog');

let preloaded = false;

export function preloadChecklistItemParts(): void {
  if (preloaded) return;
  preloaded = true;
  const load = () => void Promise.all([loadItemMenuPopover(), loadCommentEditor(), loadNotRelevantDialog()]).catch(() => (preloaded = false));
  setTimeout(load, 0);
}
