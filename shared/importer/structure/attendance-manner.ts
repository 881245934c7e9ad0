/**
 * How those who attended came, written between the list and the attendance verb: 全程参加, 一同参加,
 * 应邀出席, 悉数出席, 亲自参加, 现场参会, 集体参加, 陪同参会, 亦有出席, 分别参加. None of it is part of
 * who attended (bench/KEYING.md 8): 各村负责人悉数出席 names 各村负责人.
 *
 * One list for every reader of an attendance clause: attending-clauses.ts reads these words before
 * its verb, header.ts trims them off the end of the list it cuts before the verb.
 */
const WORDS = [
  // by video from elsewhere: 以视频方式(在某地), 通过线上形式 — how, and from where, they took part
  String.raw`(?:以|通过|通過)(?:视频|視頻|线上|線上|网络|網絡|远程|遠程)(?:连线|連線)?的?(?:方式|形式)(?:在\p{Script=Han}{1,6}?)?`,
  // how wholly or where: all through, in person, on site, as a body, all of them
  '全程',
  '亲自',
  '親自',
  '现场',
  '現場',
  '集体',
  '集體',
  '悉数',
  '悉數',
  '准时',
  '準時',
  // with whom: together, along with a visitor
  '一同',
  '一起',
  '共同',
  '陪同',
  // on whose invitation
  '应邀',
  '應邀',
  '受邀',
  '特邀',
  // each, in turn, too: 分别, 先后, 均, 都, 亦, 也 (亦有/也有/均有/都有: they too attended)
  '分别',
  '分別',
  '先后',
  '先後',
  '亦有',
  '也有',
  '均有',
  '都有',
  '均',
  '都',
  '亦',
  '也',
];

/** One manner word or the remote-attendance shape (a regular-expression source, longer forms tried first). */
export const ATTENDANCE_MANNER = `(?:${WORDS.join('|')})`;

/** A manner word closing a list of at least two characters (header.ts trims it off: 甲应邀列席 names 甲). */
export const MANNER_CLOSING_LIST = new RegExp(String.raw`(?<=\p{Script=Han}{2})${ATTENDANCE_MANNER}$`, 'u');
