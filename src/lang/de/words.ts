/** Function words: never names on their own, and the usual first words of a sentence. */
export const STOP_WORDS: readonly string[] = [
  // Compass words open compounds of a place ("Sør-Italia"): never a name of their own.
  'aber', 'alle', 'als', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'bis', 'da', 'damit', 'das',
  'dass', 'dem', 'den', 'denn', 'der', 'des', 'die', 'dies', 'diese', 'dieser', 'doch', 'du', 'ein',
  'eine', 'einem', 'einen', 'einer', 'er', 'es', 'für', 'ich', 'ihr', 'ihre', 'im', 'in', 'ist',
  'jedoch', 'kein', 'man', 'mit', 'nach', 'nicht', 'noch', 'nord', 'nun', 'nur', 'ob', 'oder',
  'ost', 'sein', 'seit', 'sie', 'so', 'süd', 'um', 'und', 'unter', 'vom', 'von', 'vor', 'war',
  'was', 'weil', 'wenn', 'wer', 'west', 'wie', 'wir', 'wird', 'wurde', 'zu', 'zum', 'zur',
];

/** German forms that no Scandinavian neighbour writes. */
export const MARKERS: readonly string[] = [
  'das', 'der', 'die', 'ist', 'nicht', 'sagte', 'und',
];
