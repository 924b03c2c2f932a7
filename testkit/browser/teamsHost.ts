// Driving the Teams host simulator (teams-host.html) from a test.
import type { Frame, Page } from 'playwright-core';
import { TEAMS_HOST_PATH } from './testApp';

export interface SimulatorState {
  frameContext: string;
  theme: string;
  calls: string[];
  validity: boolean[];
  configs: { entityId: string; contentUrl: string; websiteUrl?: string; suggestedDisplayName?: string }[];
  handlers: string[];
  notified: unknown[];
  saveResults: { ok: boolean; reason?: string }[];
}

export interface SimulatorOptions {
  frame: 'content' | 'settings' | 'sidePanel' | 'meetingStage';
  /** The app's URL inside the frame, relative to the origin (default `/index.html#/tab`). */
  url?: string;
  theme?: 'default' | 'dark' | 'contrast' | 'glass';
  locale?: string;
  entityId?: string;
  groupId?: string;
  teamSiteUrl?: string;
  channelType?: 'Regular' | 'Private' | 'Shared';
  /** Width of the app's frame in px (the side panel is 320). */
  width?: number;
  /** ISO 8601: the meeting's scheduled start, as meeting.getMeetingDetails answers; without it the host refuses the details. */
  meetingStart?: string;
}

export function simulatorUrl(origin: string, options: SimulatorOptions): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) if (value !== undefined) params.set(key, String(value));
  return `${origin}${TEAMS_HOST_PATH}?${params.toString()}`;
}

export async function openInTeams(page: Page, origin: string, options: SimulatorOptions): Promise<Frame> {
  await page.goto(simulatorUrl(origin, options));
  const handle = await page.waitForSelector('iframe#app');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The simulator has no app frame');
  return frame;
}

export const hostState = (page: Page): Promise<SimulatorState> =>
  page.evaluate(() => (window as unknown as { teamsHost: { state: SimulatorState } }).teamsHost.state);

export const pressHostSave = (page: Page): Promise<void> => page.evaluate(() => (window as unknown as { teamsHost: { save(): void } }).teamsHost.save());

export const switchHostTheme = (page: Page, theme: string): Promise<void> =>
  page.evaluate((value) => (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme(value), theme);
