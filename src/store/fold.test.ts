import { describe, expect, it } from 'vitest';
import { searchFold, toFtsQuery } from './fold.js';

describe('searchFold', () => {
  it('folds case, diacritics and the letters Unicode does not decompose', () => {
    expect(searchFold('Genève Støre Ærø Straße Łódź ZELENSKYJ Århus Gößweinstein')).toBe(
      'geneve store aero strasse lodz zelenskyj arhus gossweinstein',
    );
  });
});

describe('toFtsQuery', () => {
  it('makes every word a quoted term, keeps phrases and prefixes, and drops FTS5 syntax', () => {
    expect(toFtsQuery('Zelenskyj Genève')).toBe('"zelenskyj" "geneve"');
    expect(toFtsQuery('"fred i Ukraina" Støre*')).toBe('"fred i ukraina" "store"*');
    expect(toFtsQuery('Jean-Pierre')).toBe('"jean pierre"');
    expect(toFtsQuery('a NEAR(b) OR c:d -e')).toBe('"a" "near" "b" "or" "c" "d" "e"');
    expect(toFtsQuery('*** ()')).toBeUndefined();
  });
});
