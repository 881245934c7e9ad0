import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api';
import { createServices, type Services } from '../../electron/services';
import { tempDir } from '../helpers/tmp';

let services: Services;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const t = await tempDir('briefing-search-');
  cleanup = t.cleanup;
  services = await createServices({ dataDir: t.dir, mode: 'cli' });
});
afterEach(async () => {
  await services.close();
  await cleanup();
});

async function create(title: string, paragraph: string, templateId = 'builtin-topic-report-hans') {
  const { doc } = await services.api['docs:create']({ templateId, title });
  doc.sections[0]!.paragraphs = [paragraph];
  return (await services.api['docs:save']({ doc })).doc;
}

const search = (query: string) => services.api['docs:search']({ query });

describe('docs:search over real document files', () => {
  it('finds Chinese words and phrases in the body, title and meeting fields, whatever the word boundaries', async () => {
    const a = await create('科技局专题会', '近日，市科技局党组书记主持召开传达学习高质量发展大会精神专题会。');
    const b = await create('防汛工作会议', '会议研究部署防汛抗旱和安全生产工作，强调压实责任。');
    a.meeting.chair.name = '宋巍';
    await services.api['docs:save']({ doc: a });

    expect((await search('科技局党组')).hits.map((h) => h.id)).toEqual([a.id]);
    expect((await search('高质量')).hits.map((h) => h.id)).toEqual([a.id]);
    expect((await search('防汛')).hits.map((h) => h.id)).toEqual([b.id]);
    expect((await search('宋巍')).hits.map((h) => h.id)).toEqual([a.id]);
    expect((await search('会议')).total).toBe(2);
    expect((await search('汛')).hits.map((h) => h.id)).toEqual([b.id]); // one character: a scan
    expect((await search('科技 防汛')).total).toBe(0); // every part must match
    expect((await search('技局科')).total).toBe(0); // bigrams present apart are not a phrase
    const hit = (await search('压实责任')).hits[0]!;
    expect(hit.field).toBe('body');
    expect(hit.snippet).toContain('压实责任');
  });

  it('ranks a title match first and follows saves, trash, restore and empty trash', async () => {
    const inBody = await create('周例会', '研究了乡村振兴有关工作。');
    const inTitle = await create('乡村振兴专题会议纪要', '会议听取了汇报。');
    expect((await search('乡村振兴')).hits.map((h) => h.id)).toEqual([inTitle.id, inBody.id]);

    inBody.sections[0]!.paragraphs = ['研究了城市更新有关工作。'];
    await services.api['docs:save']({ doc: inBody });
    expect((await search('乡村振兴')).hits.map((h) => h.id)).toEqual([inTitle.id]);
    expect((await search('城市更新')).hits.map((h) => h.id)).toEqual([inBody.id]);

    await services.api['docs:trash']({ id: inBody.id });
    expect((await search('城市更新')).total).toBe(0);
    await services.api['docs:restore']({ id: inBody.id });
    expect((await search('城市更新')).total).toBe(1);

    const copy = (await services.api['docs:duplicate']({ id: inBody.id })).doc;
    expect((await search('城市更新')).hits.map((h) => h.id).sort()).toEqual([inBody.id, copy.id].sort());
    await services.api['docs:trash']({ id: copy.id });
    await services.api['docs:emptyTrash']({});
    expect((await search('城市更新')).hits.map((h) => h.id)).toEqual([inBody.id]);
  });

  it('matches Latin words case-insensitively, and refuses a malformed request', async () => {
    const d = await create('5G 网络建设推进会', '按照 GB/T 9704 排版。');
    expect((await search('gb')).hits.map((h) => h.id)).toEqual([d.id]);
    expect((await search('5g 网络')).hits.map((h) => h.id)).toEqual([d.id]);
    expect((await search('   ')).total).toBe(0);
    const refused = await dispatch(services.api, 'docs:search', { query: 'x'.repeat(201) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
