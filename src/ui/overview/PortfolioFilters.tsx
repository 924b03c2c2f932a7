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
    modelVersions: FilterChoice[];
  };
  /** The model versions chosen (kept apart from the domain's filter); none = all. */
  modelVersions: string[];
  language: Language;
  onChange(filter: PortfolioFilter): void;
  onModelVersions(versions: string[]): void;
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

  const multi = (key: ListKey, label: string) => dropdown(props.choices[key], filter[key] as string[], label, (selected) => props.onChange({ ...filter, [key]: selected as LifecycleStatus[] & string[] }));

  function dropdown(choices: FilterChoice[], selected: string[], label: string, onSelect: (selected: string[]) => void) {
    const text = selected.length === 0 ? t('filterAll') : choices.filter((c) => selected.includes(c.key)).map((c) => c.label).join(', ');
    return (
      <Field label={label} className={styles.field}>
        <Dropdown
          multiselect
          placeholder={t('filterAll')}
          value={selected.length === 0 ? '' : text}
          selectedOptions={selected}
          onOptionSelect={(_event, data) => onSelect(data.selectedOptions)}
        >
          {choices.map((c) => (
            <Option key={c.key} value={c.key}>{c.label}</Option>
          ))}
        </Dropdown>
      </Field>
    );
  }

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
      {props.choices.modelVersions.length > 0 && dropdown(props.choices.modelVersions, props.modelVersions, t('filterModelVersion'), props.onModelVersions)}
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
