// What an export holds: the rows the filters show, in the order on screen, as typed cells.
//
// Decision (issue #5): an export is what the coordinator sees, so headers and values are labels in the chosen
// language (phase names, priority groups, status), not stored keys. Dates stay ISO: CSV writes `YYYY-MM-DD`, the
// workbook real date cells; numbers stay numbers (percent as 0–100). A list in one cell is joined with ", ".
import type { Language, PhaseModel } from '../model/types';
import type { PortfolioViewRow } from './portfolioView';
import { translator } from '../i18n/defineMessages';
import { portfolioColumnStrings } from './strings';
import { phasesInOrder } from '../model/lookup';

export type ExportCell = string | number | Date | undefined;
export type ExportColumnType = 'text' | 'number' | 'date';

export interface ExportColumn {
  key: string;
  header: string;
  type: ExportColumnType;
  /** Width in characters, for the workbook. */
  width: number;
}

export interface ExportTable {
  /** Sheet name and file name stem. */
  name: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

/** The local calendar day of an ISO time, as a Date at UTC midnight: what a spreadsheet date cell holds. */
export function calendarDay(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return undefined;
  return new Date(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()));
}

export function portfolioExportTable(rows: readonly PortfolioViewRow[], model: PhaseModel, language: Language, name = 'Portefolje'): ExportTable {
  const t = translator(portfolioColumnStrings, language);
  const phases = phasesInOrder(model);
  const col = (key: string, header: string, type: ExportColumnType, width: number): ExportColumn => ({ key, header, type, width });
  const columns: ExportColumn[] = [
    col('title', t('title'), 'text', 36),
    col('municipalities', t('municipalities'), 'text', 24),
    col('hospitalUnit', t('hospitalUnit'), 'text', 20),
    col('targetGroups', t('targetGroups'), 'text', 30),
    col('phase', t('phase'), 'text', 22),
    col('phaseEnteredAt', t('phaseEnteredAt'), 'date', 14),
    col('daysInPhase', t('daysInPhase'), 'number', 10),
    ...phases.map((p) => col(`progress:${p.key}`, t('progressPhase', { phase: p.shortLabel[language] }), 'number', 12)),
    col('missingCount', t('missingCount'), 'number', 12),
    col('missingList', t('missingList'), 'text', 50),
    col('openInCurrentPhase', t('openInCurrentPhase'), 'number', 12),
    col('openDualConfirmations', t('openDualConfirmations'), 'number', 12),
    col('gateOverrideCount', t('gateOverrideCount'), 'number', 12),
    col('gateOverrideReasons', t('gateOverrideReasons'), 'text', 50),
    col('lastActivityAt', t('lastActivityAt'), 'date', 14),
    col('stalled', t('stalled'), 'text', 10),
    col('lifecycleStatus', t('lifecycleStatus'), 'text', 12),
    col('modelVersion', t('modelVersion'), 'text', 12),
    col('link', t('link'), 'text', 40),
  ];
  const cells = (v: PortfolioViewRow): ExportCell[] => [
    v.title,
    v.municipalities.join(', '),
    v.hospitalUnit,
    v.targetGroupLabels.join(', '),
    v.phaseKey === undefined && v.row.rawPhase === undefined ? undefined : v.phaseLabel,
    calendarDay(v.phaseEnteredAt),
    v.daysInPhase,
    ...phases.map((p) => v.progress.find((x) => x.phaseKey === p.key)?.percent ?? 0),
    v.missingInPassedPhases,
    v.missingRequirementLabels.join('\n'),
    v.openInCurrentPhase,
    v.openDualConfirmations,
    v.gateOverrides.length,
    v.gateOverrides.map((o) => (o.phaseLabel ? `${o.phaseLabel}: ${o.reason}` : o.reason)).join('\n'),
    calendarDay(v.lastActivityAt),
    v.stalled ? t('yes') : t('no'),
    v.lifecycleStatus ? t(v.lifecycleStatus) : undefined,
    v.modelVersion,
    v.link,
  ];
  return { name, columns, rows: rows.map(cells) };
}
