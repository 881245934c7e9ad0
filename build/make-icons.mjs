// @ts-check
/**
 * Draws the 简报台 app icon and writes the files electron-builder reads from build/:
 *   icon.png (1024, macOS; electron-builder makes the .icns), icons/NxN.png (Linux hicolor set),
 *   icon.ico (Windows: 16-256, PNG-compressed entries).
 * No dependencies and no network: shapes are sampled 4x4 per pixel and encoded with node:zlib.
 * Deterministic, so re-running it produces identical files. Run: node build/make-icons.mjs
 *
 * The picture: a 公文 page on a Chinese-red tile, with the red masthead and red rule of a
 * GB/T 9704 document, indented lines of text, and a round seal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = dirname(fileURLToPath(import.meta.url));

/** @typedef {[number, number, number, number]} RGBA  straight (not premultiplied), 0..1 */

/** Signed distance from (x, y) to a rounded rectangle [x0,x1]x[y0,y1] with corner radius r. */
function roundRect(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** @param {RGBA} dst @param {RGBA} src  source-over in place */
function over(dst, src) {
  const a = src[3] + dst[3] * (1 - src[3]);
  if (a === 0) return;
  for (let i = 0; i < 3; i++) dst[i] = (src[i] * src[3] + dst[i] * dst[3] * (1 - src[3])) / a;
  dst[3] = a;
}

const hex = (h, alpha = 1) => /** @type {RGBA} */ ([parseInt(h.slice(1, 3), 16) / 255, parseInt(h.slice(3, 5), 16) / 255, parseInt(h.slice(5, 7), 16) / 255, alpha]);
const RED_TOP = hex('#d9302a');
const RED_BOTTOM = hex('#a8161b');
const PAGE = hex('#fffdf7');
const INK_RED = hex('#d2231c');
const INK = hex('#4a4a4a');
const SHADOW = hex('#3c0000', 0.28);

/** Text lines of the page: [x0, x1, y] in unit coordinates; the first is indented two characters. */
const LINES = [
  [0.355, 0.685, 0.468],
  [0.315, 0.685, 0.538],
  [0.315, 0.685, 0.608],
  [0.315, 0.56, 0.678],
];
const LINE_H = 0.03;

/** Colour of the icon at unit coordinates (x, y), y downwards. */
function sample(x, y) {
  /** @type {RGBA} */
  const c = [0, 0, 0, 0];
  // Tile: rounded square with a vertical red gradient.
  if (roundRect(x, y, 0.06, 0.06, 0.94, 0.94, 0.2) <= 0) {
    const t = (y - 0.06) / 0.88;
    over(c, [RED_TOP[0] + (RED_BOTTOM[0] - RED_TOP[0]) * t, RED_TOP[1] + (RED_BOTTOM[1] - RED_TOP[1]) * t, RED_TOP[2] + (RED_BOTTOM[2] - RED_TOP[2]) * t, 1]);
  } else {
    return c;
  }
  // Page shadow, then the page.
  if (roundRect(x, y, 0.245, 0.185, 0.775, 0.865, 0.035) <= 0) over(c, SHADOW);
  if (roundRect(x, y, 0.23, 0.165, 0.76, 0.845, 0.035) > 0) return c;
  over(c, PAGE);
  // Masthead (the red 版头 title) and the red rule under it.
  if (roundRect(x, y, 0.315, 0.235, 0.685, 0.315, 0.012) <= 0) over(c, INK_RED);
  if (x >= 0.285 && x <= 0.705 && y >= 0.36 && y <= 0.382) over(c, INK_RED);
  // Body text.
  for (const [x0, x1, ly] of LINES) {
    if (roundRect(x, y, x0, ly - LINE_H / 2, x1, ly + LINE_H / 2, LINE_H / 2) <= 0) over(c, INK);
  }
  // The seal: a red ring with a star, slightly transparent like ink on paper.
  const d = Math.hypot(x - 0.635, y - 0.735);
  if (d <= 0.075 && d >= 0.058) over(c, hex('#d2231c', 0.9));
  if (star(x - 0.635, y - 0.735, 0.04)) over(c, hex('#d2231c', 0.9));
  return c;
}

/** Inside a five-pointed star of outer radius r centred at the origin, one point up. */
function star(x, y, r) {
  const angle = Math.atan2(x, -y);
  const dist = Math.hypot(x, y);
  if (dist > r) return false;
  const sector = (2 * Math.PI) / 5;
  const a = (((angle % sector) + sector) % sector) - sector / 2;
  const inner = r * 0.382;
  // Edge from the tip (r, 0) to the notch (inner, sector/2), in polar form.
  const tip = [r, 0];
  const notch = [inner * Math.cos(sector / 2), inner * Math.sin(sector / 2)];
  const px = dist * Math.cos(Math.abs(a));
  const py = dist * Math.sin(Math.abs(a));
  const cross = (notch[0] - tip[0]) * (py - tip[1]) - (notch[1] - tip[1]) * (px - tip[0]);
  return cross <= 0;
}

function render(size) {
  const data = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const [cr, cg, cb, ca] = sample((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      data[i + 3] = Math.round((a / (S * S)) * 255);
      if (a > 0) {
        data[i] = Math.round((r / a) * 255);
        data[i + 1] = Math.round((g / a) * 255);
        data[i + 2] = Math.round((b / a) * 255);
      }
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, body) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** RGBA pixels -> PNG (8-bit, colour type 6, no filtering). */
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** PNG images -> ICO (PNG-compressed entries, supported since Windows Vista). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

const pngs = new Map();
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) pngs.set(size, png(size, render(size)));

mkdirSync(join(OUT, 'icons'), { recursive: true });
writeFileSync(join(OUT, 'icon.png'), pngs.get(1024));
for (const size of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(join(OUT, 'icons', `${size}x${size}.png`), pngs.get(size));
writeFileSync(join(OUT, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: pngs.get(size) }))));
console.log(`wrote icon.png, icons/*.png, icon.ico in ${OUT}`);
