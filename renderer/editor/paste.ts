// Paste handling. Copy editors paste from web pages and wire copy: plain text becomes one
// paragraph per line; HTML goes through the schema's parse rules (which drop styles, scripts
// and unknown markup), then empty paragraphs are dropped and ids cleared for fresh ones.
import { Fragment, Slice, type Node, type ResolvedPos } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { schema } from './schema';

export function textToSlice(text: string): Slice {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return Slice.empty;
  const paragraphs = lines.map((line) => schema.node('paragraph', null, schema.text(line)));
  // A single line pastes inline (open both sides); several lines become paragraphs.
  return new Slice(Fragment.from(paragraphs), 1, 1);
}

function cleanFragment(fragment: Fragment, dropped: { count: number }): Fragment {
  const out: Node[] = [];
  fragment.forEach((node) => {
    if (node.isTextblock) {
      if (node.textContent.trim() === '' && fragment.childCount > 1) {
        dropped.count += 1;
        return;
      }
      out.push(node.type.create({ ...node.attrs, id: null, ignore: [] }, node.content, node.marks));
    } else if (node.isBlock && !node.isLeaf) {
      const content = cleanFragment(node.content, dropped);
      if (content.childCount > 0) out.push(node.copy(content));
      else dropped.count += 1;
    } else {
      out.push(node);
    }
  });
  return Fragment.from(out);
}

/** Drops empty textblocks and clears ids/ignores so pasted copies are checked afresh. */
export function cleanSlice(slice: Slice): Slice {
  const dropped = { count: 0 };
  const content = cleanFragment(slice.content, dropped);
  if (content.childCount === 0) return Slice.empty;
  // Open depths describe the original edges; once blocks were dropped, paste closed blocks.
  return dropped.count === 0 ? new Slice(content, slice.openStart, slice.openEnd) : new Slice(content, 0, 0);
}

export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      clipboardTextParser(text: string, _$context: ResolvedPos, plain: boolean) {
        void plain;
        return textToSlice(text);
      },
      transformPasted(slice) {
        return cleanSlice(slice);
      },
    },
  });
}
