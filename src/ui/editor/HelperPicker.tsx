// "Verktøy som hjelper": the toolbox entries that help meet a requirement, picked from the phase's toolbox by title
// (keys are the model's business, not the coordinator's). An entry of another phase that an earlier version chose
// stays offered and chosen, named with its phase; a key that points nowhere shows as it is, so it can be unchosen.
// A multi-select dropdown: its options exist only while it is open, so a phase of many requirements stays light.
import type { JSX } from 'react';
import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { Language, PhaseDef, PhaseModel } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { editorStrings } from './strings';

export interface HelperPickerProps {
  model: PhaseModel;
  phase: PhaseDef;
  selected: readonly string[];
  /** The language of the texts being edited: titles are shown in it. */
  editing: Language;
  language: Language;
  readOnly: boolean;
  onChange(keys: string[]): void;
}

export function HelperPicker(props: HelperPickerProps): JSX.Element {
  const t = translator(editorStrings, props.language);
  const titleOf = (key: string): string => {
    for (const phase of props.model.phases) {
      const entry = phase.toolbox.find((candidate) => candidate.key === key);
      if (!entry) continue;
      const title = entry.label[props.editing] || entry.label.nb;
      return phase.key === props.phase.key ? title : t('helperInPhase', { title, phase: phase.shortLabel[props.language] || phase.shortLabel.nb });
    }
    return key;
  };
  const offered = [...props.phase.toolbox.filter((entry) => !entry.retired).map((entry) => entry.key), ...props.selected.filter((key) => !props.phase.toolbox.some((entry) => entry.key === key && !entry.retired))];
  const chosen = props.selected.map(titleOf).join(', ');
  return (
    <Field label={t('helpedBy')} hint={t('helpedByHint')}>
      <Dropdown multiselect disabled={props.readOnly} selectedOptions={[...props.selected]} value={chosen} placeholder={t('helpedByNone')} onOptionSelect={(_, data) => props.onChange(data.selectedOptions)}>
        {offered.map((key) => (
          <Option key={key} value={key}>
            {titleOf(key)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
