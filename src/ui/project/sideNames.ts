// A side in words: "Kommune" as a title, "kommunen" inside a sentence.
import type { Side } from '../../model/types';
import type { ProjectMessageKey } from './strings';

export const SIDE_TITLE: Record<Side, ProjectMessageKey> = { kommune: 'sideTitleKommune', sykehus: 'sideTitleSykehus' };
export const SIDE_NAME: Record<Side, ProjectMessageKey> = { kommune: 'sideNameKommune', sykehus: 'sideNameSykehus' };
