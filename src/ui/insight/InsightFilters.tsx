// Innsikt's filters, as Oversikt's: model version, kommune, sykehusenhet, prioritert gruppe and status. Choices are
// shown as labels and kept as keys; none chosen = all.
import type { JSX } from 'react';
import { Button, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { Language, PhaseModel } from '../../model/types';
import type { InsightFilter, InsightProject } from '../../domain/insight/types';
import { portfolioFilterOptions } from '../../domain/portfolio/filterOptions';
import { LIFECYCLE_STATUSES } from '../../domain/insight/lifecycle';
import { translator } from '../../i18n/defineMessages';
import { insightStrings } from './strings';
import type { InsightMessageKey } from './strings';

const STATUS_LABEL: Record<(typeof LIFECYCLE_STATUSES)[number], InsightMessageKey> = { active: 'statusActive', paused: 'statusPaused', completed: 'statusCompleted', stopped: 'statusStopped' };

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', border: 'none', margin: 0, padding: 0 },
  legend: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  field: { minWidth: '180px', maxWidth: '260px' },
});

export function InsightFilters({ projects, model, filter, language, onChange }: { projects: InsightProject[]; model: PhaseModel; filter: InsightFilter; language: Language; onChange(filter: InsightFilter): void }): JSX.Element {
  const styles = useStyles();
  const t = translator(insightStrings, language);
  const options = portfolioFilterOptions(projects.map((p) => p.row));
  const versions = [...new Set(projects.flatMap((p) => (p.row.modelVersion ? [p.row.modelVersion] : [])))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const group = (key: string) => model.priorityGroups.find((g) => g.key === key)?.label[language] ?? key;
  const choices: { key: keyof InsightFilter; label: string; values: { key: string; label: string }[] }[] = [
    { key: 'modelVersions', label: t('filterModelVersion'), values: versions.map((v) => ({ key: v, label: v })) },
    { key: 'municipalities', label: t('filterMunicipalities'), values: options.municipalities.map((m) => ({ key: m, label: m })) },
    { key: 'hospitalUnits', label: t('filterHospitalUnits'), values: options.hospitalUnits.map((h) => ({ key: h, label: h })) },
    { key: 'targetGroups', label: t('filterGroups'), values: options.targetGroups.map((g) => ({ key: g, label: group(g) })) },
    { key: 'lifecycleStatuses', label: t('filterStatus'), values: LIFECYCLE_STATUSES.map((s) => ({ key: s, label: t(STATUS_LABEL[s]) })) },
  ];
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t('filters')}</legend>
      {choices.map((choice) => {
        const selected = filter[choice.key] as string[];
        const text = choice.values.filter((v) => selected.includes(v.key)).map((v) => v.label).join(', ');
        return (
          <Field key={choice.key} label={choice.label} className={styles.field}>
            <Dropdown multiselect placeholder={t('filterAll')} value={text} selectedOptions={selected} onOptionSelect={(_e, data) => onChange({ ...filter, [choice.key]: data.selectedOptions })}>
              {choice.values.map((v) => <Option key={v.key} value={v.key}>{v.label}</Option>)}
            </Dropdown>
          </Field>
        );
      })}
      <Button onClick={() => onChange({ modelVersions: [], municipalities: [], hospitalUnits: [], targetGroups: [], lifecycleStatuses: [] })}>{t('clearFilters')}</Button>
    </fieldset>
  );
}
