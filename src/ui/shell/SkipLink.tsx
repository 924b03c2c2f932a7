// "Hopp til innholdet": the first Tab stop, visible only while focused, moves focus past the bars to <main>. The
// hash is the router's, so the link focuses the target itself instead of following `#main`.
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import { visuallyHidden } from '../base/visuallyHidden';
import { appStrings } from './appStrings';
import { useShell } from '../base/HostReactContext';

export const MAIN_ID = 'main';

const useStyles = makeStyles({
  link: {
    ...visuallyHidden,
    ':focus': {
      position: 'fixed',
      top: tokens.spacingVerticalS,
      left: tokens.spacingHorizontalS,
      width: 'auto',
      height: 'auto',
      margin: 0,
      clipPath: 'none',
      overflow: 'visible',
      zIndex: 1000,
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorBrandForegroundLink,
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      ...typographyStyles.body1Strong,
    },
  },
});

export function SkipLink() {
  const { language } = useShell();
  const styles = useStyles();
  return (
    <a
      className={styles.link}
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {translator(appStrings, language)('skipToContent')}
    </a>
  );
}
