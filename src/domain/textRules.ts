// What free text and intents may hold, checked before anything is queued or sent.
import type { PhaseModel } from '../model/types';
import { findItem, findPhase } from '../model/lookup';
import type { IntentBody } from './types';
import { findNationalIdNumbers } from './nationalId';

/** Lengths in UTF-16 code units, as SharePoint counts them; title and organisation fit a single-line text column. */
export const TEXT_LIMITS = { comment: 1000, reason: 2000, feedback: 2000, title: 255, organisation: 255 } as const;
export type TextField = keyof typeof TEXT_LIMITS;

export type TextProblem = { kind: 'nationalId' } | { kind: 'tooLong'; max: number } | { kind: 'blank' } | { kind: 'controlCharacters' } | { kind: 'listSeparator' };

/** Lists of names (municipalities) are stored joined by this character, so a name may not hold it. */
export const LIST_SEPARATOR = ';';

const MULTI_LINE: ReadonlySet<TextField> = new Set(['comment', 'reason', 'feedback']);
const LINE_BREAKS_AND_TAB: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0d]);

/** C0 controls, DEL and C1 controls; tab and line breaks only in single-line fields. */
function hasControlCharacters(text: string, multiLine: boolean): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    if (control && !(multiLine && LINE_BREAKS_AND_TAB.has(code))) return true;
  }
  return false;
}

export function isBlank(text: string | undefined): boolean {
  return (text ?? '').trim().length === 0;
}

/**
 * The first problem with a free-text value, most important first: blank (only when required), a national identity
 * number, control characters, too long. Undefined when the text may be stored. The one entry point for text a person
 * types: every form checks with it as the person types or saves, and the store again before any request.
 */
export function checkFreeText(text: string, field: TextField, options: { required?: boolean } = {}): TextProblem | undefined {
  if (isBlank(text)) return options.required ? { kind: 'blank' } : undefined;
  if (findNationalIdNumbers(text).length > 0) return { kind: 'nationalId' };
  if (hasControlCharacters(text, MULTI_LINE.has(field))) return { kind: 'controlCharacters' };
  const max = TEXT_LIMITS[field];
  if (text.length > max) return { kind: 'tooLong', max };
  return undefined;
}

export type IntentProblem = TextProblem | { kind: 'unknownItem' } | { kind: 'unknownPhase' } | { kind: 'reasonRequired' } | { kind: 'waitingLimit'; min: number; max: number };

/** A project's waiting limit: whole days, from one day to a year. */
export const WAITING_LIMIT_DAYS = { min: 1, max: 365 } as const;

/**
 * Refuses an intent that must never be queued: unknown item or phase keys, text that breaks the text rules, a
 * not-relevant status without a reason. Whether a phase change needs a reason depends on the project's state: that is
 * checkPhaseChange's job (gate.ts); here a given reason is only checked as text.
 */
export function checkIntent(model: PhaseModel, body: IntentBody): IntentProblem | undefined {
  switch (body.kind) {
    case 'setStatus':
      if (!findItem(model, body.itemKey)) return { kind: 'unknownItem' };
      if (body.status === 'notRelevant') {
        if (isBlank(body.reason)) return { kind: 'reasonRequired' };
        return checkFreeText(body.reason ?? '', 'reason', { required: true });
      }
      return undefined;
    case 'confirm':
    case 'unconfirm':
      return findItem(model, body.itemKey) ? undefined : { kind: 'unknownItem' };
    case 'setComment':
      if (!findItem(model, body.itemKey)) return { kind: 'unknownItem' };
      return checkFreeText(body.comment, 'comment');
    case 'changePhase':
      if (!findPhase(model, body.to)) return { kind: 'unknownPhase' };
      return body.reason === undefined ? undefined : checkFreeText(body.reason, 'reason');
    case 'updateProject': {
      // A project always has a title, and a listed municipality has a name; the hospital unit may be left empty.
      const { title, hospitalUnit, municipalities, waitingLimitDays } = body.changes;
      if (waitingLimitDays !== undefined && !(Number.isInteger(waitingLimitDays) && waitingLimitDays >= WAITING_LIMIT_DAYS.min && waitingLimitDays <= WAITING_LIMIT_DAYS.max)) {
        return { kind: 'waitingLimit', ...WAITING_LIMIT_DAYS };
      }
      const texts: { text: string; field: TextField; required: boolean }[] = [
        ...(title === undefined ? [] : [{ text: title, field: 'title' as const, required: true }]),
        ...(hospitalUnit === undefined ? [] : [{ text: hospitalUnit, field: 'organisation' as const, required: false }]),
        ...(municipalities ?? []).map((name) => ({ text: name, field: 'organisation' as const, required: true })),
      ];
      for (const { text, field, required } of texts) {
        const problem = checkFreeText(text, field, { required });
        if (problem) return problem;
      }
      if ((municipalities ?? []).some((name) => name.includes(LIST_SEPARATOR))) return { kind: 'listSeparator' };
      return undefined;
    }
    case 'setNotifications':
      return undefined;
  }
}
