import { describe, expect, it } from 'vitest';
import { meetingWithHeadline } from '../../shared/importer/structure/header';

/**
 * A headline that names the body the opening leaves out, with a kicker before a dash and when it
 * met between the body and the verb; the opening dates it by a Taiwan year and a bare weekday
 * (issue 11, round 31, import-56c). Made-up texts.
 */
describe('the body from the headline', () => {
  it('drops the kicker and the time around it', () => {
    const opening = '112年7月24日(一)上午10時整召開第一次工作會報，區長某某要求各單位做好整備工作。';
    expect(meetingWithHeadline('第一次工作會報', '某某颱風-某某區災害應變中心於7月24日上午10時整召開第一次工作會報', opening)).toBe('某某區災害應變中心第一次工作會報');
  });
});
