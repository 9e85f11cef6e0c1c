import { describe, expect, it } from 'vitest';
import { ContractError, validateArgs } from './contract';

const validate = validateArgs['file:export'];

describe('file:export arguments', () => {
  it('accepts a full .html or .htm path and any page text, even empty', () => {
    expect(validate({ path: '/tmp/story.html', content: '<!DOCTYPE html>\n' })).toEqual({ path: '/tmp/story.html', content: '<!DOCTYPE html>\n' });
    expect(validate({ path: 'C:\\Stories\\STORY.HTM', content: '' })).toEqual({ path: 'C:\\Stories\\STORY.HTM', content: '' });
  });

  it.each([
    [{ path: '/tmp/story.md', content: 'x' }, /must end in \.html or \.htm/],
    [{ path: '/tmp/story.html.txt', content: 'x' }, /must end in \.html or \.htm/],
    [{ path: '', content: 'x' }, /must not be empty/],
    [{ path: '/tmp/a\0.html', content: 'x' }, /NUL/],
    [{ path: '/tmp/a.html' }, /"content" must be a string/],
    [{ path: '/tmp/a.html', content: 42 }, /"content" must be a string/],
    [{ path: '/tmp/a.html', content: 'x', mode: 0o777 }, /unexpected argument "mode"/],
    [['/tmp/a.html', 'x'], /must be an object/],
    [null, /must be an object/],
  ])('refuses %j', (args, message) => {
    expect(() => validate(args)).toThrow(ContractError);
    expect(() => validate(args)).toThrow(message);
  });

  it('refuses pages over the content limit', () => {
    expect(() => validate({ path: '/tmp/a.html', content: 'x'.repeat(50 * 1024 * 1024 + 1) })).toThrow(/too long/);
  });
});
