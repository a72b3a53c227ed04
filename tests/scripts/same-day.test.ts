import { describe, expect, it } from 'vitest';
import { namesExpectedDay } from '../../scripts/lib/same-day.ts';

describe('a resolved date that names the expected day (eval newsqa)', () => {
  it('counts "Thursday, Aug. 29, 1996" for the expected "Thursday" or "Aug. 29"', () => {
    expect(namesExpectedDay('Thursday, Aug. 29, 1996', ['Thursday'])).toBe(true);
    expect(namesExpectedDay('Thursday, Aug. 29, 1996', ['on Thursday'])).toBe(true);
    expect(namesExpectedDay('Thursday, Aug. 29, 1996', ['Aug. 29'])).toBe(true);
  });

  it('does not count another day, a bare weekday, or an expected answer that says more', () => {
    expect(namesExpectedDay('Wednesday, Aug. 28, 1996', ['Thursday'])).toBe(false);
    expect(namesExpectedDay('Thursday', ['Thursday'])).toBe(false);
    expect(namesExpectedDay('Thursday, Aug. 29, 1996', ['Thursday night'])).toBe(false);
    expect(namesExpectedDay('Thursday, Aug. 29, 1996', ['Aug. 30'])).toBe(false);
  });
});
