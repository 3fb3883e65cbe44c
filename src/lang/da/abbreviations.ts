import type { Abbreviations } from '../types.js';

/** Danish abbreviations as Danish newspapers write them (Ritzau style). */
export const ABBREVIATIONS: Abbreviations = {
  always: [
    'bl.a', 'ca', 'dir', 'dr', 'f', 'f.eks', 'f.kr', 'fhv', 'gen', 'hhv', 'jf', 'kap', 'kl', 'kr',
    'mht', 'mia', 'mio', 'nr', 'o.l', 'pga', 'prof', 'sen', 'st', 'tlf', 'vs',
  ],
  beforeNames: [],
  ambiguous: [
    'apr', 'aug', 'dec', 'dvs', 'etc', 'feb', 'jan', 'jul', 'jun', 'm.fl', 'm.m', 'mar', 'mv',
    'nov', 'okt', 'osv', 'sep', 'sept',
  ],
};
