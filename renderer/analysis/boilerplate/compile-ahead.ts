// V8 runs a new regex in its bytecode interpreter first and compiles it to machine code on its
// second run, so a pattern is compiled twice; on a subject of 1,000 characters or more it goes
// straight to machine code. The boilerplate patterns each run on thousands of paragraphs, so they
// are run once on a long blank line before the first check: the same machine code, without the
// interpreter's compile and run. (Another engine spends one short test per pattern.)

const LONG_BLANK = ' '.repeat(1000);

export function compileAhead(patterns: readonly RegExp[]): void {
  for (const pattern of patterns) {
    pattern.test(LONG_BLANK);
    pattern.lastIndex = 0; // (a global pattern that matched keeps its position)
  }
}
