/** Function words: never names on their own, and the usual first words of a sentence. */
export const STOP_WORDS: readonly string[] = [
  'alla', 'andra', 'att', 'av', 'bara', 'blev', 'blir', 'de', 'dem', 'den', 'denna', 'dess',
  'dessa', 'det', 'detta', 'du', 'då', 'efter', 'eftersom', 'eller', 'en', 'ett', 'från', 'för',
  'han', 'hans', 'har', 'hennes', 'hon', 'hur', 'i', 'ingen', 'inte', 'jag', 'kan', 'med', 'men',
  'mot', 'nu', 'när', 'och', 'också', 'om', 'på', 'sedan', 'sig', 'sin', 'sina', 'sitt', 'ska',
  'skulle', 'som', 'till', 'under', 'ut', 'vad', 'var', 'vem', 'vi', 'vid', 'vill', 'vår', 'är',
];

/** Swedish forms that Norwegian and Danish write differently. */
export const MARKERS: readonly string[] = [
  'att', 'blev', 'efter', 'från', 'hon', 'inte', 'jag', 'och', 'också', 'säger', 'vad', 'är',
];
