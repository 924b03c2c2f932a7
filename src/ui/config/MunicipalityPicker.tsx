// Municipalities chosen from Norway's 357 (2024, Innlandet's first). Typing searches the list; a name the list does
// not hold is offered only when nothing in the list matches, as an option that says so (a deliberate act), so a
// partial word ("Øst", "lill") is never saved. A semicolon is refused at the field: it separates names when stored.
// A typed name is free text: what checkFreeText refuses (a national identity number, above all) is never offered.
import { useState } from 'react';
import { Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption } from '@fluentui/react-components';
import type { TagPickerProps } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import { MUNICIPALITY_NAMES } from '../../model/municipalities';
import type { Language } from '../../model/types';
import { checkFreeText, LIST_SEPARATOR } from '../../domain/textRules';
import { commonStrings } from '../base/strings';
import { textProblemMessage } from '../base/textProblemMessage';
import { configStrings } from './configStrings';

export interface MunicipalityPickerProps {
  selected: string[];
  onChange: (selected: string[]) => void;
  language: Language;
  inputId: string;
  invalid: boolean;
  /** What is wrong with the text being typed (a semicolon, a national identity number), for the field's message; undefined when nothing. */
  onTypedProblem?: (message: string | undefined) => void;
}

/** Options shown at once: enough to scroll, few enough to stay quick. */
const SHOWN = 60;
/** A name outside the list needs at least this many letters (no one-letter municipality). */
const FREE_MIN_LENGTH = 3;

/** The field's message for a typed name that may not become a municipality, undefined when it may. */
function typedNameProblem(typed: string, language: Language): string | undefined {
  if (typed.includes(LIST_SEPARATOR)) return translator(commonStrings, language)('textListSeparator');
  const problem = checkFreeText(typed.trim(), 'organisation');
  return problem ? textProblemMessage(problem, language) : undefined;
}

export function MunicipalityPicker({ selected, onChange, language, inputId, invalid, onTypedProblem }: MunicipalityPickerProps) {
  const t = translator(configStrings, language);
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const lower = typed.toLocaleLowerCase('nb');
  const refused = typedNameProblem(query, language) !== undefined;
  const available = MUNICIPALITY_NAMES.filter((name) => !selected.includes(name));
  // Names that start with what was typed come first, then those that contain it.
  const starts = available.filter((name) => name.toLocaleLowerCase('nb').startsWith(lower));
  const contains = available.filter((name) => !starts.includes(name) && name.toLocaleLowerCase('nb').includes(lower));
  const matches = refused ? [] : [...starts, ...contains].slice(0, SHOWN);
  const anyMatch = MUNICIPALITY_NAMES.some((name) => name.toLocaleLowerCase('nb').includes(lower));
  const alreadyChosen = selected.some((name) => name.toLocaleLowerCase('nb') === lower);
  const offerTyped = !refused && typed.length >= FREE_MIN_LENGTH && !anyMatch && !alreadyChosen;
  const changeQuery = (value: string) => {
    setQuery(value);
    onTypedProblem?.(typedNameProblem(value, language));
  };
  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_event, data) => {
    onChange(data.selectedOptions);
    changeQuery('');
  };
  return (
    <TagPicker onOptionSelect={onOptionSelect} selectedOptions={selected} noPopover={matches.length === 0 && !offerTyped}>
      <TagPickerControl aria-invalid={invalid || refused || undefined}>
        <TagPickerGroup aria-label={t('municipalitiesSelected')}>
          {selected.map((name) => (
            <Tag key={name} shape="rounded" value={name} dismissible dismissIcon={{ 'aria-label': t('removeMunicipality', { name }) }}>
              {name}
            </Tag>
          ))}
        </TagPickerGroup>
        <TagPickerInput id={inputId} value={query} onChange={(event) => changeQuery(event.target.value)} aria-invalid={invalid || refused || undefined} />
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
