import type { EventLexicon } from '../types.js';

/**
 * Event vocabulary (PLOVER, ../shared/spec/event-types.md). Forms are lower case; "*" at either
 * end matches any letters there ("*angrep*" also finds "droneangrepene"). Order matters only
 * where two triggers share a word: the first listed wins.
 */
export const EVENTS: EventLexicon = {
  triggers: [
    // Sending or firing drones and missiles is an attack (the weapons must be named).
    { forms: ['sendte', 'skjøt', 'avfyrte'], type: 'ASSAULT', requires: ['*drone*', '*droner*', '*missil*', '*rakett*', 'granater'] },
    // The dead of the whole war are background, not an attack of the day.
    { forms: ['drept i krigen', 'drepte i krigen', 'omkommet i krigen', 'falt i krigen'], type: 'ASSAULT', notEvent: true },
    // A package of sanctions is no aid (the sanctions trigger codes it).
    { forms: ['sanksjonspakke*'], type: 'AID', notEvent: true },
    // A press conference is a channel, the negotiating table a figure of speech: no talks.
    { forms: ['forhandlingsbord*', 'pressekonferanse*', 'pressemøte*'], type: 'CONSULT', notEvent: true },
    // Signing a decree is an order (coded by what it orders), not an endorsement.
    { forms: ['signert et dekret', 'signerte et dekret', 'undertegnet et dekret'], type: 'SUPPORT', notEvent: true },
    // Ending the fighting is no attack (the demand or offer around it is coded on its own).
    { forms: ['avslutte kampene', 'kampene stanser', 'kampene stopper', 'slutt på kampene', 'stanse kampene', 'stoppe kampene'], type: 'ASSAULT', notEvent: true },
    { forms: ['skjøt ned', 'skutt ned', 'uskadeliggjort', 'ødela'], type: 'ASSAULT', interception: true, modes: ['drone'] },
    // Words about negotiating that are no talks: a bargaining chip, position, process, team.
    { forms: ['forhandlingsdelegasjon*', 'forhandlingskort*', 'forhandlingsleder*', 'forhandlingsposisjon*', 'forhandlingsprosess*', 'forhandlingsteam*', 'forhandlingsvilje*'], type: 'CONSULT', notEvent: true },
    // A topic unless negated: 'no agreement was reached' is an agreement not made (status denied).
    { forms: ['avtale', 'avtalen', 'avtaler'], type: 'AGREE', onlyDenied: true },
    {
      forms: ['fangeutveksling*', 'utveksling*', 'utvekslet', 'utveksler', 'løslot', 'løslatt', 'frigitt'],
      type: 'RETREAT',
      modes: ['release'],
    },
    {
      forms: ['trakk seg ut', 'trekker seg ut', 'trakk seg tilbake', 'tilbaketrekning*'],
      type: 'RETREAT',
      modes: ['withdraw'],
    },
    {
      forms: [
        '*forhandling*',
        'samtale',
        'samtalen',
        'samtalene',
        'samtaler',
        '*samtale',
        '*samtalen',
        '*samtalene',
        '*samtaler',
        'møtte',
        'møttes',
        'møtes',
        // The verb only: the noun 'møte' is mostly a topic ("før møtet").
        'skal møte',
        'vil møte',
        'å møte',
        'toppmøte*',
        '*toppmøte',
        '*toppmøtet',
        // Compounds name one meeting; the bare noun 'møte' is mostly a topic.
        'hastemøte*',
        'krisemøte*',
        'videomøte*',
        'forhandlet',
        'besøkte',
        'besøker',
        'telefonsamtale*',
      ],
      type: 'CONSULT',
    },
    {
      forms: [
        '*angrep',
        '*angrepet',
        '*angrepene',
        'angrep',
        'angrepet',
        'angrepene',
        'angrep*',
        'bombet',
        'beskjøt',
        'beskutt',
        'beskytning*',
        'rakettregn',
        'luftangrep*',
        'drepte',
        'drept',
        'traff',
        'slo ned',
        'kamper',
        'kampene',
        'kjemper',
        'offensiv*',
      ],
      type: 'ASSAULT',
    },
    {
      forms: [
        'anklaget',
        'anklager',
        'beskyldte',
        'beskylder',
        'fordømte',
        'fordømmer',
        'kritiserte',
        'kritiserer',
        'refset',
        'angrep verbalt',
        // "gikk hardt ut mot": lashed out.
        'gikk hardt ut',
        'går hardt ut',
        'gått hardt ut',
      ],
      type: 'ACCUSE',
      modes: ['disapprove'],
    },
    {
      forms: [
        'krever',
        'krevde',
        'kravet',
        'kravene',
        'krav',
        'oppfordret',
        'oppfordrer',
        'oppfordring*',
        'ba om',
        // Active perfect only: "blir bedt om" is asked, not asking.
        'hadde bedt om',
        'har bedt om',
        'ber om',
        'ber',
        'ba',
        'appellerte',
        'vil ha',
      ],
      type: 'REQUEST',
    },
    { forms: ['avslo', 'avslått', 'avslår', 'avviste', 'avviser', 'avvist', 'nektet', 'nekter', 'sa nei', 'utelukket', 'utelukker'], type: 'REJECT' },
    // Opening an investigation of someone is an accusation (PLOVER ACCUSE investigate).
    { forms: ['*etterforskning*', 'etterforsk*'], type: 'ACCUSE', modes: ['investigate'] },
    // Refusing to recognise or accept something is a rejection (the thing refused is no event).
    { forms: ['aldri akseptere', 'aldri anerkjenne', 'aldri godta', 'ikke akseptere', 'ikke anerkjenne', 'ikke godta', 'ikke vil akseptere', 'ikke vil anerkjenne', 'ikke vil godta'], type: 'REJECT' },
    // Calling off a meeting is refusing it (event-types.md: "cancel a meeting").
    { forms: ['avlyste', 'avlyser', 'avlyst', 'skrinla', 'skrinlagt', 'utsatte', 'utsetter', 'utsatt'], type: 'REJECT', requires: ['besøk*', 'møte*', 'reise*', 'samtale*', 'toppmøte*'] },
    // Verbs only: the noun is mostly a danger perceived ("trusselen mot Europa"), not a threat made.
    { forms: ['truet', 'truer'], type: 'THREATEN' },
    // A warning is a threat when it names what the speaker's side will do or make others pay
    // ("advarte om at svaret vil bli hardt"), not a forecast ("advarte om at strømmen kan gå").
    { forms: ['advarte', 'advarer'], type: 'THREATEN', requires: ['angrep*', 'atom*', 'betale', 'gjengjeld*', 'konsekvens*', 'krig', 'makt', 'mottiltak', 'mål', 'pris*', 'svar*', 'tiltak'] },
    { forms: ['sanksjon*', '*sanksjon*', 'utviste', 'utvist', 'straffetoll*', 'frøs', 'fryser'], type: 'SANCTION' },
    // A ceasefire is a topic of most sentences; only a declared one is a concession (event-types.md).
    { forms: ['våpenhvile*', 'våpenstillstand*'], type: 'CONCEDE', requires: ['erklærte', 'erklærer', 'kunngjorde', 'kunngjør', 'innførte', 'innfører', 'beordret', 'utropte'] },
    { forms: ['pause i angrepene', 'stanse angrep', 'stanse angrepene', 'stanse slike angrep', 'avstå fra å gjennomføre angrep', 'avstå fra angrep'], type: 'CONCEDE' },
    // The noun 'avtale' is mostly a topic ('en fredsavtale'); the verbs and 'enige' code an agreement.
    {
      forms: [
        'enige',
        'enighet',
        'ble enige',
        'gikk med på',
        'foreslo',
        'foreslår',
        'går med på',
        'gå med på',
        'godtar',
        'godtok',
        'aksepterer',
        'aksepterte',
        'lovet',
        'lover',
        'tilbudt',
        'tilbød',
        'tilbyr',
        'forplikter seg',
        'forpliktet seg',
        'inviterer',
        'invitert',
        'inviterte',
        'forberedt på',
        'klar til',
        'villig til',
      ],
      type: 'AGREE',
    },
    {
      forms: [
        'signerte',
        'undertegnet',
        'gratulerer',
        'gratulerte',
        'takket',
        'takker',
        'støtter',
        'støttet',
        'hyllet',
        'anerkjente',
        'ratifiserte',
      ],
      type: 'SUPPORT',
    },
    {
      forms: [
        '*støtte',
        '*støtten',
        '*pakke',
        '*pakken',
        'bistand*',
        '*bistand',
        'luftvern*',
        'lån',
        'lånet',
        'våpenhjelp*',
      ],
      type: 'AID',
      // Aid nouns are a topic ("luftvernet skjøt ned 102 missiler") unless something is given (or got).
      requires: ['bevilg*', 'donere*', 'fikk', 'får', 'få', 'ga', 'gi', 'gir', 'gitt', 'gjenoppta*', 'kunngjorde', 'kunngjør', 'leverer', 'leverte', 'lova', 'lover', 'lovet', 'overlever*', 'send*', 'tilbyr', 'tilbød', 'vedtatt', 'vedtok'],
    },
    {
      forms: ['leverer', 'leverte', 'bevilget', 'bevilger'],
      type: 'AID',
    },
    // Weapons sent to a country (not "sendte droner mot"): delivered or on their way.
    { forms: ['blir sendt til', 'sendes til', 'sendt til'], type: 'AID' },
    { forms: ['samarbeid*', 'samarbeider'], type: 'COOPERATE' },
    {
      forms: ['mobilisering*', 'mobiliserte', 'utplassere', 'utplasserer', 'utplasserte', 'utplassering*', 'troppeoppbygging*', 'forflyttet'],
      type: 'MOBILIZE',
      modes: ['troops'],
    },
    { forms: ['pågrepet', 'arrestert', 'arresterte', 'fengslet', 'internert'], type: 'COERCE', modes: ['arrest'] },
    // Power cuts are the effect of strikes here, so they are not coded on their own.
    { forms: ['krigslov*', 'krigsrett', 'unntakstilstand*'], type: 'COERCE', modes: ['martial-law'] },
    { forms: ['portforbud*'], type: 'COERCE', modes: ['curfew'] },
    { forms: ['stengte internett'], type: 'COERCE', modes: ['censor'] },
    { forms: ['demonstrer*', 'demonstrasjon*', 'protest*', 'streik*'], type: 'PROTEST', modes: ['demo'] },
  ],
  // Tried in this order: what is yielded before what is asked for, before meetings.
  askWords: { 'våpenhvile': 'yield', 'kompromiss': 'yield', 'territori': 'yield', 'trekke seg': 'yield', 'trekker seg': 'yield', 'avstå': 'yield', 'innrømmelse': 'yield', 'luftvern': 'assist', 'våpen': 'assist', 'hjelp': 'assist', 'bistand': 'assist', 'støtte': 'assist', 'møte': 'meet', 'samtale': 'meet', 'forhandling': 'meet', 'toppmøte': 'meet', 'besøk': 'meet', 'reise': 'meet' },
  modeWords: {
    artilleri: 'heavy-weapons',
    ballistisk: 'heavy-weapons',
    drone: 'drone',
    glidebomb: 'aerial',
    kampfly: 'aerial',
    kryssermissil: 'heavy-weapons',
    missil: 'heavy-weapons',
    rakett: 'heavy-weapons',
    ødela: 'destroy',
    infrastruktur: 'destroy',
    kraftverk: 'destroy',
    ødelagt: 'destroy',
  },
  contextWords: {
    energi: 'human_security',
    kraftverk: 'human_security',
    strøm: 'human_security',
    varme: 'human_security',
    vann: 'human_security',
    territori: 'territory',
    sanksjon: 'economic',
    olje: 'economic',
  },
  negations: ['aldri', 'ikke', 'ingen', 'intet', 'uten'],
  future: ['kommer til å', 'neste', 'planlegger', 'planlagt', 'skal', 'snart', 'vil'],
  conditions: ['dersom', 'forutsatt', 'hvis', 'når', 'på betingelse', 'så lenge'],
  ongoing: ['flere ganger', 'fortsatt', 'fortsetter', 'gjentatte ganger', 'hittil', 'holder fast', 'pågående', 'så langt', 'stadig', 'står fast', 'stått fast'],
  mediation: ['i regi av', 'mekling', 'meklet', 'meklingen', 'vertskap', '-støttede', '-meklede'],
  background: ['for ett år siden', 'i fjor', 'siden', 'tidligere', 'historisk'],
  against: ['mot', 'på'],
  between: ['mellom'],
  together: ['med', 'sammen med'],
  manyPlaces: ['byene', 'byer', 'fylker', 'oblaster', 'regionene', 'regioner', 'steder'],
  modals: ['kan', 'kunne', 'kanskje'],
  // Cues match at the start of a word ("krigsforbryt" = krigsforbryter, krigsforbrytelser).
  // Evaluative words ("respektløs", "unødvendig") make a quote about another party an accusation.
  speechActs: {
    THREATEN: ['advarer', 'alvorlige konsekvenser', 'betale prisen', 'få konsekvenser', 'gjengjeld', 'legitime mål', 'svare hardt', 'svare med', 'svare på en måte', 'svare «på', 'svaret vil'],
    REJECT: ['aldri akseptere', 'aldri anerkjenne', 'aldri gi', 'aldri godta', 'aldri gå med på', 'avviser', 'ikke akseptere', 'ikke aktuelt', 'ikke godta', 'ingen planer', 'nekter', 'uakseptabel', 'uaktuelt', 'utelukke'],
    REQUEST: ['ballen er hos', 'ballen er på', 'ber om', 'bør', 'er opp til', 'krever', 'må', 'oppfordrer', 'vil ha'],
    ACCUSE: ['aggresjon', 'aggressor', 'ansvaret for', 'avskyelig', 'barbar', 'bevisst', 'brudd på', 'brutal', 'brutt', 'farlig', 'feig', 'folkemord', 'folkeretten', 'forbrytelse', 'forbryter', 'forræder', 'gambler', 'grusom', 'hykler', 'ikke er klar for fred', 'ikke er klar til fred', 'inngrep', 'knivstikk', 'krigsforbryt', 'kriminell', 'kynisk', 'lyver', 'løgn', 'masseødeleggelse', 'mishandl', 'motbydelig', 'myrde', 'overgrep', 'overlagt', 'propaganda', 'provokasjon', 'respektløs', 'sabotasje', 'saboter', 'sjantasje', 'skader', 'skammelig', 'skuffet', 'skyld', 'stjele', 'står bak', 'terror', 'tortur', 'trenerer', 'tyveri', 'uansvarlig', 'ulovlig', 'unødvendig', 'utpressing'],
    AGREE: ['er klare til', 'er villige til', 'klar til', 'lover', 'villig til'],
    SUPPORT: ['godt', 'hilser velkommen', 'historisk', 'positiv', 'skritt i riktig retning', 'solidaritet', 'sterkt signal', 'står sammen med', 'støtte', 'takk', 'velkommen', 'viktig skritt'],
  },
  // Claim verbs: what the speaker claims the other side did or plans is an allegation.
  allegations: ['hevder', 'hevdet', 'påsto', 'påstår', 'påstått'],
  // Anaphors of an attack already told (definite or demonstrative forms).
  referring: ['angrepene', 'angrepet', 'beskytningen', 'bombingen', 'disse angrepene', 'droneangrepene', 'droneangrepet', 'luftangrepene', 'luftangrepet', 'rakettangrepene', 'rakettangrepet'],
  // Words joining an agreement to what is agreed ('enige om', 'agreed to').
  agreedOn: ['om', 'til', 'å'],
  // Words that only count casualties of an attack.
  casualties: ['drept', 'drepte', 'døde', 'omkom', 'omkommet', 'skadd', 'skadet', 'såret'],
  // "X came a day after Y": Y took place the day before X.
  // "travel to Washington to meet Trump": the place a visit or planned meeting goes to.
  // "no plans for …": a plan denied is the act denied.
  // Single words: "alle som tror at Moskva vil ha fred": what someone believes is no event.
  beliefs: ['trodde', 'tror'],
  plans: ['plan', 'planen', 'planene', 'planer'],
  travelTo: ['ankom', 'drar til', 'dro til', 'kom til', 'reise til', 'reiser til', 'reiste til'],
  dayAfter: ['dagen etter', 'dagen etter at', 'en dag etter', 'en dag etter at'],
  // "hours before the second day of talks": the event shortly before is on the talks' second day.
  secondDay: ['andre dag', 'andre dagen'],
  shortlyBefore: ['bare timer før', 'kort før', 'like før', 'timer før'],
  forces: ['fly', 'hær', 'hæren', 'militære', 'soldater', 'styrker', 'styrkene', 'tropper', 'troppene'],
};
