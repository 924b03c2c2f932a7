// The item's "…" menu itself (Fluent's Menu), loaded after the first paint: ItemMenu shows its button until then.
import type { JSX } from 'react';
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import type { ItemMenuEntry } from './ChecklistItem.types';

export interface ItemMenuPopoverProps {
  entries: ItemMenuEntry[];
  buttonLabel: string;
  listLabel: string;
  buttonClassName: string | undefined;
  /** Pressed before this module had loaded: open at once. */
  defaultOpen: boolean;
}

export function ItemMenuPopover(props: ItemMenuPopoverProps): JSX.Element {
  return (
    <Menu defaultOpen={props.defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <Button className={props.buttonClassName} appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={props.buttonLabel} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList aria-label={props.listLabel}>
          {props.entries.map((entry) => (
            <MenuItem key={entry.key} onClick={entry.run}>
              {entry.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
