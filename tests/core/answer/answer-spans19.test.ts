/**
 * Session 19 (spans): the right sentence, the wrong part of it. Short stories written for these
 * tests: a why-question answered with the sentence's day instead of its reason, ...
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const RECALL = parseArticle(
  'Kestrel Foods shares slide after recall\n\n' +
    'LONDON, June 9, 2026 (Reuters) -- Kestrel Foods shares fell 6% on Tuesday as investors worried about the cost of a recall of its frozen pies.\n\n' +
    'The company said the recall was ordered because some packs may contain small pieces of plastic. Kestrel said it expected the recall to cost about 12 million pounds.\n\n' +
    "The firm's annual meeting, planned for next week, has been postponed as the chairman is recovering from surgery.",
  { id: 'recall19' },
);

describe('a why-question is answered with the reason the sentence gives, not its day or another phrase', () => {
  it('"as <clause>" after the day of the fall is the reason', () => {
    const a = answer('Why did the shares fall?', RECALL);
    expect(a.answer).toBe('investors worried about the cost of a recall of its frozen pies');
  });

  it('"as <clause>" after the verb asked is the reason, not the date the meeting was planned for', () => {
    expect(answer('Why has the annual meeting been postponed?', RECALL)).toMatchObject({ found: true, answer: 'the chairman is recovering from surgery' });
  });

  it('a span that already opens with "because" keeps its words', () => {
    expect(answer('Why was the recall ordered?', RECALL)).toMatchObject({ found: true, answer: 'because some packs may contain small pieces of plastic' });
  });
});

const AUCTION = parseArticle(
  'Lost Turner sketch to go under the hammer\n\n' +
    'IPSWICH, March 2, 2026 (PA) -- A pencil sketch attributed to JMW Turner, found in a loft in Felixstowe last year, will be sold on May 2 at a country saleroom in Woodbridge.\n\n' +
    'The auctioneers said the results of tests on the paper were presented on Monday at a conservation conference in Norwich.\n\n' +
    'The sketch is expected to fetch up to 40,000 pounds.',
  { id: 'auction19' },
);

describe('a where-question is answered with the whole setting, not only the town after "in"', () => {
  it('"at a country saleroom in Woodbridge" answers where the sketch will be sold', () => {
    expect(answer('Where will the sketch be sold?', AUCTION)).toMatchObject({ found: true, answer: 'a country saleroom in Woodbridge' });
  });

  it('"at a conservation conference in Norwich" answers where the results were presented', () => {
    expect(answer('Where were the results of the tests presented?', AUCTION)).toMatchObject({ found: true, answer: 'a conservation conference in Norwich' });
  });
});

const FLOOD = parseArticle(
  'Village cut off as river bursts its banks\n\n' +
    'HEREFORD, Feb. 11, 2026 (PA) -- Dozens of homes in Fownhope were flooded on Tuesday after the River Wye burst its banks.\n\n' +
    '"The water came up so fast we only had time to grab the dog," said Ruth Okafor, Daniel\'s aunt, who lives on the main road.\n\n' +
    'Gareth Price, who runs the village shop, said deliveries had stopped for three days.\n\n' +
    'Dr Lena Varga of the Severn Rivers Trust said the flood was the worst since 2007.\n\n' +
    'Councillor Tiago dos Reis spent the night moving furniture for elderly neighbours.',
  { id: 'flood19' },
);

describe('"Who is X?" read from the words set beside the name', () => {
  it('kin after a possessor, set off by commas after the name', () => {
    expect(answer('Who is Ruth Okafor?', FLOOD)).toMatchObject({ found: true, answer: "Daniel's aunt" });
  });

  it('what a relative clause after the name says the person does', () => {
    expect(answer('Who is Gareth Price?', FLOOD)).toMatchObject({ found: true, answer: 'runs the village shop' });
  });

  it('the body the person speaks for ("X of the Severn Rivers Trust")', () => {
    expect(answer('Who is Lena Varga?', FLOOD)).toMatchObject({ found: true, answer: 'of the Severn Rivers Trust' });
  });

  it('a name with "dos" in it is a name asked about', () => {
    expect(answer('Who is Tiago dos Reis?', FLOOD)).toMatchObject({ found: true, answer: 'Councillor' });
  });
});

const OAKS = parseArticle(
  'Oak disease found in royal park\n\n' +
    'LONDON, Sept. 8, 2026 (PA) -- Forestry officials have confirmed an outbreak of oak wilt in Richmond Park.\n\n' +
    'Samples went to labs at Kew and Alice Holt, and tests for Ceratocystis, a fungus that blocks the water vessels of oak trees, came back positive.\n\n' +
    'The van used by the tree surgeons, a white Ford Transit, was later found with its tyres slashed.',
  { id: 'oaks19' },
);

describe('the kind asked for, named in apposition', () => {
  it('after the asked noun: "the van used by ..., a white Ford Transit,"', () => {
    expect(answer('What van was it?', OAKS)).toMatchObject({ found: true, answer: 'white Ford Transit' });
  });

  it('before it: "Ceratocystis, a fungus that ...", not the list the name ends', () => {
    expect(answer('What fungus blocks the water vessels of oak trees?', OAKS)).toMatchObject({ found: true, answer: 'Ceratocystis' });
  });
});

const TRIAL = parseArticle(
  'Jury convicts builder over scaffold collapse\n\n' +
    'BRISTOL, Nov. 20, 2026 (PA) -- A builder was found guilty on Thursday of gross negligence over a scaffold collapse that killed a passer-by in Clifton.\n\n' +
    'The jury reached its verdict after deliberating for more than a week, in a trial that began on Oct. 5.\n\n' +
    'The court was cleared for a quarter of an hour on Monday after a juror fell ill.',
  { id: 'trial19' },
);

describe('a how-long question is answered with a length written without a figure', () => {
  it('"for more than a week", not the day the trial began', () => {
    expect(answer('How long did the jury deliberate?', TRIAL)).toMatchObject({ found: true, answer: 'more than a week' });
  });

  it('"for a quarter of an hour", not the day', () => {
    expect(answer('How long was the court cleared?', TRIAL)).toMatchObject({ found: true, answer: 'a quarter of an hour' });
  });
});

const CRASH = parseArticle(
  'Driver cleared over crash\n\n' +
    'LEEDS, Jan. 14, 2026 (PA) -- Prosecutors have dropped charges against a driver, Mara Quill, over a crash that injured two cyclists.\n\n' +
    'The crash happened outside a school in Headingley, where Quill was waiting to collect her son.\n\n' +
    'She has since been released from her bail conditions as prosecutors close the case.\n\n' +
    'Her lawyer said she was relieved.',
  { id: 'crash19' },
);

describe('a where-question reads a "she" sentence as the person\'s only when it names a place', () => {
  it('"She has since been released ..." does not outrank the sentence that says where she was', () => {
    expect(answer('Where was Mara Quill waiting?', CRASH)).toMatchObject({ found: true, answer: 'a school in Headingley' });
  });
});

const SHARES = parseArticle(
  'Tern Shipping shares slip\n\n' +
    'OSLO, April 7, 2026 (Reuters) -- Tern Shipping shares fell 3% in afternoon trading in Oslo on Tuesday, while the wider index was flat.\n\n' +
    'The company will report first-quarter results on Friday. It cut 200 jobs last year because of weak freight demand.',
  { id: 'shares19' },
);

describe('a why-question over a sentence that gives no cause is refused', () => {
  it('"in afternoon trading" is no reason for the fall', () => {
    expect(answer('Why did Tern Shipping shares fall?', SHARES).found).toBe(false);
  });

  it('the reason a sentence gives is still answered (a near shape: passes before too)', () => {
    expect(answer('Why did Tern Shipping cut jobs?', SHARES)).toMatchObject({ found: true, answer: 'because of weak freight demand' });
  });
});
