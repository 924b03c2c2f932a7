// The projects behind a figure, each a link to the project where its row says where it lives; with a heading, the
// group an opened row shows (nothing when the figure has no projects).
import type { JSX } from 'react';
import { Link, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { ProjectRef } from '../../domain/insight/types';

export type ProjectHref = (projectKey: string) => string | undefined;

const useStyles = makeStyles({
  subheading: { ...typographyStyles.body1Strong, margin: `${tokens.spacingVerticalS} 0 0` },
});

interface ProjectListProps {
  projects: readonly ProjectRef[];
  href: ProjectHref;
  /** What each project said (the reason for "ikke relevant" or a move past the requirement), by position. */
  reasons?: readonly string[];
}

export function ProjectList({ projects, href, reasons }: ProjectListProps): JSX.Element {
  return (
    <ul>
      {projects.map((project, index) => {
        const link = href(project.projectKey);
        return (
          <li key={`${project.projectKey}-${index}`}>
            {link ? <Link href={link}>{project.title}</Link> : project.title}
            {reasons ? `: ${reasons[index] ?? ''}` : ''}
          </li>
        );
      })}
    </ul>
  );
}

/** A heading over its projects, or nothing when there are none. */
export function ProjectGroup({ heading, ...list }: ProjectListProps & { heading: string }): JSX.Element | null {
  const styles = useStyles();
  if (list.projects.length === 0) return null;
  return (
    <>
      <p className={styles.subheading}>{heading}</p>
      <ProjectList {...list} />
    </>
  );
}

/** The projects and their reasons, for a figure whose entries carry both. */
export const withReasons = (entries: readonly { project: ProjectRef; reason: string }[]): Pick<ProjectListProps, 'projects' | 'reasons'> => ({
  projects: entries.map((entry) => entry.project),
  reasons: entries.map((entry) => entry.reason),
});
