// `npm run bench`: what users feel, against the budgets of issue #6 and a naive baseline run side by side, on the
// Graph emulator with injected latency per round trip. `--json` prints one JSON object instead of the table
// (keys documented in docs/performance.md, "`--json` keys"). Options: --runs N (default 5), --latency MS (default 50),
// --steady-seconds S (default 30), --sizes 100,1000,5000, --no-bundle, --no-reference (skip the 0 ms column),
// --tenant-meetings N (default 40; 0 skips the tenant under load), --no-meeting (skips the meeting profile),
// --only a,b (only these scenarios: open, tick, propagation, overview, catchUp, load, staleness, meeting, tenantLoad, insight,
// waiting, bundle, reference; the others are null in the JSON and left out of the table).
// Nothing here is a test: no timed assertion belongs in `npm test`.
import 'fake-indexeddb/auto';
import os from 'node:os';
import { trustEmulatorCert } from './lib/trustEmulatorCert';
import { startWorld, ITEM_KEYS } from './lib/benchWorld';
import type { Figure } from './lib/measure';
import { kb, ms, renderMarkdown, renderTable, row } from './lib/report';
import type { TableRow } from './lib/report';
import { openScenario } from './scenarios/open';
import type { OpenResult } from './scenarios/open';
import { tickScenario } from './scenarios/tick';
import type { TickResult } from './scenarios/tick';
import { propagationScenario } from './scenarios/propagation';
import { overviewScenario } from './scenarios/overview';
import { insightScenario } from './scenarios/insight';
import { catchUpScenario, CHANGES } from './scenarios/catchUp';
import { loadModel, ruPerPoll, steadyState, TICKS_PER_MEETING_USER_PER_MINUTE } from './scenarios/load';
import { bundleScenario } from './scenarios/bundle';
import { meetingScenario, RU_BUDGET } from './scenarios/meeting';
import type { MeetingResult } from './scenarios/meeting';
import { PROPAGATION_UNDER_LOAD_P95_MS, tenantLoadScenario } from './scenarios/tenantLoad';
import type { TenantLoadResult } from './scenarios/tenantLoad';
import { portfolioStalenessScenario } from './scenarios/portfolioStaleness';
import { waitingScenario } from './scenarios/waiting';
import type { WaitingResult } from './scenarios/waiting';
import { MEETING_POLL_MS } from '../src/store/sync';

interface Args {
  json: boolean;
  /** The table as Markdown, for docs/performance.md. */
  markdown: boolean;
  runs: number;
  latencyMs: number;
  steadySeconds: number;
  sizes: number[];
  bundle: boolean;
  reference: boolean;
  meeting: boolean;
  tenantMeetings: number;
  /** undefined = every scenario. */
  only?: Set<string>;
}

export const SCENARIOS = ['open', 'tick', 'propagation', 'overview', 'catchUp', 'load', 'staleness', 'meeting', 'tenantLoad', 'insight', 'waiting', 'bundle', 'reference'] as const;

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const only = value('--only')?.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = only?.filter((name) => !(SCENARIOS as readonly string[]).includes(name)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: unknown scenario ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})`);
  return {
    ...(only ? { only: new Set(only) } : {}),
    json: argv.includes('--json'),
    markdown: argv.includes('--markdown'),
    runs: Number(value('--runs') ?? 5),
    latencyMs: Number(value('--latency') ?? 50),
    steadySeconds: Number(value('--steady-seconds') ?? 30),
    sizes: (value('--sizes') ?? '100,1000,5000').split(',').map(Number),
    bundle: !argv.includes('--no-bundle'),
    reference: !argv.includes('--no-reference'),
    meeting: !argv.includes('--no-meeting'),
    tenantMeetings: Number(value('--tenant-meetings') ?? 40),
  };
}

const FRAME_MS = 1000 / 60;
const ms1 = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
const BUNDLE_BUDGET_BYTES = 200_000;
/** The meeting's RU for its budget: compression can only lose polls, so the higher of measured and modelled. */
const meetingRu = (meeting: MeetingResult): number => Math.max(meeting.ruPerParticipantPerMinute.ours, meeting.ruPerParticipantPerMinute.modelled);

async function main(): Promise<void> {
  await trustEmulatorCert();
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const log = (line: string): void => {
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
  };
  const world = await startWorld();
  try {
    log(`bench: emulator ${world.emulator.baseUrl}, ${args.latencyMs} ms per round trip, ${args.runs} runs each`);

    const want = (name: typeof SCENARIOS[number]): boolean => args.only === undefined || args.only.has(name);
    // The RU model (scenario 6) needs the tick's, the catch-up's and a poll's cost: measured whenever it is used.
    const needModel = want('load') || want('meeting');
    // 11 before 4: "Venter på meg" reads a Portfolio of a helsefellesskap's size (40 projects), not the overview's thousands.
    let waiting: WaitingResult | undefined;
    if (want('waiting')) {
      log('bench: 11. Venter på meg for a person in 20 projects (seeding 40 projects without latency)');
      waiting = await waitingScenario(world, args.runs, args.latencyMs);
    }
    // 4 first of the rest, so the Portfolio list holds the seeded projects.
    let overview: Awaited<ReturnType<typeof overviewScenario>> = [];
    if (want('overview')) {
      log('bench: 4. overview (seeding Portfolio rows without latency)');
      overview = await overviewScenario(world, args.sizes, args.runs, args.latencyMs);
    }

    await world.latency(0);
    const projects = await Promise.all(Array.from({ length: 7 }, () => world.project()));
    const [pOpen, pTick, pPropOurs, pPropNaive, pCatch, pLoad, pTickNaive] = projects as [typeof projects[0], typeof projects[0], typeof projects[0], typeof projects[0], typeof projects[0], typeof projects[0], typeof projects[0]];
    await world.latency(args.latencyMs);

    let open: OpenResult | undefined;
    if (want('open')) {
      log('bench: 1. open');
      open = await openScenario(world, args.runs, pOpen.projectKey, 'l');
    }
    let tick: TickResult | undefined;
    if (want('tick') || needModel) {
      log('bench: 2. tick');
      tick = await tickScenario(world, args.runs, { ours: pTick, naive: pTickNaive }, { ours: ITEM_KEYS[3] as string, naive: ITEM_KEYS[4] as string }, 'l');
    }
    let catchUp: Awaited<ReturnType<typeof catchUpScenario>> | undefined;
    if (want('catchUp') || needModel) {
      log(`bench: 5. catch-up after ${CHANGES} changes`);
      catchUp = await catchUpScenario(world, args.runs, pCatch.projectKey);
    }
    let model: ReturnType<typeof loadModel> | undefined;
    let perPoll: Awaited<ReturnType<typeof ruPerPoll>> | undefined;
    if (needModel && tick && catchUp) {
      log('bench: 6. RU per poll');
      perPoll = await ruPerPoll(world, pLoad.projectKey);
      model = loadModel({ perPoll, perTick: tick.confirm.ours.ru }, { perPoll: catchUp.naive.ru, perTick: tick.confirm.naive.ru });
    }
    let propagation: Awaited<ReturnType<typeof propagationScenario>> | undefined;
    if (want('propagation')) {
      log('bench: 3. propagation (meeting-panel polling, ours and naive at the same time)');
      propagation = await propagationScenario(world, args.runs, pPropOurs, pPropNaive, ITEM_KEYS[4] as string, 'l');
    }
    let steady: Awaited<ReturnType<typeof steadyState>> | undefined;
    if (want('load') && model) {
      log(`bench: 6. steady state: 3 meeting panels for ${args.steadySeconds} s`);
      steady = await steadyState(world, pLoad.projectKey, args.steadySeconds, 'l', model);
    }

    let insight: Awaited<ReturnType<typeof insightScenario>> | undefined;
    if (want('insight')) {
      log('bench: 11. Innsikt (its own coordination site; seeding Portfolio rows without latency)');
      insight = await insightScenario(world, args.sizes, args.runs, args.latencyMs);
      await world.latency(args.latencyMs);
    }
    let staleness: Awaited<ReturnType<typeof portfolioStalenessScenario>> | undefined;
    if (want('staleness')) {
      log('bench: 10. RU per tick and Portfolio staleness after a burst of ticks');
      staleness = await portfolioStalenessScenario(world);
    }
    let meeting: MeetingResult | undefined;
    if (args.meeting && want('meeting') && model) meeting = await meetingScenario(world, args.latencyMs, model, log);
    let tenantLoad: TenantLoadResult | undefined;
    let tenantLoadError: string | undefined;
    if (args.tenantMeetings > 0 && want('tenantLoad')) {
      try {
        tenantLoad = await tenantLoadScenario(world, args.tenantMeetings, args.latencyMs, log);
      } catch (error) {
        tenantLoadError = error instanceof Error ? error.message : String(error);
        log(`bench: 9. tenant under load failed: ${tenantLoadError}`);
        await world.emulator.admin.setSettings({ tenantRuPerMinute: 0, enforceUniqueColumns: true });
      }
    }
    await world.latency(args.latencyMs);

    let reference: { openCold: OpenResult['cold']; tick: TickResult; catchUp: { ours: Figure; naive: Figure } } | undefined;
    if (args.reference && want('reference')) {
      log('bench: reference column at 0 ms latency');
      await world.latency(0);
      const runs = Math.min(3, args.runs);
      reference = {
        openCold: (await openScenario(world, runs, pOpen.projectKey, 'z')).cold,
        tick: await tickScenario(world, runs, { ours: pTick, naive: pTickNaive }, { ours: ITEM_KEYS[5] as string, naive: ITEM_KEYS[6] as string }, 'z'),
        catchUp: await catchUpScenario(world, runs, pCatch.projectKey),
      };
    }
    await world.close();

    let bundle;
    if (args.bundle && want('bundle')) {
      log('bench: 7. bundle (vite build into .local/bench-dist)');
      bundle = await bundleScenario();
    }

    const projectBundle = bundle?.routes.find((r) => r.module.includes('project/'));
    const budgets = [
      ...(open ? [
        { key: 'openCold.paintRoundTrips', text: 'cold open ≤ 2 round trips after sign-in', value: open.cold.oursStages.paintRoundTrips, met: open.cold.oursStages.paintRoundTrips <= 2 },
        { key: 'openWarm.paintRoundTrips', text: 'warm open paints cached state before any round trip', value: open.warm.oursStages.paintRoundTrips, met: open.warm.oursStages.paintRoundTrips === 0 && open.warm.oursStages.paintedFromCache },
        { key: 'openWarm.revalidateAfterPaintRoundTrips', text: 'warm open revalidates in 1 round trip', value: open.warm.oursStages.revalidateAfterPaintRoundTrips, met: open.warm.oursStages.revalidateAfterPaintRoundTrips <= 1 },
      ] : []),
      ...(tick && want('tick') ? [
        { key: 'tick.screenMs.ours.median', text: 'tick on screen within one frame (16.7 ms)', value: tick.screenMs.ours.median, met: tick.screenMs.ours.max <= FRAME_MS },
        { key: 'tick.confirm.ours.roundTrips', text: 'tick confirmed in 1 round trip', value: tick.confirm.ours.roundTrips, met: tick.confirm.ours.roundTrips <= 1 },
      ] : []),
      ...(propagation ? [{ key: 'propagation.ours.median', text: 'propagation ≤ 3 s in a meeting', value: propagation.ours.median, met: propagation.ours.median <= 3000 }] : []),
      ...(model && want('load') ? [
        // Issue 20 restates the old "≤ 12 with 2 ticks a minute" and "300 meeting users fit 3,600 RU/min" rows as the
        // 16 RU per participant-minute of the realistic meeting (scenario 8): the quiet pace alone is checked here.
        { key: 'load.perUserPerMinute.ours.meetingPollingOnly', text: `≤ ${RU_BUDGET} RU per meeting user per minute (polling, quiet)`, value: model.perUserPerMinute.ours.meetingPollingOnly, met: model.perUserPerMinute.ours.meetingPollingOnly <= RU_BUDGET },
      ] : []),
      ...overview.map((o) => ({ key: `overview.${o.projects}.refresh.ours.roundTrips`, text: `overview (${o.projects}) refresh 1 round trip`, value: o.refresh.ours.roundTrips, met: o.refresh.ours.roundTrips <= 1 })),
      ...(meeting ? [
        { key: 'meeting.propagation.p50', text: 'meeting: propagation during bursts ≤ 1.5 s at the median', value: meeting.propagation.p50, met: meeting.propagation.p50 <= 1500 },
        { key: 'meeting.propagation.p95', text: 'meeting: propagation during bursts ≤ 3 s at p95', value: meeting.propagation.p95, met: meeting.propagation.p95 <= 3000 },
        { key: 'meeting.ruPerParticipantPerMinute.ours', text: `meeting: ≤ ${RU_BUDGET} RU per participant per minute over the hour (the higher of measured and modelled)`, value: meetingRu(meeting), met: meetingRu(meeting) <= RU_BUDGET },
      ] : []),
      ...(tenantLoadError ? [{ key: 'tenantLoad.lostTicks', text: `tenant under load: failed (${tenantLoadError})`, value: -1, met: false }] : []),
      ...(tenantLoad ? [
        { key: 'tenantLoad.lostTicks', text: `tenant under load (${tenantLoad.participants} participants): 0 lost ticks`, value: tenantLoad.lostTicks, met: tenantLoad.lostTicks === 0 },
        { key: 'tenantLoad.duplicatedTicks', text: 'tenant under load: 0 duplicated ticks', value: tenantLoad.duplicatedTicks, met: tenantLoad.duplicatedTicks === 0 },
        { key: 'tenantLoad.share429', text: 'tenant under load: at most 1 % of requests answered 429', value: tenantLoad.share429, met: tenantLoad.share429 <= 0.01 },
        { key: 'tenantLoad.ruPerMinuteTimeline', text: 'tenant under load: metered RU per budget minute not above the budget', value: Math.max(...tenantLoad.ruPerMinuteTimeline), met: Math.max(...tenantLoad.ruPerMinuteTimeline) <= tenantLoad.tenantRuPerMinute },
        { key: 'tenantLoad.propagation.p95', text: 'tenant under load: propagation p95 ≤ 10 s', value: tenantLoad.propagation.p95, met: tenantLoad.propagation.p95 <= PROPAGATION_UNDER_LOAD_P95_MS },
      ] : []),
      ...(insight?.sizes ?? []).flatMap((s) => [
        { key: `insight.${s.projects}.cold.roundTrips`, text: `Innsikt (${s.projects}) ≤ 2 round trips after sign-in`, value: s.cold.roundTrips, met: s.cold.roundTrips <= 2 },
        { key: `insight.${s.projects}.cold.ru`, text: `Innsikt (${s.projects}) ≤ 10 RU`, value: s.cold.ru, met: s.cold.ru <= 10 },
      ]),
      ...(staleness ? [
        { key: 'staleness.ruPerTick', text: 'RU per tick < 8 (deferred writes included)', value: staleness.ruPerTick, met: staleness.ruPerTick < 8 },
        { key: 'staleness.portfolioStaleMs', text: 'Portfolio ≤ 60 s stale after the last tick', value: staleness.portfolioStaleMs ?? -1, met: staleness.portfolioStaleMs !== null && staleness.portfolioStaleMs <= 60_000 },
      ] : []),
      ...(waiting ? [
        { key: 'waiting.cold.ours.roundTrips', text: `Venter på meg (${waiting.projects} projects) ≤ 2 round trips`, value: waiting.cold.ours.roundTrips, met: waiting.cold.ours.roundTrips <= 2 },
        { key: 'waiting.cold.ours.ru', text: `Venter på meg (${waiting.projects} projects) ≤ 10 RU`, value: waiting.cold.ours.ru, met: waiting.cold.ours.ru <= 10 },
      ] : []),
      ...(projectBundle ? [{ key: 'bundle.projectView.gzipBytes', text: 'project view first-paint JS ≤ 200 kB gzip', value: projectBundle.gzipBytes, met: projectBundle.gzipBytes <= BUNDLE_BUDGET_BYTES }] : []),
    ];
    const met = (key: string): boolean | undefined => budgets.find((b) => b.key === key)?.met;

    const result = {
      machine: { cores: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}`, emulator: 'loopback HTTPS, in-memory SQLite', latencyMsPerRoundTrip: args.latencyMs, runs: args.runs, at: new Date().toISOString(), seconds: 0 },
      only: args.only ? [...args.only] : null,
      openCold: open?.cold ?? null,
      openWarm: open?.warm ?? null,
      tick: tick ?? null,
      propagation: propagation ?? null,
      overview: want('overview') ? Object.fromEntries(overview.map((o) => [String(o.projects), o])) : null,
      catchUp: catchUp ? { changes: CHANGES, ...catchUp } : null,
      load: model ? { ...model, steady: steady ?? null } : null,
      bundle: bundle ?? null,
      meeting: meeting ?? null,
      tenantLoad: tenantLoad ?? (tenantLoadError ? { error: tenantLoadError } : null),
      staleness: staleness ?? null,
      insight: insight ? { ...insight, sizes: Object.fromEntries(insight.sizes.map((s) => [String(s.projects), s])) } : null,
      waiting: waiting ?? null,
      reference0ms: reference ?? null,
      budgets,
    };
    result.machine.seconds = Math.round((performance.now() - started) / 1000);

    if (args.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }

    const rows: TableRow[] = [
      ...(open ? [
        row('1 open cold → revalidated', open.cold.ours, open.cold.naive),
        row('  first paint: round trips', `${open.cold.oursStages.paintRoundTrips} RT (locate ${open.cold.oursStages.locateRoundTrips} + /me ${open.cold.oursStages.meRoundTrips} + session ${open.cold.oursStages.sessionPaintRoundTrips}) · ${ms(open.cold.oursStages.paintMs)}`, `${open.cold.naive.roundTrips} RT · ${ms(open.cold.naive.ms)}`, { text: '≤ 2 RT after sign-in', met: met('openCold.paintRoundTrips') }, '—'),
        row('1 open warm → revalidated', open.warm.ours, open.warm.naive),
        row('  first paint (cached)', `${open.warm.oursStages.paintRoundTrips} RT (session alone ${open.warm.oursStages.sessionPaintRoundTrips}) · ${ms(open.warm.oursStages.paintMs)}`, `no cache: ${open.warm.naive.roundTrips} RT · ${ms(open.warm.naive.ms)}`, { text: 'paint before any RT', met: met('openWarm.paintRoundTrips') }, '—'),
      ] : []),
      ...(open ? [
        row('  revalidate after paint', `${open.warm.oursStages.revalidateAfterPaintRoundTrips} RT (session alone ${open.warm.oursStages.sessionRevalidateRoundTrips - open.warm.oursStages.sessionPaintRoundTrips})`, '—', { text: '1 RT', met: met('openWarm.revalidateAfterPaintRoundTrips') }, '—'),
        // Issue 12: the same opens with the project's model read inside their batches (uncompressed bytes).
        row('  with the model: cold', `${open.cold.model.roundTrips} RT · ${kb(open.cold.model.bytes)} (model ${kb(open.cold.model.modelBytes)})`, '—', { text: '≤ 2 RT after sign-in', met: open.cold.model.roundTrips <= 2 && open.cold.model.onRecordedVersion }, '—'),
        row('  with the model: warm load', `${open.warm.model.roundTrips} RT · ${kb(open.warm.model.bytes)} (model ${kb(open.warm.model.modelBytes)})`, '—', undefined, '—'),
      ] : []),
      ...(tick && want('tick') ? [
        row('2 tick: on screen', ms(tick.screenMs.ours), `${ms(tick.screenMs.naive)} (after Graph)`, { text: '≤ 1 frame (16.7 ms)', met: met('tick.screenMs.ours.median') }, `×${Math.round(tick.screenMs.naive.median / Math.max(tick.screenMs.ours.median, 0.01))}`),
        row('2 tick: confirmed', tick.confirm.ours, tick.confirm.naive, { text: '1 RT', met: met('tick.confirm.ours.roundTrips') }),
      ] : []),
      ...(propagation ? [
        row(`3 propagation (poll ${propagation.pollIntervalMs / 1000} s)`, ms(propagation.ours), ms(propagation.naive), { text: '≤ 3 s', met: met('propagation.ours.median') }, `×${(propagation.naive.median / propagation.ours.median).toFixed(1)} time`),
      ] : []),
      ...overview.flatMap((o) => [
        row(`4 overview ${o.projects.toLocaleString('en')} cold`, o.cold.ours, o.cold.naive),
        row(`4 overview ${o.projects.toLocaleString('en')} refresh`, o.refresh.ours, o.refresh.naive, { text: '1 RT', met: o.refresh.ours.roundTrips <= 1 }),
      ]),
      ...(catchUp && want('catchUp') ? [row(`5 catch-up after ${CHANGES} changes`, catchUp.ours, catchUp.naive)] : []),
      ...(model && perPoll && want('load') ? [
        row('6 RU per poll', `idle ${perPoll.idle} · others' ticks ${perPoll.withItemChanges} · project change ${perPoll.withProjectChange}`, `${model.ruPerPoll.naive} (reload)`, undefined, `×${(model.ruPerPoll.naive / perPoll.idle).toFixed(0)}`),
        row('6 RU per tick', String(model.ruPerTick.ours), String(model.ruPerTick.naive), undefined, `×${(model.ruPerTick.naive / model.ruPerTick.ours).toFixed(1)}`),
        row('6 RU/user/min meeting, polling', String(model.perUserPerMinute.ours.meetingPollingOnly), String(model.perUserPerMinute.naive.meetingPollingOnly), { text: `≤ ${RU_BUDGET}`, met: met('load.perUserPerMinute.ours.meetingPollingOnly') }, `×${(model.perUserPerMinute.naive.meetingPollingOnly / model.perUserPerMinute.ours.meetingPollingOnly).toFixed(0)}`),
        row(`6 RU/user/min meeting, +${TICKS_PER_MEETING_USER_PER_MINUTE} ticks/min`, String(model.perUserPerMinute.ours.meeting), String(model.perUserPerMinute.naive.meeting), undefined, `×${(model.perUserPerMinute.naive.meeting / model.perUserPerMinute.ours.meeting).toFixed(0)}`),
        row('6 RU/user/min channel tab visible', String(model.perUserPerMinute.ours.channelTab), String(model.perUserPerMinute.naive.channelTab)),
        row('6 RU/user/min hidden', String(model.perUserPerMinute.ours.hidden), String(model.perUserPerMinute.naive.hidden)),
        ...model.concurrentMeetingUsers.map((c) => row(`6 meeting users at ${c.ruPerMinute.toLocaleString('en')} RU/min (${c.licences})`, `${c.ours} (polling only ${c.oursPollingOnly})`, String(c.naive), undefined, '—')),
      ] : []),
      ...(steady ? [row(`6 steady, measured (${steady.users} panels, ${steady.seconds} s)`, `${steady.meanRuPerUserPerMinute} RU/user/min [${steady.ruPerUserPerMinute.join(', ')}]`, '—', { text: `model ${steady.modelRuPerUserPerMinute}` }, '—')] : []),
      ...(meeting ? [
        row(`8 meeting: propagation in bursts p50 / p95 (${meeting.propagation.samples} tick × reader)`, `${ms1(meeting.propagation.p50)} / ${ms1(meeting.propagation.p95)} (max ${ms1(meeting.propagation.max)})`, propagation ? `${ms(propagation.naive)} (fixed reload, scenario 3)` : "—", { text: '≤ 1.5 s / ≤ 3 s', met: met('meeting.propagation.p50') === true && met('meeting.propagation.p95') === true }, '—'),
        row('  first tick of a burst p50 / max', `${ms1(meeting.propagation.firstOfBurst.p50)} / ${ms1(meeting.propagation.firstOfBurst.max)}`, '—', undefined, '—'),
        row('  later ticks of a burst p50 / p95', `${ms1(meeting.propagation.afterFirst.p50)} / ${ms1(meeting.propagation.afterFirst.p95)}`, '—', undefined, '—'),
        ...meeting.pacingModel.rows.map((m) => row(`  model: quiet ${m.quietMs / 1000} s${m.quietMs === MEETING_POLL_MS ? ' (the product\'s)' : ''}: p50 / p95 · RU/participant/min · runs live`, `${ms1(m.p50)} / ${ms1(m.p95)} · ${m.ruPerParticipantPerMinute} · ${Math.round(m.runsMeetingLive * 100)} %`, '—', undefined, '—')),
        row(`  model: p95 ≤ 3 s needs quiet ≤ / ${RU_BUDGET} RU allows quiet ≥`, `${meeting.pacingModel.longestQuietMeetingP95Ms === null ? 'none modelled' : ms1(meeting.pacingModel.longestQuietMeetingP95Ms)} / ${meeting.pacingModel.shortestQuietWithinRuBudgetMs === null ? 'none modelled' : ms1(meeting.pacingModel.shortestQuietWithinRuBudgetMs)}`, '—', undefined, '—'),
        row(`8 meeting: RU/participant/min over ${meeting.minutes} min (×${meeting.ruTimeScale} compressed / modelled)`, `${meeting.ruPerParticipantPerMinute.ours} / ${meeting.ruPerParticipantPerMinute.modelled}`, `${meeting.ruPerParticipantPerMinute.naive} (modelled)`, { text: `≤ ${RU_BUDGET}`, met: met('meeting.ruPerParticipantPerMinute.ours') }, `×${(meeting.ruPerParticipantPerMinute.naive / meetingRu(meeting)).toFixed(0)}`),
      ] : []),
      ...(tenantLoad ? [
        row(`9 tenant: ${tenantLoad.meetings} meetings, ${tenantLoad.participants} participants, ${tenantLoad.tenantRuPerMinute} RU/min`, `${tenantLoad.ticks} ticks: ${tenantLoad.lostTicks} lost, ${tenantLoad.duplicatedTicks} duplicated, ${tenantLoad.stillQueued} still queued · ${tenantLoad.ruPerMinute} RU/min · ${tenantLoad.seconds} s`, '—', { text: '0 lost, 0 duplicated', met: met('tenantLoad.lostTicks') === true && met('tenantLoad.duplicatedTicks') === true }, '—'),
        row('  requests answered 429', `${tenantLoad.responses429} of ${tenantLoad.requests} (${(tenantLoad.share429 * 100).toFixed(2)} %)`, '—', { text: '≤ 1 %', met: met('tenantLoad.share429') }, '—'),
        row('  metered RU per budget minute', tenantLoad.ruPerMinuteTimeline.join(', '), '—', { text: `≤ ${tenantLoad.tenantRuPerMinute}`, met: met('tenantLoad.ruPerMinuteTimeline') }, '—'),
        row('  propagation under load p50 / p95', `${ms1(tenantLoad.propagation.p50)} / ${ms1(tenantLoad.propagation.p95)} (${tenantLoad.propagation.samples} seen, ${tenantLoad.propagation.notSeen} not within 150 s)`, '—', { text: '≤ 10 s at p95', met: met('tenantLoad.propagation.p95') }, '—'),
        row('  of which the tick confirmed p50 / p95', `${ms1(tenantLoad.confirm.p50)} / ${ms1(tenantLoad.confirm.p95)}`, '—', undefined, '—'),
        row('  RU on polls / on the rest (opens, ticks, catch-ups after 412)', `${tenantLoad.ruSpent.polls} / ${tenantLoad.ruSpent.other} (${tenantLoad.responses412} × 412)`, '—', undefined, '—'),
        row('  the bench process\'s event-loop delay p50 / p99 / max', `${tenantLoad.eventLoopDelayMs.p50} / ${tenantLoad.eventLoopDelayMs.p99} / ${tenantLoad.eventLoopDelayMs.max} ms`, '—', undefined, '—'),
      ] : []),
      ...(staleness ? [
        row(`10 RU per tick (${staleness.ticks} ticks, deferred writes included)`, String(staleness.ruPerTick), model ? String(model.ruPerTick.naive) : '—', { text: '< 8', met: met('staleness.ruPerTick') }, '—'),
        row('10 Portfolio stale after the last tick', staleness.portfolioStaleMs === null ? `not within ${staleness.deadlineMs / 1000} s` : ms1(staleness.portfolioStaleMs), '—', { text: '≤ 60 s', met: met('staleness.portfolioStaleMs') }, '—'),
      ] : []),
      ...(insight ? [
        ...insight.sizes.flatMap((s) => [
          row(`11 Innsikt ${s.projects.toLocaleString('en')} cold (lists looked up)`, s.cold, `${s.naive.roundTrips} RT · ${s.naive.requests} req · ${kb(s.naive.bytes)} · ${s.naive.ru} RU · ${ms1(s.naive.ms)} (modelled)`, { text: '≤ 2 RT, ≤ 10 RU', met: met(`insight.${s.projects}.cold.roundTrips`) === true && met(`insight.${s.projects}.cold.ru`) === true }, '—'),
          row(`11 Innsikt ${s.projects.toLocaleString('en')} lists known`, s.warm, '—', undefined, `figures ${ms1(s.figuresMs)}`),
        ]),
        row(`11 FSU/SSU report (${insight.report.projects} projects, .docx)`, `${ms1(insight.report.ms)} · ${kb(insight.report.bytes)}`, '—'),
      ] : []),
      ...(waiting ? [
        row(`12 Venter på meg, cold (${waiting.projects} of ${waiting.portfolioRows} projects, ${waiting.waitingItems} waiting)`, waiting.cold.ours, waiting.cold.naive, { text: '≤ 2 RT, ≤ 10 RU', met: met('waiting.cold.ours.roundTrips') === true && met('waiting.cold.ours.ru') === true }),
        row('12 Venter på meg, warm (person and list known)', waiting.warm, undefined),
      ] : []),
      ...(bundle?.error ? [row('7 bundle', `build failed: ${bundle.error}`, '—')] : (bundle?.routes ?? []).map((r) => row(`7 first-paint JS ${r.route}`, `${kb(r.gzipBytes)} gzip (${kb(r.rawBytes)} raw, ${r.files.length} files${r.lazy ? ', lazy route' : ''})`, '—', r.module.includes('project/') ? { text: '≤ 200 kB gzip', met: r.gzipBytes <= BUNDLE_BUDGET_BYTES } : undefined, '—'))),
      ...(reference ? [
        row('ref 0 ms: open cold', ms(reference.openCold.ours.ms), ms(reference.openCold.naive.ms), undefined, `×${(reference.openCold.naive.ms.median / reference.openCold.ours.ms.median).toFixed(1)} time`),
        row('ref 0 ms: tick confirmed', ms(reference.tick.confirm.ours.ms), ms(reference.tick.confirm.naive.ms), undefined, `×${(reference.tick.confirm.naive.ms.median / reference.tick.confirm.ours.ms.median).toFixed(1)} time`),
        row('ref 0 ms: catch-up', ms(reference.catchUp.ours.ms), ms(reference.catchUp.naive.ms), undefined, `×${(reference.catchUp.naive.ms.median / reference.catchUp.ours.ms.median).toFixed(1)} time`),
      ] : []),
    ];
    process.stdout.write(`\nFelles modell bench: ${result.machine.cores} cores, Node ${process.version.slice(1)}, emulator on loopback, ${args.latencyMs} ms injected per round trip, median of ${args.runs} runs (min–max); ${result.machine.seconds} s\n`);
    process.stdout.write('RT = round trips on the wire, req = Graph requests (each inside $batch counts), bytes = request + response bodies, RU = SharePoint resource units (emulator meter)\n\n');
    process.stdout.write(`${args.markdown ? renderMarkdown(rows) : renderTable(rows)}\n`);
    const missed = budgets.filter((b) => !b.met);
    process.stdout.write(`\nBudgets met: ${budgets.length - missed.length}/${budgets.length}${missed.length ? `; missed: ${missed.map((b) => b.text).join('; ')}` : ''}\n`);
  } finally {
    await world.close().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
