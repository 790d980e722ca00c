import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../src/sources/dateline.ts';

describe('splitDateline', () => {
  it.each([
    ['New Delhi: Russian officials said', 'New Delhi', 'Russian officials said'],
    ['KYIV, July 14 (Reuters) - Ukraine said', 'KYIV, July 14 (Reuters)', 'Ukraine said'],
    ['WASHINGTON (AP) — The president said', 'WASHINGTON (AP)', 'The president said'],
    ['SEOUL, Feb. 6 (Yonhap) — North Korea warned', 'SEOUL, Feb. 6 (Yonhap)', 'North Korea warned'],
    ['WASHINGTON, October 14. /TASS/. The envoy said', 'WASHINGTON, October 14. /TASS/', 'The envoy said'],
    ['CARACAS, Venezuela (AP) — The government', 'CARACAS, Venezuela (AP)', 'The government'],
    ['Kananaskis (Canada): Leaders met', 'Kananaskis (Canada)', 'Leaders met'],
    ['WARSAW, POLAND -- Donors pledged', 'WARSAW, POLAND', 'Donors pledged'],
    ['TURNBERRY – The two leaders', 'TURNBERRY', 'The two leaders'],
    ['ERBIL, Kurdistan Region of Iraq - The ministry', 'ERBIL, Kurdistan Region of Iraq', 'The ministry'],
  ])('splits %j', (text, dateline, body) => {
    expect(splitDateline(text)).toEqual({ dateline, body });
  });

  it.each([
    'Tehran said on Saturday that talks would resume.',
    'New Delhi does not care how many people are hurt.',
    'Russia-Ukraine War: Putin Open To Negotiations',
    'Breaking: talks collapse in Doha.',
    'Trump - Putin talks end without a deal.',
    'EU countries on Friday (July 18) signed off on sanctions.',
  ])('leaves %j alone', (text) => {
    expect(splitDateline(text)).toEqual({ dateline: null, body: text });
  });
});
