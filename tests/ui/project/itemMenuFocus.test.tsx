// @vitest-environment jsdom
// The item's menu button replaces its stand-in once Fluent's Menu has loaded. A keyboard user who was on the stand-in
// keeps the focus on the menu button; nobody else's focus is moved.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ItemMenuPopover } from '../../../src/ui/project/ChecklistItem/ItemMenuPopover';
import { renderInFluent } from '../../../testkit/projectViewFixtures';

const menu = (focused: boolean) => (
  <ItemMenuPopover entries={[]} buttonLabel="Flere valg for «Mål»" listLabel="Handlinger" buttonClassName={undefined} defaultOpen={false} standInFocused={{ current: focused }} />
);

describe('the item menu replacing its stand-in', () => {
  it('takes the focus the stand-in had (lost to the body with it)', () => {
    renderInFluent(menu(true));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flere valg for «Mål»' }));
  });

  it('takes nothing when the stand-in did not have it', () => {
    renderInFluent(menu(false));
    expect(document.activeElement).toBe(document.body);
  });

  it('takes it on replacing the stand-in only, not when it renders again later with the focus lost', () => {
    const view = renderInFluent(menu(false));
    // The stand-in had the focus long ago (its ref still says so): a later render, say after a poll, while a drawer
    // closes and the focus is on the body for a moment, must leave the focus to the drawer's opener.
    view.rerender(menu(true));
    expect(document.activeElement).toBe(document.body);
  });

  it('takes nothing from an element the user has moved on to', () => {
    const elsewhere = document.body.appendChild(document.createElement('input'));
    elsewhere.focus();
    renderInFluent(menu(true));
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});
