import { describe, expect, it } from 'vitest';
import { csvLine } from './csv.js';

describe('csvLine', () => {
  it('quotes fields with commas, quotes or line breaks, doubles quotes, and ends with CRLF', () => {
    expect(csvLine(['plain', 'a, b', 'he said "no"', 'two\nlines', 3, null, undefined])).toBe(
      'plain,"a, b","he said ""no""","two\nlines",3,,\r\n',
    );
  });

  it('keeps a leading dash (Nordic dash dialogue) as it is', () => {
    expect(csvLine(['– Vi er klare, sa han.'])).toBe('"– Vi er klare, sa han."\r\n');
  });
});
