// Moving the project: what is missing per unmet gate, and a written reason when it moves on anyway.
import { useState } from 'react';
import type { JSX } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { Language, PhaseKey, PhaseModel } from '../../model/types';
import type { IntentBody, ProjectState } from '../../domain/types';
import { checkPhaseChange, unmetGatesOnTheWay } from '../../domain/gate';
import { checkFreeText } from '../../domain/textRules';
import { findPhase, nextPhase, phaseIndex, phasesInOrder } from '../../model/lookup';
import { translator } from '../../i18n/defineMessages';
import { FocusReturn } from '../base/FocusReturn';
import { FreeTextField } from '../base/FreeTextField';
import { textProblemMessage } from '../base/textProblemMessage';
import { dispatchOrMessage } from '../base/dispatchOrMessage';
import { projectStrings } from './strings';

export interface PhaseChangeDialogProps {
  open: boolean;
  model: PhaseModel;
  state: ProjectState;
  language: Language;
  /** Where the dialog starts; defaults to the next phase. */
  initialTarget?: PhaseKey;
  touch?: boolean;
  onDispatch(body: IntentBody): void;
  onClose(): void;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  gate: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  gateHeading: { ...typographyStyles.body1Strong, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  awaiting: { color: tokens.colorNeutralForeground2 },
  touchTarget: { minHeight: '44px' },
});

export function PhaseChangeDialog(props: PhaseChangeDialogProps): JSX.Element {
  const { model, state, language } = props;
  const styles = useStyles();
  const t = translator(projectStrings, language);
  const current = state.project.currentPhase;
  const defaultTarget = props.initialTarget ?? nextPhase(model, current)?.key ?? phasesInOrder(model).find((phase) => phase.key !== current)?.key ?? current;
  const [target, setTarget] = useState<PhaseKey>(defaultTarget);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  // What is missing is shown before the user writes anything; a reason is needed only forward past unmet gates.
  const forward = phaseIndex(model, target) > phaseIndex(model, current);
  const backward = phaseIndex(model, target) < phaseIndex(model, current);
  const unmetGates = forward ? unmetGatesOnTheWay(model, state, target) : [];
  const needsReason = unmetGates.length > 0;
  const targetLabel = findPhase(model, target)?.label[language] ?? target;
  const target44 = props.touch ? styles.touchTarget : undefined;

  const close = () => {
    setReason('');
    setError(undefined);
    setTarget(defaultTarget);
    props.onClose();
  };

  const move = () => {
    if (needsReason) {
      const problem = checkFreeText(reason, 'reason', { required: true });
      if (problem) return setError(textProblemMessage(problem, language));
    }
    const check = checkPhaseChange(model, state, target, needsReason ? reason : undefined);
    if (!check.allowed) return;
    const body: IntentBody = needsReason ? { kind: 'changePhase', to: target, reason: reason.trim() } : { kind: 'changePhase', to: target };
    const refused = dispatchOrMessage(props.onDispatch, body, language);
    if (refused) return setError(refused);
    close();
  };

  return (
    <>
      {props.open && <FocusReturn />}
      <Dialog open={props.open} onOpenChange={(_event, data) => (data.open ? undefined : close())}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('changePhaseTitle')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label={t('moveTo')}>
                <RadioGroup
                  value={target}
                  onChange={(_event, data) => {
                    setTarget(data.value);
                    setError(undefined);
                  }}
                >
                  {phasesInOrder(model).map((phase) => (
                    <Radio
                      key={phase.key}
                      className={target44}
                      value={phase.key}
                      disabled={phase.key === current}
                      label={phase.key === current ? `${phase.label[language]} (${t('currentPhase')})` : phase.label[language]}
                    />
                  ))}
                </RadioGroup>
              </Field>

              <div aria-live="polite" className={styles.content}>
                {target === current && <p>{t('alreadyThere')}</p>}
                {backward && <p>{t('movingBack')}</p>}
                {forward && unmetGates.length === 0 && <p>{t('allMet')}</p>}
                {unmetGates.map((gate) => (
                  <section key={gate.phaseKey} className={styles.gate}>
                    <h3 className={styles.gateHeading}>{t('missingIn', { phase: findPhase(model, gate.phaseKey)?.label[language] ?? gate.phaseKey })}</h3>
                    <ul className={styles.list}>
                      {gate.missing.map((def) => (
                        <li key={def.key}>{def.label[language]}</li>
                      ))}
                      {gate.awaitingOtherSide.map((def) => (
                        <li key={def.key}>
                          {def.label[language]} <span className={styles.awaiting}>({t(awaitingWhom(state, def.key)).toLowerCase()})</span>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>

              {needsReason && (
                <FreeTextField
                  label={t('overrideReasonLabel')}
                  value={reason}
                  onChange={(value) => {
                    setReason(value);
                    setError(undefined);
                  }}
                  field="reason"
                  language={language}
                  hint={`${t('overrideReasonHint')} ${t('noPatientData')}`}
                  required
                  large={props.touch}
                  {...(error ? { error } : {})}
                />
              )}
              {!needsReason && error && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button className={target44} appearance="primary" disabled={target === current} onClick={move}>
                {t('movePhase', { phase: targetLabel })}
              </Button>
              <Button className={target44} onClick={close}>
                {t('cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

/** Whose confirmation a `begge` item still lacks: the side that has not confirmed, or both. */
function awaitingWhom(state: ProjectState, itemKey: string): 'awaitingKommune' | 'awaitingSykehus' | 'awaitingBoth' {
  const confirmations = state.items[itemKey]?.confirmations ?? {};
  if (confirmations.kommune && !confirmations.sykehus) return 'awaitingSykehus';
  if (confirmations.sykehus && !confirmations.kommune) return 'awaitingKommune';
  return 'awaitingBoth';
}
