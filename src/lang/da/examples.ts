/** Original news-style sentences used as smoke input (written for Parley). */
export const EXAMPLES: readonly string[] = [
  'Udenrigsminister Lars Løkke Rasmussen sagde tirsdag, at Danmark sender flere F-16-fly.',
  '– Vi er klar til at mødes igen i næste uge, siger Ukraines forhandlingsleder til Ritzau.',
  'Ifølge det ukrainske luftvåben blev omkring 90 droner skudt ned natten til onsdag.',
  'Kremls talsmand Dmitrij Peskov afviste bl.a. kravet om en våbenhvile.',
];
