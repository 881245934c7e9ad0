import { isListedSurname, isTitle, looksLikeName, nameThenOfficeInChairSlot } from './people';

/**
 * A form writes its list with spaces where a sentence uses 、: 副县长 张明远 王晓丽 陈国平, 秘書 林美惠、
 * 課長 黃建國. A title followed by a space belongs to the name after it; other spaces between
 * names separate them. 李明（副镇长） is written 副镇长李明.
 */
export function formList(value: string): string {
  // 陈大文议员（主席）, 何美玲女士: an honorific after a name (Hong Kong, Macau) is not part of it.
  const plain = value.replace(/(\p{Script=Han}{2,4}?)(?:议员|議員|先生|女士|博士|太平绅士|太平紳士)(?=[\s（(、，,]|$)/gu, (all, name: string) => (looksLikeName(name) ? name : all));
  // 林志華會長  鄭柏恩會長  黃英成會董: a Hong Kong or Macau form writes each name before its office;
  // one spaced word that is a name and then an office, nothing else, is that person (title first).
  const turned = new Set<string>();
  const swapped = plain.replace(/(?<=^|[\s、，,])\p{Script=Han}{3,8}(?=[\s、，,]|$)/gu, (word: string, at: number, all: string) => {
    // 甲、乙、丙副主委: after bare names joined by 、 the office closing the run is written once for
    // them all (parseList reads it so); turned over, it would be the last name's alone.
    const before = /(?:^|[\s、，,])(\p{Script=Han}{2,3})、$/u.exec(all.slice(0, at));
    if (before && looksLikeName(before[1]!)) return word;
    const person = nameThenOfficeInChairSlot(word);
    if (!person) return word;
    turned.add(person.title + person.name);
    return person.title + person.name;
  });
  const bracketed = swapped.replace(/(\p{Script=Han}{2,4})\s*[（(]([^）)]{2,20})[）)]/gu, (all, name: string, title: string) => (looksLikeName(name) && isTitle(title) ? `${title}${name}` : all));
  if (!/\p{Script=Han}\s+\p{Script=Han}/u.test(bracketed)) return bracketed;
  return bracketed
    .split(/[、，,]/u)
    .map((part) => {
      // 王国辉 徐 焱 胡晓晖, 副县长 王 强: a form pads a two-character name to the width of
      // three-character ones; a lone surname then a lone character is one name, not two entries.
      const words = part
        .trim()
        .split(/\s+/u)
        .reduce<string[]>((acc, w) => {
          const prev = acc[acc.length - 1];
          if (prev !== undefined && /^\p{Script=Han}$/u.test(prev) && isListedSurname(prev) && /^\p{Script=Han}$/u.test(w)) acc[acc.length - 1] = prev + w;
          else acc.push(w);
          return acc;
        }, []);
      const out: string[] = [];
      for (const w of words) {
        const prev = out[out.length - 1];
        // A word turned title-first above is a whole person: a damaged entry before it (峰會董, its
        // name cut short) is not that person's title.
        if (prev !== undefined && isTitle(prev) && !looksLikeName(prev) && !turned.has(w)) out[out.length - 1] = prev + w;
        else out.push(w);
      }
      return out.join('、');
    })
    .join('、');
}
