/** Function words: never names on their own, and the usual first words of a sentence. */
export const STOP_WORDS: readonly string[] = [
  // Compass words open compounds of a place ("Sør-Italia"): never a name of their own.
  'alle', 'andre', 'at', 'aust', 'av', 'berre', 'dei', 'deira', 'den', 'denne', 'der', 'desse',
  'det', 'dette', 'du', 'dykk', 'då', 'eg', 'ein', 'eit', 'eller', 'er', 'etter', 'for', 'fordi',
  'frå', 'før', 'han', 'hans', 'har', 'hennar', 'ho', 'i', 'ikkje', 'ingen', 'kan', 'korleis',
  'kva', 'kvar', 'kven', 'kvifor', 'med', 'medan', 'men', 'mot', 'må', 'no', 'nord', 'når', 'og',
  'om', 'over', 'på', 'seg', 'si', 'sin', 'sine', 'sitt', 'skal', 'som', 'sør', 'til', 'under',
  'ut', 'var', 'vart', 'ved', 'vere', 'vest', 'vi', 'vil', 'vore', 'øst',
];

/** Nynorsk forms that Bokmål writes differently (ikkje/ikke, eg/jeg, frå/fra, vart/ble). */
export const MARKERS: readonly string[] = [
  'berre', 'dei', 'desse', 'eg', 'ein', 'eit', 'frå', 'heile', 'ikkje', 'korleis', 'kva', 'kvifor',
  'mykje', 'noko', 'nokon', 'seier', 'vart', 'vere', 'vore',
];
