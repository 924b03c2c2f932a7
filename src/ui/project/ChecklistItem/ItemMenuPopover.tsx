// The item's "…" menu itself (Fluent's Menu), loaded after the first paint: ItemMenu shows its button until then.
import { useEffect, useRef } from 'react';
import type { JSX, RefObject } from 'react';
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
  /** Whether the stand-in button had the focus when this one replaced it: then this one takes it. */
  standInFocused?: RefObject<boolean>;
}

export function ItemMenuPopover(props: ItemMenuPopoverProps): JSX.Element {
  const button = useRef<HTMLButtonElement>(null);
  // Asked once, when this replaces the stand-in; never again on later renders (the focus is elsewhere's business then).
  const standInFocused = useRef(props.standInFocused);
  useEffect(() => {
    // Only if the focus was lost with the stand-in (it is on the body now), never taken from elsewhere.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && standInFocused.current?.current) button.current?.focus();
  }, []);
  return (
    <Menu defaultOpen={props.defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={button} className={props.buttonClassName} appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={props.buttonLabel} />
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
