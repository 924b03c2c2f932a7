// What a person who cannot open the coordination site is told on Oversikt and in the model editor: which site it is,
// who can give access there, and what to ask for. Not the project's "ask the project lead": the coordination site
// belongs to the helsefellesskap's coordinators. Bokmål first.
import { defineMessages } from '../../../i18n/defineMessages';

export const coordinationAccessStrings = defineMessages({
  nb: {
    title: 'Du har ikke tilgang til koordineringsområdet',
    overviewBody: 'Oversikten over prosjektene ligger på koordineringsområdet til helsefellesskapet, SharePoint-nettstedet {site}, og kontoen din har ikke tilgang dit.',
    modelBody: 'Modellen og verktøykassen ligger på koordineringsområdet til helsefellesskapet, SharePoint-nettstedet {site}, og kontoen din har ikke tilgang dit.',
    whoNamed: 'Disse eier koordineringsområdet og kan gi deg tilgang: {owners}.',
    whoUnknown: 'Eierne av koordineringsområdet kan gi deg tilgang: koordinatorene eller sekretariatet i helsefellesskapet. Prosjektlederen i prosjektet ditt kan ikke gi tilgang her.',
    overviewAsk: 'Be om lesetilgang for å se Oversikt.',
    insightBody: 'Innsikt viser bruken av modellen i alle prosjektene i helsefellesskapet. Tallene ligger på koordineringsområdet, SharePoint-nettstedet {site}, og kontoen din har ikke tilgang dit.',
    insightAsk: 'Be om lesetilgang for å se Innsikt. Ditt eget prosjekt finner du i fanen i prosjektets team.',
    modelAsk: 'Be om lesetilgang for å se modellen, eller om redigeringstilgang for å endre den.',
    unknownSite: '(ikke satt opp)',
  },
  nn: {
    title: 'Du har ikkje tilgang til koordineringsområdet',
    overviewBody: 'Oversikta over prosjekta ligg på koordineringsområdet til helsefellesskapet, SharePoint-nettstaden {site}, og kontoen din har ikkje tilgang dit.',
    modelBody: 'Modellen og verktøykassa ligg på koordineringsområdet til helsefellesskapet, SharePoint-nettstaden {site}, og kontoen din har ikkje tilgang dit.',
    whoNamed: 'Desse eig koordineringsområdet og kan gi deg tilgang: {owners}.',
    whoUnknown: 'Eigarane av koordineringsområdet kan gi deg tilgang: koordinatorane eller sekretariatet i helsefellesskapet. Prosjektleiaren i prosjektet ditt kan ikkje gi tilgang her.',
    overviewAsk: 'Be om lesetilgang for å sjå Oversikt.',
    insightBody: 'Innsikt viser bruken av modellen i alle prosjekta i helsefellesskapet. Tala ligg på koordineringsområdet, SharePoint-nettstaden {site}, og kontoen din har ikkje tilgang dit.',
    insightAsk: 'Be om lesetilgang for å sjå Innsikt. Ditt eige prosjekt finn du i fana i teamet til prosjektet.',
    modelAsk: 'Be om lesetilgang for å sjå modellen, eller om redigeringstilgang for å endre han.',
    unknownSite: '(ikkje sett opp)',
  },
  en: {
    title: 'You do not have access to the coordination site',
    overviewBody: 'The overview of the projects is kept on the health community’s coordination site, the SharePoint site {site}, and your account has no access to it.',
    modelBody: 'The model and the toolbox are kept on the health community’s coordination site, the SharePoint site {site}, and your account has no access to it.',
    whoNamed: 'These people own the coordination site and can give you access: {owners}.',
    whoUnknown: 'The owners of the coordination site can give you access: the health community’s coordinators or secretariat. The lead of your project cannot give access here.',
    overviewAsk: 'Ask for read access to see the overview.',
    insightBody: 'Innsikt shows how the model is used in every project of the health community. The figures are kept on the coordination site, the SharePoint site {site}, and your account has no access to it.',
    insightAsk: 'Ask for read access to see Innsikt. Your own project is in the tab in the project’s team.',
    modelAsk: 'Ask for read access to see the model, or for edit access to change it.',
    unknownSite: '(not set up)',
  },
});
