// The item's "…" menu: comment (on meeting surfaces), withdraw my confirmation, history, (not) relevant. Fluent's
// Menu is not needed for the first paint: the same-looking button stands in while it loads right after. A keyboard
// user may already be on that button when the real one replaces it: the focus moves over with it.
import { Suspense, lazy, useRef, useState } from 'react';
import type { JSX } from 'react';
import { Button } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import type { ChecklistItemState } from './ChecklistItem.types';
import { loadItemMenuPopover } from './onDemand';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

const ItemMenuPopover = lazy(() => loadItemMenuPopover().then((module) => ({ default: module.ItemMenuPopover })));

export function ItemMenu({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  const [pressedEarly, setPressedEarly] = useState(false);
  // Set by the stand-in's own focus events; its removal fires no blur that React sees, so this still says true then.
  const focusedEarly = useRef(false);
  const buttonLabel = state.t('moreOptions', { item: state.labelText });
  const placeholder = (
    <Button className={classes.target} appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={buttonLabel} aria-haspopup="menu"
      onClick={() => setPressedEarly(true)}
      onFocus={() => (focusedEarly.current = true)}
      onBlur={() => (focusedEarly.current = false)}
    />
  );
  return (
    <Suspense fallback={placeholder}>
      <ItemMenuPopover
        entries={state.menu}
        buttonLabel={buttonLabel}
        listLabel={state.tItem('itemActions', { item: state.labelText })}
        buttonClassName={classes.target}
        defaultOpen={pressedEarly}
        standInFocused={focusedEarly}
      />
    </Suspense>
  );
}
