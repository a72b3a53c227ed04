/**
 * Building neutral Messages from briefings, answers and digests. Renderers decide markup.
 */
import type { Digest } from '../digest/group.ts';
import type { Message, MessageField } from './message.ts';
import type { Answer, Article, Briefing } from '../types.ts';
import { answerOutcome } from '../answer/answer.ts';

/** "BEIJING, 2022-02-06 (Xinhua)" or null when the article has no dateline. */
export function datelineText(b: Pick<Briefing, 'dateline'>): string | null {
  const { place, date, agency } = b.dateline;
  const parts = [place, date].filter(Boolean).join(', ');
  const s = [parts, agency ? `(${agency})` : ''].filter(Boolean).join(' ');
  return s || null;
}

/** Is this key point the sentence the TL;DR already shows (whole, or trimmed with an ellipsis)? */
export function repeatsTldr(point: string, tldr: string): boolean {
  return point === tldr || (tldr.endsWith('…') && point.startsWith(tldr.slice(0, -1)));
}

/**
 * The message for one briefing, with an "Ask a question" action for follow-ups. A key point
 * that repeats the TL;DR is not shown twice.
 */
export function briefingMessage(b: Briefing): Message {
  const fields: MessageField[] = [];
  const people = b.entities.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name));
  if (people.length) fields.push({ name: 'People', value: people.join(', '), inline: true });
  if (b.entities.places.length) fields.push({ name: 'Places', value: b.entities.places.join(', '), inline: true });
  if (b.entities.organizations.length) fields.push({ name: 'Organizations', value: b.entities.organizations.join(', '), inline: true });
  const dl = datelineText(b);
  const footer = [
    dl,
    `${b.wordCount} ${b.wordCount === 1 ? 'word' : 'words'}, ${b.readingMinutes} min read`,
    b.basis === 'feed excerpt' ? 'summarized from the feed excerpt' : null,
    `id: ${b.id}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    kind: 'briefing',
    title: b.title,
    url: b.url,
    text: b.tldr,
    bullets: b.keyPoints.filter((p) => !repeatsTldr(p, b.tldr)),
    fields,
    footer,
    articleId: b.id,
    actions: [{ id: `ask:${b.id}`, label: 'Ask a question' }],
  };
}

/** The same sentence, whatever its capitals and closing stop (a TL;DR of lower-case copy is capitalised). */
function sameWords(a: string, b: string): boolean {
  const norm = (t: string) => t.trim().replace(/[.!?…]+$/u, '').toLowerCase();
  return norm(a) === norm(b);
}

/** The most evidence sentences an answer message quotes. */
const MAX_QUOTES = 3;

/**
 * The message for an answer, in one of three outcomes (answerOutcome): a confident answer with the
 * sentence that says it; a hedge ("The article suggests …, but does not say it outright:") with
 * that sentence, when the answer is less likely right than wrong; or "The article does not say …"
 * with the closest passage, so the reader can judge. `article` names the source when it was
 * searched for.
 */
export function answerMessage(a: Answer, article: Pick<Article, 'id' | 'title'>, opts: { named?: boolean } = {}): Message {
  const outcome = answerOutcome(a);
  // Every sentence an answer rests on (up to MAX_QUOTES: "Who spoke?" names two people from two
  // sentences), the closest one for a refusal; an answer that is its own evidence (the lead
  // sentence, for "What is this about?") is not quoted a second time.
  const quotes = a.evidence.slice(0, outcome === 'refused' ? 1 : MAX_QUOTES).filter((e) => !sameWords(e.sentence, a.answer));
  const text = outcome === 'hedged' ? `The article suggests ${a.answer}, but does not say it outright:` : a.answer;
  const label = outcome === 'refused' ? 'Closest passage' : outcome === 'hedged' ? 'What it says' : 'The article says';
  return {
    kind: 'answer',
    title: opts.named ? `From "${article.title}"` : undefined,
    text,
    fields: quotes.length ? [{ name: label, value: quotes.map((e) => `“${e.sentence}”`).join('\n') }] : [],
    // A refusal shows no percentage: the reader would take it for how sure the refusal is.
    footer: outcome === 'refused' ? `Q: ${a.question} · id: ${article.id}` : `Q: ${a.question} · confidence ${Math.round(a.confidence * 100)}% · id: ${article.id}`,
    articleId: article.id,
  };
}

/** The message for a digest. */
export function digestMessage(d: Digest, opts: { title?: string; late?: boolean } = {}): Message {
  if (!d.items.length) {
    return { kind: 'digest', title: opts.title ?? 'News digest', text: 'Nothing new since the last digest.', articleIds: [] };
  }
  return {
    kind: 'digest',
    title: opts.title ?? 'News digest',
    text: opts.late ? 'Posted late: the bot was offline at the scheduled time.' : undefined,
    sections: d.items.map((it) => ({
      heading: it.lead.title,
      url: it.lead.url,
      text: it.lead.tldr,
      note: [
        it.lead.source,
        it.also.length ? `also reported by ${it.also.map((b) => b.source ?? b.title).join(', ')}` : null,
        `id: ${it.lead.id}`,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    footer: d.more > 0 ? `and ${d.more} more` : undefined,
    // The stories shown (and those grouped with them): follow-up questions search these.
    articleIds: d.items.flatMap((it) => [it.lead.id, ...it.also.map((b) => b.id)]),
  };
}

/** A plain informational message. */
export function infoMessage(text: string, opts: { title?: string; ephemeral?: boolean } = {}): Message {
  return { kind: 'info', text, title: opts.title, ephemeral: opts.ephemeral };
}
