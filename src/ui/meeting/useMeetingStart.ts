// A meeting surface's hold on when its meeting started: notes the surface's first use today on the device, answers
// with the start as it stands now (see meetingStart.ts), and lets the person choose another.
import { useEffect, useMemo } from 'react';
import { meetingStartOf, todayAt } from './meetingStart';
import type { MeetingClock, MeetingStart } from './meetingStart';

export interface MeetingStartControl {
  /** The start now: asked anew each time the summary loads (a start chosen on the other surface counts). */
  current(): Promise<MeetingStart>;
  /** `09:30` today, or undefined for the start the app finds by itself; resolves with the start then. */
  choose(time: string | undefined): Promise<MeetingStart>;
}

export function useMeetingStart(clock: MeetingClock): MeetingStartControl {
  // The first use of a meeting surface today is when the meeting began on this device, unless Teams or the person says.
  useEffect(() => {
    clock.days.noteActivity(clock.key, (clock.now ?? (() => new Date()))());
  }, [clock]);
  return useMemo(() => {
    const now = clock.now ?? (() => new Date());
    const current = async (): Promise<MeetingStart> => {
      const hostStart = await clock.hostStart?.().catch(() => undefined);
      return meetingStartOf(clock.days.noteActivity(clock.key, now()), hostStart, now());
    };
    return {
      current,
      async choose(time) {
        clock.days.choose(clock.key, time === undefined ? undefined : todayAt(time, now()), now());
        return current();
      },
    };
  }, [clock]);
}
