// The checklist item's own text beyond the project view's (../strings.ts): the compact, meeting-sized forms.
import { defineMessages } from '../../../i18n/defineMessages';

export const checklistItemStrings = defineMessages({
  nb: {
    confirmedByName: 'Bekreftet av {name}',
    itemActions: 'Handlinger for «{item}»',
    commentMenu: 'Kommenter …',
    historyMenu: 'Vis historikk',
  },
  nn: {
    confirmedByName: 'Stadfesta av {name}',
    itemActions: 'Handlingar for «{item}»',
    commentMenu: 'Kommenter …',
    historyMenu: 'Vis historikk',
  },
  en: {
    confirmedByName: 'Confirmed by {name}',
    itemActions: 'Actions for “{item}”',
    commentMenu: 'Comment …',
    historyMenu: 'Show history',
  },
});

export type ChecklistItemMessageKey = keyof typeof checklistItemStrings.nb;
