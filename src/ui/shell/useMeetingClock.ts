// The meeting a side panel or stage is in, for its summary: the project and the meeting (the key both surfaces of one
// meeting share), the device's record of the day, and what the host says of the start. None on a channel tab.
import { useMemo } from 'react';
import type { MeetingClock } from '../meeting';
import { useShell } from '../base/HostReactContext';
import { useServices } from '../base/ServicesContext';

export function useMeetingClock(projectKey: string, inMeeting: boolean): MeetingClock | undefined {
  const services = useServices();
  const { host } = useShell();
  return useMemo(() => {
    if (!inMeeting) return undefined;
    const clock: MeetingClock = { key: `${projectKey}|${host.context.meetingId ?? ''}`, days: services.meetingDays };
    return host.meetingStart ? { ...clock, hostStart: () => host.meetingStart?.() ?? Promise.resolve(undefined) } : clock;
  }, [projectKey, inMeeting, services, host]);
}
