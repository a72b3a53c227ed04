import { expect } from 'vitest';
import type { Answer } from '../../src/core/types.ts';

/** The answer is a refusal a reader sees as one: `found` false and "The article does not say …". */
export function expectRefused(a: Pick<Answer, 'found' | 'answer'>): void {
  expect(a.found, a.answer).toBe(false);
  expect(a.answer).toMatch(/^The article does not say/);
}
