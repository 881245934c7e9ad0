import { describe, expect, it } from 'vitest';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';

/**
 * A paragraph with no lead that names the meeting's own business as its time (审议中，/ 在质询过程中，),
 * opens with the activity itself and a step word (活动首先…), or has a group of those present do an
 * act of the meeting later in its first sentence (班子成员分别结合…，依次作交流发言) tells of business
 * done: its own `other` section (bench/KEYING.md 13; issue 11, import-72a). Made-up texts.
 */
describe('lead-less paragraphs of business named by its course, step or group', () => {
  it('opens a section', () => {
    for (const p of [
      '审议中，周青、李岩等5位代表就老旧小区改造提出了意见。',
      '在质询过程中，议员林海就防洪工程进度追问了工务局长。',
      '调研期间，调研组查阅了台账资料，走访了部分群众。',
      '活动首先参观了镇史馆，听取了讲解员的介绍。',
      '班子成员分别结合分管工作，依次作交流研讨发言。',
      '委员们围绕民生实事项目逐项提出了修改建议。',
    ])
      expect(leadlessOpensSection(p), p).toBe(true);
  });

  it('still joins what is to come, background and a group doing no act', () => {
    for (const p of ['调研期间，调研组将走访五个乡镇。', '近年来，班子成员团结协作，各项工作稳步推进。', '班子成员普遍感到责任重大、使命光荣。']) expect(leadlessOpensSection(p), p).toBe(false);
  });
});
