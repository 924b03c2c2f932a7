// The phase model as data: what a coordinator can change without a release. Labels are per language;
// code compares keys only, never labels.

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in bokmål, nynorsk and English. */
export type LocalizedText = Record<Language, string>;

/** The two sides of every project: the municipality and the hospital. */
export const SIDES = ['kommune', 'sykehus'] as const;
export type Side = (typeof SIDES)[number];

/** Stable, ASCII keys. Stored in SharePoint as `phase:<key>` (see domain/keys.ts). */
export type PhaseKey = string;
export type ItemKey = string;

/** How the phase is drawn in the model figure: start/end blocks and the two halves of each diamond. */
export type PhaseShape = 'block' | 'diverge' | 'converge';

/** The five kinds of toolbox entries named by the helsefellesskap's decision. */
export const TOOL_KINDS = ['method', 'tool', 'template', 'course', 'resource'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

export interface ChecklistItemDef {
  key: ItemKey;
  label: LocalizedText;
  /** Needs a confirmation from the kommune side and from the sykehus side ("begge"). */
  requiresBothSides: boolean;
  /** What the requirement means and how a project meets it, a few sentences. */
  guidance?: LocalizedText;
  /** Keys of the toolbox entries (in any phase) that help meet it. */
  helpedBy?: string[];
  /**
   * No longer asked of projects. A key projects have used is never deleted or reused: a retired item stays in the
   * model so its history and state remain readable, but it no longer counts towards progress or gates.
   */
  retired?: boolean;
}

/** A file in a document library of the coordination site ("Maler"), opened in Office/Teams through its webUrl. */
export interface LibraryFile {
  driveId: string;
  itemId: string;
  name: string;
  webUrl: string;
}

/** When, where and by whom a course is given. Dates are ISO dates (`2026-03-12`), one per course day. */
export interface CourseDetails {
  dates: string[];
  /** Given online ("digitalt"); otherwise `place` names where. */
  digital: boolean;
  place?: string;
  provider: string;
  registrationUrl?: string;
}

export interface ToolboxEntry {
  key: string;
  kind: ToolKind;
  label: LocalizedText;
  description?: LocalizedText;
  /** The target is either an https link or a file in the coordination site's library (never both). */
  url?: string;
  file?: LibraryFile;
  /** Only for `kind: 'course'`. */
  course?: CourseDetails;
  /** No longer offered; kept so older versions and diffs still name it. */
  retired?: boolean;
}

export interface PhaseDef {
  key: PhaseKey;
  /** 0-based position in the model. */
  order: number;
  shape: PhaseShape;
  label: LocalizedText;
  shortLabel: LocalizedText;
  purpose: LocalizedText;
  checklist: ChecklistItemDef[];
  toolbox: ToolboxEntry[];
}

export interface PriorityGroup {
  key: string;
  label: LocalizedText;
}

export interface PhaseModel {
  /** Identifies the model (for example `hfi-default`); with `version`, stored on every project. */
  id: string;
  version: string;
  name: LocalizedText;
  principles: LocalizedText[];
  priorityGroups: PriorityGroup[];
  phases: PhaseDef[];
}

/**
 * One rule of the e-mail domain → organisation map that suggests a participant's organisation and side.
 * `domain` is exact (`sykehuset-innlandet.no`) or a wildcard over the label before a suffix (`*.kommune.no`).
 */
export interface DomainRule {
  domain: string;
  /** The organisation; `{name}` is replaced by the wildcard's label as a name (`lillehammer` → `Lillehammer`). */
  organisation: string;
  /** Absent for people who confirm for neither side (coordinators). */
  side?: Side;
  /** Names that cannot be read from an ASCII domain label (`oyer` → `Øyer`). */
  knownNames?: Record<string, string>;
}

/** Checked in order: exact domains first, then wildcards (see domain/participants.ts). */
export type DomainMap = DomainRule[];
