// The overview's filters. Every control is labelled; choices are shown as labels and kept as keys.
import type { JSX } from 'react';
import { Button, Dropdown, Field, Option, SearchBox, SpinButton, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import type { LifecycleStatus } from '../../domain/types';
import type { PortfolioFilter } from '../../domain/portfolio/types';
import { translator } from '../../i18n/defineMessages';
import { overviewStrings } from './strings';

export interface FilterChoice {
  key: string;
  label: string;
}

export interface PortfolioFiltersProps {
  filter: PortfolioFilter;
  choices: {
    targetGroups: FilterChoice[];
    municipalities: FilterChoice[];
    hospitalUnits: FilterChoice[];
    phases: FilterChoice[];
    lifecycleStatuses: FilterChoice[];
  };
  language: Language;
  onChange(filter: PortfolioFilter): void;
  onClear(): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', border: 'none', margin: 0, padding: 0 },
  legend: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  field: { minWidth: '180px', maxWidth: '260px' },
});

type ListKey = 'targetGroups' | 'municipalities' | 'hospitalUnits' | 'phases' | 'lifecycleStatuses';

export function PortfolioFilters(props: PortfolioFiltersProps): JSX.Element {
  const styles = useStyles();
  const t = translator(overviewStrings, props.language);
  const { filter } = props;

  const multi = (key: ListKey, label: string) => {
    const choices = props.choices[key];
    const selected = filter[key] as string[];
    const text = selected.length === 0 ? t('filterAll') : choices.filter((c) => selected.includes(c.key)).map((c) => c.label).join(', ');
    return (
      <Field label={label} className={styles.field}>
        <Dropdown
          multiselect
          placeholder={t('filterAll')}
          value={selected.length === 0 ? '' : text}
          selectedOptions={selected}
          onOptionSelect={(_event, data) => props.onChange({ ...filter, [key]: data.selectedOptions as LifecycleStatus[] & string[] })}
        >
          {choices.map((c) => (
            <Option key={c.key} value={c.key}>{c.label}</Option>
          ))}
        </Dropdown>
      </Field>
    );
  };

  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t('filters')}</legend>
      <Field label={t('filterText')} className={styles.field}>
        <SearchBox value={filter.text} onChange={(_event, data) => props.onChange({ ...filter, text: data.value })} />
      </Field>
      {multi('targetGroups', t('filterGroups'))}
      {multi('municipalities', t('filterMunicipalities'))}
      {multi('hospitalUnits', t('filterHospitalUnits'))}
      {multi('phases', t('filterPhases'))}
      {multi('lifecycleStatuses', t('filterStatus'))}
      <Switch checked={filter.stalledOnly} label={t('stalledOnly')} onChange={(_event, data) => props.onChange({ ...filter, stalledOnly: data.checked })} />
      <Field label={t('stalledDays')} className={styles.field}>
        <SpinButton
          min={1}
          max={365}
          value={filter.stalledAfterDays}
          onChange={(_event, data) => {
            const value = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
            if (Number.isFinite(value) && value >= 1) props.onChange({ ...filter, stalledAfterDays: Math.round(value) });
          }}
        />
      </Field>
      <Button onClick={props.onClear}>{t('clearFilters')}</Button>
    </fieldset>
  );
}
