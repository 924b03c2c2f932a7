// A link that opens one item of a project where the person is: in Teams the project's channel tab by its deep link
// (the Teams client navigates, teams-js `app.openLink`); anywhere else this app's own route to the item.
import type { ReactNode } from 'react';
import { Link } from '@fluentui/react-components';
import type { ProjectLinkTarget } from '../../domain/projectLinks';
import { useShell } from '../base/HostReactContext';
import { routeHash } from '../base/routes';
import { useServices } from '../base/ServicesContext';

const TEAMS_DEEP_LINK = 'https://teams.microsoft.com/';

export function ItemLink({ target, label, children }: { target: ProjectLinkTarget; label: string; children: ReactNode }) {
  const { host } = useShell();
  const services = useServices();
  const deepLink = services.linkTo(target);
  const { openLink } = host;
  if (openLink && deepLink.startsWith(TEAMS_DEEP_LINK)) {
    return (
      <Link
        href={deepLink}
        aria-label={label}
        onClick={(event) => {
          event.preventDefault();
          void openLink(deepLink);
        }}
      >
        {children}
      </Link>
    );
  }
  return (
    <Link href={routeHash('tab', { project: target.projectKey, site: target.siteUrl, item: target.itemKey })} aria-label={label}>
      {children}
    </Link>
  );
}
