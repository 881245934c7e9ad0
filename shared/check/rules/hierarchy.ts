import type { Finding, GroupRule, Unit } from '../types';
import { LEVELS } from './sequence';

/**
 * SEQ-04 (GB/T 15834 B.3.8, GB/T 9704 §7.3.3 "依次"): heading levels go down one at a time and a
 * higher level does not appear inside a lower one: 一、 … 1. … （一） -> 一、 … （一） … 1.
 * A document may start at any level (a short 纪要 often starts at 1.). Two findings:
 * - a skip: a marker more than one level below the previous marker, at the first of its run;
 * - an inversion: a marker whose level is unused under the current parent while a deeper level
 *   already is (the （一） after 一、 … 1. above).
 * A warning without a fix: renumbering headings is the writer's decision.
 */
export const headingHierarchy: GroupRule = {
  id: 'SEQ-04',
  severity: 'warning',
  check(units) {
    const out: { unit: Unit; finding: Finding }[] = [];
    const used: boolean[] = [false, false, false, false];
    let previous = -1;
    for (const unit of units) {
      if (unit.field !== 'paragraph' && unit.field !== 'heading' && unit.field !== 'text') continue;
      const level = LEVELS.findIndex((l) => l.re.test(unit.text));
      if (level < 0) continue;
      const m = LEVELS[level]!.re.exec(unit.text)!;
      const skip = previous >= 0 && level > previous + 1 && !used[level];
      const inverted = !used[level] && used.slice(level + 1).some(Boolean);
      if (skip || inverted) out.push({ unit, finding: { offset: 0, length: m[0].length, params: { found: m[0] } } });
      used[level] = true;
      for (let lower = level + 1; lower < used.length; lower++) used[lower] = false;
      previous = level;
    }
    return out;
  },
};
