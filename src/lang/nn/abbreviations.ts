import type { Abbreviations } from '../types.js';

/** Nynorsk abbreviations (mostly shared with Bokmål; "mellom anna" gives "m.a."). */
export const ABBREVIATIONS: Abbreviations = {
  always: [
    'adm', 'avd', 'bl.a', 'ca', 'dir', 'dr', 'e.l', 'eks', 'evt', 'f', 'f.eks', 'fhv', 'fr', 'gen',
    'jf', 'kap', 'kl', 'kr', 'm.a', 'mill', 'min', 'mrd', 'nr', 'o.a', 'o.l', 'prof', 'red', 'st',
    'tidl', 'tlf', 'vs',
  ],
  beforeNames: [],
  ambiguous: [
    'apr', 'aug', 'des', 'dvs', 'etc', 'feb', 'jan', 'jul', 'jun', 'm.m', 'mar', 'mv', 'nov',
    'okt', 'osb', 'osv', 'sep', 'sept',
  ],
};
