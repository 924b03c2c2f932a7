// The FSU/SSU report, read back from the .docx file itself (jszip): the requirements most often marked not relevant
// with their three reasons and projects, projects per phase, the confirmation balance, open feedback, stalled
// projects, in the coordinator's language with Norwegian dates and numbers.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { reportContent } from '../../src/export/insightReport/reportContent';
import { reportDocx } from '../../src/export/insightReport/reportDocx';
import { buildInsight, insightProject } from '../../src/domain/insight/buildInsight';
import { projectEvidence } from '../../src/domain/evidence/projectEvidence';
import { summarizeProject } from '../../src/domain/summary';
import type { Feedback } from '../../src/domain/feedback';
import type { IntentBody } from '../../src/domain/types';
import type { PortfolioRow } from '../../src/domain/portfolio/types';
import { applyAll, emptyState, model } from '../../testkit/domainFixtures';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const SINGLE = model.phases[0]!.checklist.find((d) => !d.requiresBothSides)!;
const BEGGE = model.phases[0]!.checklist.find((d) => d.requiresBothSides)!;

function project(title: string, phase: string, bodies: IntentBody[], lastActivityAt: string) {
  const start = emptyState(phase, `key-${title}`);
  const state = applyAll({ ...start, project: { ...start.project, title } }, bodies);
  const summary = summarizeProject(model, state, []);
  const row: PortfolioRow = {
    itemId: title, projectKey: state.project.projectKey, title, municipalities: [], hospitalUnit: '', targetGroups: [], currentPhase: phase,
    phaseEnteredAt: state.project.phaseEnteredAt, lifecycleStatus: 'active', lastActivityAt, progress: {}, missingRequirements: [], missingInPassedPhases: 0,
    openInCurrentPhase: summary.openInCurrentPhase, missingCount: 0, openDualConfirmations: summary.openDualConfirmations, gateOverrides: [], anomalies: [], model,
    evidence: { kind: 'ok', evidence: projectEvidence(state, { participants: [], phaseHistory: [] }) },
  };
  return insightProject(row, model);
}

async function documentText(blob: Blob): Promise<string> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<w:p[ >][^]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
}

describe('the FSU/SSU report', () => {
  it('holds the three reasons with their projects, the projects per phase, the balance, open feedback and a stalled project', async () => {
    const nr = (reason: string): IntentBody => ({ kind: 'setStatus', itemKey: SINGLE.key, status: 'notRelevant', reason });
    const projects = [
      project('Lungepasienter hjem', 'forankring', [nr('Dekket av kommunens egen plan')], '2026-12-01T00:00:00Z'),
      project('Bo trygt hjemme', 'forankring', [nr('Ikke aktuelt for små kommuner')], '2026-12-01T00:00:00Z'),
      project('Digital hjemmeoppfølging', 'utforske', [nr('Avklart i SSU'), { kind: 'confirm', itemKey: BEGGE.key, side: 'kommune' }], '2026-09-01T00:00:00Z'),
    ];
    const feedback: Feedback[] = [{ id: 'f', target: { kind: 'requirement', key: BEGGE.key }, kind: 'unclear', text: 'Hvem godkjenner mandatet?', modelVersion: model.version, projectKey: 'key-Bo trygt hjemme', at: '2026-11-30T10:00:00Z', author: { id: 'i', name: 'Ingrid Hansen' } }];
    const insight = buildInsight(projects, { reference: model, feedback, now: NOW });
    const text = await documentText(await reportDocx(reportContent(insight, projects, { reference: model, language: 'nb', now: NOW })));

    expect(text).toContain('Felles modell – rapport til samarbeidsutvalget');
    expect(text).toContain('Laget 7. desember 2026. 3 prosjekter, 3 med data.');
    expect(text).toContain(`${SINGLE.label.nb}: 3 prosjekter.`);
    for (const line of ['Lungepasienter hjem: «Dekket av kommunens egen plan»', 'Bo trygt hjemme: «Ikke aktuelt for små kommuner»', 'Digital hjemmeoppfølging: «Avklart i SSU»']) expect(text).toContain(line);
    // Projects per phase: 0-fase 2, Utforske 1, as the table's rows say.
    const forankring = model.phases[0]!.label.nb;
    const utforske = model.phases[1]!.label.nb;
    expect(text).toMatch(new RegExp(`${forankring}\n2\n█{20}\n`));
    expect(text).toMatch(new RegExp(`${utforske}\n1\n█{10}\n`));
    // Norwegian numbers: a decimal comma.
    expect(text).toMatch(/median \d+,\d dager\)/);
    expect(text).toContain('Bekreftelser fra begge parter har ventet 0 ganger på kommunen (median – dager) og 1 ganger på sykehuset');
    expect(text).toContain(`Uklart om «${BEGGE.label.nb}» (Ingrid Hansen, Bo trygt hjemme, 30. november 2026): Hvem godkjenner mandatet?`);
    expect(text).toContain(`Digital hjemmeoppfølging (${utforske}): stille i 97 dager. Venter på kommunen: ingen. Venter på sykehuset: ${BEGGE.label.nb}.`);
  });

  it('is in the coordinator’s language', async () => {
    const insight = buildInsight([], { reference: model, feedback: [], now: NOW });
    const text = await documentText(await reportDocx(reportContent(insight, [], { reference: model, language: 'en', now: NOW })));
    expect(text).toContain('Felles modell – report to the cooperation committee');
    expect(text).toContain('No project has stalled.');
  });
});
