import type { Abbreviations } from '../types.js';

/** Norwegian Bokmål abbreviations (Språkrådet's list, the ones newspapers use). */
export const ABBREVIATIONS: Abbreviations = {
  always: [
    'adm', 'ang', 'avd', 'bl.a', 'ca', 'dir', 'dr', 'e.l', 'eks', 'evt', 'f', 'f.eks', 'f.kr',
    'fhv', 'fork', 'fr', 'gen', 'hhv', 'jf', 'jfr', 'kap', 'kl', 'kr', 'ltn', 'maj', 'mht', 'mill',
    'min', 'mrd', 'nr', 'o.a', 'o.l', 'oblt', 'pga', 'prof', 'red', 'sekr', 'sen', 'sk', 'st',
    'tidl', 'tlf', 'ul', 'vha', 'vs',
  ],
  beforeNames: [],
  // These also close sentences ("… og så videre osv."), so only merge before a lower-case word.
  ambiguous: [
    'a.s', 'apr', 'aug', 'des', 'dvs', 'e.kr', 'etc', 'feb', 'jan', 'jul', 'jun', 'm.fl', 'm.m',
    'mar', 'mv', 'nov', 'okt', 'osv', 'sep', 'sept',
  ],
};
