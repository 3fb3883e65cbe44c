import type { Abbreviations } from '../types.js';

/** Swedish abbreviations as Swedish newspapers write them (TT style). */
export const ABBREVIATIONS: Abbreviations = {
  always: [
    'bl.a', 'ca', 'd.v.s', 'dir', 'dr', 'e.d', 'e.kr', 'f', 'f.d', 'f.kr', 'f.n', 'fr.o.m', 'gen',
    'jfr', 'kl', 'kr', 'm.a.o', 'mdr', 'milj', 'mkr', 'mn', 'nr', 'o.d', 'p.g.a', 'prof', 's.k',
    'st', 't.ex', 't.o.m', 'tel', 'v', 'vs',
  ],
  beforeNames: [],
  ambiguous: [
    'apr', 'aug', 'dec', 'dvs', 'etc', 'feb', 'jan', 'jul', 'jun', 'm.fl', 'm.m', 'mar', 'nov',
    'okt', 'osv', 'sep', 'sept',
  ],
};
