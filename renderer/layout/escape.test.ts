import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, safeHref } from './escape';

describe('escapeHtml', () => {
  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('drops control characters and replaces lone surrogates, keeping tabs, newlines and emoji', () => {
    expect(escapeHtml('a\u0000b\u0007c\u001bd\u0085e\tf\ng')).toBe('abcde\tf\ng');
    expect(escapeHtml('x\uD800y \uDC00 😀')).toBe('x\uFFFDy \uFFFD 😀');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1&c=2', 'https://example.org/a?b=1&c=2'],
    ['  HTTP://Example.ORG  ', 'http://example.org/'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['https://example.org/"onmouseover="x', 'https://example.org/%22onmouseover=%22x'],
  ])('keeps %j as %j', (input, output) => {
    expect(safeHref(input)).toBe(output);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \njavascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    '&#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https:',
    '',
    undefined,
  ])('drops %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element or open a comment, and still parses to the same value', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'a & b', d: 'line\u2028sep' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
