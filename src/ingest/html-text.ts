// Turns HTML (a whole page's article node or a feed item's fragment) into plain text: block
// elements become paragraphs separated by a blank line, <br> a line break, runs of whitespace
// one space. The walk is iterative so 10,000 nested tags cannot overflow the stack.
import { parseHTML } from "linkedom";

/** Elements that start and end a paragraph of their own. */
const BLOCK_TAGS = new Set(
  "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre section article main header footer aside figure figcaption table thead tbody tr hr address details summary form fieldset".split(
    " ",
  ),
);
/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set(
  "script style noscript template svg iframe head object canvas button select".split(" "),
);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Text of an HTML fragment ("<p>One.</p><p>Two.</p>" → "One.\n\nTwo."). */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body);
}

/** Text of a DOM node, paragraphs separated by a blank line. */
export function nodeToText(root: Node): string {
  const out = new ParagraphWriter();
  // Each entry is a node to enter, or a block element to leave (closing its paragraph).
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      out.breakParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE) out.write(node.nodeValue ?? "");
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === "br") out.breakLine();
    if (BLOCK_TAGS.has(tag)) {
      out.breakParagraph();
      stack.push({ node, leaving: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  return out.finish();
}

/** Collects text, collapsing whitespace and placing at most one blank line between paragraphs. */
class ParagraphWriter {
  private readonly parts: string[] = [];
  /** 0 = none, 1 = line break, 2 = paragraph break, owed before the next text. */
  private pendingBreak = 0;
  private atLineStart = true;

  write(raw: string): void {
    let text = raw.replace(/\s+/g, " ");
    if (this.atLineStart || this.pendingBreak > 0) text = text.trimStart();
    if (text === "") return;
    if (this.pendingBreak > 0 && this.parts.length > 0) {
      this.trimTrailingSpace();
      this.parts.push(this.pendingBreak === 2 ? "\n\n" : "\n");
    }
    this.pendingBreak = 0;
    this.parts.push(text);
    this.atLineStart = false;
  }

  breakLine(): void {
    this.pendingBreak = Math.max(this.pendingBreak, 1);
  }

  breakParagraph(): void {
    this.pendingBreak = 2;
  }

  finish(): string {
    this.trimTrailingSpace();
    return this.parts.join("");
  }

  private trimTrailingSpace(): void {
    const last = this.parts.length - 1;
    if (last >= 0) this.parts[last] = this.parts[last]!.trimEnd();
  }
}
