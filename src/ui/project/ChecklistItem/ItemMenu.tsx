// The item's "…" menu: comment (on meeting surfaces), withdraw my confirmation, history, (not) relevant. Fluent's
// Menu is not needed for the first paint: the same-looking button stands in while it loads right after.
import { Suspense, lazy, useState } from 'react';
import type { JSX } from 'react';
import { Button } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import type { ChecklistItemState } from './ChecklistItem.types';
import { loadItemMenuPopover } from './onDemand';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

const ItemMenuPopover = lazy(() => loadItemMenuPopover().then((module) => ({ default: module.ItemMenuPopover })));

export function ItemMenu({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  const [pressedEarly, setPressedEarly] = useState(false);
  const buttonLabel = state.t('moreOptions', { item: state.labelText });
  const placeholder = (
    <Button className={classes.target} appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={buttonLabel} aria-haspopup="menu" onClick={() => setPressedEarly(true)} />
  );
  return (
    <Suspense fallback={placeholder}>
      <ItemMenuPopover
        entries={state.menu}
        buttonLabel={buttonLabel}
        listLabel={state.tItem('itemActions', { item: state.labelText })}
        buttonClassName={classes.target}
        defaultOpen={pressedEarly}
      />
    </Suspense>
  );
}
