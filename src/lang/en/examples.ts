/** Original news-style sentences used as smoke input (written for Parley). */
export const EXAMPLES: readonly string[] = [
  'U.S. special envoy Steve Witkoff said on Tuesday that the talks in Geneva had made progress.',
  '"We are ready to meet again next week," Ukraine\'s chief negotiator Rustem Umerov told reporters.',
  "Russia launched around 400 drones and 40 missiles overnight, according to Ukraine's air force.",
  'Kremlin spokesman Dmitry Peskov rejected the demand for a ceasefire before the talks.',
];
