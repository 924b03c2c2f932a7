// Local mode's bar: who you are (switchable per window) and which demo project you look at.
import { useId } from 'react';
import { Badge, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { translator } from '../../../i18n/defineMessages';
import { DEMO_PROJECTS } from '../../../model/demoProjects';
import { appStrings } from '../appStrings';
import { useShell } from '../../base/HostReactContext';
import { routeHash } from '../../base/routes';
import type { DevUser } from './devDirectory';
import { ActivityPanel } from './ActivityPanel';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  field: { minWidth: 0, flex: '1 1 14rem', maxWidth: '28rem' },
  // A native select is as wide as its longest option unless told otherwise: keep it inside a 320 px side panel.
  select: { width: '100%', maxWidth: '100%', minWidth: 0 },
  badgeRow: { flexBasis: '100%', minWidth: 0 },
  badge: { maxWidth: '100%', whiteSpace: 'normal', height: 'auto' },
});

export interface LocalModeBarProps {
  users: DevUser[];
  current: DevUser;
  onChooseUser: (id: string) => void;
  currentProject: string | undefined;
}

export function LocalModeBar({ users, current, onChooseUser, currentProject }: LocalModeBarProps) {
  const { language } = useShell();
  const t = translator(appStrings, language);
  const styles = useStyles();
  const userId = useId();
  const projectId = useId();
  return (
    <header className={styles.bar} aria-label={t('localModeBadge')}>
      <div className={styles.badgeRow}>
        <Badge appearance="tint" color="warning" className={styles.badge}>
          {t('localModeBadge')}
        </Badge>
      </div>
      <Field label={t('devUser')} className={styles.field}>
        <Select className={styles.select} select={{ className: styles.select }} id={userId} title={t('devUserHint')} value={current.id} onChange={(_e, data) => onChooseUser(data.value)}>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {`${user.displayName} – ${user.organisation}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('switchProject')} className={styles.field}>
        <Select
          className={styles.select}
          select={{ className: styles.select }}
          id={projectId}
          value={currentProject ?? ''}
          onChange={(_e, data) => {
            const project = DEMO_PROJECTS.find((p) => p.projectKey === data.value);
            if (project) window.location.hash = routeHash('tab', { project: project.projectKey, site: project.siteUrl });
          }}
        >
          <option value="" disabled>
            {t('chooseProject')}
          </option>
          {DEMO_PROJECTS.map((project) => (
            <option key={project.projectKey} value={project.projectKey}>
              {project.title}
            </option>
          ))}
        </Select>
      </Field>
      <ActivityPanel key={current.id} user={current} />
    </header>
  );
}
