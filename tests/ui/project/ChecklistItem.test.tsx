// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ItemState } from '../../../src/domain/types';
import type { PendingIntent } from '../../../src/store/ChecklistStore';
import { StoreError } from '../../../src/store/ChecklistStore';
import { ChecklistItem, ProjectView } from '../../../src/ui/project';
import { MeetingPanelView } from '../../../src/ui/meeting';
import { translator } from '../../../src/i18n/defineMessages';
import { commonStrings } from '../../../src/ui/base/strings';
import { projectStrings } from '../../../src/ui/project/strings';
import { ingrid, itemState, kari, phase, projectState, renderInFluent, snapshotOf, validFodselsnummer, viewProps } from '../../../testkit/projectViewFixtures';
import { actors, people } from '../../../testkit/people';

afterEach(cleanup);

// The menu, the comment editor, the dialog and the drawer load on first use: loaded once here, so a slow transform
// of a busy machine never decides a test.
beforeAll(async () => {
  await Promise.all([
    import('../../../src/ui/project/ChecklistItem/ItemMenuPopover'),
    import('../../../src/ui/project/ChecklistItem/CommentEditor'),
    import('../../../src/ui/project/ChecklistItem/NotRelevantDialog'),
    import('../../../src/ui/project/HistoryDrawer'),
  ]);
});

const forankring = phase('forankring');
const both = forankring.checklist.find((def) => def.requiresBothSides)!;
const single = forankring.checklist.find((def) => !def.requiresBothSides)!;
const otherSingle = forankring.checklist.filter((def) => !def.requiresBothSides)[1]!;

function itemRow(label: string) {
  return screen.getByRole('listitem', { name: label });
}

function pendingIntent(itemKey: string, state: PendingIntent['state'], id: string): PendingIntent {
  return {
    intent: { kind: 'setStatus', itemKey, status: 'done', id, projectKey: 'p', actor: kari, at: '2026-11-23T10:00:00Z' },
    state,
    attempts: state === 'failed' ? 3 : 0,
    ...(state === 'failed' ? { error: { code: 'network' as const, message: 'fetch failed' } } : {}),
  };
}

describe('ChecklistItem', () => {
  it('ticks an item with setStatus done and offers Angre', () => {
    const { props, recorded } = viewProps(projectState('forankring'), { canUndo: true });
    renderInFluent(<ProjectView {...props} />);
    fireEvent.click(within(itemRow(single.label.nb)).getByRole('checkbox', { name: single.label.nb }));
    expect(recorded.dispatched).toEqual([{ kind: 'setStatus', itemKey: single.key, status: 'done' }]);

    const message = screen.getByText(`Avkrysset «${single.label.nb}»`);
    expect(message).toBeTruthy();
    const undoButtons = screen.getAllByRole('button', { name: /Angre/ });
    fireEvent.click(undoButtons[undoButtons.length - 1]!);
    expect(recorded.undone).toBe(1);
    expect(screen.queryByText(`Avkrysset «${single.label.nb}»`)).toBeNull();
  });

  it('unticks a done item with setStatus open', () => {
    const { props, recorded } = viewProps(projectState('forankring', [itemState('forankring', single.key, { status: 'done' })]));
    renderInFluent(<ProjectView {...props} />);
    const checkbox = within(itemRow(single.label.nb)).getByRole('checkbox') as HTMLInputElement;
    expect(checkbox.checked).toBe(true);
    fireEvent.click(checkbox);
    expect(recorded.dispatched).toEqual([{ kind: 'setStatus', itemKey: single.key, status: 'open' }]);
  });

  it('shows a begge item confirmed by one side as waiting for the other, and does not count it done', () => {
    const confirmedByKari = itemState('forankring', both.key, { status: 'done', confirmations: { kommune: { by: kari, at: '2026-11-02T09:15:00Z' } } });
    const { props } = viewProps(projectState('forankring', [confirmedByKari]), { me: ingrid });
    renderInFluent(<ProjectView {...props} />);
    const row = itemRow(both.label.nb);
    expect(within(row).getByText('Venter på bekreftelse fra sykehuset')).toBeTruthy();
    expect(within(row).getByText('Krever bekreftelse fra begge parter')).toBeTruthy();
    expect(within(row).getByText(/Bekreftet av Kari Nordmann, 2\. nov\. 2026/)).toBeTruthy();
    expect(within(row).queryByRole('checkbox')).toBeNull();
    expect(screen.getByText(`0 av ${forankring.checklist.length} oppfylt · 1 venter på bekreftelse fra den andre parten`)).toBeTruthy();
  });

  it('offers confirm or withdraw for the user’s own side only', async () => {
    const confirmedByKari = itemState('forankring', both.key, { confirmations: { kommune: { by: kari, at: '2026-11-02T09:15:00Z' } } });

    const asIngrid = viewProps(projectState('forankring', [confirmedByKari]), { me: ingrid });
    renderInFluent(<ProjectView {...asIngrid.props} />);
    let row = itemRow(both.label.nb);
    expect(within(row).queryByRole('button', { name: 'Bekreft for kommunen' })).toBeNull();
    expect(within(row).queryByRole('button', { name: 'Trekk tilbake bekreftelsen for kommunen' })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Bekreft for sykehuset' }));
    expect(asIngrid.recorded.dispatched).toEqual([{ kind: 'confirm', itemKey: both.key, side: 'sykehus' }]);
    cleanup();

    const asKari = viewProps(projectState('forankring', [confirmedByKari]), { me: kari });
    renderInFluent(<ProjectView {...asKari.props} />);
    row = itemRow(both.label.nb);
    expect(within(row).queryByRole('button', { name: 'Bekreft for sykehuset' })).toBeNull();
    // Withdrawing is rare: it is in the item's menu, not a button beside the confirmation.
    expect(within(row).queryByRole('button', { name: 'Trekk tilbake bekreftelsen for kommunen' })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: `Flere valg for «${both.label.nb}»` }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Trekk tilbake bekreftelsen for kommunen' }));
    expect(asKari.recorded.dispatched).toEqual([{ kind: 'unconfirm', itemKey: both.key, side: 'kommune' }]);
  });

  it('offers no confirmation to someone without a side, and none at all when read-only', () => {
    const { props } = viewProps(projectState('forankring'), { me: actors.kristin });
    renderInFluent(<ProjectView {...props} />);
    const row = itemRow(both.label.nb);
    expect(within(row).queryByRole('button', { name: /Bekreft/ })).toBeNull();
    expect(within(row).getByText(/du kan ikke bekrefte/)).toBeTruthy();
    cleanup();

    const readOnly = viewProps(projectState('forankring'), { surface: 'readOnly' });
    renderInFluent(<ProjectView {...readOnly.props} />);
    expect(within(itemRow(both.label.nb)).queryByRole('button', { name: /Bekreft/ })).toBeNull();
    expect((within(itemRow(single.label.nb)).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
  });

  it('refuses a comment holding a fødselsnummer, and saves a harmless one', async () => {
    const { props, recorded } = viewProps(projectState('forankring'));
    renderInFluent(<ProjectView {...props} />);
    const row = itemRow(single.label.nb);
    fireEvent.click(within(row).getByRole('button', { name: 'Legg til kommentar' }));
    expect(await within(row).findByText('Ikke skriv pasientopplysninger her.')).toBeTruthy();
    const field = within(row).getByRole('textbox', { name: `Kommentar til «${single.label.nb}»` });
    const fnr = validFodselsnummer();
    fireEvent.change(field, { target: { value: `Gjelder pasient ${fnr.slice(0, 2)} ${fnr.slice(2, 4)} ${fnr.slice(4, 6)} ${fnr.slice(6, 9)} ${fnr.slice(9)}` } });
    fireEvent.click(within(row).getByRole('button', { name: 'Lagre' }));
    expect(within(row).getByText('Teksten ser ut til å inneholde et fødselsnummer eller D-nummer. Fjern nummeret før du lagrer.')).toBeTruthy();
    expect(recorded.dispatched).toEqual([]);

    fireEvent.change(field, { target: { value: 'Avtalt i styringsgruppen 12. november' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Lagre' }));
    expect(recorded.dispatched).toEqual([{ kind: 'addComment', itemKey: single.key, text: 'Avtalt i styringsgruppen 12. november' }]);
  });

  // Issue 18: the field's hint and the refusal both said "Ikke skriv pasientopplysninger her.". The rule is said once
  // (the hint); the refusal says what is wrong and what to do.
  for (const language of ['nb', 'nn', 'en'] as const) {
    it(`says the no-patient-data rule once beside a refused comment (${language})`, async () => {
      const t = translator(projectStrings, language);
      const { props } = viewProps(projectState('forankring'), { language });
      renderInFluent(<ProjectView {...props} />);
      const row = screen.getByRole('listitem', { name: single.label[language] });
      fireEvent.click(within(row).getByRole('button', { name: t('addComment') }));
      const field = await within(row).findByRole('textbox', { name: t('commentFor', { item: single.label[language] }) });
      const fnr = validFodselsnummer();
      fireEvent.change(field, { target: { value: `${fnr.slice(0, 6)} ${fnr.slice(6, 9)} ${fnr.slice(9)}` } });
      fireEvent.click(within(row).getByRole('button', { name: t('save') }));
      expect(within(row).getByText(translator(commonStrings, language)('textNationalId'))).toBeTruthy();
      expect(row.textContent?.split(t('noPatientData')).length, row.textContent ?? '').toBe(2);
    });
  }

  // Issue 18: comments are a thread. Everyone's is shown with who, for which side and when; only one's own may be
  // removed; one's own not yet in SharePoint says so.
  it('shows every comment with its writer, side and time, and offers removal of one\'s own only', () => {
    const thread: ItemState['comments'] = [
      { id: 'c-old', text: 'Fra før tråden' },
      { id: 'c-kari', text: 'Skrevet uten nett', by: kari, side: 'kommune', at: '2026-11-23T09:00:00.000Z' },
      { id: 'c-ingrid', text: 'Lagret av Ingrid', by: ingrid, side: 'sykehus', at: '2026-11-23T09:05:00.000Z' },
    ];
    const state = projectState('forankring', [itemState('forankring', single.key, { comments: thread })]);
    const pending: PendingIntent = { ...pendingIntent(single.key, 'queued', 'c-kari'), intent: { kind: 'addComment', itemKey: single.key, text: 'Skrevet uten nett', id: 'c-kari', projectKey: 'p', actor: kari, at: '2026-11-23T09:00:00.000Z' } };
    const { props, recorded } = viewProps(state, { snapshot: snapshotOf(state, { pending: [pending] }) });
    renderInFluent(<ProjectView {...props} />);
    const list = within(itemRow(single.label.nb)).getByRole('list', { name: `Kommentarer til «${single.label.nb}»` });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((entry) => entry.querySelector('p')?.textContent)).toEqual(['Fra før tråden', 'Skrevet uten nett', 'Lagret av Ingrid']);
    expect(entries[0]!.textContent).toContain('Tidligere kommentar');
    expect(entries[1]!.textContent).toMatch(/Kari Nordmann \(Kommune\), 23\. nov\. 2026/);
    expect(entries[1]!.textContent).toContain('Ikke lagret ennå');
    expect(entries[2]!.textContent).toMatch(/Ingrid Hansen \(Sykehus\)/);
    expect(within(entries[2]!).queryByRole('button')).toBeNull();
    fireEvent.click(within(entries[1]!).getByRole('button', { name: /^Fjern kommentaren din fra 23\. nov\. 2026/ }));
    expect(recorded.dispatched).toEqual([{ kind: 'removeComment', itemKey: single.key, commentId: 'c-kari' }]);
  });

  it('writes a new comment beside the others, never over them', async () => {
    const state = projectState('forankring', [itemState('forankring', single.key, { comments: [{ id: 'c-ingrid', text: 'Lagret av Ingrid', by: ingrid, side: 'sykehus', at: '2026-11-23T09:05:00.000Z' }] })]);
    const { props, recorded } = viewProps(state);
    renderInFluent(<ProjectView {...props} />);
    const row = itemRow(single.label.nb);
    fireEvent.click(within(row).getByRole('button', { name: 'Legg til kommentar' }));
    const field = await within(row).findByRole('textbox', { name: `Kommentar til «${single.label.nb}»` });
    expect((field as HTMLTextAreaElement).value).toBe('');
    fireEvent.change(field, { target: { value: 'Mitt syn' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Lagre' }));
    expect(recorded.dispatched).toEqual([{ kind: 'addComment', itemKey: single.key, text: 'Mitt syn' }]);
  });

  it('shows the store’s refusal next to the comment field', async () => {
    const { props } = viewProps(projectState('forankring'), {
      onDispatch: () => {
        throw new StoreError('invalidInput', 'refused');
      },
    });
    renderInFluent(<ProjectView {...props} />);
    const row = itemRow(single.label.nb);
    fireEvent.click(within(row).getByRole('button', { name: 'Legg til kommentar' }));
    fireEvent.change(await within(row).findByRole('textbox'), { target: { value: 'Noe' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Lagre' }));
    expect(within(row).getByText('Teksten kan ikke lagres slik den er.')).toBeTruthy();
    expect(within(row).getByRole('textbox')).toBeTruthy();
  });

  it('marks an item not relevant only with a reason', async () => {
    const { props, recorded } = viewProps(projectState('forankring'));
    renderInFluent(<ProjectView {...props} />);
    fireEvent.click(within(itemRow(single.label.nb)).getByRole('button', { name: `Flere valg for «${single.label.nb}»` }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Merk som ikke relevant …' }));
    // jsdom keeps Fluent's modal marked aria-hidden while the menu's exit runs, so these queries include hidden nodes.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre', hidden: true }));
    expect(within(dialog).getByText('Feltet må fylles ut.')).toBeTruthy();
    expect(recorded.dispatched).toEqual([]);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Begrunnelse/, hidden: true }), { target: { value: 'Dekkes av avtalen fra 2024' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre', hidden: true }));
    expect(recorded.dispatched).toEqual([{ kind: 'setStatus', itemKey: single.key, status: 'notRelevant', reason: 'Dekkes av avtalen fra 2024' }]);
  });

  it('shows a not-relevant item with its reason, and counts it as met as the phase figure does, saying so', () => {
    const notRelevant = itemState('forankring', single.key, { status: 'notRelevant', notRelevantReason: 'Dekkes av avtalen' });
    const { props } = viewProps(projectState('forankring', [notRelevant]));
    renderInFluent(<ProjectView {...props} />);
    expect(within(itemRow(single.label.nb)).getByText('Ikke relevant: Dekkes av avtalen')).toBeTruthy();
    // One counting rule (issue 18): the figure said 1/7 while this line said "0 av 7 fullført · 1 ikke relevant".
    expect(screen.getByText(`1 av ${forankring.checklist.length} oppfylt, medregnet 1 «ikke relevant»`)).toBeTruthy();
    const figureStep = screen.getByRole('radio', { name: new RegExp(`^${forankring.label.nb}`) });
    expect(figureStep.textContent).toContain(`1/${forankring.checklist.length}`);
    expect(figureStep.getAttribute('aria-label')).toContain(`1 av ${forankring.checklist.length} oppfylt, medregnet 1 «ikke relevant»`);
  });

  it('marks pending intents as not yet saved, and failed ones with Retry and Discard', () => {
    const state = projectState('forankring', [itemState('forankring', single.key, { status: 'done' }), itemState('forankring', otherSingle.key, { status: 'done' })]);
    const { props, recorded } = viewProps(state, {
      snapshot: snapshotOf(state, { pending: [pendingIntent(single.key, 'sending', 'i-1'), pendingIntent(otherSingle.key, 'failed', 'i-2')] }),
    });
    renderInFluent(<ProjectView {...props} />);
    expect(within(itemRow(single.label.nb)).getByText('Ikke lagret ennå')).toBeTruthy();
    expect(within(itemRow(single.label.nb)).queryByRole('button', { name: 'Prøv igjen' })).toBeNull();

    const failed = itemRow(otherSingle.label.nb);
    expect(within(failed).getByText(/Ble ikke lagret: Ingen nettforbindelse/)).toBeTruthy();
    fireEvent.click(within(failed).getByRole('button', { name: 'Prøv igjen' }));
    fireEvent.click(within(failed).getByRole('button', { name: 'Forkast endringen' }));
    expect(recorded.retried).toEqual(['i-2']);
    expect(recorded.discarded).toEqual(['i-2']);
    expect(screen.getByRole('status', { name: '' }).textContent).toContain('1 endring ble ikke lagret');
  });

  it('renders anomalies as warnings and survives an unknown stored status', () => {
    const odd = { ...itemState('forankring', single.key), status: 'Ferdig?' } as unknown as ItemState;
    const state = projectState('forankring', [odd], [
      // `detail` is English, for the log: what the user reads is made from kind, column and value.
      { kind: 'unknownStatus', itemKey: single.key, detail: "Status 'Ferdig?'", column: 'Status', value: 'Ferdig?' },
      { kind: 'unknownItem', itemKey: 'gammelt-punkt', detail: "Item 'gammelt-punkt' is not in model", value: 'gammelt-punkt' },
    ]);
    const { props } = viewProps(state);
    renderInFluent(<ProjectView {...props} />);
    expect(within(itemRow(single.label.nb)).getByText(/Status «Ferdig\?» er ukjent/)).toBeTruthy();
    expect(screen.getByText(/Rad for et sjekkpunkt modellen ikke kjenner/)).toBeTruthy();
    expect(screen.getByText('Noe i prosjektets data ble ikke forstått')).toBeTruthy();
    expect(screen.queryByText(/Status 'Ferdig\?'|is not in model/)).toBeNull();
  });

  it('highlights an item someone else just changed, in words', () => {
    const changed = itemState('forankring', single.key, { status: 'done', updatedBy: people.ingrid });
    const state = projectState('forankring', [changed]);
    const { props } = viewProps(state, { snapshot: snapshotOf(state, { recentlyChangedByOthers: [single.key] }) });
    renderInFluent(<ProjectView {...props} />);
    expect(within(itemRow(single.label.nb)).getByText('Endret av Ingrid Hansen')).toBeTruthy();
  });

  it('opens the item’s history with who, side, what, when and why', async () => {
    const { props, recorded } = viewProps(projectState('forankring'), {}, [
      { intentId: 'e-1', projectKey: 'p', at: '2026-11-03T10:00:00Z', actor: people.ingrid, side: 'sykehus', kind: 'confirm', itemKey: both.key },
      { intentId: 'e-2', projectKey: 'p', at: '2026-11-02T09:00:00Z', actor: people.kari, side: 'kommune', kind: 'status', itemKey: both.key, from: 'open', to: 'notRelevant', reason: 'Dekket' },
    ]);
    renderInFluent(<ProjectView {...props} />);
    fireEvent.click(within(itemRow(both.label.nb)).getByRole('button', { name: `Flere valg for «${both.label.nb}»` }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Vis historikk' }));
    const drawer = await screen.findByRole('dialog', { hidden: true });
    await waitFor(() => expect(within(drawer).getByText('bekreftet for sykehuset')).toBeTruthy());
    expect(within(drawer).getByText('Ingrid Hansen (Sykehus)')).toBeTruthy();
    expect(within(drawer).getByText('Begrunnelse: Dekket')).toBeTruthy();
    expect(within(drawer).getByText(/3\. nov\. 2026/)).toBeTruthy();
    expect(recorded.historyAsked).toEqual([both.key]);
  });
});

describe('ChecklistItem on meeting surfaces (compact) and as a Fluent component', () => {
  const confirmedByBoth = itemState('forankring', both.key, {
    status: 'done',
    confirmations: { kommune: { by: kari, at: '2026-11-02T09:15:00Z' }, sykehus: { by: ingrid, at: '2026-11-03T10:00:00Z' } },
  });

  it('says a finished begge item in one line, without dates, and keeps comment and withdraw in the menu', async () => {
    const { props, recorded } = viewProps(projectState('forankring', [confirmedByBoth]), { surface: 'sidePanel' });
    renderInFluent(<MeetingPanelView {...props} />);
    const row = itemRow(both.label.nb);
    const line = within(row).getByText((_content, element) => element?.tagName === 'P' && /Kommune:.*Sykehus:/.test(element.textContent ?? ''));
    expect(line.textContent).toBe('Kommune: Bekreftet av Kari Nordmann · Sykehus: Bekreftet av Ingrid Hansen');
    expect(within(row).queryByText('Krever bekreftelse fra begge parter')).toBeNull();
    expect(within(row).queryAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent)).toEqual([`Flere valg for «${both.label.nb}»`]);
    fireEvent.click(within(row).getByRole('button', { name: `Flere valg for «${both.label.nb}»` }));
    const entries = (await screen.findAllByRole('menuitem')).map((entry) => entry.textContent);
    expect(entries).toEqual(['Kommenter …', 'Trekk tilbake bekreftelsen for kommunen', 'Vis historikk', 'Merk som ikke relevant …']);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Kommenter …' }));
    expect(await within(row).findByRole('textbox', { name: `Kommentar til «${both.label.nb}»` })).toBeTruthy();
    expect(recorded.dispatched).toEqual([]);
  });

  it('passes className and native props to its root slot and lets the label slot be replaced', () => {
    const { props } = viewProps(projectState('forankring'));
    renderInFluent(
      <ul>
        <ChecklistItem
          className="from-caller"
          data-testid="item"
          label={{ className: 'label-from-caller' }}
          def={single}
          item={undefined}
          phaseKey="forankring"
          me={kari}
          language="nb"
          pending={[]}
          onDispatch={props.onDispatch}
          onRetry={props.onRetry}
          onDiscard={props.onDiscard}
        />
      </ul>,
    );
    const root = screen.getByTestId('item');
    expect(root.tagName).toBe('LI');
    expect(root.className).toContain('from-caller');
    expect(root.className).toContain('fm-ChecklistItem');
    const label = screen.getByText(single.label.nb);
    expect(label.className).toContain('label-from-caller');
    expect(root.getAttribute('aria-labelledby')).toBe(label.id);
  });
});
