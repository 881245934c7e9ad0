/**
 * Child process of the crash test: opens the store and saves in a loop, printing "ack ID REV"
 * after each save has returned (the moment the app would tell the user "saved"). The parent
 * kills it with SIGKILL at random moments.
 */
import { writeSync } from 'node:fs';
import { openStore } from '../../electron/services/store/document-store';
import { documentFromTemplate, type Briefing } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';
import { bodyFor } from './crash-body';

const [dataDirArg, countArg, seedArg] = process.argv.slice(2);
const dataDir = dataDirArg ?? '';
if (!dataDir) throw new Error('usage: crash-child DATA_DIR [COUNT] [SEED]');
const count = Number(countArg ?? 3);
let seed = Number(seedArg ?? 1);
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

async function run() {
  const store = await openStore({ dataDir, clock: () => new Date() });
  const template = builtinTemplate('builtin-topic-report-hans')!;
  const docs: Briefing[] = [];
  for (const entry of store.list()) docs.push((await store.get(entry.id)).doc);
  while (docs.length < count) {
    const created = await store.create(documentFromTemplate(template, new Date()));
    writeSync(1, `ack ${created.id} ${created.revision}\n`);
    docs.push(created);
  }
  writeSync(1, 'ready\n');
  for (;;) {
    const i = Math.floor(random() * docs.length);
    const doc = docs[i]!;
    const revision = doc.revision + 1;
    const next: Briefing = {
      ...doc,
      title: `${doc.id} 第${revision}版`,
      sections: doc.sections.map((s, k) => (k === 0 ? { ...s, paragraphs: [bodyFor(doc.id, revision)] } : s)),
    };
    docs[i] = await store.save(next);
    writeSync(1, `ack ${doc.id} ${docs[i]!.revision}\n`);
  }
}

run().catch((e) => {
  writeSync(2, `child failed: ${e?.stack ?? e}\n`);
  process.exit(9);
});
