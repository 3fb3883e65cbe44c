/** Original news-style sentences used as smoke input (written for Parley). */
export const EXAMPLES: readonly string[] = [
  'Außenminister Johann Wadephul sagte am Dienstag, Deutschland liefere weitere Luftabwehrsysteme.',
  '„Wir sind bereit, uns nächste Woche erneut zu treffen", sagte der ukrainische Unterhändler.',
  'Nach Angaben der ukrainischen Luftwaffe wurden in der Nacht zu Mittwoch rund 100 Drohnen abgeschossen.',
  'Kremlsprecher Dmitri Peskow wies u.a. die Forderung nach einer Waffenruhe zurück.',
];
