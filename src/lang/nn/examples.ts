/** Original news-style sentences used as smoke input (written for Parley). */
export const EXAMPLES: readonly string[] = [
  'Forhandlingane i Genève vart avslutta onsdag utan noko gjennombrot, seier kjelder til NRK.',
  '– Vi kjem ikkje til å gje frå oss land, sa president Volodymyr Zelenskyj.',
  'Russland sende over hundre droner mot Odesa natt til tysdag, opplyser styresmaktene.',
  'Noreg gjev 1,5 mrd. kroner til ukrainsk luftvern, mellom anna til Patriot-system.',
];
