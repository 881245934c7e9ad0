/**
 * Child process of the number-register crash test: opens the services on a data dir and issues
 * 简报 in a loop (regular issues and, one time in four, a 增刊), printing "ack ISSUE_ID SEQUENCE
 * NUMBER" after issues:issue has returned (the moment the user is told the number). The parent
 * kills it with SIGKILL at random moments.
 *
 * BRIEFING_TEST_PLANT_BUG=file-first (read here only, never by the app) plants the bug the
 * register exists to prevent: the issue file is written as issued before its register line, with
 * a pause between the two so that random kills land there. The parent's test then shows that its
 * checker reports the consequence (a number handed out twice, or files and register disagreeing).
 */
import { writeSync } from 'node:fs';
import { createServices } from '../../electron/services';
import { IssueFiles, NumberRegister } from '../../electron/services/issues';
import { blankItem, newSeries } from '../../shared/model';

const [dataDir, seedArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: issue-number-child DATA_DIR [SEED]');
let seed = Number(seedArg ?? 1);
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function plantFileFirst() {
  const append = NumberRegister.prototype.append;
  const writeIssue = IssueFiles.prototype.writeIssue;
  let deferred: (() => Promise<unknown>) | undefined;
  NumberRegister.prototype.append = function (entry) {
    if (entry.action !== 'allocate') return append.call(this, entry);
    // answer as if the line were on disk; it is written only after the issue file (the bug)
    deferred = () => append.call(this, entry);
    return Promise.resolve({ ...entry, seq: 0, reason: entry.reason ?? '' });
  };
  IssueFiles.prototype.writeIssue = async function (issue) {
    await writeIssue.call(this, issue);
    const late = deferred;
    if (!late || issue.status !== 'issued') return;
    deferred = undefined;
    await new Promise((r) => setTimeout(r, 60));
    await late();
  };
}

async function run() {
  if (process.env.BRIEFING_TEST_PLANT_BUG === 'file-first') plantFileFirst();
  // a killed predecessor leaves its lock behind: a dead pid's lock is stale and taken over
  const { api } = await createServices({ dataDir: dataDir!, mode: 'cli' });
  let series = (await api['series:list']({})).series[0];
  series ??= (
    await api['series:save']({
      series: newSeries({ name: '工作简报', issuer: '市政府办公室', numbering: { resetYearly: true, total: true, supplements: true }, copies: 10, now: new Date() }),
    })
  ).series;
  writeSync(1, `series ${series.id}\n`);
  writeSync(1, 'ready\n');
  for (;;) {
    const kind = random() < 0.25 ? 'supplement' : 'regular';
    const { issue } = await api['issues:create']({ seriesId: series.id, kind });
    const { issue: filled } = await api['issues:save']({
      issue: { ...issue, items: [blankItem('一项')] },
    });
    const { issue: issued } = await api['issues:issue']({ id: filled.id, revision: filled.revision });
    writeSync(1, `ack ${issued.id} ${issued.kind} ${issued.number}\n`);
  }
}

run().catch((e) => {
  writeSync(2, `child failed: ${e?.stack ?? e}\n`);
  process.exit(9);
});
