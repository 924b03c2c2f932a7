// Why the coordination site's copy of a project's model version was refused, in words: loaded only when a project
// meets such a version (the problems' texts are the model editor's, too many to carry in the first paint).
import type { JSX } from 'react';
import { translator } from '../../i18n/defineMessages';
import type { Language } from '../../model/types';
import type { ModelProblem } from '../../model/modelProblems';
import { projectStrings } from '../project';
import { describeModelProblem } from '../base/modelProblems/describeModelProblem';

export function RejectedModelWhy({ version, problems, language }: { version: string; problems: readonly ModelProblem[]; language: Language }): JSX.Element {
  const t = translator(projectStrings, language);
  return <> {t('modelMissingWhy', { version, problems: problems.map((p) => describeModelProblem(p, language)).join('; ') })}</>;
}
