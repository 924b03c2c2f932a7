// The item's "…" menu: comment (on meeting surfaces), withdraw my confirmation, history, (not) relevant.
import type { JSX } from 'react';
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import type { ChecklistItemState } from './ChecklistItem.types';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

export function ItemMenu({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button className={classes.target} appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={state.t('moreOptions', { item: state.labelText })} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList aria-label={state.tItem('itemActions', { item: state.labelText })}>
          {state.menu.map((entry) => (
            <MenuItem key={entry.key} onClick={entry.run}>
              {entry.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
