/** English time expressions, resolved against fixed publication days (mostly Wednesday 18 February 2026). */
import { describe, expect, it } from 'vitest';
import { timesOf } from './testing.js';

const PUB = '2026-02-18';

const CASES: [text: string, expected: [string, string][]][] = [
  // Weekdays.
  ['The talks in Geneva ended on Wednesday.', [['Wednesday', '2026-02-18']]],
  // The trap: Friday is later in the week than publication, so in a past report it is last week's.
  ['Russia attacked Kharkiv on Friday.', [['Friday', '2026-02-13']]],
  ['Officials said Tuesday that three people had been killed.', [['Tuesday', '2026-02-17']]],
  ['The two sides will meet again on Friday.', [['Friday', '2026-02-20']]],
  ['On Tuesday, the delegations will meet in Geneva.', [['Tuesday', '2026-02-24']]],
  ['He said on Monday that talks would resume soon.', [['Monday', '2026-02-16']]],
  ['Zelensky is expected to travel to Washington on Monday.', [['Monday', '2026-02-23']]],
  ['Ushakov said the leaders would speak on Thursday.', [['Thursday', '2026-02-19']]],
  ['Last Tuesday the deal collapsed.', [['Last Tuesday', '2026-02-17']]],
  ['They meet again next Monday.', [['next Monday', '2026-02-23']]],
  ["Thursday's strike killed four.", [['Thursday', '2026-02-12']]],
  // Parts of day: the named day, or the day a night ended.
  ['Drones struck Odesa late on Tuesday night.', [['Tuesday night', '2026-02-17TNI']]],
  ['Russia launched 400 drones overnight.', [['overnight', '2026-02-18TNI']]],
  ['Russia attacked overnight into Sunday.', [['overnight into Sunday', '2026-02-15TNI']]],
  ['Zelensky was interviewed last night.', [['last night', '2026-02-17TNI']]],
  ['The Kremlin responded on Wednesday morning.', [['Wednesday morning', '2026-02-18TMO']]],
  ['He spoke yesterday evening.', [['yesterday evening', '2026-02-17TEV']]],
  ['He wrote on Telegram this morning.', [['this morning', '2026-02-18TMO']]],
  ['Air defences were active during the night.', [['during the night', '2026-02-18TNI']]],
  // Relative days and weeks.
  ['The dam was destroyed yesterday.', [['yesterday', '2026-02-17']]],
  ['The leaders meet today.', [['today', '2026-02-18']]],
  ['Leaders gather in London tomorrow.', [['tomorrow', '2026-02-19']]],
  ['Putin last week called the incursion a provocation.', [['last week', '2026-W07']]],
  ['Another exchange is being prepared for next week.', [['next week', '2026-W09']]],
  ['Witkoff is expected in Moscow later this week.', [['later this week', '2026-W08']]],
  ['They were expected to meet again in Geneva in two weeks.', [['in two weeks', '2026-W10']]],
  ['The town fell two weeks ago.', [['two weeks ago', '2026-W06']]],
  ['The strike came three days ago.', [['three days ago', '2026-02-15']]],
  ['Belarus said over the weekend that it was sending troops.', [['over the weekend', '2026-02-14/2026-02-15']]],
  ['European leaders will meet this weekend.', [['this weekend', '2026-02-21/2026-02-22']]],
  // Dates.
  ['The talks were held on February 17.', [['February 17', '2026-02-17']]],
  ['Kellogg is due in Kyiv on Feb. 20.', [['Feb. 20', '2026-02-20']]],
  ['The deal was signed on Feb. 17, 2025.', [['Feb. 17, 2025', '2025-02-17']]],
  ['The book was published on 1 September 2025.', [['1 September 2025', '2025-09-01']]],
  ['The 17th of February was quiet.', [['The 17th of February', '2026-02-17']]],
  ['The round is planned for Feb. 17-18.', [['Feb. 17-18', '2026-02-17/2026-02-18']]],
  ['Talks were held on 17–18 February in Geneva.', [['17–18 February', '2026-02-17/2026-02-18']]],
  ['Fighting raged from Feb. 28 to March 2.', [['from Feb. 28 to March 2', '2026-02-28/2026-03-02']]],
  ['The strikes continued on Friday and Saturday.', [['Friday and Saturday', '2026-02-13/2026-02-14']]],
  [
    'Negotiators ended two days of talks in Abu Dhabi on Thursday.',
    [['two days of talks in Abu Dhabi on Thursday', '2026-02-11/2026-02-12']],
  ],
  ['The decree was published on 2026-02-17.', [['2026-02-17', '2026-02-17']]],
  ['They met on Tuesday at 2 p.m. in Riyadh.', [['Tuesday at 2 p.m.', '2026-02-17T14:00']]],
  // Months and years.
  ['The invasion began in February 2022.', [['February 2022', '2022-02']]],
  ['He arrived in March 2025.', [['March 2025', '2025-03']]],
  ['Crimea, which Russia seized in 2014, was not discussed.', [['2014', '2014']]],
  ['His crew lost three vehicles in June alone.', [['June', '2025-06']]],
  ['Blackouts could return by November.', [['November', '2026-11']]],
  ['A summit is planned for mid-March.', [['March', '2026-03']]],
  ['Drones crossed into Polish airspace last month.', [['last month', '2026-01']]],
  ['Ukraine faces a budget gap next year.', [['next year', '2027']]],
  // Anniversaries.
  [
    'Kyiv marked the fourth anniversary of the full-scale invasion.',
    [['fourth anniversary of the full-scale invasion', '2026-02-24']],
  ],
  [
    'The talks came a week before the fourth anniversary of the invasion.',
    [['a week before the fourth anniversary of the invasion', '2026-02-17']],
  ],
  [
    "Crowds gathered on the eve of the anniversary of Russia's invasion.",
    [["the eve of the anniversary of Russia's invasion", '2026-02-23']],
  ],
  // Nothing to find.
  ['They may meet Putin soon.', []],
  ['USA Today reported the figures first.', []],
  ['The war has no end in sight.', []],
];

describe('en time expressions (published Wednesday 2026-02-18)', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(timesOf('en', text, PUB)).toEqual(expected);
  });
});

describe('en time expressions against gold publication days', () => {
  it.each([
    ['Russia on Monday walked away from the grain deal.', '2023-07-18', [['Monday', '2023-07-17']]],
    ['The foreign ministers would speak later on Monday.', '2023-07-18', [['Monday', '2023-07-17']]],
    ['Klitschko wrote that Friday would be a day of mourning.', '2025-04-24', [['Friday', '2025-04-25']]],
    [
      'His forces would stop fighting from 6pm on Saturday until midnight on Sunday.',
      '2025-04-20',
      [
        ['Saturday', '2025-04-19'],
        ['Sunday', '2025-04-20'],
      ],
    ],
    [
      'Trump threw Zelensky out yesterday; last night he refused to apologise. Overnight he thanked Trump.',
      '2025-03-01',
      [
        ['yesterday', '2025-02-28'],
        ['last night', '2025-02-28TNI'],
        ['Overnight', '2025-03-01TNI'],
      ],
    ],
  ] as [string, string, [string, string][]][])('%s (published %s)', (text, pub, expected) => {
    expect(timesOf('en', text, pub)).toEqual(expected);
  });
});
