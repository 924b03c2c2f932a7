// The Graph request of one "Venter på deg" notice (issue 22): POST /teams/{team}/sendActivityNotification for a
// project whose team is known, else POST /users/{recipient}/teamwork/sendActivityNotification (docs/graph-subset.md,
// "Teams activity feed"). What leaves the app is exactly what docs/security.md lists: the project's name, item titles
// (bokmål, the model's own language: Teams localises only the template) and a count, with a link to the item.
import type { BatchPart } from '../sharepoint/batch';

/** A notice ready to go: whom, about what, and where its link leads. */
export interface WaitingNoticeContent {
  /** Entra object id of the recipient. */
  recipientId: string;
  projectTitle: string;
  /** The newest item the sender's confirmation left waiting. */
  itemTitle: string;
  /** Items waiting for the recipient's side. */
  count: number;
  /** Titles of overdue items named in this notice (each only once). */
  overdueTitles: string[];
  /** Deep link to the item (projectLinks.ts). */
  link: string;
  /** The project team's group id; without it the notice goes to the user's own installation. */
  teamGroupId?: string;
}

/** Teams shows the first 150 characters of a preview. */
const PREVIEW_MAX = 150;
/** How many overdue items one notice names; "…" says there are more. */
const OVERDUE_NAMED_MAX = 3;

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function overdueList(titles: readonly string[]): string {
  const named = titles.slice(0, OVERDUE_NAMED_MAX).map((title) => `«${clip(title, 120)}»`).join(', ');
  return titles.length > OVERDUE_NAMED_MAX ? `${named} …` : named;
}

/** The $batch part that sends the notice (ids the caller's; `dependsOn` its claim on the recipient's row). */
export function activityRequest(notice: WaitingNoticeContent, id: string, dependsOn: string[]): BatchPart {
  const overdue = notice.overdueTitles.length > 0;
  const parameters = [
    { name: 'item', value: clip(notice.itemTitle, 200) },
    { name: 'count', value: String(notice.count) },
    { name: 'project', value: clip(notice.projectTitle, 200) },
    ...(overdue ? [{ name: 'overdue', value: overdueList(notice.overdueTitles) }] : []),
  ];
  const recipient = { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: notice.recipientId };
  const body = {
    topic: { source: 'text', value: clip(notice.projectTitle, 80), webUrl: notice.link },
    ...(overdue ? { activityType: 'itemsOverdue' } : { activityType: 'itemsWaiting' }),
    previewText: { content: clip(`${notice.projectTitle}: ${notice.itemTitle}`, PREVIEW_MAX) },
    templateParameters: parameters,
    ...(notice.teamGroupId ? { recipient } : {}),
  };
  const url = notice.teamGroupId
    ? `/teams/${encodeURIComponent(notice.teamGroupId)}/sendActivityNotification`
    : `/users/${encodeURIComponent(notice.recipientId)}/teamwork/sendActivityNotification`;
  return { id, method: 'POST', url, body, dependsOn };
}
