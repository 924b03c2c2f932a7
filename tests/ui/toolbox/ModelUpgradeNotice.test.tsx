// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { ModelUpgradeNotice } from '../../../src/ui/toolbox/ModelUpgradeNotice';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { renderInFluent } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

function v2() {
  const model = structuredClone({ ...DEFAULT_MODEL, version: '2.0.0' });
  model.phases[0]!.checklist.push({ key: 'forankring.ny', label: { nb: 'Nytt krav om risiko', nn: 'Nytt krav om risiko', en: 'New risk requirement' }, requiresBothSides: false });
  model.phases[0]!.checklist[1]!.retired = true;
  model.phases[1]!.checklist[0]!.guidance = { nb: 'Ny veiledning', nn: 'Ny rettleiing', en: 'New guidance' };
  model.phases[2]!.toolbox[0]!.description = { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' };
  return model;
}

describe('ModelUpgradeNotice', () => {
  it('lists what changes and moves the project only when the lead asks', () => {
    const onUpgrade = vi.fn();
    renderInFluent(<ModelUpgradeNotice current={DEFAULT_MODEL} newest={v2()} changeNote="Risiko i 0-fasen" language="nb" canUpgrade onUpgrade={onUpgrade} />);
    expect(screen.getByText('En nyere versjon av modellen finnes (2.0.0)')).toBeTruthy();
    expect(screen.getByText('Endringsnotat: Risiko i 0-fasen')).toBeTruthy();
    expect(screen.getByText('Nytt krav om risiko')).toBeTruthy();
    expect(screen.getByText(DEFAULT_MODEL.phases[0]!.checklist[1]!.label.nb)).toBeTruthy();
    expect(screen.getByText(DEFAULT_MODEL.phases[1]!.checklist[0]!.label.nb)).toBeTruthy();
    expect(screen.getByText('Endringer i verktøykassen: 1')).toBeTruthy();
    expect(onUpgrade).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Flytt prosjektet til versjon 2.0.0' }));
    expect(onUpgrade).toHaveBeenCalledWith('2.0.0');
  });

  it('says which changes came from the projects’ feedback', () => {
    const reworded = DEFAULT_MODEL.phases[1]!.checklist[0]!;
    renderInFluent(<ModelUpgradeNotice current={DEFAULT_MODEL} newest={v2()} answersFeedback={[{ id: 'f1', target: { kind: 'requirement', key: reworded.key }, kind: 'unclear' }]} language="nb" canUpgrade onUpgrade={() => undefined} />);
    expect(screen.getByText(`${reworded.label.nb} (fra prosjektenes tilbakemelding)`)).toBeTruthy();
    expect(screen.getByText('Nytt krav om risiko')).toBeTruthy();
    expect(screen.getByText('Versjonen svarer på tilbakemeldinger fra prosjektene om 1 krav og verktøy.')).toBeTruthy();
  });

  it('offers no action to someone who may not move the project', () => {
    renderInFluent(<ModelUpgradeNotice current={DEFAULT_MODEL} newest={v2()} language="en" canUpgrade={false} onUpgrade={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('The project lead can move the project to the new version.')).toBeTruthy();
  });
});
