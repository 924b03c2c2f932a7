// When the meeting a side panel or stage is in started, as Teams says: the scheduled start in the meeting's details
// (teams-js meeting.getMeetingDetails). Teams answers it only for apps granted the OnlineMeeting.ReadBasic.Chat
// resource-specific permission, which the manifest asks for (consented for the one meeting chat when the app is added
// to it; a tenant that blocks resource-specific consent refuses); teams-js marks the call as Teams' own, and a host
// may refuse it, never answer, or not support it. Each of those is "Teams does not say", and
// the meeting summary falls back to the device's record of the day.
import { meeting } from '@microsoft/teams-js';

/** A host that has not answered by then will not: the summary does not wait longer for it. */
const ANSWER_WITHIN_MS = 3_000;

export function teamsMeetingStart(): Promise<string | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ANSWER_WITHIN_MS);
    const answer = (start: string | undefined) => {
      clearTimeout(timer);
      resolve(start);
    };
    try {
      meeting.getMeetingDetails((error, details) => {
        const start = error ? undefined : details?.details?.scheduledStartTime;
        answer(typeof start === 'string' && !Number.isNaN(Date.parse(start)) ? start : undefined);
      });
    } catch {
      answer(undefined);
    }
  });
}
