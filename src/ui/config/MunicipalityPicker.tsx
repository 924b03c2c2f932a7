// Municipalities: Innlandet's as suggestions, any other typed in freely (Enter adds what was typed).
import { useState } from 'react';
import { Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption } from '@fluentui/react-components';
import type { TagPickerProps } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import type { Language } from '../../model/types';
import { configStrings } from './configStrings';
import { INNLANDET_MUNICIPALITIES } from './innlandetMunicipalities';

export interface MunicipalityPickerProps {
  selected: string[];
  onChange: (selected: string[]) => void;
  language: Language;
  inputId: string;
  invalid: boolean;
}

export function MunicipalityPicker({ selected, onChange, language, inputId, invalid }: MunicipalityPickerProps) {
  const t = translator(configStrings, language);
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const lower = typed.toLocaleLowerCase('nb');
  const matches = INNLANDET_MUNICIPALITIES.filter((name) => !selected.includes(name) && name.toLocaleLowerCase('nb').includes(lower));
  const offerTyped = typed !== '' && !selected.some((name) => name.toLocaleLowerCase('nb') === lower) && !matches.some((name) => name.toLocaleLowerCase('nb') === lower);
  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_event, data) => {
    onChange(data.selectedOptions);
    setQuery('');
  };
  return (
    <TagPicker onOptionSelect={onOptionSelect} selectedOptions={selected} noPopover={matches.length === 0 && !offerTyped}>
      <TagPickerControl aria-invalid={invalid || undefined}>
        <TagPickerGroup aria-label={t('municipalitiesSelected')}>
          {selected.map((name) => (
            <Tag key={name} shape="rounded" value={name} dismissible dismissIcon={{ 'aria-label': t('removeMunicipality', { name }) }}>
              {name}
            </Tag>
          ))}
        </TagPickerGroup>
        <TagPickerInput id={inputId} value={query} onChange={(event) => setQuery(event.target.value)} aria-invalid={invalid || undefined} />
      </TagPickerControl>
      <TagPickerList>
        {matches.map((name) => (
          <TagPickerOption value={name} key={name}>
            {name}
          </TagPickerOption>
        ))}
        {offerTyped ? (
          <TagPickerOption value={typed} key={`typed:${typed}`}>
            {t('addMunicipality', { name: typed })}
          </TagPickerOption>
        ) : null}
      </TagPickerList>
    </TagPicker>
  );
}
