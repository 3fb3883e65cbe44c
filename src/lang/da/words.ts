/** Function words: never names on their own, and the usual first words of a sentence. */
export const STOP_WORDS: readonly string[] = [
  // Compass words open compounds of a place ("Sør-Italia"): never a name of their own.
  'af', 'alle', 'andre', 'at', 'blev', 'bliver', 'da', 'de', 'dem', 'den', 'denne', 'der', 'det',
  'dette', 'disse', 'du', 'efter', 'eller', 'en', 'er', 'et', 'for', 'fordi', 'fra', 'før', 'han',
  'hans', 'har', 'hende', 'hendes', 'her', 'hun', 'hvad', 'hvis', 'hvor', 'hvordan', 'i', 'ikke',
  'ingen', 'jeg', 'kan', 'med', 'men', 'mens', 'mod', 'nord', 'nu', 'når', 'og', 'også', 'om',
  'over', 'på', 'sig', 'sin', 'sine', 'sit', 'skal', 'som', 'syd', 'til', 'ud', 'under', 'var',
  'ved', 'vest', 'vi', 'vil', 'vores', 'være', 'øst',
];

/** Danish forms that Norwegian writes differently (af/av, mod/mot, ud/ut, hvad/hva). */
export const MARKERS: readonly string[] = [
  'af', 'efter', 'hende', 'hvad', 'mod', 'nu', 'sig', 'siger', 'ud', 'udtalte', 'vores',
];
