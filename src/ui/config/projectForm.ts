// The config page's form as data: validation, and the project row and tab configuration it produces. Pure.
import type { ProjectInfo } from '../../domain/types';
import { checkFreeText } from '../../domain/textRules';
import type { TextProblem } from '../../domain/textRules';
import type { PhaseModel } from '../../model/types';
import type { TabConfig } from '../../host/HostAdapter';
import { phasesInOrder } from '../../model/lookup';

export interface ProjectForm {
  title: string;
  municipalities: string[];
  hospitalUnit: string;
  targetGroups: string[];
}

export interface ProjectFormProblems {
  title?: TextProblem;
  hospitalUnit?: TextProblem;
  municipalities?: 'required';
}

export const emptyProjectForm = (): ProjectForm => ({ title: '', municipalities: [], hospitalUnit: 'Sykehuset Innlandet HF', targetGroups: [] });

export function formFromProject(project: ProjectInfo): ProjectForm {
  return { title: project.title, municipalities: [...project.municipalities], hospitalUnit: project.hospitalUnit, targetGroups: [...project.targetGroups] };
}

export function checkProjectForm(form: ProjectForm): ProjectFormProblems {
  const problems: ProjectFormProblems = {};
  const title = checkFreeText(form.title, 'title', { required: true });
  if (title) problems.title = title;
  const unit = checkFreeText(form.hospitalUnit, 'organisation', { required: true });
  if (unit) problems.hospitalUnit = unit;
  if (form.municipalities.length === 0) problems.municipalities = 'required';
  return problems;
}

export const isProjectFormValid = (form: ProjectForm): boolean => Object.keys(checkProjectForm(form)).length === 0;

/** A new project at the first phase of `model` (the newest published version), recording that version. */
export function newProjectInfo(form: ProjectForm, model: PhaseModel, projectKey: string, now: string, team: { groupId?: string; channelId?: string } = {}): ProjectInfo {
  const first = phasesInOrder(model)[0];
  return {
    projectKey,
    title: form.title.trim(),
    ...(team.groupId ? { teamGroupId: team.groupId } : {}),
    ...(team.channelId ? { channelId: team.channelId } : {}),
    currentPhase: first?.key ?? '',
    phaseEnteredAt: now,
    modelId: model.id,
    modelVersion: model.version,
    targetGroups: [...form.targetGroups],
    municipalities: [...form.municipalities],
    hospitalUnit: form.hospitalUnit.trim(),
    lifecycleStatus: 'active',
    updatedAt: now,
  };
}

/** What changed, for an `updateProject` intent; undefined when nothing did. */
export function projectChanges(before: ProjectInfo, form: ProjectForm): Partial<Pick<ProjectInfo, 'title' | 'municipalities' | 'hospitalUnit' | 'targetGroups'>> | undefined {
  const changes: Partial<Pick<ProjectInfo, 'title' | 'municipalities' | 'hospitalUnit' | 'targetGroups'>> = {};
  const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
  if (form.title.trim() !== before.title) changes.title = form.title.trim();
  if (form.hospitalUnit.trim() !== before.hospitalUnit) changes.hospitalUnit = form.hospitalUnit.trim();
  if (!sameList(form.municipalities, before.municipalities)) changes.municipalities = [...form.municipalities];
  if (!sameList(form.targetGroups, before.targetGroups)) changes.targetGroups = [...form.targetGroups];
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/** The tab's configuration in Teams: the entity id is the project key, so re-opening the settings edits it. */
export function tabConfigFor(origin: string, projectKey: string, title: string): TabConfig {
  const url = `${origin}/index.html#/tab?project=${encodeURIComponent(projectKey)}`;
  return { entityId: projectKey, contentUrl: url, websiteUrl: url, suggestedDisplayName: `Felles modell – ${title.trim()}` };
}
