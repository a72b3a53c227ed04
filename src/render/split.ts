/**
 * Splitting and trimming text to platform limits at natural boundaries: paragraph, line,
 * sentence, word — and only as a last resort between characters, never inside one.
 */

/** Split `text` into chunks of at most `max` UTF-16 units, each cut at the best boundary. */
export function splitText(text: string, max: number): string[] {
  if (max < 2) throw new Error('max must be at least 2');
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const head = rest.slice(0, max + 1);
    let cut = -1;
    for (const sep of ['\n\n', '\n', '. ', '! ', '? ', '; ', ', ', ' ']) {
      const at = head.lastIndexOf(sep);
      if (at > max * 0.5 || (sep === ' ' && at > 0)) {
        cut = sep.startsWith('\n') || sep === ' ' ? at : at + 1;
        break;
      }
    }
    if (cut <= 0) cut = safeCut(rest, max);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) out.push(piece);
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.trim()) out.push(rest.trimEnd());
  return out;
}

/** A cut position <= max that does not split a surrogate pair. */
function safeCut(s: string, max: number): number {
  const c = s.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

/** Trim `text` to `max` at a word boundary with an ellipsis; never mid-character. */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const head = text.slice(0, room + 1);
  let cut = head.lastIndexOf(' ');
  if (cut < room * 0.5) cut = safeCut(text, room);
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Is this an http(s) URL a platform will accept as a link? */
export function isLinkable(url: string | null | undefined): url is string {
  if (!url || url.length > 2000) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
