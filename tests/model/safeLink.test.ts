// The one rule for links from typed data (src/model/safeLink.ts): absolute https: URLs with a host are followed;
// everything a hostile or careless editor could put in a model, a toolbox entry or a hand-edited list is not.
import { describe, expect, it } from 'vitest';
import { isSafeHttpsUrl, safeHref } from '../../src/model/safeLink';

const REFUSED = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'http://example.org/plain-http',
  'ftp://example.org/file',
  'file:///C:/Windows/system32',
  'blob:https://example.org/uuid',
  'ms-word:ofe|u|https://example.org/doc.docx',
  '//evil.example/protocol-relative',
  '/relative/path',
  'example.org/no-scheme',
  'https://',
  'https://user:password@example.org/',
  'https://user@example.org/',
  '',
  `https://example.org/${'a'.repeat(2100)}`,
];

const ALLOWED = [
  'https://example.org',
  'https://innlandet.sharepoint.com/sites/koordinering/Delte%20dokumenter/mal.docx',
  'https://teams.microsoft.com/l/entity/abc/def?context=%7B%7D',
  'HTTPS://Example.org/Path',
  '  https://example.org/trimmed  ',
  'https://xn--bkkel-gra.no/',
];

describe('isSafeHttpsUrl', () => {
  it.each(REFUSED)('refuses %j', (value) => {
    expect(isSafeHttpsUrl(value)).toBe(false);
    expect(safeHref(value)).toBeUndefined();
  });

  it.each(ALLOWED)('allows %j', (value) => {
    expect(isSafeHttpsUrl(value)).toBe(true);
  });

  it('refuses what is not a string at all (JSON from a list can be anything)', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org']]) expect(isSafeHttpsUrl(value as unknown as string)).toBe(false);
  });
});

describe('safeHref', () => {
  it('gives the normalised https URL to render', () => {
    expect(safeHref('  https://Example.org/a b ')).toBe('https://example.org/a%20b');
    expect(safeHref('https://example.org')).toBe('https://example.org/');
  });

  it('gives undefined for a missing link, so the caller renders text instead', () => {
    expect(safeHref(undefined)).toBeUndefined();
  });
});
