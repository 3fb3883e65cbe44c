import { describe, expect, it } from 'vitest';
import { detectLanguage, splitNorwegian } from './detect-lang.js';

// Short original news-style paragraphs, one per language.
const CASES: [string, string][] = [
  [
    'nb',
    'Forhandlingene i Genève ble avsluttet onsdag kveld uten at partene ble enige om en våpenhvile. Ukrainas delegasjon sier at de vil komme tilbake neste uke.',
  ],
  [
    'nn',
    'Forhandlingane i Genève vart avslutta onsdag kveld utan at partane vart samde om ei våpenkvile. Den ukrainske delegasjonen seier at dei vil kome attende neste veke.',
  ],
  [
    'sv',
    'Förhandlingarna i Genève avslutades på onsdagskvällen utan att parterna kunde enas om en vapenvila. Ukrainas delegation säger att de kommer tillbaka nästa vecka.',
  ],
  [
    'da',
    'Forhandlingerne i Genève sluttede onsdag aften, uden at parterne kunne blive enige om en våbenhvile. Ukraines delegation siger, at de vender tilbage i næste uge.',
  ],
  [
    'de',
    'Die Verhandlungen in Genf endeten am Mittwochabend, ohne dass sich die Parteien auf eine Waffenruhe einigen konnten. Die ukrainische Delegation will nächste Woche zurückkehren.',
  ],
  [
    'en',
    'The talks in Geneva ended on Wednesday evening without the two sides agreeing on a ceasefire. The Ukrainian delegation says it will return next week.',
  ],
];

describe('detectLanguage', () => {
  it.each(CASES)('detects %s', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('flags a text in a language without a pack', () => {
    const r = detectLanguage(
      'Les négociations à Genève se sont terminées mercredi soir sans accord sur un cessez-le-feu.',
    );
    expect(r.unsupported).toBe('fr');
  });

  it('flags Cyrillic text', () => {
    expect(
      detectLanguage('Переговоры в Женеве завершились в среду вечером без соглашения о прекращении огня.').unsupported,
    ).toBeDefined();
  });
});

describe('splitNorwegian', () => {
  it('tells Nynorsk by its marker words', () => {
    expect(splitNorwegian('Eg veit ikkje kva dei meiner, men det var ein god dag.')).toBe('nn');
    expect(splitNorwegian('Jeg vet ikke hva de mener, men det var en god dag.')).toBe('nb');
  });
});
