/** Original news-style sentences used as smoke input (written for Parley). */
export const EXAMPLES: readonly string[] = [
  'Utrikesminister Maria Malmer Stenergard sade på tisdagen att Sverige skickar fler luftvärnssystem.',
  '– Vi vill se en vapenvila innan sommaren, säger Ukrainas president Volodymyr Zelenskyj till TT.',
  'Enligt det ukrainska flygvapnet sköts omkring 80 drönare ned under natten till onsdag.',
  'Kremls talesperson Dmitrij Peskov avvisade t.ex. kravet på internationella observatörer.',
];
