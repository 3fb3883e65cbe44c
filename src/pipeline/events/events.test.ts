import { describe, expect, it } from 'vitest';
import { analyze } from '../../../test/analyze.js';
import type { Event } from '../../schema/analysis.js';

type Want = Partial<Pick<Event, 'type' | 'status' | 'date' | 'location'>> & {
  actors?: string[];
  targets?: string[];
  mediators?: string[];
  killed?: number;
};

function eventsOf(text: string, lang: string, published = '2026-02-18'): Event[] {
  return analyze(text, lang, published).events;
}

function matches(e: Event, w: Want): boolean {
  const sub = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    !b || b.every((x) => (a ?? []).includes(x));
  return (
    (!w.type || e.type === w.type) &&
    (!w.status || e.status === w.status) &&
    (!w.date || e.date === w.date) &&
    (!w.location || e.location === w.location) &&
    (w.killed === undefined || e.quantities?.killed === w.killed) &&
    sub(e.actors, w.actors) &&
    sub(e.targets, w.targets) &&
    sub(e.mediators, w.mediators)
  );
}

// Published Wednesday 18 February 2026.
describe('events: each type, Norwegian', () => {
  it.each<[string, string, Want]>([
    [
      'CONSULT third-party',
      'Samtalene mellom Ukraina og Russland i Genève i regi av USA ble avsluttet onsdag.',
      {
        type: 'CONSULT',
        actors: ['ukraine', 'russia'],
        mediators: ['united-states'],
        location: 'geneva',
        date: '2026-02-18',
      },
    ],
    [
      'ASSAULT with killed',
      'Russiske styrker gjennomførte natt til tirsdag droneangrep mot Odesa som drepte tre personer.',
      { type: 'ASSAULT', actors: ['russia'], targets: ['ukraine'], location: 'odesa', date: '2026-02-17', killed: 3 },
    ],
    ['REQUEST', 'Zelenskyj krever at Russland trekker seg ut.', { type: 'REQUEST', actors: ['volodymyr-zelenskyy'] }],
    [
      'REJECT',
      'Kreml avviste forslaget om våpenhvile tirsdag.',
      { type: 'REJECT', actors: ['kremlin'], date: '2026-02-17' },
    ],
    [
      'ACCUSE',
      'Zelenskyj anklaget Russland for å sabotere samtalene.',
      { type: 'ACCUSE', actors: ['volodymyr-zelenskyy', 'ukraine'], targets: ['russia'] },
    ],
    ['THREATEN', 'Medvedev truet Europa med atomvåpen.', { type: 'THREATEN', actors: ['dmitry-medvedev'] }],
    [
      'SANCTION',
      'EU innførte nye sanksjoner mot Russland mandag.',
      { type: 'SANCTION', actors: ['european-union'], date: '2026-02-16' },
    ],
    [
      'RETREAT release',
      'Ukraina og Russland utvekslet 300 krigsfanger fredag.',
      { type: 'RETREAT', actors: ['ukraine', 'russia'], date: '2026-02-13' },
    ],
    [
      'AGREE planned',
      'Partene ble enige om at Ukraina og Russland skal møtes igjen neste uke.',
      { type: 'AGREE', status: 'planned' },
    ],
    [
      'CONCEDE conditional',
      'Ukraina er klar til å avstå fra angrep hvis Russland gjør det samme.',
      { status: 'conditional', actors: ['ukraine'] },
    ],
    ['AID', 'Norge gir en ny støttepakke på 2 milliarder kroner til Ukraina.', { type: 'AID', actors: ['norway'] }],
    ['SUPPORT', 'Støre takket Finland for samarbeidet.', { type: 'SUPPORT', actors: ['jonas-gahr-store'] }],
    ['MOBILIZE', 'Russland utplasserte nye tropper ved grensen.', { type: 'MOBILIZE', actors: ['russia'] }],
    [
      'COERCE',
      'Russisk politi har pågrepet over hundre demonstranter i Moskva.',
      { type: 'COERCE', actors: ['russia'] },
    ],
    ['denied', 'Ukraina og Russland ble ikke enige om en avtale.', { type: 'AGREE', status: 'denied' }],
  ])('%s', (_name, text, want) => {
    const got = eventsOf(text, 'nb');
    expect(
      got.some((e) => matches(e, want)),
      JSON.stringify(got.map((e) => [e.type, e.actors, e.targets, e.date, e.status, e.location])),
    ).toBe(true);
  });

  it('gives demands and refusals the mode of what is asked', () => {
    const modesOf = (text: string, lang: string) =>
      eventsOf(text, lang).find((e) => e.type === 'REQUEST' || e.type === 'REJECT')?.modes;
    expect(modesOf('Zelenskyj krever at Russland trekker seg ut av Ukraina.', 'nb')).toContain('yield');
    expect(modesOf('Zelenskyy urged Germany to send more air defence systems.', 'en')).toContain('assist');
    expect(modesOf('Kreml avviste et møte mellom presidentene.', 'nb')).toContain('meet');
  });

  it('merges the talks named across sentences, with their broker, place and days', () => {
    const text =
      'Forhandlingene mellom Ukraina og Russland fortsatte i Abu Dhabi onsdag.\n\n' +
      'Russiske droner angrep Odesa natt til tirsdag og drepte to personer, bare timer før de USA-støttede samtalene i Abu Dhabi.\n\n' +
      'Samtalene startet tirsdag.';
    const talks = eventsOf(text, 'nb').filter((e) => e.type === 'CONSULT');
    expect(talks).toHaveLength(1);
    expect([...(talks[0]?.actors ?? [])].sort()).toEqual(['russia', 'ukraine']);
    expect(talks[0]).toMatchObject({
      mediators: ['united-states'],
      location: 'abu-dhabi',
      date: '2026-02-17/2026-02-18',
      modes: ['third-party'],
    });
    const strike = eventsOf(text, 'nb').find((e) => e.type === 'ASSAULT');
    expect(strike).toMatchObject({
      actors: ['russia'],
      location: 'odesa',
      date: '2026-02-17',
      quantities: { killed: 2 },
    });
  });

  it.each<[string, string]>([
    ['background year', 'Russland angrep Ukraina i februar 2022.'],
    ['no named actor', 'Tre personer ble drept i natt.'],
    ['a plain statement', 'Været i Genève var kaldt.'],
  ])('no event: %s', (_name, text) => {
    expect(eventsOf(text, 'nb')).toEqual([]);
  });
});

describe('events: each type, English', () => {
  it.each<[string, string, Want]>([
    [
      'CONSULT',
      'Talks between Ukraine and Russia in Riyadh were brokered by Saudi Arabia on Tuesday.',
      { type: 'CONSULT', actors: ['ukraine', 'russia'], date: '2026-02-17' },
    ],
    [
      'ASSAULT',
      'Russia launched a drone attack on Kyiv overnight, killing four people.',
      { type: 'ASSAULT', actors: ['russia'], targets: ['ukraine'], location: 'kyiv', killed: 4 },
    ],
    [
      'REQUEST',
      'Zelenskyy urged the United States to send more air defence.',
      { type: 'REQUEST', actors: ['volodymyr-zelenskyy'] },
    ],
    [
      'REJECT',
      'The Kremlin rejected the proposal on Monday.',
      { type: 'REJECT', actors: ['kremlin'], date: '2026-02-16' },
    ],
    ['ACCUSE', 'Zelenskyy accused Russia of stalling the talks.', { type: 'ACCUSE', targets: ['russia'] }],
    ['THREATEN', 'Medvedev threatened Europe with retaliation.', { type: 'THREATEN', actors: ['dmitry-medvedev'] }],
    [
      'SANCTION',
      'The European Union adopted new sanctions against Russia.',
      { type: 'SANCTION', actors: ['european-union'] },
    ],
    [
      'RETREAT release',
      'Ukraine and Russia swapped 150 prisoners on Friday.',
      { type: 'RETREAT', actors: ['ukraine', 'russia'], date: '2026-02-13' },
    ],
    ['AGREE planned', 'Ukraine and Russia agreed to meet again next week.', { type: 'AGREE' }],
    ['AID', 'Germany announced a new aid package for Ukraine.', { type: 'AID', actors: ['germany'] }],
    ['MOBILIZE', 'Russia deployed more troops to the border.', { type: 'MOBILIZE', actors: ['russia'] }],
    ['COERCE', 'Russian police detained dozens of protesters in Moscow.', { type: 'COERCE', actors: ['russia'] }],
    ['denied', 'Ukraine and Russia did not sign the agreement.', { status: 'denied' }],
  ])('%s', (_name, text, want) => {
    const got = eventsOf(text, 'en');
    expect(
      got.some((e) => matches(e, want)),
      JSON.stringify(got.map((e) => [e.type, e.actors, e.targets, e.date, e.status, e.location])),
    ).toBe(true);
  });

  it.each<[string, string]>([
    ['background', 'Russia invaded Ukraine in February 2022.'],
    ['a plain statement', 'The weather in Geneva was cold.'],
  ])('no event: %s', (_name, text) => {
    expect(eventsOf(text, 'en')).toEqual([]);
  });
});

describe('events: later mentions, claims, promises and dates', () => {
  it('folds "the attacks" and a bare casualty count into the attack told before', () => {
    const text =
      'Russland angrep Kharkiv med droner natt til tirsdag.\n\n' +
      'Minst fire mennesker ble drept, opplyser guvernøren.\n\n' +
      'Norges statsminister Jonas Gahr Støre fordømte angrepene.';
    const got = eventsOf(text, 'nb');
    const attacks = got.filter((e) => e.type === 'ASSAULT');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]).toMatchObject({ actors: ['russia'], quantities: { killed: 4 } });
    expect(got.find((e) => e.type === 'ACCUSE')?.targets).toEqual(['russia']);
  });

  it('keeps a casualty count whose sentence names its own attacker as its own event', () => {
    const text =
      'Russland angrep Kharkiv med droner natt til tirsdag.\n\n' +
      'I Belgorod ble to mennesker drept av ukrainske droner, ifølge Russland.';
    expect(eventsOf(text, 'nb').filter((e) => e.type === 'ASSAULT').length).toBeGreaterThanOrEqual(1);
    const en = eventsOf(
      'Russia fired 120 drones at Ukraine overnight. Three people were killed in Sumy, officials said.',
      'en',
    );
    expect(en.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    expect(en[0]).toMatchObject({ actors: ['russia'], quantities: { killed: 3 } });
  });

  it('never takes the country fired at for the attacker', () => {
    const e = eventsOf('Russia fired missiles at Ukraine overnight, killing two people.', 'en').find(
      (x) => x.type === 'ASSAULT',
    );
    expect(e?.actors).toEqual(['russia']);
  });

  it('codes an attack told in a claim as the speaker’s allegation', () => {
    const got = eventsOf('Lukasjenko hevdet at Ukraina planlegger et angrep på Hviterussland.', 'nb');
    expect(got.map((e) => e.type)).toEqual(['ACCUSE']);
    expect(got[0]).toMatchObject({ modes: ['allege'], targets: ['ukraine'] });
    expect(got[0]?.actors).toContain('alexander-lukashenko');
    // A plain report of an attack stays an attack.
    expect(eventsOf('Guvernøren sa at Russland angrep Kharkiv i natt.', 'nb').map((e) => e.type)).toContain('ASSAULT');
  });

  it('makes a promise of weapons aid not yet given, and a promise to talk an agreement', () => {
    const aid = eventsOf('Frankrike lovet tirsdag å sende flere missiler til Ukraina.', 'nb');
    expect(aid.find((e) => e.type === 'AID')).toMatchObject({ status: 'planned', actors: ['france'] });
    expect(aid.some((e) => e.type === 'AGREE')).toBe(false);
    const talk = eventsOf('Ukraina lovet å fortsette samtalene med Russland.', 'nb');
    expect(talk.some((e) => e.type === 'AID')).toBe(false);
  });

  it('needs something given before an aid noun is aid', () => {
    expect(eventsOf("Ukraine's air defences shot down 40 drones overnight.", 'en').some((e) => e.type === 'AID')).toBe(
      false,
    );
    expect(eventsOf('Germany will send Ukraine more air defence systems.', 'en').some((e) => e.type === 'AID')).toBe(
      true,
    );
  });

  it('makes talks dated after publication a plan, not a meeting that took place', () => {
    const got = eventsOf('Ukrainian and Russian negotiators hold another round of talks in Geneva next week.', 'en');
    expect(got.some((e) => e.type === 'CONSULT')).toBe(false);
    expect(got.find((e) => e.type === 'AGREE')).toMatchObject({ status: 'planned' });
  });

  it('dates undated events by the day the lead gives, and speech acts by the saying', () => {
    const text =
      'Russland angrep Kyiv med flere hundre droner og raketter mandag.\n\n' +
      'Ukrainas president Volodymyr Zelenskyj svarte med skarp kritikk.\n\n' +
      'Zelenskyj sa at angrepet på søndag var «et terrorangrep».';
    const got = eventsOf(text, 'nb');
    const accuse = got.filter((e) => e.type === 'ACCUSE');
    expect(accuse.length).toBeGreaterThan(0);
    // "søndag" is inside the quote: it dates what was said, not the saying.
    for (const e of accuse) expect(e.date).toBe('2026-02-16');
  });

  it('never codes "forhandlingskort" or "negotiating position" as talks', () => {
    expect(
      eventsOf('Zelenskyj sa at Donbas ikke er et forhandlingskort for Ukraina.', 'nb').some(
        (e) => e.type === 'CONSULT',
      ),
    ).toBe(false);
    expect(
      eventsOf("Russia's negotiating position has not changed, Peskov said.", 'en').some((e) => e.type === 'CONSULT'),
    ).toBe(false);
  });

  it('picks the speech act of a quote from its words: a threat before a demand, support on its own', () => {
    const types = (text: string, lang: string) => eventsOf(text, lang).map((e) => e.type);
    expect(types('Peskov said that Europe would "pay the price" and must stop arming Kyiv.', 'en')).toContain(
      'THREATEN',
    );
    expect(types('Støre sa at Norge står sammen med Ukraina.', 'nb')).toContain('SUPPORT');
    expect(types('Stoltenberg said the attack was "a cynical crime".', 'en')).toContain('ACCUSE');
  });
});

describe('events: what is agreed', () => {
  it('makes an exchange or meeting agreed an agreement planned, not one that took place', () => {
    const en = eventsOf('Ukraine and Russia agreed on Tuesday to exchange 300 prisoners of war.', 'en');
    expect(en.some((e) => e.type === 'RETREAT')).toBe(false);
    expect(en.find((e) => e.type === 'AGREE')).toMatchObject({ status: 'planned', modes: [] });
    const nb = eventsOf('Ukraina og Russland ble enige om nye samtaler i Istanbul.', 'nb');
    expect(nb.some((e) => e.type === 'CONSULT')).toBe(false);
    expect(nb.find((e) => e.type === 'AGREE')).toMatchObject({ status: 'planned' });
  });

  it('keeps an exchange carried out, and talks held after an agreement word that does not govern them', () => {
    expect(
      eventsOf('Ukraine and Russia exchanged 300 prisoners of war on Tuesday.', 'en').map((e) => e.type),
    ).toContain('RETREAT');
    const de = eventsOf('Prigoschin willigte nach Gesprächen mit Lukaschenko ein, den Vormarsch zu stoppen.', 'de');
    expect(de.some((e) => e.rule?.includes('agreed-consult'))).toBe(false);
  });
});

describe('events: refusals and positive words', () => {
  it('makes an agreement someone will not give a refusal, and one not reached an agreement denied', () => {
    const refused = eventsOf('Russland vil ikke gå med på en våpenhvile nå.', 'nb');
    expect(refused.find((e) => e.type === 'REJECT')).toMatchObject({ actors: ['russia'], status: 'occurred' });
    const failed = eventsOf('Ukraina og Russland ble ikke enige om en avtale.', 'nb');
    expect(failed.find((e) => e.type === 'AGREE')).toMatchObject({ status: 'denied' });
  });

  it('reads praise in a quote as support, but only when no demand, refusal or threat is there', () => {
    const types = (text: string) => eventsOf(text, 'en').map((e) => e.type);
    expect(types('Starmer said the decision was "an important step" for Ukraine.')).toContain('SUPPORT');
    expect(types('Starmer said that Russia must end its "good neighbour" act and withdraw.')).not.toContain('SUPPORT');
  });
});

describe('events: objects of demands and blocked words', () => {
  it('codes what is asked for or refused as the demand, not as an event of its own', () => {
    const got = eventsOf('Zelenskyy urged Germany to speed up deliveries of air defence systems.', 'en');
    expect(got.map((e) => e.type)).toEqual(['REQUEST']);
    const refused = eventsOf('The Kremlin rejected any deployment of European troops in Ukraine.', 'en');
    expect(refused.map((e) => e.type)).toEqual(['REJECT']);
  });

  it('keeps a sanctions package a sanction and never aid', () => {
    const en = eventsOf('The European Union approved a new package of sanctions against Russia on Monday.', 'en');
    expect(en.map((e) => e.type)).toEqual(['SANCTION']);
    const nb = eventsOf('EU vedtok mandag den nye sanksjonspakken mot Russland.', 'nb');
    expect(nb.map((e) => e.type)).toEqual(['SANCTION']);
  });
});

describe('events: status and dates of what was said', () => {
  it('keeps a warning with a condition in it a warning made, dated by its paragraph, not by a quoted day', () => {
    const text =
      'Russland angrep Kyiv med flere hundre droner og raketter mandag.\n\n' +
      'Putin sa at angrepene var et svar på eksplosjonen på brua lørdag, som han kalte «terror». ' +
      'Han advarte om at svaret vil bli hardt dersom Ukraina fortsetter.';
    const threat = eventsOf(text, 'nb').find((e) => e.type === 'THREATEN');
    expect(threat).toMatchObject({ status: 'occurred', date: '2026-02-16' });
  });

  it('makes an exchange planned for later an agreement, and one carried out a release', () => {
    const planned = eventsOf(
      'Utvekslingen av fanger mellom Ukraina og Russland skal fortsette lørdag.',
      'nb',
      '2026-02-18',
    );
    expect(planned.find((e) => e.actors.includes('ukraine'))?.type).toBe('AGREE');
  });
});

describe('events: who met', () => {
  it('makes a meeting with several leaders multilateral, all of them actors', () => {
    const e = eventsOf(
      'Zelenskyy spent Monday in London with Keir Starmer and Emmanuel Macron, his third meeting with European leaders this month.',
      'en',
    ).find((x) => x.type === 'CONSULT');
    expect(e?.modes).toContain('multilateral');
    expect(e?.actors).toEqual(expect.arrayContaining(['volodymyr-zelenskyy', 'keir-starmer', 'emmanuel-macron']));
  });

  it('gives talks in a clause of their own the parties the sentence opens with', () => {
    const e = eventsOf(
      'Senior U.S. and Russian officials agreed on Tuesday to restore their embassies, after four hours of talks in Riyadh.',
      'en',
    ).find((x) => x.type === 'CONSULT');
    expect([...(e?.actors ?? [])].sort()).toEqual(['russia', 'united-states']);
    expect(e?.location).toBe('riyadh');
  });
});

describe('events: where', () => {
  it('locates a strike in the one city it names, and in the state when it hits many places', () => {
    const one = eventsOf(
      'Russia fired 300 drones at Ukraine overnight, killing five people in the city of Zaporizhzhia.',
      'en',
    );
    expect(one.find((e) => e.type === 'ASSAULT')?.location).toBe('zaporizhzhia');
    const many = eventsOf('Russland angrep Kyiv og en rekke andre ukrainske byer med missiler natt til mandag.', 'nb');
    expect(many.find((e) => e.type === 'ASSAULT')?.location).toBe('ukraine');
  });

  it('locates what was said where it was said', () => {
    const e = eventsOf(
      'Støre sa på en pressekonferanse i Oslo at angrepet er «et grovt brudd på folkeretten».',
      'nb',
    ).find((x) => x.type === 'ACCUSE');
    expect(e?.location).toBe('oslo');
  });
});

describe('events: speech-act cues', () => {
  it('matches a short cue only as a whole word', () => {
    const types = (text: string) => eventsOf(text, 'nb').map((e) => e.type);
    expect(types('Peskov sa at målet er å sikre Krim.')).not.toContain('REQUEST');
    expect(types('Zelenskyj sa at Russland må trekke seg ut av Ukraina.')).toContain('REQUEST');
  });
});

describe('events: attacks told again', () => {
  it('never codes the dead of the whole war as an attack', () => {
    expect(eventsOf('Ukrainerne mindes de sivile som er drept i krigen.', 'nb')).toEqual([]);
  });
});

describe('events: orders and warnings', () => {
  it('gives an order of mobilisation the state of the one who gave it', () => {
    const e = eventsOf('Putin kunngjorde onsdag delvis mobilisering i Russland.', 'nb').find(
      (x) => x.type === 'MOBILIZE',
    );
    expect(e?.actors).toEqual(expect.arrayContaining(['vladimir-putin', 'russia']));
  });

  it('reads a threat from the verb, not from the noun of a danger perceived', () => {
    const types = (text: string) => eventsOf(text, 'en').map((e) => e.type);
    expect(types('NATO troops near Russia would be a direct threat to us, Peskov said.')).not.toContain('THREATEN');
    expect(types('Medvedev threatened Europe with retaliation.')).toContain('THREATEN');
  });

  it('makes a warning a threat only when it names what will be done or paid', () => {
    const types = (text: string) => eventsOf(text, 'en').map((e) => e.type);
    expect(types("Ukraine's energy ministry warned that blackouts could return by November.")).not.toContain(
      'THREATEN',
    );
    expect(types('Zakharova warned that European companies would pay the price.')).toContain('THREATEN');
  });
});

describe('events: speech acts beside events told in the quote', () => {
  it('reads the speaker’s demand even when the quote also tells of an agreement', () => {
    const got = eventsOf('Ukraina sier at sikkerhetsgarantier fra USA må komme før partene kan bli enige.', 'nb');
    expect(got.some((e) => e.type === 'REQUEST' && e.actors.includes('ukraine'))).toBe(true);
  });

  it('codes a quote once when its reporting verb is the act', () => {
    const got = eventsOf('Zelenskyj krevde at Russland må trekke seg ut av Ukraina.', 'nb');
    expect(got.filter((e) => e.type === 'REQUEST')).toHaveLength(1);
  });
});

describe('events: the day and place of orders and follow-ups', () => {
  it('dates by the named day rather than a week in the same sentence', () => {
    const e = eventsOf(
      'Ukraine and Russia are expected to meet again in Geneva in two weeks, on Feb. 27-28.',
      'en',
      '2026-02-18',
    ).find((x) => x.type === 'AGREE');
    expect(e?.date).toBe('2026-02-27/2026-02-28');
  });

  it('locates a mobilisation in the state that orders it when no place is named', () => {
    const e = eventsOf('Russlands president Vladimir Putin kunngjorde onsdag delvis mobilisering.', 'nb').find(
      (x) => x.type === 'MOBILIZE',
    );
    expect(e?.location).toBe('russia');
  });

  it('adds the dead counted on the attacked side’s word to the attack', () => {
    const text =
      'Russland angrep Ukraina med raketter natt til onsdag.\n\nIfølge Ukrainas helseminister er minst 57 mennesker drept.';
    const attacks = eventsOf(text, 'nb').filter((e) => e.type === 'ASSAULT');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]?.quantities?.killed).toBe(57);
  });
});

describe('events: datelines', () => {
  it('reads a dateline city in capitals and places talks with no city of their own there', () => {
    const a = analyze(
      'RIYADH, Saudi Arabia (AP) — Senior U.S. and Russian officials agreed on Tuesday to keep talking, after four hours of talks.',
      'en',
      '2026-02-18',
    );
    expect(a.entities.some((e) => e.id === 'riyadh')).toBe(true);
    expect(a.events.find((e) => e.type === 'CONSULT')?.location).toBe('riyadh');
  });
});

describe('events: names that look like event words', () => {
  it('never reads a capitalised name inside a sentence as an event word', () => {
    expect(eventsOf('Sverige kan sälja upp till 150 Gripen till Ukraina.', 'sv').some((e) => e.type === 'COERCE')).toBe(
      false,
    );
    // German writes every noun with a capital: "Angriff" stays an attack.
    expect(
      eventsOf('Russland hat die Stadt Charkiw in der Nacht mit einem Angriff getroffen.', 'de').map((e) => e.type),
    ).toContain('ASSAULT');
  });
});

describe('events: speculation', () => {
  it('codes no agreement that only may come', () => {
    expect(
      eventsOf('Garantiene må komme før Ukraina og Russland kan bli enige om en løsning.', 'nb').some(
        (e) => e.type === 'AGREE',
      ),
    ).toBe(false);
    expect(eventsOf('Ukraina og Russland ble enige om en løsning tirsdag.', 'nb').some((e) => e.type === 'AGREE')).toBe(
      true,
    );
  });
});

describe('events: parties read from the sentence’s shape', () => {
  it('makes every coordinated subject a party, not only the nearest', () => {
    const e = eventsOf('Trump og Putin inngikk ingen avtale om våpenhvile.', 'nb').find((x) => x.type === 'AGREE');
    expect(e?.actors).toEqual(expect.arrayContaining(['donald-trump', 'vladimir-putin']));
    expect(e?.status).toBe('denied');
  });

  it('gives an agreement not reached the parties of the talks', () => {
    const text = 'Ukraina og Russland forhandlet i Genève tirsdag.\n\nDet ble ikke inngått noen avtale om våpenhvile.';
    const e = eventsOf(text, 'nb').find((x) => x.type === 'AGREE');
    expect(e?.actors).toEqual(expect.arrayContaining(['ukraine', 'russia']));
    expect(e?.status).toBe('denied');
    // No talks told: no party, no event.
    expect(eventsOf('Det ble ikke inngått noen avtale om våpenhvile.', 'nb')).toEqual([]);
  });

  it('reads the subject after the verb in verb-second order', () => {
    const e = eventsOf('Ifølge to kilder krevde Putin at Ukraina trekker seg ut av Donetsk.', 'nb').find(
      (x) => x.type === 'REQUEST',
    );
    expect(e?.actors).toContain('vladimir-putin');
    expect(e?.targets ?? []).not.toContain('vladimir-putin');
  });

  it('never makes the teller the doer of a that-clause, but keeps a verb joined to the teller', () => {
    const e = eventsOf('Ombudet Dmytro Lubinets skriver at Russland fortsatt nekter Røde Kors tilgang.', 'nb').find(
      (x) => x.type === 'REJECT',
    );
    expect(e?.actors).toEqual(['russia']);
    const u = eventsOf(
      'Zelensky wrote on X that Russia was betting on the cold and urged allies to send more.',
      'en',
    ).find((x) => x.type === 'REQUEST');
    expect(u?.actors).toContain('volodymyr-zelenskyy');
  });

  it('takes an attacker from earlier in the paragraph, never from a later sentence', () => {
    const text =
      'Naftogaz said its gas sites had been attacked 20 times. The company signed a deal with Norway’s Equinor.';
    expect(eventsOf(text, 'en').filter((e) => e.type === 'ASSAULT' && e.actors.includes('norway'))).toEqual([]);
  });
});

describe('events: what is said, claimed or forecast', () => {
  it('reads "skal … ha" as a report of the past, not a plan', () => {
    const e = eventsOf('Til gjengjeld skal Russland ha tilbudt å fryse frontlinjene.', 'nb').find(
      (x) => x.type === 'AGREE',
    );
    expect(e?.status).toBe('occurred');
    const planned = eventsOf('Ukraina og Russland skal bli enige om en våpenhvile neste uke.', 'nb').find(
      (x) => x.type === 'AGREE',
    );
    expect(planned?.status).toBe('planned');
  });

  it('codes no attack for what an accusation alleges', () => {
    const got = eventsOf('Kyiv accused Russian forces of shelling its positions on Saturday.', 'en', '2025-04-20');
    expect(got.map((e) => e.type)).toEqual(['ACCUSE']);
  });

  it('codes no failed agreement for a forecast', () => {
    expect(
      eventsOf('Ushakov said that without this there will be no agreement.', 'en').map((e) => e.type),
    ).not.toContain('AGREE');
    const failed = 'Russia and Ukraine held talks in Geneva on Tuesday. No agreement on a ceasefire was reached.';
    expect(eventsOf(failed, 'en').map((e) => e.type)).toContain('AGREE');
  });

  it('makes a quote by one side about the side it fights an accusation, only when they fight', () => {
    const text =
      'Russland angrep Ukraina med droner natt til onsdag.\n\n«Russland tror at kulda vil knekke oss», sa Zelenskyj onsdag.';
    const e = eventsOf(text, 'nb').find((x) => x.type === 'ACCUSE');
    expect(e?.actors).toEqual(expect.arrayContaining(['volodymyr-zelenskyy', 'ukraine']));
    expect(e?.targets).toContain('russia');
    const calm = '«Russland tror at kulda vil knekke oss», sa Zelenskyj onsdag.';
    expect(eventsOf(calm, 'nb').some((x) => x.type === 'ACCUSE')).toBe(false);
  });

  it('never matches a cue inside a longer word it only begins', () => {
    const got = eventsOf('‘Every ceasefire line has become a border by stealth,’ the Kremlin said.', 'en');
    expect(got.some((e) => e.type === 'ACCUSE')).toBe(false);
  });
});

describe('events: two of a kind in a sentence, and relative days', () => {
  it('keeps two attacks of one sentence apart when each has its own day', () => {
    const got = eventsOf(
      'Ukraine said on Wednesday that its drones had hit the Ryazan refinery, following Tuesday night’s strike in the Bryansk region.',
      'en',
      '2025-10-23',
    ).filter((e) => e.type === 'ASSAULT');
    expect(got.map((e) => e.date).sort()).toEqual(['2025-10-21', '2025-10-22']);
  });

  it('dates what came "a day after" to the day before the event named first', () => {
    const text =
      'Forhandlingene mellom Ukraina og Russland i Istanbul varte i en time mandag.\n\nSamtalene kom dagen etter at Ukraina angrep fire russiske flybaser med droner.';
    const attack = eventsOf(text, 'nb', '2025-06-02').find((e) => e.type === 'ASSAULT');
    expect(attack?.date).toBe('2025-06-01');
  });

  it('reads the verb "møte" after "å" as a meeting planned', () => {
    const e = eventsOf('Zelenskyj reiser til Washington mandag for å møte Trump.', 'nb', '2025-08-17').find(
      (x) => x.type === 'AGREE',
    );
    expect(e?.status).toBe('planned');
    expect(e?.date).toBe('2025-08-18');
  });
});

describe('events: refusals', () => {
  it('codes a refusal worded with its own negation as made, not denied', () => {
    const e = eventsOf('Zelenskyj sa at Ukraina ikke vil anerkjenne noen avtale som inngås uten Ukraina.', 'nb').find(
      (x) => x.type === 'REJECT',
    );
    expect(e?.status).toBe('occurred');
  });

  it('dates a call-off by when it was made, not by the day of what was called off', () => {
    const e = eventsOf(
      'Zelensky met Erdogan in Ankara on Tuesday. He also postponed a visit to Saudi Arabia that had been planned for Wednesday.',
      'en',
      '2025-02-18',
    ).find((x) => x.type === 'REJECT');
    expect(e?.date).toBe('2025-02-18');
    expect(e?.status).toBe('occurred');
  });

  it('reads a pronoun subject after the verb in verb-second order', () => {
    const e = eventsOf(
      'Volodymyr Zelenskyj var tirsdag i Ankara. Samtidig utsatte han et planlagt besøk i Saudi-Arabia.',
      'nb',
      '2025-02-18',
    ).find((x) => x.type === 'REJECT');
    expect(e?.actors).toContain('volodymyr-zelenskyy');
  });
});

describe('events: protest and cooperation, and who is no party', () => {
  it('codes a protest only when the protesters are named', () => {
    const e = eventsOf('Tusenvis av ukrainere demonstrerte i Kyiv søndag mot korrupsjon.', 'nb').find(
      (x) => x.type === 'PROTEST',
    );
    expect(e?.actors).toEqual(['ukraine']);
    expect(e?.location).toBe('kyiv');
    expect(eventsOf('Over 1300 mennesker ble pågrepet under protester i Moskva.', 'nb')).toEqual([]);
  });

  it('codes cooperation between named parties, not talk about cooperation', () => {
    for (const [text, lang] of [
      ['Ukraina og Polen vil samarbeide om produksjon av droner.', 'nb'],
      ['Ukraine and Poland will cooperate on drone production.', 'en'],
    ] as const) {
      const e = eventsOf(text, lang).find((x) => x.type === 'COOPERATE');
      expect(e?.actors).toEqual(['ukraine', 'poland']);
      expect(e?.status).toBe('planned');
    }
    expect(eventsOf('Cooperation is important, he said.', 'en')).toEqual([]);
  });

  it('never makes the source of a report or a news outlet a party', () => {
    const got = eventsOf(
      'Ifølge menneskerettighetsgruppen OVD-Info ble over 1300 mennesker pågrepet i Moskva onsdag.',
      'nb',
    );
    expect(got).toEqual([]);
    const stoltenberg = eventsOf(
      'NATOs generalsekretær Jens Stoltenberg sa til Reuters at trusselen om atomvåpen er farlig.',
      'nb',
    );
    expect(stoltenberg.flatMap((e) => e.actors)).not.toContain('reuters');
    // A subject after the event word is no source: "Ifølge russiske medier krever Moskva …".
    const demand = eventsOf('Ifølge russiske medier krever Moskva at Ukraina trekker seg ut.', 'nb').find(
      (x) => x.type === 'REQUEST',
    );
    expect(demand?.actors).toEqual(['russia']);
  });
});

describe('events: relative clauses', () => {
  it('gives talks in a "who" clause the person it follows, but a "where" clause no place as party', () => {
    const e = eventsOf(
      'President Volodymyr Zelenskyy, who held talks with Recep Tayyip Erdogan in Ankara on Tuesday, told reporters he was hopeful.',
      'en',
    ).find((x) => x.type === 'CONSULT');
    expect(e?.actors).toContain('volodymyr-zelenskyy');
    expect(e?.location).toBe('ankara');
    const nb = eventsOf('Volodymyr Zelenskyj var tirsdag i Ankara, der han møtte Recep Tayyip Erdoğan.', 'nb').find(
      (x) => x.type === 'CONSULT',
    );
    expect(nb?.actors).toContain('volodymyr-zelenskyy');
    expect(nb?.actors).not.toContain('turkey');
  });
});

describe('events: one side’s acts of one day', () => {
  it('merges a state body’s refusal with its spokesman’s, but not refusals of different things', () => {
    const text =
      'The Kremlin on Friday rejected any deployment of European troops in Ukraine.\n\nThe spokesman Dmitry Peskov added on Friday that such guarantees were unacceptable to Moscow.';
    const rejects = eventsOf(text, 'en', '2025-09-05').filter((e) => e.type === 'REJECT');
    expect(rejects).toHaveLength(1);
    expect(rejects[0]?.actors).toEqual(expect.arrayContaining(['kremlin', 'dmitry-peskov']));
    const two =
      'Zelenskyj sa tirsdag at Ukraina ikke vil anerkjenne noen avtale. Samtidig utsatte han et planlagt besøk i Saudi-Arabia.';
    expect(eventsOf(two, 'nb', '2025-02-18').filter((e) => e.type === 'REJECT')).toHaveLength(2);
  });
});

describe('events: standing refusals and the teller’s future', () => {
  it('codes "has so far declined" as a refusal still standing', () => {
    const e = eventsOf(
      'The US has so far declined to supply the Tomahawk missiles that Kyiv has requested.',
      'en',
    ).find((x) => x.type === 'REJECT');
    expect(e?.status).toBe('ongoing');
    expect(e?.actors).toContain('united-states');
  });

  it('never gives an event the future of the verb that tells it', () => {
    const e = eventsOf('Sybiha would say only that Kyiv and Washington held talks.', 'en').find(
      (x) => x.type === 'CONSULT',
    );
    expect(e?.status).toBe('occurred');
  });

  it('keeps talks going on and talks held as one round', () => {
    const text =
      'Ukraina og Russland forhandlet i Istanbul tirsdag.\n\nTyrkias utenriksminister kalte tirsdagens runde den største framgangen så langt i forhandlingene.';
    expect(eventsOf(text, 'nb', '2022-03-29').filter((e) => e.type === 'CONSULT')).toHaveLength(1);
  });
});

describe('events: a relative clause between subject and verb', () => {
  it('steps over "X, der …, har bedt om" to its subject, but not over a longer clause', () => {
    const e = eventsOf(
      'Han peker på at Belgia, der Euroclear holder til, har bedt om garantier fra de andre EU-landene.',
      'nb',
    ).find((x) => x.type === 'REQUEST');
    expect(e?.actors).toEqual(['belgium']);
    const swap = eventsOf(
      'Rustem Umerov, who heads the delegation, wrote on Telegram that the exchange would take place soon.',
      'en',
    ).filter((x) => x.type === 'RETREAT');
    expect(swap).toEqual([]);
  });
});

describe('events: loans and places in compounds', () => {
  it('codes a loan agreed for Ukraine as aid promised, by the leaders, not by the place they met', () => {
    const e = eventsOf(
      'Torsdag ble G7-lederne samlet i Apulia i Sør-Italia enige: Ukraina skal få et lån på 50 milliarder dollar.',
      'nb',
      '2024-06-15',
    ).find((x) => x.type === 'AID');
    expect(e?.actors).toEqual(['g7']);
    expect(e?.status).toBe('planned');
  });
});

describe('events: martial law, summits in compounds, sources of tolls', () => {
  it('codes martial law as coercion by the one who declares it, with its mode', () => {
    const e = eventsOf('President Volodymyr Zelenskyj har innført krigsrett i hele landet.', 'nb').find(
      (x) => x.type === 'COERCE',
    );
    expect(e?.actors).toContain('volodymyr-zelenskyy');
    expect(e?.modes).toEqual(['martial-law']);
  });

  it('reads a summit in a compound ("krisetoppmøte")', () => {
    const e = eventsOf('EU-lederne er samlet til krisetoppmøte i Brussel onsdag.', 'nb').find(
      (x) => x.type === 'CONSULT',
    );
    expect(e?.actors).toEqual(['european-union']);
    expect(e?.location).toBe('brussels');
  });

  it('never makes the state of the source of a death toll the attacker', () => {
    expect(
      eventsOf('Ifølge Ukrainas helseminister Viktor Ljasjko er minst 57 mennesker drept.', 'nb').filter(
        (x) => x.type === 'ASSAULT',
      ),
    ).toEqual([]);
  });
});

describe('events: meetings in compounds, deployments planned, weapons sent', () => {
  it('reads a video meeting planned for tomorrow as an agreement to meet', () => {
    const e = eventsOf(
      'Selenskyj skal tale til et ekstraordinært videomøte med G7-lederne i morgen.',
      'nb',
      '2022-10-10',
    ).find((x) => x.type === 'AGREE');
    expect(e?.status).toBe('planned');
    expect(e?.date).toBe('2022-10-11');
  });

  it('codes a deployment announced as planned mobilisation', () => {
    const e = eventsOf(
      'Hviterusslands president Aleksandr Lukasjenko kunngjorde at landet vil utplassere en felles styrke nær grensen.',
      'nb',
    ).find((x) => x.type === 'MOBILIZE');
    expect(e?.actors).toContain('alexander-lukashenko');
    expect(e?.status).toBe('planned');
  });

  it('codes weapons sent to a country as aid, and drones sent against it as an attack', () => {
    const types = (text: string) => eventsOf(text, 'nb').map((e) => e.type);
    expect(types('Tyskland sa at fire IRIS-T-systemer blir sendt til Ukraina.')).toContain('AID');
    expect(types('Russland sendte 84 droner mot Ukraina natt til mandag.')).toEqual(['ASSAULT']);
  });
});

describe('events: summits, calls and decrees', () => {
  it('codes a meeting on a named day even beside a year of background, and its failure for both states', () => {
    const text =
      'Donald Trump and Vladimir Putin met in Anchorage on Friday, their first meeting since 2019. No agreement on a ceasefire was announced.';
    const got = eventsOf(text, 'en', '2025-08-16');
    expect(got.find((e) => e.type === 'CONSULT')).toMatchObject({ date: '2025-08-15', location: 'anchorage' });
    expect(got.find((e) => e.type === 'AGREE')?.actors).toEqual(
      expect.arrayContaining(['donald-trump', 'united-states', 'vladimir-putin', 'russia']),
    );
  });

  it('never merges a phone call with a meeting in person', () => {
    const text =
      'Zelensky had a long phone call with Donald Trump on Saturday. Donald Trump and Vladimir Putin met in Anchorage on Friday.';
    const talks = eventsOf(text, 'en', '2025-08-16').filter((e) => e.type === 'CONSULT');
    expect(talks).toHaveLength(2);
    expect(talks.find((e) => e.modes.includes('phone'))?.actors).toContain('volodymyr-zelenskyy');
  });

  it('keeps the parties a planned meeting names, and never makes a headline label a party', () => {
    const text =
      'Donald Trump and Vladimir Putin met in Anchorage on Friday.\n\nZelensky will travel to Washington on Monday to meet Donald Trump.';
    const plan = eventsOf(text, 'en', '2025-08-16').find((e) => e.type === 'AGREE');
    expect(plan?.actors).toContain('volodymyr-zelenskyy');
    const label = eventsOf('Starmer: summit opened a real window for peace', 'en', '2025-08-16');
    expect(label.flatMap((e) => e.actors)).not.toContain('keir-starmer');
  });

  it('codes a decree calling up men as mobilisation, not as support', () => {
    const types = eventsOf(
      'Vladimir Putin on Monday signed a decree calling up 160,000 men for military service.',
      'en',
    ).map((e) => e.type);
    expect(types).toEqual(['MOBILIZE']);
  });
});

describe('events: agreements of the two sides', () => {
  it('gives "the two sides agreed to exchange" the parties of the talks', () => {
    const text =
      'Talks between Russian and Ukrainian delegations ended in Istanbul on Friday.\n\nA source told reporters that the two sides had agreed to exchange 1,000 prisoners each.';
    const e = eventsOf(text, 'en', '2025-05-16').find((x) => x.type === 'AGREE');
    expect(e?.actors).toEqual(expect.arrayContaining(['russia', 'ukraine']));
    expect(e?.status).toBe('planned');
  });

  it('never reads sanctions called for in a demand as sanctions imposed', () => {
    const got = eventsOf(
      'Zelenskyy said that the US should respond with tougher sanctions on Russia’s banks.',
      'en',
      '2025-05-16',
    );
    expect(got.map((e) => e.type)).toEqual(['REQUEST']);
  });
});

describe('events: who was hit and where a visit goes', () => {
  it('makes the side reporting an attack its target when no other is named', () => {
    const e = eventsOf(
      'Russia launched 405 drones at energy facilities in eight regions, according to Ukraine’s air force.',
      'en',
    ).find((x) => x.type === 'ASSAULT');
    expect(e?.targets).toEqual(['ukraine']);
    expect(e?.location).toBe('ukraine');
  });

  it('places a planned meeting where the visitor travels to, never making that city a party', () => {
    const en = eventsOf('Zelensky will travel to Washington on Monday to meet Donald Trump.', 'en', '2025-08-16').find(
      (x) => x.type === 'AGREE',
    );
    expect(en?.location).toBe('washington');
    const nb = eventsOf('Zelenskyj reiser til Washington mandag for å møte Trump.', 'nb', '2025-08-17').find(
      (x) => x.type === 'AGREE',
    );
    expect(nb?.location).toBe('washington');
    expect(nb?.actors).not.toContain('united-states');
  });
});

describe('events: what a demand or refusal is about, and one speaker’s day', () => {
  it('reads the mode of a refusal from what follows it, not from talks told before', () => {
    const e = eventsOf(
      'Zelensky, who held talks with Erdogan in Ankara on Tuesday, told reporters that Kyiv would not recognize any agreement reached without it.',
      'en',
      '2025-02-18',
    ).find((x) => x.type === 'REJECT');
    expect(e?.modes).not.toContain('meet');
  });

  it('merges one speaker’s demands of one day whoever each names', () => {
    const text =
      'Zelenskyy: ‘Russia must feel pressure’\n\nVolodymyr Zelenskyy said on Friday that the US should respond with tougher sanctions.';
    expect(eventsOf(text, 'en', '2025-05-16').filter((e) => e.type === 'REQUEST')).toHaveLength(1);
  });
});

describe('events: plans denied', () => {
  it('codes "no plans for mobilisation" as mobilisation denied, with no refusal beside it', () => {
    for (const [text, lang] of [
      ['Kremlin spokesman Dmitry Peskov told reporters that there were no plans for a new wave of mobilization.', 'en'],
      ['Peskov sa at det ikke finnes noen planer om en ny mobilisering.', 'nb'],
    ] as const) {
      const got = eventsOf(text, lang, '2025-04-01');
      expect(got.find((e) => e.type === 'MOBILIZE')?.status).toBe('denied');
      expect(got.some((e) => e.type === 'REJECT')).toBe(false);
    }
  });

  it('keeps "will not sign" a refusal rather than a plan denied', () => {
    const got = eventsOf('Zelenskyj sa at Ukraina ikke vil skrive under på en avtale som bare gir Russland tid.', 'nb');
    expect(got.some((e) => e.type === 'AGREE' && e.status === 'denied')).toBe(false);
  });
});

describe('events: beliefs', () => {
  it('codes no event for what someone believes', () => {
    const got = eventsOf(
      'Russland angrep Ukraina natt til onsdag.\n\n«Hver natt som denne er et svar til alle som tror at Moskva vil ha fred», skriver Zelenskyj.',
      'nb',
      '2026-02-04',
    );
    expect(got.some((e) => e.type === 'REQUEST' && e.actors.includes('russia'))).toBe(false);
    expect(eventsOf('Ukraine believes Russia attacked the plant.', 'en').some((e) => e.type === 'ASSAULT')).toBe(false);
  });
});

describe('events: thanks after a quote, exchanges planned, cue words inside longer words', () => {
  it('gives a clause after the reporting clause its speaker ("…," he wrote, thanking …)', () => {
    const text =
      'Volodymyr Zelenskiy wrote on Telegram that the men were home. "Every one of them is home now," he wrote, thanking the Emirates for their help.';
    const e = eventsOf(text, 'en', '2025-10-02').find((x) => x.type === 'SUPPORT');
    expect(e?.actors).toContain('volodymyr-zelenskyy');
    expect(e?.targets).toContain('united-arab-emirates');
  });

  it('codes another exchange being prepared as an agreement between the sides that swapped', () => {
    const text =
      'Russia and Ukraine each handed over 185 prisoners of war on Thursday.\n\nAnother exchange is being prepared for next week, officials said.';
    const e = eventsOf(text, 'en', '2025-10-02').find((x) => x.type === 'AGREE');
    expect(e?.actors).toEqual(expect.arrayContaining(['russia', 'ukraine']));
    expect(e?.status).toBe('planned');
  });

  it('never reads "urgent" as "urge"', () => {
    const got = eventsOf(
      'Zelensky wrote that at least 20 of them needed urgent medical treatment.',
      'en',
      '2025-10-02',
    );
    expect(got.some((e) => e.type === 'REQUEST')).toBe(false);
  });
});

describe('events: history told in passing', () => {
  it('codes no event right after "tidligere"/"previously"', () => {
    expect(eventsOf('Det har Moskva tidligere blankt avvist.', 'nb').some((e) => e.type === 'REJECT')).toBe(false);
    expect(eventsOf('Moskva avviste forslaget tirsdag.', 'nb').some((e) => e.type === 'REJECT')).toBe(true);
  });
});

describe('events: congratulations and one day’s swap', () => {
  it('codes congratulations as support', () => {
    expect(
      eventsOf('USAs president Donald Trump gratulerte Ukraina på Truth Social.', 'nb').map((e) => e.type),
    ).toContain('SUPPORT');
    expect(eventsOf('Donald Trump congratulated Ukraine on Friday.', 'en').map((e) => e.type)).toContain('SUPPORT');
  });

  it('keeps one swap when a later sentence names a border between other states', () => {
    const text =
      'Ukraina og Russland utvekslet fredag 390 fanger hver.\n\nFangene ble utvekslet ved grensen mellom Ukraina og Hviterussland.';
    expect(eventsOf(text, 'nb', '2025-05-23').filter((e) => e.type === 'RETREAT')).toHaveLength(1);
  });
});

describe('events: the second day of talks', () => {
  it('dates a strike hours before the talks’ second day to that day', () => {
    const text =
      'Ukrainian and Russian negotiators ended two days of talks in Abu Dhabi on Thursday.\n\nHours before the second day of talks began, Russia launched around 180 drones at Ukraine.';
    const strike = eventsOf(text, 'en', '2026-02-05').find((e) => e.type === 'ASSAULT');
    expect(strike?.date).toBe('2026-02-05');
  });
});

describe('events: places of what is told in a quote', () => {
  it('never places an attack told in a quote where the quote was said', () => {
    const e = eventsOf(
      'Zelenskyj sa på en pressekonferanse i Helsingfors onsdag at russiske styrker sendte over 40 droner mot Ukraina natt til onsdag.',
      'nb',
      '2025-03-19',
    ).find((x) => x.type === 'ASSAULT');
    expect(e?.location).not.toBe('helsinki');
    expect(e?.targets).not.toContain('finland');
  });
});
