/** Function words: never names on their own, and the usual first words of a sentence. */
export const STOP_WORDS: readonly string[] = [
  // Compass words open compounds of a place ("Sør-Italia"): never a name of their own.
  'alle', 'andre', 'at', 'av', 'bare', 'begge', 'ble', 'blir', 'da', 'de', 'dem', 'den', 'denne',
  'der', 'dere', 'det', 'dette', 'disse', 'du', 'eller', 'en', 'er', 'et', 'etter', 'for', 'fordi',
  'fra', 'før', 'gjennom', 'han', 'hans', 'har', 'hennes', 'her', 'hun', 'hva', 'hvem', 'hver',
  'hvis', 'hvor', 'hvordan', 'hvorfor', 'i', 'ikke', 'ingen', 'inn', 'jeg', 'kan', 'kunne', 'man',
  'med', 'men', 'mens', 'mot', 'må', 'nord', 'nå', 'når', 'og', 'også', 'om', 'over', 'på',
  'samtidig', 'seg', 'selv', 'sin', 'sine', 'sitt', 'skal', 'skulle', 'slik', 'som', 'sør', 'til',
  'under', 'ut', 'var', 'ved', 'vest', 'vi', 'vil', 'ville', 'vår', 'våre', 'være', 'øst',
];

/** Bokmål forms whose Nynorsk counterparts differ (ikke/ikkje, jeg/eg, fra/frå, ble/vart). */
export const MARKERS: readonly string[] = [
  'bare', 'begge', 'ble', 'disse', 'fra', 'hele', 'hva', 'hvem', 'hvis', 'hvordan', 'hvorfor',
  'ikke', 'jeg', 'mye', 'noe', 'noen', 'sier', 'vært',
];
