import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';
import { type ReadResult, readArticles } from './files.js';

let dir: string;
const path = (name: string) => join(dir, name);
const write = (name: string, data: string | Uint8Array) => {
  writeFileSync(path(name), data);
  return path(name);
};
const read = (p: string, maxBytes?: number): ReadResult[] => [...readArticles(p, { maxBytes })];
const only = (p: string): ReadResult => {
  const r = read(p);
  expect(r).toHaveLength(1);
  return r[0] as ReadResult;
};
const failureCode = (r: ReadResult) => (r.ok ? 'ok' : r.error.code);

const PAGE = `<!doctype html><html lang="nb-NO"><head><meta charset="utf-8"><title>Side | Avis</title>
<meta property="og:title" content="Samtalene i Genève er over">
<meta property="og:site_name" content="Testavisa">
<meta property="article:published_time" content="2026-02-18T09:30:00+01:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Samtalene i Genève er over","datePublished":"2026-02-18T09:30:00+01:00","publisher":{"@type":"Organization","name":"Testavisa"}}</script>
<style>p{color:red}</style></head><body><nav><a href="/">Forsiden</a> <a href="/sport">Sport</a></nav>
<div class="cookie">Vi bruker informasjonskapsler. <button>OK</button></div>
<article><h1>Samtalene i Genève er over</h1><p class="byline">Av Kari Nordmann <time datetime="2026-02-18">18. februar</time></p>
<p>Forhandlingene mellom Ukraina og Russland i Genève ble avsluttet onsdag uten noe gjennombrudd, opplyser kilder til avisen.</p>
<p>– Vi kommer tilbake neste uke, sa en talsperson for den ukrainske delegasjonen til journalistene utenfor hotellet.</p>
<p>Den amerikanske utsendingen skal ifølge planen reise videre til Moskva for nye samtaler med russiske myndigheter.</p>
</article><aside>Les også: Noe helt annet</aside><footer>© Testavisa</footer><script>track()</script></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticles: formats', () => {
  it('reads a .txt body', () => {
    const r = only(write('a.txt', 'Talks ended.\n\nNo deal.'));
    expect(r.ok && r.article.text).toBe('Talks ended.\n\nNo deal.');
  });

  it('reads an HTML page: reader-mode body with paragraph breaks and the page metadata', () => {
    const r = only(write('p.html', PAGE));
    if (!r.ok) throw r.error;
    expect(r.article.title).toBe('Samtalene i Genève er over');
    expect(r.article.source).toBe('Testavisa');
    expect(r.article.published).toBe('2026-02-18T09:30:00+01:00');
    expect(r.article.lang).toBe('nb');
    const paragraphs = r.article.text.split('\n\n');
    expect(paragraphs.some((p) => p.startsWith('Forhandlingene mellom Ukraina'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('– Vi kommer tilbake'))).toBe(true);
    expect(r.article.text).not.toMatch(/informasjonskapsler|Forsiden|track\(\)|color:red/);
  });

  it('decodes a windows-1252 page, en dashes included', () => {
    const html = PAGE.replace('charset="utf-8"', 'charset="windows-1252"');
    const bytes = Uint8Array.from(Buffer.from(html, 'latin1').map((b, i) => (html[i] === '–' ? 0x96 : b)));
    const latin = Buffer.from(html.replace(/–/g, '\u0096'), 'latin1');
    expect(bytes.length).toBeGreaterThan(0);
    const r = only(write('cp.html', latin));
    if (!r.ok) throw r.error;
    expect(r.article.text).toContain('– Vi kommer tilbake');
    expect(r.article.text).toContain('Genève');
  });

  it('reads a .json article and ignores unknown fields (a gold file is an input)', () => {
    const r = only(
      write(
        'g.json',
        JSON.stringify({ id: 'x1', lang: 'en', published: '2026-02-18', text: 'Talks ended.', entities: [] }),
      ),
    );
    expect(r.ok && r.article).toEqual({ id: 'x1', lang: 'en', published: '2026-02-18', text: 'Talks ended.' });
  });

  it('reads a .json article given as html', () => {
    const r = only(write('h.json', JSON.stringify({ id: 'h1', html: PAGE })));
    expect(r.ok && r.article.id).toBe('h1');
    expect(r.ok && r.article.text).toContain('Forhandlingene mellom Ukraina');
  });

  it('reads an RSS feed, one article per item', () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title><language>en-gb</language>
<item><title>One</title><link>https://example.org/1</link><guid>w1</guid><pubDate>Tue, 17 Feb 2026 10:00:00 +0100</pubDate><content:encoded><![CDATA[<p>First paragraph.</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Two</title><link>https://example.org/2</link><guid>w2</guid><description>Only a summary.</description></item>
<item><title>Empty</title><link>https://example.org/3</link></item></channel></rss>`;
    const r = read(write('f.xml', rss));
    expect(r.map((x) => x.ok && x.article.id)).toEqual(['w1', 'w2']);
    const first = r[0];
    expect(first?.ok && first.article).toMatchObject({
      text: 'First paragraph.\n\nSecond paragraph.',
      lang: 'en',
      source: 'Wire',
      url: 'https://example.org/1',
      published: '2026-02-17T09:00:00.000Z',
    });
  });

  it('reads a directory recursively, in name order, skipping unknown files', () => {
    const sub = path('dir');
    mkdirSync(join(sub, 'inner'), { recursive: true });
    writeFileSync(join(sub, 'b.txt'), 'Second.');
    writeFileSync(join(sub, 'inner', 'a.txt'), 'Nested.');
    writeFileSync(join(sub, 'notes.md'), '# not an article');
    writeFileSync(join(sub, '.hidden.txt'), 'hidden');
    expect(read(sub).map((x) => x.ok && x.article.text)).toEqual(['Second.', 'Nested.']);
  });
});

describe('readArticles: bad input names the file and what to do', () => {
  it('binary file', () => {
    const r = only(write('img.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2])));
    expect(failureCode(r)).toBe('E_INPUT_BINARY');
    expect(r.ok || r.error.describe()).toContain('img.txt');
  });

  it('undecodable file: declared UTF-8 with bytes that are not', () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Bl'),
      Buffer.from([0xe5]),
      Buffer.from('b</p></body></html>'),
    ]);
    expect(failureCode(only(write('bad.html', html)))).toBe('E_INPUT_UNREADABLE');
  });

  it('empty body', () => {
    expect(failureCode(only(write('empty.txt', '  \n\n ')))).toBe('E_INPUT_EMPTY');
    expect(failureCode(only(write('empty.json', '{"id":"e","text":""}')))).toBe('E_INPUT_EMPTY');
    expect(failureCode(only(write('empty.html', '<html><body><nav>menu</nav></body></html>')))).toBe('E_INPUT_EMPTY');
  });

  it('invalid JSON on line N of a .jsonl, the other lines still read', () => {
    const r = read(write('batch.jsonl', '{"id":"a","text":"One."}\n{"id":"b","text":\n\n{"id":"c","text":"Three."}\n'));
    expect(r.map(failureCode)).toEqual(['ok', 'E_INPUT_JSON', 'ok']);
    const bad = r[1];
    expect(bad?.ok === false && bad.error.line).toBe(2);
    expect(bad?.ok === false && bad.error.describe()).toMatch(/batch\.jsonl:2: /);
  });

  it('invalid JSON file', () => {
    expect(failureCode(only(write('broken.json', '{"text": "x",')))).toBe('E_INPUT_JSON');
  });

  it('wrong field type and a published date that is not ISO', () => {
    expect(failureCode(only(write('t.json', '{"text": 5}')))).toBe('E_INPUT_FIELD');
    const r = only(write('d.json', '{"text": "x", "published": "18.02.2026"}'));
    expect(failureCode(r)).toBe('E_INPUT_FIELD');
    expect(r.ok || r.error.message).toContain('published');
  });

  it('unknown extension', () => {
    const r = only(write('a.docx', 'x'));
    expect(failureCode(r)).toBe('E_INPUT_EXTENSION');
    expect(r.ok || r.error.hint).toContain('.txt');
  });

  it('file over the size limit', () => {
    const p = write('big.txt', 'x'.repeat(2000));
    expect(failureCode(read(p, 1000)[0] as ReadResult)).toBe('E_INPUT_TOO_LARGE');
  });

  it('missing path', () => {
    expect(failureCode(only(path('nope.txt')))).toBe('E_INPUT_NOT_FOUND');
  });

  it('broken feed', () => {
    expect(failureCode(only(write('broken.rss', '<rss><channel><item><title>x')))).toBe('E_INPUT_FEED');
  });
});

describe('decodeBytes', () => {
  it('maps windows-1252 punctuation that Node leaves as C1 controls', () => {
    expect(decodeBytes(Uint8Array.from([0x96, 0x20, 0x93, 0x61, 0x94, 0x80]), 'x')).toBe('– “a”€');
  });
  it('strips a UTF-8 BOM', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'x')).toBe('A');
  });
});
