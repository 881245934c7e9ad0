import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A credit is no headline (issue 11, round 27, import-40b): a page whose capture has no headline
 * may close on the writer's name in brackets, which the last-line reading took for the title.
 * Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const title = (text: string) => importText(text, { now: NOW }).draft.title;

describe('credits are not titles', () => {
  it('does not take a bracketed name closing the page for the title', () => {
    const text =
      '2月8日,青石镇第十五届人民代表大会第一次会议在镇政府四楼会议室召开。区委常委孙立梁到会并讲话。\n大会认真听取并审议通过了《青石镇政府工作报告》。选举产生了青石镇新一届人大、政府领导班子。\n孙立梁在讲话中指出,新一届政府领导班子要紧紧围绕区委、区政府提出的发展主题,进一步加强学习、抢抓机遇。\n(梅立言)\n扫一扫在手机打开当前页\n政务\n微信\n政务\n微博';
    expect(title(text)).toBe('');
  });

  it('still takes a headline above the opening', () => {
    expect(title('青石镇召开党委会议\n2月8日，青石镇召开党委会议，镇班子成员参加会议。\n会议研究了防汛工作，部署了下一阶段任务，要求各村抓好落实。')).toBe('青石镇召开党委会议');
  });
});
