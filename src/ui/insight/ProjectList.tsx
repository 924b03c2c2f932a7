// The projects behind a figure, each a link to the project where its row says where it lives.
import type { JSX } from 'react';
import { Link } from '@fluentui/react-components';
import type { ProjectRef } from '../../domain/insight/types';

export type ProjectHref = (projectKey: string) => string | undefined;

export function ProjectList({ projects, href, extra }: { projects: readonly ProjectRef[]; href: ProjectHref; extra?: (project: ProjectRef, index: number) => string }): JSX.Element {
  return (
    <ul>
      {projects.map((project, index) => {
        const link = href(project.projectKey);
        return (
          <li key={`${project.projectKey}-${index}`}>
            {link ? <Link href={link}>{project.title}</Link> : project.title}
            {extra ? `: ${extra(project, index)}` : ''}
          </li>
        );
      })}
    </ul>
  );
}
