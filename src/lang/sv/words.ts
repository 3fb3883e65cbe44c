/** Function words: never names on their own, and the usual first words of a sentence. */
export const STOP_WORDS: readonly string[] = [
  // Compass words open compounds of a place ("Sør-Italia"): never a name of their own.
  'alla', 'andra', 'att', 'av', 'bara', 'blev', 'blir', 'de', 'dem', 'den', 'denna', 'dess',
  'dessa', 'det', 'detta', 'du', 'då', 'efter', 'eftersom', 'eller', 'en', 'ett', 'från', 'för',
  'han', 'hans', 'har', 'hennes', 'hon', 'hur', 'i', 'ingen', 'inte', 'jag', 'kan', 'med', 'men',
  'mot', 'nord', 'norra', 'nu', 'när', 'och', 'också', 'om', 'på', 'sedan', 'sig', 'sin', 'sina',
  'sitt', 'ska', 'skulle', 'som', 'syd', 'södra', 'till', 'under', 'ut', 'vad', 'var', 'vem', 'vi',
  'vid', 'vill', 'väst', 'västra', 'vår', 'är', 'öst', 'östra',
];

/** Swedish forms that Norwegian and Danish write differently. */
export const MARKERS: readonly string[] = [
  'att', 'blev', 'efter', 'från', 'hon', 'inte', 'jag', 'och', 'också', 'säger', 'vad', 'är',
];
