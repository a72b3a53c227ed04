/**
 * Session 25 (spans): the right sentence, the wrong part of it. A which/what-question answered with
 * the question's own kind ("the bigger festivals") when the sentence names the instances right
 * after it. Short stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const FESTIVALS = parseArticle(
  'Storms cancel summer festivals\n\n' +
    'MANCHESTER, July 12, 2026 (PA) -- Organisers called off several summer events on Saturday after a week of storms across northern England.\n\n' +
    'Some of the bigger festivals that were hit by the storms included Parklife, Kendal Calling and Bluedot.\n\n' +
    'Police moved the crowds out of the showground in four towns -- Bolton, Wigan and Preston.\n\n' +
    'The organisers said ticket holders would get their money back within a month.',
  { id: 'festivals25' },
);

describe('the kind asked for, named after "included" or a dash: the names, not the kind', () => {
  it('"the bigger festivals that were hit ... included Parklife, Kendal Calling and Bluedot"', () => {
    expect(answer('Which festivals were hit by the storms?', FESTIVALS)).toMatchObject({ found: true, answer: 'Parklife, Kendal Calling and Bluedot' });
  });

  it('"in four towns -- Bolton, Wigan and Preston": the towns, not their number', () => {
    expect(answer('In which towns did police move the crowds out of the showground?', FESTIVALS)).toMatchObject({ found: true, answer: 'Bolton, Wigan and Preston' });
  });
});

const CAMP = parseArticle(
  'Flood camp to close next spring\n\n' +
    'DHAKA, Oct. 4, 2026 (Reuters) -- A camp for families driven from their homes by floods will close next spring, officials said on Sunday.\n\n' +
    'The number of people living in the camp has varied between 2,500 and 7,000 over the past year.\n\n' +
    'Some of the families have lived in the camp for four to five years, aid workers said.\n\n' +
    'Officials said new homes would be built on higher ground.',
  { id: 'camp25' },
);

describe('a range is one answer: both its figures, in words too', () => {
  it('"varied between 2,500 and 7,000": the range, not its first figure', () => {
    expect(answer('Between what numbers has the number of people in the camp varied?', CAMP)).toMatchObject({ found: true, answer: 'between 2,500 and 7,000' });
  });

  it('"for four to five years": how long, with its unit', () => {
    expect(answer('How long have some of the families lived in the camp?', CAMP)).toMatchObject({ found: true, answer: 'four to five years' });
  });
});
