import { expect } from 'vitest';
import { UserError } from '../../src/core/errors.ts';

/** The one-line message `p` is refused with; fails the test unless it rejects with a UserError. */
export async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return (e as UserError).message;
}
