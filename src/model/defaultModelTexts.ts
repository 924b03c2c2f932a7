// The default model's longer texts: what each requirement means and how a project meets it, and what each toolbox
// entry is for. Written for this app in bokmål, nynorsk and English (not copied from the sources the links point to).
// Keyed by the stable keys of defaultModel.ts; a test checks that every requirement and entry has its text.
import type { ItemKey, LocalizedText } from './types';

function text(nb: string, nn: string, en: string): LocalizedText {
  return { nb, nn, en };
}

/** What a requirement means and how a project meets it (a few sentences, shown beside the requirement). */
export const REQUIREMENT_GUIDANCE: Record<ItemKey, LocalizedText> = {
  // ---- Forankring og oppstart ------------------------------------------------------------------------------------
  'forankring.mandat-godkjent': text(
    'Mandatet sier hva prosjektet skal oppnå, hvem som eier det, hvilke ressurser det får og når eierne skal ta stilling til det igjen. Det er oppfylt når en leder med beslutningsmyndighet i kommunen og en i sykehuset har godkjent det skriftlig, for eksempel i en e-post eller et signert dokument som ligger i teamets filer.',
    'Mandatet seier kva prosjektet skal oppnå, kven som eig det, kva ressursar det får og når eigarane skal ta stilling til det igjen. Det er oppfylt når ein leiar med avgjerdsmynde i kommunen og ein i sjukehuset har godkjent det skriftleg, til dømes i ein e-post eller eit signert dokument som ligg i filene til teamet.',
    'The mandate states what the project is to achieve, who owns it, what resources it gets and when the owners will review it. It is met when a manager with decision-making authority in the municipality and one in the hospital have approved it in writing, for example by e-mail or in a signed document kept in the team’s files.',
  ),
  'forankring.utfordring-beskrevet': text(
    'Skriv utfordringen slik pasienten, pårørende og ansatte opplever den, ikke som en løsning dere allerede har valgt. Én side holder. Kravet er oppfylt når begge parter har lest beskrivelsen og sagt seg enige i at den treffer.',
    'Skriv utfordringa slik pasienten, pårørande og tilsette opplever ho, ikkje som ei løysing de alt har valt. Éi side held. Kravet er oppfylt når begge partar har lese skildringa og sagt seg samde i at ho treffer.',
    'Describe the challenge as patients, relatives and staff experience it, not as a solution you have already chosen. One page is enough. The requirement is met when both parties have read the description and agreed that it is accurate.',
  ),
  'forankring.kontaktperson-per-part': text(
    'Likeverdig partnerskap betyr at kommunen og sykehuset eier arbeidet sammen. Hver part peker ut en kontaktperson som kan ta beslutninger i det daglige og som sitter i styringen på lik linje med den andre. Skriv navnene inn i mandatet.',
    'Likeverdig partnarskap tyder at kommunen og sjukehuset eig arbeidet saman. Kvar part peikar ut ein kontaktperson som kan ta avgjerder i det daglege og som sit i styringa på lik line med den andre. Skriv namna inn i mandatet.',
    'An equal partnership means the municipality and the hospital own the work together. Each party names a contact person who can make day-to-day decisions and who sits on the steering group on an equal footing with the other. Write the names into the mandate.',
  ),
  'forankring.ressurser-avsatt': text(
    'Det holder ikke at arbeidet er ønsket: deltakerne må ha tid til det. Avklar hvor mange timer hver deltaker kan bruke, og hvem som dekker eventuelle kostnader, og få det bekreftet av nærmeste leder hos begge parter.',
    'Det held ikkje at arbeidet er ønskt: deltakarane må ha tid til det. Avklar kor mange timar kvar deltakar kan bruke, og kven som dekkjer eventuelle kostnader, og få det stadfesta av næraste leiar hos begge partar.',
    'Wanting the work is not enough: the participants need time for it. Agree how many hours each participant can spend and who covers any costs, and have it confirmed by the line manager on both sides.',
  ),
  'forankring.strategi-og-prioriterte-grupper': text(
    'Vis kort hvordan prosjektet støtter helsefellesskapets strategi og hvilke prioriterte pasientgrupper det gjelder. Avklar også hvem i FSU eller SSU som skal holdes orientert, slik at arbeidet er kjent der beslutningene om samhandling tas.',
    'Vis kort korleis prosjektet støttar strategien til helsefellesskapet og kva prioriterte pasientgrupper det gjeld. Avklar òg kven i FSU eller SSU som skal haldast orientert, slik at arbeidet er kjent der avgjerdene om samhandling blir tekne.',
    'Show briefly how the project supports the health community’s strategy and which priority patient groups it concerns. Also agree who in the strategic or operational cooperation committee (FSU/SSU) is kept informed, so the work is known where decisions about cooperation are made.',
  ),
  'forankring.brukerrepresentant': text(
    'En brukerrepresentant skal være med fra første møte, ikke bare bli spurt til slutt. Vurder samtidig om fastlegen og en tillitsvalgt bør delta, fordi mange forløp går gjennom fastlegen og endringer berører ansattes arbeidsdag.',
    'Ein brukarrepresentant skal vere med frå første møtet, ikkje berre bli spurd til slutt. Vurder samstundes om fastlegen og ein tillitsvald bør delta, fordi mange forløp går gjennom fastlegen og endringar rører ved arbeidsdagen til dei tilsette.',
    'A user representative takes part from the first meeting, not only when asked at the end. Consider at the same time whether the regular GP and an employee representative should take part, since many care pathways go through the GP and changes affect staff’s working day.',
  ),
  'forankring.interessentanalyse': text(
    'Kartlegg hvem som påvirkes av eller kan påvirke arbeidet, i begge organisasjoner og utenfor, og hvordan dere vil involvere hver av dem. Del analysen med alle deltakerne slik at alle vet hvem som må med.',
    'Kartlegg kven som blir påverka av eller kan påverke arbeidet, i begge organisasjonane og utanfor, og korleis de vil involvere kvar av dei. Del analysen med alle deltakarane slik at alle veit kven som må med.',
    'Map who is affected by or can influence the work, in both organisations and beyond, and how you will involve each of them. Share the analysis with all participants so everyone knows who needs to be on board.',
  ),

  // ---- Utforske --------------------------------------------------------------------------------------------------
  'utforske.forlop-kartlagt': text(
    'Tegn dagens forløp steg for steg sammen i én arbeidsøkt, med ansatte som kjenner hver sin del av det fra kommunen og fra sykehuset. Merk overgangene mellom nivåene: der oppstår ofte problemene. Ta bilde av eller lagre kartet i teamets filer.',
    'Teikn dagens forløp steg for steg saman i éi arbeidsøkt, med tilsette som kjenner kvar sin del av det frå kommunen og frå sjukehuset. Merk overgangane mellom nivåa: der oppstår ofte problema. Ta bilete av eller lagre kartet i filene til teamet.',
    'Draw today’s pathway step by step together in one working session, with staff from the municipality and the hospital who each know their part of it. Mark the hand-overs between levels: that is where problems often arise. Photograph or save the map in the team’s files.',
  ),
  'utforske.bruker-innsikt': text(
    'Snakk med og observer pasienter og pårørende for å forstå hva som betyr noe for dem. Skriv ned funnene uten navn, fødselsdato eller andre opplysninger som kan identifisere noen; appen lagrer aldri pasientopplysninger.',
    'Snakk med og observer pasientar og pårørande for å forstå kva som betyr noko for dei. Skriv ned funna utan namn, fødselsdato eller andre opplysningar som kan identifisere nokon; appen lagrar aldri pasientopplysningar.',
    'Talk to and observe patients and relatives to understand what matters to them. Write the findings down without names, dates of birth or anything else that could identify someone; the app never stores patient data.',
  ),
  'utforske.styringsdata': text(
    'Hent tall fra begge parter, for eksempel antall innleggelser, reinnleggelser, liggedøgn og kommunale tjenester for gruppen. Tall fra bare den ene siden gir et skjevt bilde av hvor belastningen ligger.',
    'Hent tal frå begge partar, til dømes talet på innleggingar, reinnleggingar, liggjedøgn og kommunale tenester for gruppa. Tal frå berre den eine sida gir eit skeivt bilete av kvar belastninga ligg.',
    'Gather figures from both parties, such as admissions, readmissions, bed days and municipal services for the group. Figures from one side only give a skewed picture of where the burden lies.',
  ),
  'utforske.andre-tiltak': text(
    'Undersøk om andre helsefellesskap, kommuner eller sykehus har prøvd noe lignende, og hva de lærte. En kort oppsummering sparer dere for å gjøre de samme feilene og kan gi et konsept å bygge videre på.',
    'Undersøk om andre helsefellesskap, kommunar eller sjukehus har prøvd noko liknande, og kva dei lærte. Ei kort oppsummering sparer dykk for å gjere dei same feila og kan gi eit konsept å byggje vidare på.',
    'Find out whether other health communities, municipalities or hospitals have tried something similar and what they learned. A short summary saves you from repeating their mistakes and may give you a concept to build on.',
  ),
  'utforske.nullpunkt-avklart': text(
    'Bestem nå hva dere senere vil måle endringen mot, og hvor tallene skal hentes fra. Uten et avtalt nullpunkt blir det vanskelig å vise at tiltaket virket.',
    'Bestem no kva de seinare vil måle endringa mot, og kvar tala skal hentast frå. Utan eit avtalt nullpunkt blir det vanskeleg å vise at tiltaket verka.',
    'Decide now what you will later measure the change against, and where the figures will come from. Without an agreed baseline it is hard to show that the measure worked.',
  ),

  // ---- Definere --------------------------------------------------------------------------------------------------
  'definere.funn-validert': text(
    'Legg fram hovedfunnene fra innsiktsarbeidet for deltakere fra begge parter og spør om de kjenner seg igjen. Juster funnene der de ikke stemmer, før dere formulerer problemstillingen.',
    'Legg fram hovudfunna frå innsiktsarbeidet for deltakarar frå begge partar og spør om dei kjenner seg att. Juster funna der dei ikkje stemmer, før de formulerer problemstillinga.',
    'Present the main findings from the insight work to participants from both parties and ask whether they recognise them. Adjust the findings where they do not hold before you formulate the problem statement.',
  ),
  'definere.problemstilling-godkjent': text(
    'Samle innsikten i én problemstilling på formen «Hvordan kan vi …?». Den skal være åpen nok til å gi rom for flere løsninger og smal nok til å kunne løses. Eierne i kommunen og i sykehuset godkjenner den før dere går videre.',
    'Samle innsikta i éi problemstilling på forma «Korleis kan vi …?». Ho skal vere open nok til å gi rom for fleire løysingar og smal nok til å kunne løysast. Eigarane i kommunen og i sjukehuset godkjenner ho før de går vidare.',
    'Gather the insight into one problem statement of the form “How might we …?”. It should be open enough to allow several solutions and narrow enough to be solvable. The owners in the municipality and the hospital approve it before you move on.',
  ),
  'definere.mal-med-indikatorer': text(
    'Effektmål beskriver hva som skal bli bedre for pasientene og tjenestene; resultatmål beskriver hva prosjektet leverer. Gi hvert mål minst én indikator som kan måles, med kilde og hvem som måler.',
    'Effektmål skildrar kva som skal bli betre for pasientane og tenestene; resultatmål skildrar kva prosjektet leverer. Gi kvart mål minst éin indikator som kan målast, med kjelde og kven som måler.',
    'Impact goals describe what will improve for patients and services; result goals describe what the project delivers. Give each goal at least one measurable indicator, with its source and who measures it.',
  ),
  'definere.gevinstkart': text(
    'Gevinstkartet viser sammenhengen fra tiltaket til gevinstene, og hvem de tilfaller: kommunen, sykehuset eller pasienten. Hver part har en navngitt gevinstansvarlig, fordi gevinster som ingen eier, sjelden blir hentet ut.',
    'Gevinstkartet viser samanhengen frå tiltaket til gevinstane, og kven dei fell til: kommunen, sjukehuset eller pasienten. Kvar part har ein namngitt gevinstansvarleg, fordi gevinstar som ingen eig, sjeldan blir henta ut.',
    'The benefits map shows the chain from the measure to the benefits and who receives them: the municipality, the hospital or the patient. Each party has a named benefits owner, because benefits nobody owns are seldom realised.',
  ),
  'definere.avgrensning': text(
    'Skriv ned hva prosjektet ikke skal gjøre. En tydelig avgrensning hjelper dere å si nei til gode ideer som hører hjemme i et annet arbeid, og gjør det lettere å bli ferdig.',
    'Skriv ned kva prosjektet ikkje skal gjere. Ei tydeleg avgrensing hjelper dykk å seie nei til gode idear som høyrer heime i eit anna arbeid, og gjer det lettare å bli ferdig.',
    'Write down what the project will not do. A clear scope helps you say no to good ideas that belong to other work and makes it easier to finish.',
  ),
  'definere.beslutning-videre': text(
    'Før dere bruker tid på løsninger, tar eierne hos begge parter stilling til om arbeidet skal fortsette, på grunnlag av problemstillingen, målene og gevinstkartet. Et begrunnet nei er også et godt resultat.',
    'Før de bruker tid på løysingar, tek eigarane hos begge partar stilling til om arbeidet skal halde fram, på grunnlag av problemstillinga, måla og gevinstkartet. Eit grunngitt nei er òg eit godt resultat.',
    'Before you spend time on solutions, the owners on both sides decide whether the work continues, based on the problem statement, the goals and the benefits map. A reasoned no is also a good outcome.',
  ),

  // ---- Utvikle ---------------------------------------------------------------------------------------------------
  'utvikle.ideverksted': text(
    'Samle deltakere fra kommunen, sykehuset og brukersiden til et verksted der dere lager mange ideer før dere vurderer dem. Bruk problemstillingen som utgangspunkt og la alle komme til orde.',
    'Samle deltakarar frå kommunen, sjukehuset og brukarsida til ei verkstad der de lagar mange idear før de vurderer dei. Bruk problemstillinga som utgangspunkt og la alle kome til orde.',
    'Bring together participants from the municipality, the hospital and the user side for a workshop where you generate many ideas before judging them. Start from the problem statement and let everyone have their say.',
  ),
  'utvikle.to-konsepter': text(
    'Utvikle minst to konsepter så langt at de kan sammenlignes på nytte for brukeren, gjennomførbarhet og kostnad. Det hindrer at den første ideen blir valgt bare fordi den kom først.',
    'Utvikle minst to konsept så langt at dei kan samanliknast på nytte for brukaren, kor gjennomførlege dei er og kostnad. Det hindrar at den første ideen blir vald berre fordi han kom først.',
    'Develop at least two concepts far enough to compare them on value to the user, feasibility and cost. This prevents the first idea from being chosen just because it came first.',
  ),
  'utvikle.tjenesteblakopi': text(
    'Tjenesteblåkopien viser steg for steg hva pasienten opplever, hva ansatte gjør foran og bak kulissene, og hvem som har ansvaret i hver overgang mellom kommune og sykehus. Begge parter bekrefter at den beskriver det de skal gjøre.',
    'Tenesteblåkopien viser steg for steg kva pasienten opplever, kva tilsette gjer framfor og bak kulissane, og kven som har ansvaret i kvar overgang mellom kommune og sjukehus. Begge partar stadfestar at han skildrar det dei skal gjere.',
    'The service blueprint shows step by step what the patient experiences, what staff do in front of and behind the scenes, and who is responsible at each hand-over between municipality and hospital. Both parties confirm that it describes what they will do.',
  ),
  'utvikle.prototype': text(
    'Prøv konseptet billig før dere bygger det: en papirskisse, et rollespill eller en enkel simulering med brukere og ansatte. Skriv ned hva dere lærte og hva dere endret.',
    'Prøv konseptet billeg før de byggjer det: ei papirskisse, eit rollespel eller ei enkel simulering med brukarar og tilsette. Skriv ned kva de lærte og kva de endra.',
    'Try the concept cheaply before building it: a paper sketch, a role play or a simple simulation with users and staff. Write down what you learned and what you changed.',
  ),
  'utvikle.ros-dpia-vurdert': text(
    'Hvis løsningen skal behandle helseopplysninger, for eksempel dele informasjon mellom nivåene, må dere vurdere risiko og personvern etter Normen. Kravet er oppfylt når vurderingen er gjort og det er avgjort om en ROS-analyse eller en DPIA trengs.',
    'Viss løysinga skal behandle helseopplysningar, til dømes dele informasjon mellom nivåa, må de vurdere risiko og personvern etter Normen. Kravet er oppfylt når vurderinga er gjord og det er avgjort om ein ROS-analyse eller ein DPIA trengst.',
    'If the solution will process health data, for example by sharing information between levels, you must assess risk and privacy under Normen, the Norwegian code of conduct for information security in health care. The requirement is met when the assessment is done and it is decided whether a risk analysis or a DPIA is needed.',
  ),
  'utvikle.konsekvenser-avklart': text(
    'Avklar hva det valgte konseptet betyr for budsjett, samarbeidsavtaler, tjenesteavtaler og prosedyrer hos hver part, og hvem som må vedta endringene. Begge parter bekrefter at konsekvensene er kjent før piloten.',
    'Avklar kva det valde konseptet tyder for budsjett, samarbeidsavtalar, tenesteavtalar og prosedyrar hos kvar part, og kven som må vedta endringane. Begge partar stadfestar at konsekvensane er kjende før piloten.',
    'Clarify what the chosen concept means for budgets, cooperation agreements, service agreements and procedures in each party, and who must approve the changes. Both parties confirm that the consequences are known before the pilot.',
  ),

  // ---- Levere ----------------------------------------------------------------------------------------------------
  'levere.pilotplan-godkjent': text(
    'Pilotplanen beskriver mål, omfang, tidsrom, hvem som deltar, opplæring, hva som gjøres når noe går galt, og hvordan dere måler. Begge parter godkjenner den, slik at ingen blir overrasket når piloten starter.',
    'Pilotplanen skildrar mål, omfang, tidsrom, kven som deltek, opplæring, kva som blir gjort når noko går gale, og korleis de måler. Begge partar godkjenner han, slik at ingen blir overraska når piloten startar.',
    'The pilot plan describes goals, scope, time frame, who takes part, training, what happens when something goes wrong, and how you measure. Both parties approve it so that nobody is surprised when the pilot starts.',
  ),
  'levere.nullpunktsmaling': text(
    'Mål indikatorene dere valgte før piloten starter, med de samme kildene dere skal bruke senere. Målingen blir grunnlaget for å vise gevinster.',
    'Mål indikatorane de valde før piloten startar, med dei same kjeldene de skal bruke seinare. Målinga blir grunnlaget for å vise gevinstar.',
    'Measure the indicators you chose before the pilot starts, using the same sources you will use later. This measurement becomes the basis for showing benefits.',
  ),
  'levere.pdsa-sykluser': text(
    'Kjør piloten i korte runder: planlegg, gjennomfør, studer resultatet og juster. Skriv ned læringen fra hver runde, så den kan brukes når løsningen skal spres.',
    'Køyr piloten i korte rundar: planlegg, gjennomfør, studer resultatet og juster. Skriv ned lærdommen frå kvar runde, så han kan brukast når løysinga skal spreiast.',
    'Run the pilot in short cycles: plan, do, study the result and act. Write down what each cycle taught you so it can be used when the solution is spread.',
  ),
  'levere.beslutning-videreforing': text(
    'Når piloten er ferdig, tar eierne hos begge parter en felles beslutning: videreføre, justere eller avslutte. Beslutningen bygger på målingene og læringen fra piloten.',
    'Når piloten er ferdig, tek eigarane hos begge partar ei felles avgjerd: vidareføre, justere eller avslutte. Avgjerda byggjer på målingane og lærdommen frå piloten.',
    'When the pilot ends, the owners on both sides make a joint decision: continue, adjust or stop. The decision is based on the measurements and what the pilot taught you.',
  ),
  'levere.rutiner-oppdatert': text(
    'Ny praksis varer bare hvis den står i rutinene. Oppdater prosedyrer og kvalitetssystem hos begge parter, og få dem vedtatt der slike vedtak tas.',
    'Ny praksis varer berre viss han står i rutinane. Oppdater prosedyrar og kvalitetssystem hos begge partar, og få dei vedtekne der slike vedtak blir gjorde.',
    'New practice only lasts if it is in the procedures. Update procedures and quality systems in both organisations and have them approved where such decisions are made.',
  ),
  'levere.drifts-og-gevinstansvar': text(
    'Når prosjektet slutter, må noen eie løsningen. Hver organisasjon navngir en person med driftsansvar og en med ansvar for å hente ut gevinstene.',
    'Når prosjektet sluttar, må nokon eige løysinga. Kvar organisasjon namngir ein person med driftsansvar og ein med ansvar for å hente ut gevinstane.',
    'When the project ends, someone must own the solution. Each organisation names a person responsible for operations and one responsible for realising the benefits.',
  ),
  'levere.opplaering': text(
    'Alle ansatte som berøres, i kommunen og i sykehuset, har fått opplæring før de tar løsningen i bruk. Planlegg også opplæring av nyansatte.',
    'Alle tilsette som blir rørte ved, i kommunen og i sjukehuset, har fått opplæring før dei tek løysinga i bruk. Planlegg òg opplæring av nytilsette.',
    'Every affected member of staff, in the municipality and the hospital, has been trained before using the solution. Also plan training for new staff.',
  ),

  // ---- Lær og del ------------------------------------------------------------------------------------------------
  'laer-og-del.gevinster-malt': text(
    'Mål gevinstene mot nullpunktet på tidspunktene dere avtalte i gevinstrealiseringsplanen, og rapporter resultatet til FSU eller SSU. Begge parter bekrefter tallene fra sin side.',
    'Mål gevinstane mot nullpunktet på tidspunkta de avtalte i gevinstrealiseringsplanen, og rapporter resultatet til FSU eller SSU. Begge partar stadfestar tala frå si side.',
    'Measure the benefits against the baseline at the times agreed in the benefits realisation plan, and report the result to the cooperation committee (FSU or SSU). Both parties confirm the figures from their side.',
  ),
  'laer-og-del.indikatorer-i-drift': text(
    'Velg noen få indikatorer som følges opp i vanlige driftsmøter etter at prosjektet er avsluttet. Da merker dere tidlig om den nye praksisen glir ut.',
    'Vel nokre få indikatorar som blir følgde opp i vanlege driftsmøte etter at prosjektet er avslutta. Då merkar de tidleg om den nye praksisen glir ut.',
    'Choose a few indicators that are followed up in ordinary operational meetings after the project has ended. That way you notice early if the new practice slips.',
  ),
  'laer-og-del.samarbeid-evaluert': text(
    'Se tilbake på samarbeidet sammen: opplevde begge parter seg som likeverdige, var arbeidet godt nok forankret, og hva ville dere gjort annerledes? Begge parter bekrefter at evalueringen er gjort.',
    'Sjå tilbake på samarbeidet saman: opplevde begge partar seg som likeverdige, var arbeidet godt nok forankra, og kva ville de gjort annleis? Begge partar stadfestar at evalueringa er gjord.',
    'Look back on the cooperation together: did both parties feel equal, was the work anchored well enough, and what would you do differently? Both parties confirm that the evaluation has been done.',
  ),
  'laer-og-del.erfaringsnotat': text(
    'Skriv et kort erfaringsnotat om hva dere gjorde, hva som virket og hva som ikke gjorde det, og publiser det i helsefellesskapet, i KomINN eller et tilsvarende sted, slik at andre kan bygge videre.',
    'Skriv eit kort erfaringsnotat om kva de gjorde, kva som verka og kva som ikkje gjorde det, og publiser det i helsefellesskapet, i KomINN eller ein tilsvarande stad, slik at andre kan byggje vidare.',
    'Write a short lessons-learned note on what you did, what worked and what did not, and publish it in the health community, in KomINN or a similar place, so others can build on it.',
  ),
  'laer-og-del.videre-forbedring': text(
    'Avtal hvem som har ansvaret for å forbedre løsningen videre etter prosjektet, og hvordan kommunen og sykehuset fortsatt skal samarbeide om den.',
    'Avtal kven som har ansvaret for å forbetre løysinga vidare etter prosjektet, og korleis kommunen og sjukehuset framleis skal samarbeide om ho.',
    'Agree who is responsible for improving the solution further after the project, and how the municipality and the hospital will keep working together on it.',
  ),
  'laer-og-del.tilbakemelding-brukere': text(
    'Fortell brukerrepresentantene hva innspillene deres førte til, også det dere ikke fikk til. Det viser at medvirkningen betydde noe og gjør det lettere å rekruttere brukere neste gang.',
    'Fortel brukarrepresentantane kva innspela deira førte til, også det de ikkje fekk til. Det viser at medverknaden betydde noko og gjer det lettare å rekruttere brukarar neste gong.',
    'Tell the user representatives what their input led to, including what you could not do. It shows that their involvement mattered and makes it easier to recruit users next time.',
  ),
};

/** The toolbox entries a requirement's guidance points to (keys in the same phase's toolbox). */
export const REQUIREMENT_HELPED_BY: Record<ItemKey, string[]> = {
  'forankring.mandat-godkjent': ['forankring.verktoy.mandatmal', 'forankring.ressurs.prosjektveiviseren'],
  'forankring.utfordring-beskrevet': ['forankring.verktoy.prosjektpresentasjon', 'forankring.mal.prosjektpresentasjon', 'forankring.ressurs.ks-veikart-forankring'],
  'forankring.kontaktperson-per-part': ['forankring.verktoy.mandatmal', 'forankring.ressurs.digdir-huskeliste'],
  'forankring.ressurser-avsatt': ['forankring.verktoy.forankringsplan'],
  'forankring.strategi-og-prioriterte-grupper': ['forankring.verktoy.forankringsplan', 'forankring.verktoy.gevinsthypoteser'],
  'forankring.brukerrepresentant': ['forankring.verktoy.interessentanalyse', 'forankring.ressurs.stimulab'],
  'forankring.interessentanalyse': ['forankring.verktoy.interessentanalyse', 'forankring.mal.interessentanalyse'],
  'utforske.forlop-kartlagt': ['utforske.verktoy.tjenestereise', 'utforske.verktoy.aktorkart'],
  'utforske.bruker-innsikt': ['utforske.verktoy.intervju-observasjon', 'utforske.mal.intervjuguide', 'utforske.verktoy.empatikart', 'utforske.ressurs.ks-veikart-innsikt'],
  'utforske.styringsdata': ['utforske.ressurs.hdir-behov-til-praksis'],
  'utforske.andre-tiltak': ['utforske.ressurs.hdir-behov-til-praksis'],
  'utforske.nullpunkt-avklart': ['utforske.verktoy.fem-hvorfor'],
  'definere.funn-validert': ['definere.verktoy.innsiktssyntese', 'definere.verktoy.personas'],
  'definere.problemstilling-godkjent': ['definere.verktoy.hvordan-kan-vi'],
  'definere.mal-med-indikatorer': ['definere.verktoy.malhierarki'],
  'definere.gevinstkart': ['definere.verktoy.gevinstkart', 'definere.mal.gevinstplan', 'definere.ressurs.dfo-identifisere-gevinster', 'definere.ressurs.ks-gevinstrealisering'],
  'definere.avgrensning': ['definere.verktoy.malhierarki'],
  'definere.beslutning-videre': ['definere.verktoy.gevinstkart'],
  'utvikle.ideverksted': ['utvikle.verktoy.ideverksted'],
  'utvikle.to-konsepter': ['utvikle.verktoy.konseptvurdering', 'utvikle.verktoy.fremtidig-brukerreise'],
  'utvikle.tjenesteblakopi': ['utvikle.verktoy.tjenesteblakopi', 'utvikle.ressurs.digdir-tjenestedesign'],
  'utvikle.prototype': ['utvikle.verktoy.prototyping', 'utvikle.ressurs.ks-veikart'],
  'utvikle.ros-dpia-vurdert': ['utvikle.verktoy.ros-analyse', 'utvikle.mal.ros-analyse', 'utvikle.ressurs.normen-skytjenester'],
  'utvikle.konsekvenser-avklart': ['utvikle.verktoy.konseptvurdering'],
  'levere.pilotplan-godkjent': ['levere.verktoy.pilotering', 'levere.mal.pilotplan', 'levere.ressurs.innomed-pilotering', 'levere.ressurs.ks-veikart-pilotering'],
  'levere.nullpunktsmaling': ['levere.verktoy.gevinstrealiseringsplan'],
  'levere.pdsa-sykluser': ['levere.verktoy.pdsa'],
  'levere.beslutning-videreforing': ['levere.verktoy.pilotering'],
  'levere.rutiner-oppdatert': ['levere.verktoy.implementeringsplan'],
  'levere.drifts-og-gevinstansvar': ['levere.verktoy.gevinstrealiseringsplan', 'levere.ressurs.prosjektveiviseren-gevinstrealiseringsplan'],
  'levere.opplaering': ['levere.verktoy.implementeringsplan', 'levere.verktoy.kommunikasjonsplan'],
  'laer-og-del.gevinster-malt': ['laer-og-del.verktoy.gevinstoppfolging', 'laer-og-del.ressurs.dfo-gevinstrealisering'],
  'laer-og-del.indikatorer-i-drift': ['laer-og-del.verktoy.kontinuerlig-forbedring', 'laer-og-del.ressurs.helsebiblioteket-kvalitetsforbedring'],
  'laer-og-del.samarbeid-evaluert': ['laer-og-del.verktoy.laeringsmote'],
  'laer-og-del.erfaringsnotat': ['laer-og-del.verktoy.erfaringsdeling', 'laer-og-del.mal.erfaringsnotat', 'laer-og-del.ressurs.ks-veikart-ny-praksis'],
  'laer-og-del.videre-forbedring': ['laer-og-del.verktoy.kontinuerlig-forbedring', 'laer-og-del.verktoy.spredningsplan'],
  'laer-og-del.tilbakemelding-brukere': ['laer-og-del.verktoy.erfaringsdeling'],
};

interface ToolboxText {
  description: LocalizedText;
}

/** What each toolbox entry is and when to use it (one or two sentences). */
export const TOOLBOX_TEXTS: Record<string, ToolboxText> = {
  // ---- Forankring og oppstart ------------------------------------------------------------------------------------
  'forankring.verktoy.interessentanalyse': {
    description: text(
      'Et skjema for å liste hvem som berøres av arbeidet, hvor stor innflytelse de har, og hvordan de skal involveres. Fyll det ut sammen i første møte og hold det oppdatert.',
      'Eit skjema for å liste kven som blir rørte ved av arbeidet, kor stor innverknad dei har, og korleis dei skal involverast. Fyll det ut saman i første møtet og hald det oppdatert.',
      'A form for listing who is affected by the work, how much influence they have and how they will be involved. Fill it in together at the first meeting and keep it up to date.',
    ),
  },
  'forankring.verktoy.prosjektpresentasjon': {
    description: text(
      'Én lysbildeside som forteller hvorfor prosjektet finnes, hvem det er for, hvem som eier det og hva dere trenger. Nyttig når dere skal forankre arbeidet hos ledere og i FSU/SSU.',
      'Éi lysbiletside som fortel kvifor prosjektet finst, kven det er for, kven som eig det og kva de treng. Nyttig når de skal forankre arbeidet hos leiarar og i FSU/SSU.',
      'A single slide telling why the project exists, who it is for, who owns it and what you need. Useful when anchoring the work with managers and the cooperation committees.',
    ),
  },
  'forankring.verktoy.forankringsplan': {
    description: text(
      'En enkel plan for hvem som skal informeres eller ta beslutninger, når og i hvilket forum, hos begge parter. Hindrer at noen får vite om arbeidet for sent.',
      'Ein enkel plan for kven som skal informerast eller ta avgjerder, når og i kva forum, hos begge partar. Hindrar at nokon får vite om arbeidet for seint.',
      'A simple plan of who must be informed or make decisions, when and in which forum, on both sides. Prevents anyone from hearing about the work too late.',
    ),
  },
  'forankring.verktoy.mandatmal': {
    description: text(
      'En mal for mandatet med mål, eierskap, ressurser, avgrensning og de beslutningspunktene der eierne skal ta stilling til om arbeidet fortsetter.',
      'Ein mal for mandatet med mål, eigarskap, ressursar, avgrensing og dei avgjerdspunkta der eigarane skal ta stilling til om arbeidet held fram.',
      'A mandate template with goals, ownership, resources, scope and the decision points at which the owners decide whether the work continues.',
    ),
  },
  'forankring.verktoy.gevinsthypoteser': {
    description: text(
      'En kort øvelse der dere skriver ned hvilke gevinster dere tror arbeidet kan gi, og for hvem. Hypotesene prøves senere i gevinstkartet.',
      'Ei kort øving der de skriv ned kva gevinstar de trur arbeidet kan gi, og for kven. Hypotesane blir prøvde seinare i gevinstkartet.',
      'A short exercise in which you write down the benefits you expect the work to bring, and for whom. The hypotheses are tested later in the benefits map.',
    ),
  },
  'forankring.mal.interessentanalyse': {
    description: text(
      'Et regneark med én rad per interessent: part, hva prosjektet betyr for dem, påvirkning og interesse fra 1 til 5, og en foreslått strategi (involver tett, hold fornøyd, hold informert, følg med).',
      'Eit rekneark med éi rad per interessent: part, kva prosjektet tyder for dei, påverknad og interesse frå 1 til 5, og ein føreslått strategi (involver tett, hald nøgd, hald informert, følg med).',
      'A spreadsheet with one row per stakeholder: party, what the project means to them, influence and interest from 1 to 5, and a suggested approach (involve closely, keep satisfied, keep informed, monitor).',
    ),
  },
  'forankring.mal.prosjektpresentasjon': {
    description: text(
      'Ett lysbilde med utfordring, målgruppe, parter, ønsket effekt, brukermedvirkning og neste steg, til møter med ledere og FSU/SSU.',
      'Eitt lysbilete med utfordring, målgruppe, partar, ønskt effekt, brukarmedverknad og neste steg, til møte med leiarar og FSU/SSU.',
      'One slide with the challenge, target group, parties, intended effect, user involvement and next steps, for meetings with managers and FSU/SSU.',
    ),
  },
  'forankring.ressurs.ks-veikart-forankring': {
    description: text(
      'KS sin veiviser for den første fasen i tjenesteinnovasjon, med råd om forankring, organisering og mandat.',
      'Rettleiaren til KS for den første fasen i tenesteinnovasjon, med råd om forankring, organisering og mandat.',
      'KS’s guide to the first phase of service innovation, with advice on anchoring, organisation and mandate.',
    ),
  },
  'forankring.ressurs.digdir-huskeliste': {
    description: text(
      'Digdirs huskeliste for virksomheter som skal samarbeide om en tjeneste: roller, ansvar, avtaler og deling.',
      'Huskelista til Digdir for verksemder som skal samarbeide om ei teneste: roller, ansvar, avtalar og deling.',
      'The Norwegian Digitalisation Agency’s checklist for organisations working together on a service: roles, responsibilities, agreements and sharing.',
    ),
  },
  'forankring.ressurs.stimulab': {
    description: text(
      'Arbeidsmetoden fra StimuLab-ordningen, som viser hvordan offentlige virksomheter kan bruke tjenestedesign sammen med brukere.',
      'Arbeidsmetoden frå StimuLab-ordninga, som viser korleis offentlege verksemder kan bruke tenestedesign saman med brukarar.',
      'The working method of the StimuLab programme, showing how public bodies can use service design together with users.',
    ),
  },
  'forankring.ressurs.prosjektveiviseren': {
    description: text(
      'Statens prosjektmodell for digitaliseringsprosjekter, med faser, beslutningspunkter og maler som kan tilpasses.',
      'Prosjektmodellen til staten for digitaliseringsprosjekt, med fasar, avgjerdspunkt og malar som kan tilpassast.',
      'The government’s project model for digitalisation projects, with phases, decision points and adaptable templates.',
    ),
  },

  // ---- Utforske --------------------------------------------------------------------------------------------------
  'utforske.verktoy.intervju-observasjon': {
    description: text(
      'Samtaler med og observasjon av pasienter, pårørende og ansatte for å forstå hva de faktisk gjør og opplever. Lag en kort intervjuguide og skriv notater uten personidentifiserende opplysninger.',
      'Samtalar med og observasjon av pasientar, pårørande og tilsette for å forstå kva dei faktisk gjer og opplever. Lag ein kort intervjuguide og skriv notat utan personidentifiserande opplysningar.',
      'Conversations with and observation of patients, relatives and staff to understand what they actually do and experience. Prepare a short interview guide and take notes without identifying details.',
    ),
  },
  'utforske.verktoy.tjenestereise': {
    description: text(
      'En tegning av dagens forløp sett fra pasienten, med kontaktpunkter, ventetid og overganger mellom kommune og sykehus. Viser hvor det stopper opp.',
      'Ei teikning av dagens forløp sett frå pasienten, med kontaktpunkt, ventetid og overgangar mellom kommune og sjukehus. Viser kvar det stoppar opp.',
      'A drawing of today’s pathway from the patient’s point of view, with touchpoints, waiting and hand-overs between municipality and hospital. Shows where things stall.',
    ),
  },
  'utforske.verktoy.aktorkart': {
    description: text(
      'Et kart over alle som er involvert rundt pasienten, og hvordan de henger sammen. Nyttig for å se hvem som mangler i samarbeidet.',
      'Eit kart over alle som er involverte rundt pasienten, og korleis dei heng saman. Nyttig for å sjå kven som manglar i samarbeidet.',
      'A map of everyone involved around the patient and how they connect. Useful for seeing who is missing from the cooperation.',
    ),
  },
  'utforske.verktoy.empatikart': {
    description: text(
      'Et enkelt skjema for å samle hva en bruker sier, tenker, gjør og føler. Hjelper gruppen å se situasjonen fra brukerens side.',
      'Eit enkelt skjema for å samle kva ein brukar seier, tenkjer, gjer og kjenner. Hjelper gruppa å sjå situasjonen frå sida til brukaren.',
      'A simple form for gathering what a user says, thinks, does and feels. Helps the group see the situation from the user’s side.',
    ),
  },
  'utforske.verktoy.fem-hvorfor': {
    description: text(
      'Spør «hvorfor?» flere ganger etter hverandre for å komme fra et symptom til årsaken bak det.',
      'Spør «kvifor?» fleire gonger etter kvarandre for å kome frå eit symptom til årsaka bak det.',
      'Ask “why?” several times in a row to get from a symptom to its underlying cause.',
    ),
  },
  'utforske.mal.intervjuguide': {
    description: text(
      'Spørsmål til intervju med brukere, pårørende og ansatte på begge nivåer, og en logg for funn uten navn eller andre personopplysninger.',
      'Spørsmål til intervju med brukarar, pårørande og tilsette på begge nivå, og ein logg for funn utan namn eller andre personopplysingar.',
      'Questions for interviews with users, relatives and staff at both levels, and a log for findings without names or other personal data.',
    ),
  },
  'utforske.ressurs.ks-veikart-innsikt': {
    description: text(
      'KS sin veiviser for innsiktsfasen, med metoder for å forstå brukernes behov før dere velger løsning.',
      'Rettleiaren til KS for innsiktsfasen, med metodar for å forstå behova til brukarane før de vel løysing.',
      'KS’s guide to the insight phase, with methods for understanding users’ needs before choosing a solution.',
    ),
  },
  'utforske.ressurs.hdir-behov-til-praksis': {
    description: text(
      'Helsedirektoratets veiledning om å gå fra et behov i tjenesten til ny praksis, med vekt på gevinster og tjenesteinnovasjon.',
      'Rettleiinga til Helsedirektoratet om å gå frå eit behov i tenesta til ny praksis, med vekt på gevinstar og tenesteinnovasjon.',
      'The Norwegian Directorate of Health’s guidance on going from a need in the service to new practice, with emphasis on benefits and service innovation.',
    ),
  },

  // ---- Definere --------------------------------------------------------------------------------------------------
  'definere.verktoy.innsiktssyntese': {
    description: text(
      'Skriv funnene på lapper og grupper dem til dere ser mønstre. Mønstrene blir grunnlaget for problemstillingen.',
      'Skriv funna på lappar og grupper dei til de ser mønster. Mønstera blir grunnlaget for problemstillinga.',
      'Write the findings on notes and group them until patterns emerge. The patterns become the basis for the problem statement.',
    ),
  },
  'definere.verktoy.personas': {
    description: text(
      'Oppdiktede, men realistiske brukere som samler det dere har lært om typiske behov. Bruk dem til å teste om løsningen passer; de skal aldri bygge på én ekte person.',
      'Oppdikta, men realistiske brukarar som samlar det de har lært om typiske behov. Bruk dei til å teste om løysinga passar; dei skal aldri byggje på éin ekte person.',
      'Fictional but realistic users that gather what you learned about typical needs. Use them to test whether a solution fits; they must never be based on one real person.',
    ),
  },
  'definere.verktoy.hvordan-kan-vi': {
    description: text(
      'En måte å skrive problemstillingen på som åpner for løsninger: «Hvordan kan vi … for … slik at …?».',
      'Ein måte å skrive problemstillinga på som opnar for løysingar: «Korleis kan vi … for … slik at …?».',
      'A way of phrasing the problem that opens up for solutions: “How might we … for … so that …?”.',
    ),
  },
  'definere.verktoy.gevinstkart': {
    description: text(
      'En figur som viser sammenhengen fra tiltak via endringer til gevinster, og hvem som får dem. Grunnlaget for gevinstrealiseringsplanen.',
      'Ein figur som viser samanhengen frå tiltak via endringar til gevinstar, og kven som får dei. Grunnlaget for gevinstrealiseringsplanen.',
      'A diagram showing the chain from measures through changes to benefits, and who receives them. The basis for the benefits realisation plan.',
    ),
  },
  'definere.verktoy.malhierarki': {
    description: text(
      'Et oppsett som skiller samfunnsmål, effektmål og resultatmål, hvert med indikatorer. Hjelper dere å holde målene målbare og avgrensede.',
      'Eit oppsett som skil samfunnsmål, effektmål og resultatmål, kvart med indikatorar. Hjelper dykk å halde måla målbare og avgrensa.',
      'A layout separating societal, impact and result goals, each with indicators. Helps you keep the goals measurable and bounded.',
    ),
  },
  'definere.mal.gevinstplan': {
    description: text(
      'Gevinstene, hvem de tilfaller (kommune, sykehus, pasient), gevinstansvarlig per part, indikator, nullpunkt og målverdi, og når de måles.',
      'Gevinstane, kven dei fell til (kommune, sjukehus, pasient), gevinstansvarleg per part, indikator, nullpunkt og målverdi, og når dei blir målte.',
      'The benefits, who they go to (municipality, hospital, patient), a benefit owner per party, indicator, baseline and target, and when they are measured.',
    ),
  },
  'definere.ressurs.dfo-identifisere-gevinster': {
    description: text(
      'DFØs veiledning om hvordan dere finner og beskriver gevinstene av et tiltak tidlig.',
      'Rettleiinga til DFØ om korleis de finn og skildrar gevinstane av eit tiltak tidleg.',
      'The Norwegian Agency for Public and Financial Management’s guidance on identifying and describing a measure’s benefits early.',
    ),
  },
  'definere.ressurs.ks-gevinstrealisering': {
    description: text(
      'KS sitt verktøy for gevinstrealisering i kommunal tjenesteinnovasjon, med maler og eksempler.',
      'Verktøyet til KS for gevinstrealisering i kommunal tenesteinnovasjon, med malar og døme.',
      'KS’s tool for benefits realisation in municipal service innovation, with templates and examples.',
    ),
  },

  // ---- Utvikle ---------------------------------------------------------------------------------------------------
  'utvikle.verktoy.ideverksted': {
    description: text(
      'Et strukturert verksted der dere først lager mange ideer uten å vurdere dem, og deretter velger ut de beste sammen.',
      'Ei strukturert verkstad der de først lagar mange idear utan å vurdere dei, og deretter vel ut dei beste saman.',
      'A structured workshop in which you first generate many ideas without judging them and then choose the best ones together.',
    ),
  },
  'utvikle.verktoy.fremtidig-brukerreise': {
    description: text(
      'Tegn hvordan forløpet skal oppleves for pasienten når løsningen er på plass, og sammenlign med dagens reise.',
      'Teikn korleis forløpet skal opplevast for pasienten når løysinga er på plass, og samanlikn med dagens reise.',
      'Draw how the pathway will feel to the patient once the solution is in place, and compare it with today’s journey.',
    ),
  },
  'utvikle.verktoy.tjenesteblakopi': {
    description: text(
      'En detaljert beskrivelse av tjenesten med pasientens steg, ansattes handlinger, systemer og ansvar i hver overgang.',
      'Ei detaljert skildring av tenesta med stega til pasienten, handlingane til dei tilsette, system og ansvar i kvar overgang.',
      'A detailed description of the service with the patient’s steps, staff actions, systems and responsibility at each hand-over.',
    ),
  },
  'utvikle.verktoy.prototyping': {
    description: text(
      'Lag en enkel utgave av løsningen, på papir eller som rollespill, og prøv den med brukere og ansatte før dere bruker penger på den.',
      'Lag ei enkel utgåve av løysinga, på papir eller som rollespel, og prøv ho med brukarar og tilsette før de bruker pengar på ho.',
      'Make a simple version of the solution, on paper or as a role play, and try it with users and staff before spending money on it.',
    ),
  },
  'utvikle.verktoy.konseptvurdering': {
    description: text(
      'Sammenlign konseptene på nytte for brukeren, gjennomførbarhet, kostnad og risiko, helst i en enkel tabell begge parter fyller ut.',
      'Samanlikn konsepta på nytte for brukaren, kor gjennomførlege dei er, kostnad og risiko, helst i ein enkel tabell begge partar fyller ut.',
      'Compare the concepts on value to the user, feasibility, cost and risk, ideally in a simple table both parties fill in.',
    ),
  },
  'utvikle.verktoy.ros-analyse': {
    description: text(
      'En vurdering av hva som kan gå galt med løsningen, hvor sannsynlig og alvorlig det er, og hvilke tiltak som reduserer risikoen.',
      'Ei vurdering av kva som kan gå gale med løysinga, kor sannsynleg og alvorleg det er, og kva tiltak som reduserer risikoen.',
      'An assessment of what could go wrong with the solution, how likely and serious it is, and which measures reduce the risk.',
    ),
  },
  'utvikle.mal.ros-analyse': {
    description: text(
      'Et regneark for uønskede hendelser med sannsynlighet og konsekvens fra 1 til 5, risiko regnet ut, tiltak og ansvarlig part, og en påminnelse om DPIA etter Normen.',
      'Eit rekneark for uønskte hendingar med sannsyn og konsekvens frå 1 til 5, risiko rekna ut, tiltak og ansvarleg part, og ei påminning om DPIA etter Normen.',
      'A spreadsheet for unwanted events with likelihood and consequence from 1 to 5, the risk calculated, measures and the responsible party, and a reminder of a DPIA under the Norm.',
    ),
  },
  'utvikle.ressurs.ks-veikart': {
    description: text(
      'KS sitt veikart for tjenesteinnovasjon: hele prosessen fra forankring til ny praksis, med verktøy for hver fase.',
      'Vegkartet til KS for tenesteinnovasjon: heile prosessen frå forankring til ny praksis, med verktøy for kvar fase.',
      'KS’s roadmap for service innovation: the whole process from anchoring to new practice, with tools for each phase.',
    ),
  },
  'utvikle.ressurs.digdir-tjenestedesign': {
    description: text(
      'Digdirs innføring i tjenestedesign i offentlig sektor, med metoder og eksempler.',
      'Innføringa til Digdir i tenestedesign i offentleg sektor, med metodar og døme.',
      'The Norwegian Digitalisation Agency’s introduction to service design in the public sector, with methods and examples.',
    ),
  },
  'utvikle.ressurs.normen-skytjenester': {
    description: text(
      'Normens veileder for bruk av skytjenester til helse- og personopplysninger: hva som må vurderes og avtales.',
      'Rettleiaren i Normen for bruk av skytenester til helse- og personopplysningar: kva som må vurderast og avtalast.',
      'Normen’s guide to using cloud services for health and personal data: what must be assessed and agreed.',
    ),
  },

  // ---- Levere ----------------------------------------------------------------------------------------------------
  'levere.verktoy.pilotering': {
    description: text(
      'Prøv løsningen i liten skala og avgrenset tid, med tydelige mål og måling, før dere bestemmer om den skal settes i drift.',
      'Prøv løysinga i lita skala og avgrensa tid, med tydelege mål og måling, før de bestemmer om ho skal setjast i drift.',
      'Try the solution on a small scale for a limited time, with clear goals and measurement, before deciding whether to put it into operation.',
    ),
  },
  'levere.verktoy.pdsa': {
    description: text(
      'Forbedringsmodellens tre spørsmål og sirkelen planlegg–utfør–studer–handle, for å teste endringer i små steg.',
      'Dei tre spørsmåla i forbetringsmodellen og sirkelen planlegg–utfør–studer–handle, for å teste endringar i små steg.',
      'The Model for Improvement’s three questions and the plan–do–study–act cycle, for testing changes in small steps.',
    ),
  },
  'levere.verktoy.gevinstrealiseringsplan': {
    description: text(
      'En plan som sier hvilke gevinster som skal hentes ut, hvordan de måles, når, og hvem som er ansvarlig hos hver part.',
      'Ein plan som seier kva gevinstar som skal hentast ut, korleis dei blir målte, når, og kven som er ansvarleg hos kvar part.',
      'A plan stating which benefits are to be realised, how they are measured, when, and who is responsible on each side.',
    ),
  },
  'levere.verktoy.implementeringsplan': {
    description: text(
      'En plan for å ta løsningen i bruk: opplæring, oppdaterte rutiner, kommunikasjon og hvem som gjør hva, hos begge parter.',
      'Ein plan for å ta løysinga i bruk: opplæring, oppdaterte rutinar, kommunikasjon og kven som gjer kva, hos begge partar.',
      'A plan for putting the solution into use: training, updated procedures, communication and who does what, on both sides.',
    ),
  },
  'levere.verktoy.kommunikasjonsplan': {
    description: text(
      'En oversikt over hvem som må vite hva, når og gjennom hvilken kanal, slik at endringen blir kjent for alle som berøres.',
      'Ei oversikt over kven som må vite kva, når og gjennom kva kanal, slik at endringa blir kjend for alle som blir rørte ved.',
      'An overview of who needs to know what, when and through which channel, so that everyone affected learns about the change.',
    ),
  },
  'levere.mal.pilotplan': {
    description: text(
      'Mål, omfang, tid, deltakere, opplæring, feilhåndtering og måling, en tabell for PDSA-syklusene og godkjenning fra kommunen og sykehuset.',
      'Mål, omfang, tid, deltakarar, opplæring, feilhandtering og måling, ein tabell for PDSA-syklusane og godkjenning frå kommunen og sjukehuset.',
      'Goals, scope, time, participants, training, error handling and measurement, a table for the PDSA cycles and approval by the municipality and the hospital.',
    ),
  },
  'levere.ressurs.ks-veikart-pilotering': {
    description: text(
      'KS sin veiviser for pilotering: hvordan dere planlegger, gjennomfører og evaluerer en pilot.',
      'Rettleiaren til KS for pilotering: korleis de planlegg, gjennomfører og evaluerer ein pilot.',
      'KS’s guide to piloting: how to plan, run and evaluate a pilot.',
    ),
  },
  'levere.ressurs.innomed-pilotering': {
    description: text(
      'InnoMeds veiviser fra tjenesteutvikling til pilotering i helse- og omsorgstjenesten.',
      'Rettleiaren til InnoMed frå tenesteutvikling til pilotering i helse- og omsorgstenesta.',
      'InnoMed’s guide from service development to piloting in health and care services.',
    ),
  },
  'levere.ressurs.prosjektveiviseren-gevinstrealiseringsplan': {
    description: text(
      'Prosjektveiviserens mal og veiledning for gevinstrealiseringsplanen.',
      'Malen og rettleiinga i Prosjektveiviseren for gevinstrealiseringsplanen.',
      'The Project Wizard’s template and guidance for the benefits realisation plan.',
    ),
  },

  // ---- Lær og del ------------------------------------------------------------------------------------------------
  'laer-og-del.verktoy.gevinstoppfolging': {
    description: text(
      'Faste målinger mot nullpunktet og rapportering til eierne, slik at gevinstene faktisk blir hentet ut etter prosjektet.',
      'Faste målingar mot nullpunktet og rapportering til eigarane, slik at gevinstane faktisk blir henta ut etter prosjektet.',
      'Regular measurement against the baseline and reporting to the owners, so the benefits are actually realised after the project.',
    ),
  },
  'laer-og-del.verktoy.kontinuerlig-forbedring': {
    description: text(
      'Fortsett å forbedre løsningen i små PDSA-sykluser i vanlig drift, med noen få indikatorer som viser om det går riktig vei.',
      'Hald fram med å forbetre løysinga i små PDSA-syklusar i vanleg drift, med nokre få indikatorar som viser om det går rett veg.',
      'Keep improving the solution in small PDSA cycles in ordinary operations, with a few indicators showing whether it is heading the right way.',
    ),
  },
  'laer-og-del.verktoy.laeringsmote': {
    description: text(
      'Et møte der deltakerne fra begge parter ser tilbake: hva gikk bra, hva var vanskelig, og hva tar vi med oss neste gang.',
      'Eit møte der deltakarane frå begge partar ser tilbake: kva gjekk bra, kva var vanskeleg, og kva tek vi med oss neste gong.',
      'A meeting in which participants from both parties look back: what went well, what was hard, and what we take with us next time.',
    ),
  },
  'laer-og-del.verktoy.spredningsplan': {
    description: text(
      'En plan for å ta løsningen i bruk i flere kommuner eller avdelinger: hvem, i hvilken rekkefølge og med hvilken støtte.',
      'Ein plan for å ta løysinga i bruk i fleire kommunar eller avdelingar: kven, i kva rekkjefølgje og med kva støtte.',
      'A plan for taking the solution into use in more municipalities or departments: who, in which order and with what support.',
    ),
  },
  'laer-og-del.verktoy.erfaringsdeling': {
    description: text(
      'Del erfaringene i helsefellesskapets nettverk, på fagdager eller i et kort notat, slik at andre slipper å starte fra null.',
      'Del erfaringane i nettverka til helsefellesskapet, på fagdagar eller i eit kort notat, slik at andre slepp å starte frå null.',
      'Share your experience in the health community’s networks, at professional days or in a short note, so others need not start from scratch.',
    ),
  },
  'laer-og-del.mal.erfaringsnotat': {
    description: text(
      'Et notat om utfordringen, hva dere gjorde, gevinster målt mot nullpunktet, hva dere lærte om samarbeidet og råd til andre, klart til å deles i helsefellesskapet.',
      'Eit notat om utfordringa, kva de gjorde, gevinstar målte mot nullpunktet, kva de lærte om samarbeidet og råd til andre, klart til å delast i helsefellesskapet.',
      'A note on the challenge, what you did, benefits measured against the baseline, what you learnt about the collaboration and advice for others, ready to share in the health community.',
    ),
  },
  'laer-og-del.ressurs.ks-veikart-ny-praksis': {
    description: text(
      'KS sin veiviser for siste fase: hvordan ny praksis blir varig og spres.',
      'Rettleiaren til KS for siste fase: korleis ny praksis blir varig og blir spreidd.',
      'KS’s guide to the last phase: how new practice becomes lasting and spreads.',
    ),
  },
  'laer-og-del.ressurs.dfo-gevinstrealisering': {
    description: text(
      'DFØs veiledning om å gjennomføre gevinstrealisering etter at tiltaket er innført.',
      'Rettleiinga til DFØ om å gjennomføre gevinstrealisering etter at tiltaket er innført.',
      'The Norwegian Agency for Public and Financial Management’s guidance on carrying out benefits realisation after the measure is introduced.',
    ),
  },
  'laer-og-del.ressurs.helsebiblioteket-kvalitetsforbedring': {
    description: text(
      'Helsebibliotekets framstilling av modellen for kvalitetsforbedring, med faser og spørsmål for hvert steg.',
      'Framstillinga til Helsebiblioteket av modellen for kvalitetsforbetring, med fasar og spørsmål for kvart steg.',
      'Helsebiblioteket’s presentation of the model for quality improvement, with phases and questions for each step.',
    ),
  },
};
