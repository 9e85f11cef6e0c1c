// Word tokens for comparing paragraphs. Unlike `words()` in ../text, numbers keep their
// inner separators ("7,512", "0.4%", "3-1") so a changed figure is one changed token.
const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*(?:-\p{N}+)?%?|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** `folded`: text already passed through foldTypography. Case is kept: callers fold it. */
export function tokenize(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

/** Starts with a capital letter. */
export function isCapitalised(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && /^\p{Lu}/u.test(token);
}

export function isNumberToken(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return c > 127 && /^\p{N}/u.test(token);
}

// Function words and reporting verbs: shared by unrelated paragraphs, so they are not
// evidence that two paragraphs carry the same facts.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at to ' +
    'for from by with without about into onto over under after before during since until while ' +
    'as is are was were be been being am do does did done doing have has had having will would ' +
    'shall should can could may might must not no yes it its it\'s he him his she her hers they ' +
    'them their theirs we us our ours you your yours i me my mine who whom whose which what when ' +
    'where why how all any both each few more most other some such only own same too very just ' +
    'also again further once out up down off per via said says say told tell according added ' +
    'one two three mr mrs ms dr'
  ).split(' '),
);
