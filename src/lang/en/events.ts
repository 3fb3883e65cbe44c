import type { EventLexicon } from '../types.js';

/**
 * Event vocabulary (PLOVER, ../shared/spec/event-types.md). Forms are lower case; "*" at either
 * end matches any letters there. The first trigger listed wins where two share a word.
 */
export const EVENTS: EventLexicon = {
  triggers: [
    // Sending or firing drones and missiles is an attack (the weapons must be named).
    { forms: ['fired', 'launched', 'sent'], type: 'ASSAULT', requires: ['*drone*', '*missile*', '*rocket*', 'shells'] },
    // The dead of the whole war are background, not an attack of the day.
    { forms: ['died in the war', 'killed in the war', 'killed since the war'], type: 'ASSAULT', notEvent: true },
    // A press conference is a channel, the negotiating table a figure of speech: no talks.
    { forms: ['negotiating table', 'news conference', 'press conference'], type: 'CONSULT', notEvent: true },
    // Signing a decree is an order (coded by what it orders), not an endorsement.
    { forms: ['signed a decree', 'signed decrees', 'signs a decree'], type: 'SUPPORT', notEvent: true },
    // Ending the fighting is no attack, hitting back is words (the demand or reply is coded on its own).
    { forms: ['end the fighting', 'end to the fighting', 'fighting stopped', 'fighting stops', 'halt the fighting', 'hit back', 'hits back', 'stop the fighting'], type: 'ASSAULT', notEvent: true },
    { forms: ['destroyed', 'downed', 'intercepted', 'shot down'], type: 'ASSAULT', interception: true, modes: ['drone'] },
    // Words about negotiating that are no talks: a position, process, team or chip.
    { forms: ['bargaining chip', 'negotiating position', 'negotiating team', 'negotiation process', 'negotiations process'], type: 'CONSULT', notEvent: true },
    // A topic unless negated: 'no agreement was reached' is an agreement not made (status denied).
    { forms: ['agreement', 'deal'], type: 'AGREE', onlyDenied: true },
    {
      forms: ['prisoner exchange', 'prisoner swap', 'exchange*', 'swap', 'swapped', 'released', 'freed', 'handed over'],
      type: 'RETREAT',
      modes: ['release'],
    },
    {
      forms: ['withdrew', 'withdrawn', 'withdrawal', 'pulled back', 'pulled out'],
      type: 'RETREAT',
      modes: ['withdraw'],
    },
    {
      forms: [
        'talks',
        'negotiation*',
        'met',
        'meet',
        'meeting',
        'summit',
        'visited',
        'visit',
        'negotiated',
        'hosted',
      ],
      type: 'CONSULT',
    },
    { forms: ['phone call', 'phone conversation', 'phoned', 'spoke by phone', 'telephone call'], type: 'CONSULT', modes: ['phone'] },
    {
      forms: [
        'attack*',
        'strike',
        'strikes',
        'struck',
        'shelled',
        'shelling',
        'bombed',
        'bombing',
        'barrage',
        'killed',
        'killing',
        'hit',
        'fighting',
        'offensive',
        'incursion',
        'assault*',
        'salvo',
      ],
      type: 'ASSAULT',
    },
    {
      forms: [
        'accused',
        'accuses',
        'accusing',
        'blamed',
        'blames',
        'condemned',
        'condemns',
        'criticised',
        'criticized',
        'criticises',
        'denounced',
        'slammed',
      ],
      type: 'ACCUSE',
      modes: ['disapprove'],
    },
    {
      forms: [
        'demanded',
        'demands',
        'demand',
        'called for',
        'calls for',
        'urged',
        'urges',
        'asked',
        'appealed',
        'pressed',
      ],
      type: 'REQUEST',
    },
    { forms: ['declined to', 'declines to', 'dismissed', 'refused', 'refuses', 'rejected', 'rejects', 'ruled out', 'rules out'], type: 'REJECT' },
    // Opening an investigation of someone is an accusation (PLOVER ACCUSE investigate).
    { forms: ['criminal case', 'criminal investigation', 'investigating', 'investigation', 'probe'], type: 'ACCUSE', modes: ['investigate'] },
    // Refusing to recognise or accept something is a rejection (the thing refused is no event).
    { forms: ['not accept', 'not recognise', 'not recognize', 'never accept', 'never recognise', 'never recognize'], type: 'REJECT' },
    // Calling off a meeting is refusing it (event-types.md: "cancel a meeting").
    { forms: ['called off', 'cancelled', 'canceled', 'postponed', 'scrapped', 'shelved'], type: 'REJECT', requires: ['meet*', 'summit', 'talks', 'trip', 'visit'] },
    // Verbs only: the noun is mostly a danger perceived ("a direct threat to us"), not a threat made.
    { forms: ['threatened', 'threatens'], type: 'THREATEN' },
    // A warning is a threat when it names what the speaker's side will do or make others pay
    // ("warned that Moscow would respond"), not a forecast ("warned that blackouts could return").
    { forms: ['warned', 'warns'], type: 'THREATEN', requires: ['attack*', 'consequences', 'force', 'measures', 'nuclear', 'pay', 'price', 'respond*', 'response', 'retaliat*', 'strike*', 'target*', 'war'] },
    { forms: ['sanction*', 'expelled', 'tariff*', 'froze', 'frozen'], type: 'SANCTION' },
    // A ceasefire is a topic of most sentences; only a declared one is a concession (event-types.md).
    { forms: ['ceasefire', 'truce', 'moratorium'], type: 'CONCEDE', requires: ['announced', 'announces', 'declared', 'declares', 'ordered', 'orders', 'proclaimed'] },
    { forms: ['pause strikes', 'halt strikes'], type: 'CONCEDE' },
    // The nouns 'deal' and 'agreement' are mostly topics ('a peace deal'); the verbs code an agreement.
    {
      forms: [
        'agreed',
        'proposed',
        'proposes',
        'agree to',
        'agree on',
        'accepted',
        'accepts',
        'promised',
        'pledged',
        'offered',
        'offer',
        'invited',
        'ready to',
        'willing to',
        'prepared to',
      ],
      type: 'AGREE',
    },
    {
      forms: ['signed', 'thanked', 'thanking', 'congratulated', 'congratulates', 'praised', 'welcomed', 'backed', 'endorsed', 'recognised', 'recognized', 'ratified'],
      type: 'SUPPORT',
    },
    { forms: ['supplied', 'donated'], type: 'AID' },
    // Aid nouns are a topic ("air defences shot down 265 drones") unless something is given.
    {
      forms: ['aid', 'package', 'assistance', 'air defence*', 'air defense*', 'funding', 'loan', 'loans'],
      type: 'AID',
      requires: ['allocat*', 'announc*', 'approv*', 'deliver*', 'donat*', 'gave', 'give', 'gives', 'giving', 'pledg*', 'promis*', 'provid*', 'restart*', 'resum*', 'send', 'sending', 'sends', 'sent', 'unveil*'],
    },
    { forms: ['cooperation', 'cooperate*', 'joint production'], type: 'COOPERATE' },
    {
      forms: [
        'mobilisation',
        'mobilization',
        'mobilised',
        'mobilized',
        'deployed',
        'deployment',
        'massed',
        'build-up',
        'buildup',
        'call-up',
        'called up',
        'calling up',
      ],
      type: 'MOBILIZE',
      modes: ['troops'],
    },
    { forms: ['arrested', 'detained', 'jailed', 'deported'], type: 'COERCE', modes: ['arrest'] },
    // Power cuts are the effect of strikes here, so they are not coded on their own.
    { forms: ['martial law', 'state of emergency'], type: 'COERCE', modes: ['martial-law'] },
    { forms: ['curfew'], type: 'COERCE', modes: ['curfew'] },
    { forms: ['switched off mobile internet', 'cut off mobile internet'], type: 'COERCE', modes: ['censor'] },
    { forms: ['protest*', 'demonstrat*', 'rally', 'rallies'], type: 'PROTEST', modes: ['demo'] },
  ],
  // Tried in this order: what is yielded before what is asked for, before meetings.
  askWords: { 'ceasefire': 'yield', 'concession': 'yield', 'compromise': 'yield', 'territor': 'yield', 'withdraw': 'yield', 'air defen': 'assist', 'weapons': 'assist', 'missiles': 'assist', 'aid': 'assist', 'help': 'assist', 'support': 'assist', 'meeting': 'meet', 'meet': 'meet', 'talks': 'meet', 'summit': 'meet', 'trip': 'meet', 'visit': 'meet' },
  modeWords: {
    artillery: 'heavy-weapons',
    ballistic: 'heavy-weapons',
    bomb: 'aerial',
    destroyed: 'destroy',
    drone: 'drone',
    infrastructure: 'destroy',
    jets: 'aerial',
    missile: 'heavy-weapons',
    rocket: 'heavy-weapons',
    shahed: 'drone',
  },
  contextWords: {
    electricity: 'human_security',
    energy: 'human_security',
    heating: 'human_security',
    power: 'human_security',
    water: 'human_security',
    territory: 'territory',
    sanction: 'economic',
    oil: 'economic',
  },
  negations: ['did not', 'never', 'no', 'not', "didn't", 'without', "won't", 'would not'],
  future: ['expected to', 'is due to', 'next', 'plan', 'planned', 'plans', 'scheduled', 'set to', 'will', 'would'],
  conditions: ['as long as', 'if', 'on condition', 'provided', 'unless', 'whether'],
  ongoing: ['continue', 'continued', 'continues', 'continuing', 'ongoing', 'repeatedly', 'so far', 'still'],
  mediation: ['-brokered', '-mediated', 'brokered', 'hosted', 'mediated', 'mediation', 'mediator'],
  background: ['ago', 'earlier this year', 'last year', 'since'],
  against: ['against', 'at', 'on'],
  between: ['between'],
  together: ['alongside', 'with'],
  manyPlaces: ['cities', 'oblasts', 'provinces', 'regions', 'towns'],
  modals: ['can', 'could', 'may', 'might'],
  // Cues match at the start of a word ("retaliat" = retaliate, retaliation). Evaluative words
  // ("disrespectful", "unnecessary") make a quote about another party an accusation.
  speechActs: {
    THREATEN: ['face consequences', 'fitting response', 'legitimate target', 'pay a price', 'pay the price', 'respond decisively', 'respond firmly', 'respond harshly', 'retaliat', 'serious consequences', 'severe consequences', 'we will respond', 'will respond'],
    REJECT: ['cannot accept', 'never accept', 'never agree', 'never give', 'never recognise', 'never recognize', 'no plans', 'non-starter', 'not acceptable', 'out of the question', 'refus', 'reject', 'rule out', 'ruled out', 'unacceptable'],
    REQUEST: ['ball is in', 'call on', 'calls on', 'demand', 'had to', 'has to', 'have to', 'i urge', 'is up to', 'it is up to', 'must', 'should', 'urged', 'urges', 'urging', 'we urge'],
    ACCUSE: ['aggressi', 'aggressor', 'atrocit', 'barbar', 'behind the', 'betray', 'blackmail', 'blame', 'breach', 'broken', 'brutal', 'crime', 'criminal', 'cynical', 'dangerous', 'deliberate', 'despicable', 'disappoint', 'disgrace', 'disrespect', 'gambling', 'genocide', 'getting in the way', 'harm', 'hurt', 'hypocri', 'illegal', 'inflammatory', 'irresponsible', 'lied', 'lies', 'lying', 'mass destruction', 'murder', 'not happy', 'not ready for peace', 'outrageous', 'propaganda', 'provocat', 'reckless', 'responsib', 'sabotag', 'shameful', 'stab in the back', 'stalling', 'stealing', 'steals', 'stole', 'stolen', 'terror', 'theft', 'torture', 'treason', 'unnecessary', 'unprovoked', 'vile', 'violat', 'war crime'],
    AGREE: ['is willing to', 'prepared to', 'promise to', 'promised to', 'promises to', 'ready to', 'remains willing', 'they are willing', 'was willing to', 'we are willing', 'we promise', 'were willing to'],
    SUPPORT: ['basis for', 'good', 'grateful', 'historic', 'important step', 'positive', 'praise', 'solidarity', 'stand with', 'stands with', 'step forward', 'step in the right direction', 'strong signal', 'support', 'thank', 'unwavering', 'welcome'],
  },
  // Claim verbs: what the speaker claims the other side did or plans is an allegation.
  allegations: ['alleged', 'alleges', 'claimed', 'claims'],
  // Anaphors of an attack already told (definite or demonstrative forms).
  referring: ['such attacks', 'the assault', 'the attack', 'the attacks', 'the bombardment', 'the shelling', 'the strike', 'the strikes', 'these attacks', 'these strikes', 'this attack', 'those attacks'],
  // Words joining an agreement to what is agreed ('enige om', 'agreed to').
  agreedOn: ['for', 'on', 'to'],
  // Words that only count casualties of an attack.
  casualties: ['died', 'injured', 'killed', 'killing', 'wounded', 'wounding'],
  // "X came a day after Y": Y took place the day before X.
  // "travel to Washington to meet Trump": the place a visit or planned meeting goes to.
  // "no plans for …": a plan denied is the act denied.
  // Single words: "alle som tror at Moskva vil ha fred": what someone believes is no event.
  beliefs: ['believe', 'believed', 'believes', 'think', 'thinks', 'thought'],
  plans: ['plan', 'plans'],
  travelTo: ['arrived in', 'flew to', 'fly to', 'heading to', 'travel to', 'traveled to', 'travelled to', 'travels to', 'trip to'],
  dayAfter: ['a day after', 'the day after', 'one day after'],
  // "hours before the second day of talks": the event shortly before is on the talks' second day.
  secondDay: ['second day'],
  shortlyBefore: ['hours before', 'just before', 'shortly before'],
  forces: ['army', 'forces', 'military', 'soldiers', 'troops'],
};
