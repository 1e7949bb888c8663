import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'nav', 'noscript', 'template', 'head', 'svg', 'iframe', 'button', 'select']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody',
  'td', 'th', 'thead', 'tr', 'ul', 'caption', 'title',
]);

/** The readable text of an HTML page: scripts, styles and navigation dropped, block elements on lines of their own. */
export function htmlToText(html: string): string {
  let text = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCK.has(name) || name === 'br') text += '\n';
        if (name === 'li' && skipping === 0) text += '• ';
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) text += '\n';
      },
      ontext(chunk) {
        if (skipping === 0) text += chunk.replace(/[ \t\r\n]+/g, ' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
