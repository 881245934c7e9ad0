import { LINES_PER_PAGE, LINE_PITCH_PT, PAGE, PX_PER_PT } from './grid';

/** Set on <html> once the settle script has placed everything; printers wait for it. */
export const READY_ATTRIBUTE = 'data-layout';
export const READY_VALUE = 'ready';
/** The settle script's own run time, as a performance.measure entry (read by the printer's timings). */
export const SETTLE_MEASURE = 'briefing-settle';
/** The page count the preview found, on <html> as data-pages. */
export const PAGES_ATTRIBUTE = 'data-pages';

/**
 * The settle script, inlined into the print HTML. It runs in screen media, where the document is
 * laid out as the preview (one 225 mm column per page, which fragments exactly as print does), and:
 *  1. snaps blocks whose height was estimated (titles) to whole grid lines;
 *  2. sizes the spacer before the 版记/报尾 so that its last rule lies on the bottom of the type
 *     area of the last page (GB/T 9704 §7.4.1) — CSS has no "float to the page foot";
 *  3. writes the preview's page numbers and the page count, then marks the document ready.
 * Printing switches to print media; the sizes it set stay. Without scripts the document still
 * prints, with the 版记 right after the text and the table header repeated natively.
 *
 * The source is the same string on every call, so a CSP can allow it by hash
 * (script-src 'sha256-<base64 of sha256(settleScript())>'); where inline scripts are blocked (the
 * Electron print window), run it with webContents.executeJavaScript(settleScript()) after load
 * and print once <html data-layout="ready">.
 */
export function settleScript(): string {
  const pitchPx = LINE_PITCH_PT * PX_PER_PT;
  const periodMm = PAGE.widthMm;
  return `(function () {
  var P = ${pitchPx}, L = ${LINES_PER_PAGE}, PERIOD_MM = ${periodMm};
  var root = document.documentElement;
  function mmPx(mm) { return mm * 96 / 25.4; }
  function settle() {
    var flow = document.getElementById('flow');
    if (!flow) return;
    var started = performance.now();
    // setContent keeps the window (and its timeline): only this run's measure may remain
    performance.clearMeasures('${SETTLE_MEASURE}');
    root.setAttribute('${READY_ATTRIBUTE}', 'settling');
    var snaps = flow.querySelectorAll('.snap');
    for (var i = 0; i < snaps.length; i++) {
      var el = snaps[i];
      el.style.minHeight = '';
      var h = el.getBoundingClientRect().height;
      el.style.minHeight = (Math.max(1, Math.ceil(h / P - 0.02)) * ${LINE_PITCH_PT}) + 'pt';
    }
    var fr = flow.getBoundingClientRect();
    var period = mmPx(PERIOD_MM);
    function at(x, y) { return { col: Math.round((x - fr.left) / period), line: Math.round((y - fr.top) / P) }; }
    function colOf(x) { return Math.floor((x - fr.left + period / 4) / period); }
    splitTables(flow, colOf);
    var spacer = document.getElementById('imprint-spacer');
    var imprint = document.getElementById('imprint');
    if (spacer && imprint) {
      spacer.style.height = '0px';
      var sr = spacer.getBoundingClientRect();
      var e = at(sr.left, sr.top).line;
      if (e >= L) e = 0;
      var k = Math.round(imprint.getBoundingClientRect().height / P);
      if (k <= L) {
        // on this page if it fits, else at the foot of the next
        var n = k <= L - e ? L - e - k : (L - e) + (L - k);
        spacer.style.height = (n * ${LINE_PITCH_PT}) + 'pt';
        var rects = imprint.getClientRects();
        var last = rects[rects.length - 1];
        var off = last ? L - at(last.left, last.bottom).line : 0;
        if (off !== 0 && n + off >= 0) spacer.style.height = ((n + off) * ${LINE_PITCH_PT}) + 'pt';
      }
    }
    var marks = document.querySelector('.preview-marks');
    var tail = flow.lastElementChild;
    var pages = 1;
    if (tail) {
      var tr = tail.getClientRects();
      var lr = tr[tr.length - 1] || tail.getBoundingClientRect();
      pages = at(lr.left, lr.top).col + 1;
    }
    if (marks) {
      var html = '';
      var wm = marks.getAttribute('data-watermark') || '';
      for (var p = 1; p <= pages; p++) {
        var left = mmPx(${PAGE.bindingMm}) + (p - 1) * period;
        html += '<div class="pn ' + (p % 2 ? 'odd' : 'even') + '" style="left:' + left + 'px">\\u2014 ' + p + ' \\u2014</div>';
        if (wm) html += '<div class="wm" style="left:' + ((p - 1) * period) + 'px"></div>';
      }
      marks.innerHTML = html;
      var wms = marks.querySelectorAll('.wm');
      for (var w = 0; w < wms.length; w++) wms[w].textContent = wm;
      // a custom property, read only by the screen CSS: an inline width would also bind the print
      document.body.style.setProperty('--preview-width', (pages * period - mmPx(${PAGE.bindingMm + PAGE.outerMm})) + 'px');
    }
    root.setAttribute('${PAGES_ATTRIBUTE}', String(pages));
    performance.measure('${SETTLE_MEASURE}', { start: started, end: performance.now() });
    root.setAttribute('${READY_ATTRIBUTE}', '${READY_VALUE}');
  }
  // A 督办 table that runs onto a new page repeats its header there. Chromium repeats <thead> when
  // printing but not in a multi-column preview, so the header is repeated in the DOM instead: the
  // table is split where a page begins (a row that straddles the break is split by its text), and
  // the new part starts with a copy of the header. Print and preview then hold the same boxes.
  // Every split changes the layout below it, so each needs one fresh layout (the first read after
  // it); nothing before a split moves, so the search goes on from the split table, not the first.
  function splitTables(flow, colOf) {
    var from = 0;
    for (var guard = 0; guard < 1000; guard++) {
      var tables = flow.querySelectorAll('table.duban');
      var split = -1;
      for (var t = from; t < tables.length && split < 0; t++) {
        var table = tables[t];
        var head = table.tHead, body = table.tBodies[0];
        if (!head || !body) continue;
        var startCol = colOf(head.getBoundingClientRect().left);
        for (var i = 0; i < body.rows.length; i++) {
          var row = body.rows[i];
          var rects = row.getClientRects();
          if (!rects.length) continue;
          var first = colOf(rects[0].left);
          if (first > startCol && i > 0) { moveRows(table, i, null); split = t; break; }
          if (rects.length > 1 && colOf(rects[rects.length - 1].left) > first) {
            var tail = splitRow(row, colOf, first);
            if (tail) { moveRows(table, i + 1, tail); split = t; break; }
          }
        }
      }
      if (split < 0) return;
      from = split + 1; // the continuation, inserted right after the split table
    }
  }
  function moveRows(table, from, firstRow) {
    var copy = table.cloneNode(false);
    copy.appendChild(table.querySelector('colgroup').cloneNode(true));
    copy.appendChild(table.tHead.cloneNode(true));
    var body = document.createElement('tbody');
    copy.appendChild(body);
    if (firstRow) body.appendChild(firstRow);
    var rows = table.tBodies[0].rows;
    while (rows.length > from) body.appendChild(rows[from]);
    copy.classList.add('continued');
    table.parentNode.insertBefore(copy, table.nextSibling);
  }
  // splits each cell's text at the first character that lies in a later column. All cuts are
  // measured before any cell changes: a change forces a new layout of the whole document before
  // the next measurement (the cuts do not depend on each other: cells are top-aligned).
  function splitRow(row, colOf, col) {
    var cuts = [];
    for (var c = 0; c < row.cells.length; c++) {
      var cell = row.cells[c], text = cell.textContent || '', node = cell.firstChild;
      var cut = text.length;
      if (node && node.nodeType === 3 && text.length) {
        var lo = 0, hi = text.length;
        while (lo < hi) {
          var mid = (lo + hi) >> 1, r = document.createRange();
          r.setStart(node, mid); r.setEnd(node, mid + 1);
          var rr = r.getClientRects()[0];
          if (rr && colOf(rr.left) > col) hi = mid; else lo = mid + 1;
        }
        cut = lo;
      }
      cuts.push({ cell: cell, text: text, cut: cut });
    }
    var tail = row.cloneNode(false), any = false;
    for (var k = 0; k < cuts.length; k++) {
      var x = cuts[k];
      var td = x.cell.cloneNode(false);
      td.textContent = x.text.slice(x.cut);
      if (x.cut < x.text.length) { any = true; x.cell.textContent = x.text.slice(0, x.cut); }
      tail.appendChild(td);
    }
    return any ? tail : null;
  }
  window.__briefingSettle = settle;
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(settle, settle); else settle();
})();`;
}
