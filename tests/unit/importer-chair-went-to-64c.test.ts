import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/** A chair who goes somewhere to chair: the place gone to is where, not part of the person. Made-up texts. */
describe('a chair who goes to a place to chair', () => {
  it('reads the chair and the meeting after 到 + place', () => {
    const h = readHeader('县长王大川到青山镇主持召开防汛工作会议，要求做好准备。');
    expect(h.chair).toEqual({ name: '王大川', title: '县长' });
    expect(h.meetingName).toBe('防汛工作会议');
  });

  it('reads them when the day, its date in brackets and the hour stand before 到', () => {
    const h = readHeader('青山縣長林志遠今天（9/3）上午9點到縣災害應變中心主持颱風防災工作會報，要求各單位備妥人力。');
    expect(h.chair).toEqual({ name: '林志遠', title: '青山縣長' });
    expect(h.meetingName).toBe('颱風防災工作會報');
  });

  it('keeps an hour after 在 with the place words, not with the body', () => {
    expect(readHeader('水務署提前在今天晚上8點召開防汛整備會議，指示各單位做好準備。').meetingName).toBe('水務署防汛整備會議');
  });
});

describe('a clause describing the chair before the office', () => {
  it('leaves what the chair came to do out of the title', () => {
    expect(readHeader('受市委委托来青山主持换届工作的市人大常委会副主任王大川主持会议并讲话。').chair).toEqual({ name: '王大川', title: '市人大常委会副主任' });
  });

  it('leaves what the chair was elected to out of the title', () => {
    expect(readHeader('新当选某大学第五届委员会委员的党委书记、院长李明主持会议。').chair).toEqual({ name: '李明', title: '党委书记、院长' });
  });
});
