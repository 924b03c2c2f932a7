// @vitest-environment jsdom
// The municipality picker chooses from Norway's list: a partial word is never offered as a municipality of its own,
// a name outside the list only as a deliberate, labelled choice, and a semicolon or a fødselsnummer is refused while
// typing.
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it } from 'vitest';
import { MunicipalityPicker } from '../../../src/ui/config/MunicipalityPicker';

afterEach(cleanup);

function Harness({ onProblem }: { onProblem: (message: string | undefined) => void }) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <FluentProvider theme={teamsLightTheme}>
      <label htmlFor="m">Kommuner</label>
      <MunicipalityPicker inputId="m" selected={selected} onChange={setSelected} language="nb" invalid={false} onTypedProblem={onProblem} />
      <output data-testid="chosen">{selected.join('|')}</output>
    </FluentProvider>
  );
}

function setup() {
  const problems: (string | undefined)[] = [];
  render(<Harness onProblem={(message) => problems.push(message)} />);
  const input = screen.getByRole('combobox');
  const type = (text: string) => {
    fireEvent.change(input, { target: { value: text } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
  };
  return { input, type, problems };
}

const options = () => screen.queryAllByRole('option').map((option) => option.textContent ?? '');

describe('MunicipalityPicker', () => {
  it('offers the list’s names for a partial word, never the partial word itself', () => {
    const { type } = setup();
    type('lill');
    expect(options()).toEqual(expect.arrayContaining(['Lillehammer kommune', 'Lillesand kommune', 'Lillestrøm kommune']));
    expect(options().some((text) => /«lill»/.test(text))).toBe(false);
    type('Øst');
    expect(options()[0]).toBe('Østre Toten kommune');
    expect(options().some((text) => /«Øst»/.test(text))).toBe(false);
  });

  it('puts Innlandet’s municipalities first', () => {
    const { type } = setup();
    type('v');
    expect(options().slice(0, 5)).toEqual(['Vang kommune', 'Vestre Slidre kommune', 'Vestre Toten kommune', 'Vågå kommune', 'Våler kommune']);
    expect(options()[5]).toBe('Våler kommune (Østfold)');
  });

  it('offers a name outside the list only as a labelled, deliberate choice', () => {
    const { type } = setup();
    type('Longyearbyen');
    expect(options()).toEqual(['Bruk «Longyearbyen», som ikke står i listen']);
    fireEvent.click(screen.getByRole('option'));
    expect(screen.getByTestId('chosen').textContent).toBe('Longyearbyen');
  });

  it('says at the field that a semicolon cannot be part of a name, and offers nothing', () => {
    const { type, problems } = setup();
    type('Hamar; Løten');
    expect(problems.at(-1)).toBe('Et kommunenavn kan ikke inneholde semikolon (;). Legg til én kommune om gangen.');
    expect(options()).toEqual([]);
    type('Hamar');
    expect(problems.at(-1)).toBeUndefined();
  });

  it('never offers a typed name that holds a fødselsnummer, however it is spaced, and says why at the field', () => {
    const { type, problems } = setup();
    type('Løten 15 03 85 123 63');
    expect(problems.at(-1)).toBe('Teksten ser ut til å inneholde et fødselsnummer eller D-nummer. Fjern nummeret før du lagrer.');
    expect(options()).toEqual([]);
    type('Løten 15 03 85 123 64'); // a wrong check digit: not one
    expect(problems.at(-1)).toBeUndefined();
    expect(options()).toEqual(['Bruk «Løten 15 03 85 123 64», som ikke står i listen']);
  });
});
