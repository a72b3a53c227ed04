import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

// Our own story: a figure stands beside the measure's word, inside a longer clause.
const STORY = parseArticle(
  [
    'Strong earthquake shakes harbour towns',
    '',
    'A magnitude 5.9 earthquake struck off the western coast early on Monday, shaking buildings in several harbour towns and cutting power to thousands of homes.',
    '',
    'The seismology office said the quake hit at a depth of 31 kilometres, about 50 kilometres offshore.',
    '',
    'Officials said at least 12 people were treated for minor injuries.',
  ].join('\n'),
  { id: 'quake', fileName: 'quake.txt' },
);

describe('questions about a measure ("what was the magnitude of …")', () => {
  it('answers with the figure beside the measure word, not the clause after it', () => {
    const a = answer('What was the magnitude of the earthquake?', STORY);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('5.9');
    const d = answer('What was the depth of the quake?', STORY);
    expect(d.found).toBe(true);
    expect(d.answer).toBe('31 kilometres');
  });

  it('still refuses a measure the story never gives', () => {
    const p = answer('What is the population of the harbour towns?', STORY);
    expect(p.found).toBe(false);
  });
});
