/**
 * Span choice in news copy with capitals (src/core/answer/span-news.ts, docs/answers-spans.md):
 * the answer is the right part of the sentence the answerer chose, or of the sentence after it
 * when that one only sets the question up. Stories of our own; each case is a cause of misses
 * measured on our news follow-up questions, pinned as the reader sees it in /ask.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerDetailed, answerOutcome } from '../../../src/core/answer/answer.ts';
import type { Article } from '../../../src/core/types.ts';

function story(text: string): Article {
  return { id: 'test', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

const CLUB = story(
  'Tomas Reyna insists he wants to stay at Fulbridge until the end of his contract, despite Porto Azul considering bringing him back in the summer, his agent said on Monday. ' +
    'The defender signed a four-year contract when he moved from the Portuguese champions last July. ' +
    'The club\'s owner called the rumours "complete nonsense" in a statement on Tuesday. ' +
    'Fulbridge are ranked fifth in the league, two points behind Harlow Town, the manager said. ' +
    'Season tickets cost £450 for adults and £120 for children, the club said. ' +
    'The stadium, which is run by Northgate Council, holds 30,000 fans, officials said. ' +
    'Fans were told the news by Maya Stenhouse, the woman who founded the supporters trust, on Wednesday.',
);

const BANK = story(
  'Corran Group said on Thursday it would sell its stake in Scottish lender Abbot Bank, a spokesman said. ' +
    'The board\'s chairman said the sale would be completed by the end of the year. ' +
    'Elena Marsh said the group had received three offers for the stake and would choose one in March. ' +
    'The group, which was founded in Glasgow in 1852, has 9,000 staff, the company said.',
);

const FIRE = story(
  'A wildfire in Brennan County forced hundreds of families from their homes on Sunday, officials said. ' +
    'The fire in Brennan County has grown to 12,000 acres with only 15% containment, the fire service said on Monday. ' +
    'Fire chief Alan Doyle said the blaze was started by a spark from a tractor and when the wind rose it spread quickly. ' +
    'The county closed four schools and two roads, a spokeswoman said.',
);

const RUN = story(
  'Jo Pratt was treated in hospital after a fall while training for a marathon, her coach said on Tuesday. ' +
    'The 24-year-old runner from Leeds said she hoped to race again in the spring. ' +
    '"I was lucky," Pratt told reporters, adding that the doctors had been wonderful.',
);

describe('news span repairs (cased news copy)', () => {
  it('quotes what a person called something, not who said it', () => {
    const a = answer("What did the club's owner call the rumours?", CLUB);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('complete nonsense');
  });

  it('gives the name the asked noun introduces ("Scottish lender Abbot Bank")', () => {
    const a = answer('In which lender does Corran Group hold a stake?', BANK);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Abbot Bank');
  });

  it('gives the subject of the asked verb, active or passive', () => {
    expect(answer('Which club is considering bringing Reyna back?', CLUB).answer).toBe('Porto Azul');
    expect(answer('Who runs the stadium?', CLUB).answer).toBe('Northgate Council');
    expect(answer('Who founded the supporters trust?', CLUB).answer).toBe('Maya Stenhouse');
  });

  it('gives the sum nearest the words that tell the sums apart', () => {
    expect(answer('How much does a season ticket cost for adults?', CLUB).answer).toBe('£450');
    expect(answer('How much does a season ticket cost for children?', CLUB).answer).toBe('£120');
  });

  it('gives a ranking as the position', () => {
    const a = answer('Where are Fulbridge ranked in the league?', CLUB);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('fifth');
    // Another side's position is not the one asked for.
    expect(answer('Where are Harlow Town ranked in the league?', CLUB).found).toBe(false);
  });

  it('answers from the next sentence when the chosen one only sets the question up, hedged, quoting the answer first', () => {
    const who = answer("Who is the board's chairman?", BANK);
    expect(who.answer).toBe('Elena Marsh');
    expect(answerOutcome(who)).toBe('hedged');
    expect(who.evidence[0].sentence).toMatch(/^Elena Marsh said/);
    expect(who.evidence[1].sentence).toMatch(/chairman said/);
    expect(answer("How long is Reyna's contract?", CLUB).answer).toBe('four-year');
  });

  it('gives the figure the asked verb reaches, not another number beside it', () => {
    const a = answer('How big has the fire in Brennan County grown?', FIRE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('12,000 acres');
  });

  it('ends the span where "and when" opens another clause', () => {
    expect(answer('What was the blaze started by?', FIRE).answer).toBe('a spark from a tractor');
  });

  it('leaves the span model alone when the repairs are switched off (what the repairs change)', () => {
    const off = answerDetailed('Which club is considering bringing Reyna back?', CLUB, { newsSpans: false, threshold: 0 });
    expect(off.span).not.toBe('Porto Azul');
  });

  it('refuses "which hospital" answered without a name, as it does for firms and clubs', () => {
    const a = answer('Which hospital treated Jo Pratt?', RUN);
    expect(a.found).toBe(false);
    expect(a.answer).toBe('The article does not say which hospital treated Jo Pratt.');
  });
});
