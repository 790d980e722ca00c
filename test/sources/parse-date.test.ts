import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/sources/parse-date.ts';

describe('parseDate', () => {
  it.each([
    ['2025-07-14', '2025-07-14'],
    ['2025-07-14T23:30:00-05:00', '2025-07-14'], // the day as written, not shifted to UTC
    ['Mon, 14 Jul 2025 10:00:00 +0000', '2025-07-14'],
    ['July 14, 2025', '2025-07-14'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['14 July 2025', '2025-07-14'],
    ['2025/07/14', '2025-07-14'],
    ['20250714103000', '2025-07-14'],
    ['14/07/2025', '2025-07-14'],
    ['07/14/2025', '2025-07-14'],
    ['Monday, July 14, 2025 10:00 AM EST', '2025-07-14'],
    ['the 14th of July, 2025', '2025-07-14'],
    [1752451200, '2025-07-14'],
    [1752451200000, '2025-07-14'],
    ['1752451200', '2025-07-14'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ date: expected, ok: true });
  });

  it.each(['yesterday', 'July 14', '03/04/2025', '2025-02-30', '2025-13-01', 'not a date', {}])('never invents a date from %j', (input) => {
    expect(parseDate(input)).toEqual({ date: null, ok: false });
  });

  it('treats an absent date as no date, not as a bad one', () => {
    expect(parseDate(null)).toEqual({ date: null, ok: true });
    expect(parseDate('')).toEqual({ date: null, ok: true });
  });
});
