// An item's primary action (the tick, or the confirm button for my side) carries this mark: a link that opens the
// item (Venter på meg, a Teams notice) puts the keyboard there. Every control of an item is its own Tab stop, so
// nothing else says which one comes first in importance.
export const PRIMARY_ACTION = { 'data-primary-action': '' } as const;

export const PRIMARY_ACTION_SELECTOR = '[data-primary-action]';
