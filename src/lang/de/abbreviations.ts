import type { Abbreviations } from '../types.js';

/** German abbreviations as German agencies write them (dpa style). */
export const ABBREVIATIONS: Abbreviations = {
  always: [
    // Single letters stand for the spaced forms "z. B.", "u. a.", "d. h.", "v. a.".
    'abs', 'b', 'bzw', 'ca', 'd', 'd.h', 'dr', 'evtl', 'gen', 'ggf', 'hr', 'inkl', 'mio', 'mrd',
    'nr', 'o.ä', 'prof', 's', 'sog', 'st', 'str', 'tel', 'u', 'u.a', 'usw', 'v', 'v.a', 'vgl', 'z',
    'z.b', 'z.t',
  ],
  // Month abbreviations in dates ("3. Okt. 2024") are merged by the ordinal-date rule as well.
  beforeNames: [],
  ambiguous: [
    'apr', 'aug', 'dez', 'etc', 'feb', 'jan', 'nov', 'okt', 'sep', 'sept',
  ],
};
