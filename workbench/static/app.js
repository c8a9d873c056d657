// groundwork workbench: text selection and the code picker on transcripts
// (with codes made while coding), actions on codings and memos, keyboard
// review of suggestions, reorganising the codebook (add, rename, move,
// merge, split, delete, each confirmed with what it will do), and Undo and
// Redo. Everything the page shows from the project is put in with
// textContent, never as HTML.
'use strict';
(() => {
  const csrf = () => {
    const m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.content : '';
  };

  // api calls the JSON API; it rejects with the server's error message.
  async function api(method, url, body) {
    const opts = { method, headers: { 'X-CSRF-Token': csrf() }, credentials: 'same-origin' };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    const res = await fetch(url, opts);
    let data = null;
    if (res.status !== 204) {
      try { data = await res.json(); } catch (e) { data = null; }
    }
    if (!res.ok) {
      let msg = (data && data.error) || res.statusText;
      if (data && data.problems) msg += ': ' + data.problems.join('; ');
      const err = new Error(msg);
      err.status = res.status;
      throw err;
    }
    return data;
  }

  // el makes an element; props are properties (textContent, className...),
  // children are nodes or strings (added as text).
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'dataset') Object.assign(e.dataset, v);
      else if (k in e) e[k] = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c !== null && c !== undefined) e.append(c);
    }
    return e;
  }

  function toast(msg, bad, id) {
    const t = el('div', { className: 'toast' + (bad ? ' bad' : ''), textContent: msg, role: 'status' });
    if (id) t.id = id;
    document.body.append(t);
    setTimeout(() => t.remove(), bad ? 12000 : 4000);
  }
  const fail = (e) => toast(e.message || String(e), true);

  // A message to show after the page reloads (what a change did).
  const FLASH = 'gw-flash';
  function reloadWith(msg, to) {
    try { sessionStorage.setItem(FLASH, msg); } catch (e) { /* private mode: no message */ }
    if (to) location.href = to;
    else location.reload();
  }
  function showFlash() {
    let msg = null;
    try { msg = sessionStorage.getItem(FLASH); sessionStorage.removeItem(FLASH); } catch (e) { msg = null; }
    if (msg) toast(msg, false, 'flash');
  }

  let codebookP = null;
  const codebook = () => (codebookP = codebookP || api('GET', '/api/codebook'));

  // family is a code's ancestors' labels, for the picker and the menus.
  function family(codes, c) {
    const byID = new Map(codes.map((x) => [x.id, x]));
    const names = [];
    for (let p = byID.get(c.parent); p; p = byID.get(p.parent)) names.unshift(p.label || p.id);
    return names.join(' › ');
  }

  // codeOptions fills a <select> with "none" and the codes, indented by
  // depth, leaving out skip (a code and the codes under it).
  function codeOptions(select, codes, none, chosen, skip) {
    const out = none === null ? [] : [el('option', { value: '', textContent: none })];
    let skipDepth = -1;
    for (const c of codes) {
      if (skipDepth >= 0 && c.depth > skipDepth) continue;
      skipDepth = -1;
      if (skip && c.id === skip) { skipDepth = c.depth; continue; }
      out.push(el('option', { value: c.id, textContent: '\u00a0\u00a0'.repeat(c.depth) + (c.label || c.id) + ' (' + c.id + ')', selected: c.id === chosen }));
    }
    select.replaceChildren(...out);
  }

  // ---- The code picker ------------------------------------------------
  // A compact, keyboard-first list of the codes (label and family on one
  // line, the definition of the highlighted one only), and at its end
  // "New code…", which makes a code (in vivo: named with the selected
  // words) and applies it.
  let picker = null;
  // closePicker closes it, and lets the selection go unless keep.
  function closePicker(keep) {
    if (picker) { picker.remove(); picker = null; }
    if (!keep && window.CSS && CSS.highlights) CSS.highlights.delete('gw-pending');
  }

  // place puts a floating box below at (a rectangle in page coordinates),
  // or above it when there is more room there, so that the selection stays
  // in view.
  function place(box, at) {
    const vw = document.documentElement.clientWidth;
    const below = window.scrollY + window.innerHeight - at.bottom;
    const above = at.top - window.scrollY;
    let top = at.bottom + 8;
    if (below < box.offsetHeight + 16 && above > below) top = Math.max(window.scrollY + 8, at.top - box.offsetHeight - 8);
    box.style.top = top + 'px';
    box.style.left = Math.max(8, Math.min(at.left, window.scrollX + vw - box.offsetWidth - 8)) + 'px';
  }
  const pageRect = (r) => ({ top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left + window.scrollX });

  // keepInView scrolls a list (not the page) to show its item.
  function keepInView(list, item) {
    if (!item) return;
    if (item.offsetTop < list.scrollTop) list.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = item.offsetTop + item.offsetHeight - list.clientHeight;
  }

  const clip = (s, n) => {
    s = (s || '').replace(/\s+/g, ' ').trim();
    return s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s;
  };

  // openPicker shows the picker near rect; onPick gets the chosen (or new)
  // code. opts.invivo is the selected text, offered as a new code's label.
  function openPicker(rect, title, onPick, opts) {
    closePicker(true);
    opts = opts || {};
    const at = opts.at || pageRect(rect);
    const input = el('input', { type: 'search', placeholder: 'Type to filter, or a new code’s name…', autocomplete: 'off', id: 'picker-filter' });
    input.setAttribute('aria-label', 'filter codes');
    const list = el('ul', { className: 'picker-list', role: 'listbox' });
    const help = el('div', { className: 'picker-help muted', textContent: '↑↓ move · Enter choose · Esc cancel' });
    const box = el('div', { className: 'picker', id: 'picker', role: 'dialog' }, el('div', { className: 'picker-title', textContent: title }), input, list, help);
    picker = box;
    document.body.append(box);
    place(box, at);
    let shown = [];
    let active = 0;
    const choose = (c) => { closePicker(); onPick(c); };
    const newLabel = () => input.value.trim() || clip(opts.invivo, 80);
    const render = (codes) => {
      // Codes whose id or label match come first, then those whose
      // definition does; each group in codebook order; "New code…" last.
      const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      const rank = (c) => {
        const name = (c.id + ' ' + c.label).toLowerCase();
        if (words.every((w) => name.includes(w))) return 0;
        const hay = name + ' ' + (c.definition + ' ' + (c.use_when || '')).toLowerCase();
        return words.every((w) => hay.includes(w)) ? 1 : 2;
      };
      const ranked = codes.map((c, i) => ({ c, i, r: rank(c) })).filter((x) => x.r < 2);
      ranked.sort((a, b) => a.r - b.r || a.i - b.i);
      shown = ranked.map((x) => x.c).slice(0, 80);
      shown.push({ isNew: true });
      if (input.value.trim() && ranked.length === 0) active = shown.length - 1;
      active = Math.min(active, shown.length - 1);
      list.replaceChildren(...shown.map((c, i) => {
        const on = i === active;
        let li;
        if (c.isNew) {
          const name = newLabel();
          li = el('li', { className: 'pick new' + (on ? ' active' : ''), role: 'option', id: 'pick-new' },
            el('div', { className: 'pick-head' }, el('b', { textContent: '+ New code' }), name ? ' “' + clip(name, 60) + '”…' : '…',
              !input.value.trim() && opts.invivo ? el('span', { className: 'fam', textContent: ' in vivo' }) : null));
        } else {
          li = el('li', { className: 'pick ' + c.class + (on ? ' active' : ''), role: 'option', dataset: { code: c.id } },
            el('div', { className: 'pick-head' }, el('i', { className: 'sw' }), el('b', { textContent: c.label || c.id }),
              el('span', { className: 'fam', textContent: family(codes, c) })),
            on ? el('p', { className: 'def', textContent: c.definition }) : null,
            on && c.use_when ? el('p', { className: 'guide' }, el('b', { textContent: 'Use when: ' }), c.use_when) : null,
            on && c.do_not_use_when ? el('p', { className: 'guide' }, el('b', { textContent: 'Not when: ' }), c.do_not_use_when) : null);
        }
        li.setAttribute('aria-selected', on ? 'true' : 'false');
        li.addEventListener('mousedown', (e) => { e.preventDefault(); c.isNew ? newForm(codes) : choose(c); });
        return li;
      }));
      keepInView(list, list.querySelector('.active'));
    };
    // newForm asks for the new code's label and parent; Enter makes it
    // and applies it.
    const newForm = (codes) => {
      const label = el('input', { type: 'text', id: 'new-code-label', value: newLabel(), autocomplete: 'off', maxLength: 200 });
      label.setAttribute('aria-label', 'the new code’s label');
      const parent = el('select', { id: 'new-code-parent' });
      codeOptions(parent, codes, '(none: a top-level code)', '');
      const err = el('p', { className: 'error', hidden: true });
      const go = el('button', { type: 'button', textContent: 'Make and apply', id: 'new-code-make' });
      const form = el('form', { className: 'new-code', id: 'new-code-form' },
        el('label', {}, 'Label ', label), el('label', {}, 'Under ', parent), err, el('div', {}, go));
      input.replaceWith(form);
      list.remove();
      help.textContent = 'Enter makes the code and applies it · Esc back';
      const make = (e) => {
        e.preventDefault();
        const text = label.value.trim();
        if (!text) { label.focus(); return; }
        api('POST', '/api/codebook/codes', { label: text, parent: parent.value }).then((res) => {
          codebookP = null;
          choose(res.code);
        }, (x) => { err.hidden = false; err.textContent = x.message; });
      };
      // Only a key pressed here (or the button) makes the code: the form's
      // own submission could come from the Enter that opened it.
      form.addEventListener('submit', (e) => e.preventDefault());
      go.addEventListener('click', make);
      form.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && e.target !== go) make(e);
        else if (e.key === 'Escape') { e.preventDefault(); openPicker(rect, title, onPick, Object.assign({}, opts, { at })); }
        e.stopPropagation();
      });
      place(box, at);
      label.focus({ preventScroll: true });
      label.select();
    };
    codebook().then((cb) => {
      if (picker !== box) return;
      render(cb.codes);
      place(box, at);
      input.addEventListener('input', () => { active = 0; render(cb.codes); });
      input.addEventListener('keydown', (e) => {
        // The list wraps round: ↑ on the first code reaches "New code…".
        if (e.key === 'ArrowDown') { active = (active + 1) % shown.length; render(cb.codes); e.preventDefault(); }
        else if (e.key === 'ArrowUp') { active = (active - 1 + shown.length) % shown.length; render(cb.codes); e.preventDefault(); }
        else if (e.key === 'Enter') {
          e.preventDefault();
          const c = shown[active];
          if (c && c.isNew) newForm(cb.codes);
          else if (c) choose(c);
        } else if (e.key === 'Escape') { closePicker(); e.preventDefault(); }
        e.stopPropagation();
      });
      input.focus({ preventScroll: true });
    }, fail);
  }
  document.addEventListener('mousedown', (e) => {
    if (picker && !picker.contains(e.target)) closePicker();
  });

  function memoDialog(title, onSave) {
    const ta = el('textarea', { rows: 6, cols: 50, id: 'memo-text' });
    const save = el('button', { type: 'button', textContent: 'Save memo', id: 'memo-save' });
    const cancel = el('button', { type: 'button', textContent: 'Cancel' });
    const d = el('dialog', { className: 'memo' }, el('h3', { textContent: title }), ta, el('p', {}, save, ' ', cancel));
    document.body.append(d);
    d.showModal();
    cancel.addEventListener('click', () => { d.close(); d.remove(); });
    save.addEventListener('click', () => {
      const text = ta.value;
      d.close();
      d.remove();
      if (text.trim()) onSave(text);
    });
  }

  // ---- Memos on codes and documents -----------------------------------
  function initMemoBoxes() {
    for (const box of document.querySelectorAll('.memo-box')) {
      const kind = box.dataset.kind;
      const target = box.dataset.target;
      const save = (text) => api('POST', '/api/memos', { kind, target, text }).then(() => reloadWith('Memo saved.'), fail);
      box.addEventListener('click', (e) => {
        const b = e.target.closest('button[data-act]');
        if (!b) return;
        if (b.dataset.act === 'add-memo') {
          const ta = box.querySelector('textarea');
          if (ta && ta.value.trim()) save(ta.value);
        } else if (b.dataset.act === 'memo-dialog') {
          memoDialog(kind === 'document' ? 'Memo on this interview' : 'Memo', save);
        } else if (b.dataset.act === 'delete-memo') {
          const id = Number(b.closest('[data-memo]').dataset.memo);
          if (confirm('Remove this memo? (Undo brings it back.)')) api('DELETE', '/api/memos/' + id).then(() => reloadWith('Memo removed.'), fail);
        }
      });
    }
  }

  // ---- Transcript: selection to coding --------------------------------
  // Positions in the page are counted in UTF-16 units (JavaScript string
  // length); each turn's text carries its start in those units (data-u), and
  // the server converts them to rune offsets.
  function prefixLength(container, node, offset) {
    const r = document.createRange();
    r.selectNodeContents(container);
    r.setEnd(node, offset);
    return r.toString().length;
  }

  function selectedSpan(root) {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const tts = [...root.querySelectorAll('.tt')].filter((t) => range.intersectsNode(t));
    if (tts.length === 0) return null;
    const first = tts[0];
    const last = tts[tts.length - 1];
    const a = first.contains(range.startContainer) ? prefixLength(first, range.startContainer, range.startOffset) : 0;
    const b = last.contains(range.endContainer) ? prefixLength(last, range.endContainer, range.endOffset) : last.textContent.length;
    const start = Number(first.dataset.u) + a;
    const end = Number(last.dataset.u) + b;
    if (!(end > start)) return null;
    const span = { start, end, rect: range.getBoundingClientRect(), range: range.cloneRange(), text: sel.toString() };
    if (first === last) {
      span.quote = first.textContent.slice(a, b);
      if (!span.quote.trim()) return null;
    }
    return span;
  }

  // Codings are saved, then the page reloads to draw them.
  function applyCode(doc, span, code) {
    const body = { document: doc, start: span.start, end: span.end, units: 'utf16', code: code.id };
    if (span.quote !== undefined) body.quote = span.quote;
    api('POST', '/api/codings', body).then((c) => {
      let msg = 'Coded ' + (code.label || code.id) + '.';
      if (c.trimmed) msg += ' The interviewer’s words were left out: only participants are coded.';
      reloadWith(msg);
    }, fail);
  }

  function initTranscript() {
    const root = document.getElementById('transcript');
    if (!root) return;
    const doc = root.dataset.doc;
    const onSelect = () => {
      const span = selectedSpan(root);
      if (!span) return;
      // The selection stays drawn while the picker has the focus.
      if (window.CSS && CSS.highlights && window.Highlight) CSS.highlights.set('gw-pending', new Highlight(span.range));
      openPicker(span.rect, 'Code the selected passage', (code) => applyCode(doc, span, code), { invivo: span.text });
    };
    root.addEventListener('mouseup', (e) => {
      if (e.target.closest('.margin')) return;
      setTimeout(onSelect, 0);
    });
    root.addEventListener('keyup', (e) => { if (e.shiftKey) onSelect(); });

    // Hovering a code in the margin lights up its passage.
    const light = (id, on) => {
      for (const h of root.querySelectorAll('.h[data-id="' + Number(id) + '"]')) h.classList.toggle('focus', on);
    };
    root.addEventListener('mouseover', (e) => {
      const c = e.target.closest('.chip');
      if (c) light(c.dataset.id, true);
    });
    root.addEventListener('mouseout', (e) => {
      const c = e.target.closest('.chip');
      if (c) light(c.dataset.id, false);
    });
    // Clicking a highlight shows its codes in the margin.
    root.addEventListener('click', (e) => {
      const h = e.target.closest('.h');
      if (h && window.getSelection().isCollapsed) {
        const chip = root.querySelector('.chip[data-id="' + Number(h.dataset.id) + '"]');
        if (chip) { chip.classList.add('flash'); setTimeout(() => chip.classList.remove('flash'), 1200); }
      }
      const btn = e.target.closest('button[data-act]');
      if (!btn) return;
      const chip = btn.closest('.chip');
      const id = Number(chip.dataset.id);
      switch (btn.dataset.act) {
        case 'delete':
          if (confirm('Remove this coding? (Undo brings it back.)')) api('DELETE', '/api/codings/' + id).then(() => reloadWith('Coding removed.'), fail);
          break;
        case 'change':
          openPicker(btn.getBoundingClientRect(), 'Change the code to…', (code) =>
            api('PATCH', '/api/codings/' + id, { code: code.id }).then(() => reloadWith('Recoded as ' + (code.label || code.id) + '.'), fail));
          break;
        case 'memo':
          memoDialog('Memo on this coding', (text) => api('POST', '/api/codings/' + id + '/memos', { text }).then(() => reloadWith('Memo saved.'), fail));
          break;
        case 'delete-memo':
          if (confirm('Remove this memo? (Undo brings it back.)')) {
            api('DELETE', '/api/memos/' + Number(btn.closest('[data-memo]').dataset.memo)).then(() => reloadWith('Memo removed.'), fail);
          }
          break;
        case 'accept':
        case 'reject':
        case 'restore':
          api('POST', '/api/suggestions/' + id + '/' + btn.dataset.act).then(() => reloadWith(reviewed[btn.dataset.act]), fail);
          break;
      }
    });
  }
  const reviewed = { accept: 'Suggestion accepted.', reject: 'Suggestion rejected.', restore: 'Suggestion restored: it is back in the review queue.' };

  // ---- Suggestions: keyboard review -----------------------------------
  function initQueue() {
    const card = document.getElementById('suggestion');
    if (!card) return;
    const id = Number(card.dataset.id);
    const filter = card.dataset.filter;
    const suggester = card.dataset.suggester;
    const next = () => {
      let u = '/suggestions?after=' + id;
      if (filter) u += '&code=' + encodeURIComponent(filter);
      if (suggester) u += '&suggester=' + encodeURIComponent(suggester);
      location.href = u;
    };
    let busy = false;
    const act = (what) => {
      if (busy) return;
      if (what === 'skip') { next(); return; }
      if (what === 'recode') {
        const b = document.getElementById('btn-recode').getBoundingClientRect();
        openPicker(b, 'Recode as…', (code) => {
          busy = true;
          api('POST', '/api/suggestions/' + id + '/recode', { code: code.id }).then(next, (e) => { busy = false; fail(e); });
        });
        return;
      }
      busy = true;
      api('POST', '/api/suggestions/' + id + '/' + what).then(next, (e) => { busy = false; fail(e); });
    };
    card.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-act]');
      if (b) act(b.dataset.act);
    });
    document.addEventListener('keydown', (e) => {
      if (picker || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target.closest('input, textarea, select, dialog')) return;
      const what = { a: 'accept', r: 'reject', c: 'recode', s: 'skip' }[e.key];
      if (what) { e.preventDefault(); act(what); }
    });
  }

  // ---- Undo and Redo --------------------------------------------------
  // After an undo the page may show a code that no longer exists (its
  // making was undone): then the codebook is shown instead.
  async function afterUndo(msg) {
    const m = location.pathname.match(/^\/code\/(.+)$/);
    if (m) {
      try { await api('GET', '/api/codebook/codes/' + m[1]); } catch (e) { reloadWith(msg, '/codebook'); return; }
    }
    reloadWith(msg);
  }

  let replaying = false;
  function replay(what) {
    if (replaying) return;
    replaying = true;
    api('POST', '/api/' + what, {}).then((res) => {
      const verb = what === 'undo' ? 'Undid: ' : 'Redid: ';
      afterUndo(verb + res.events.map((e) => e.summary).join('; ') + '.');
    }, (e) => { replaying = false; fail(e); });
  }

  function initUndo() {
    document.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-act="undo"], button[data-act="redo"]');
      if (b && !b.disabled) replay(b.dataset.act);
    });
    document.addEventListener('keydown', (e) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || picker) return;
      if (e.target.closest('input, textarea, select, dialog')) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) { e.preventDefault(); replay('undo'); }
      else if ((k === 'z' && e.shiftKey) || k === 'y') { e.preventDefault(); replay('redo'); }
    });
  }

  // ---- Reorganising the codebook --------------------------------------
  // Each change opens a dialog; as its fields change the server is asked
  // what the change would do (a dry run), and the answer — how many
  // codings it recodes, drops or leaves — is shown before it is confirmed.
  const opTitles = { add: 'Add a code', rename: 'Rename', move: 'Move', merge: 'Merge', split: 'Split off a new code', delete: 'Delete' };
  const opVerbs = { add: 'Add the code', rename: 'Rename', move: 'Move', merge: 'Merge', split: 'Split them off', delete: 'Delete' };

  // willDo turns what a change did ("merged a into b (…)") into what it
  // will do.
  const future = { added: 'add', renamed: 'rename', moved: 'move', merged: 'merge', split: 'split', deleted: 'delete' };
  function willDo(summary) {
    const m = summary.match(/^(\w+)\b(.*)$/);
    if (m && future[m[1]]) return 'This will ' + future[m[1]] + m[2] + '.';
    return 'This will have ' + summary + '.';
  }

  function field(label, input) { return el('label', { className: 'field' }, el('span', { textContent: label }), input); }

  // reorgFields builds the dialog's fields for op on code c; body() reads
  // them as the request; local() describes a change made without the
  // server's dry run (a label), or null.
  function reorgFields(op, c, codes, info, preset) {
    const f = {};
    const els = [];
    const add = (k, label, input) => { f[k] = input; els.push(field(label, input)); };
    if (op === 'add') {
      add('label', 'Label', el('input', { type: 'text', id: 'op-label', maxLength: 200, required: true }));
      add('id', 'Id (made from the label if empty)', el('input', { type: 'text', id: 'op-id' }));
      const p = el('select', { id: 'op-parent' });
      codeOptions(p, codes, '(none: a top-level code)', preset || '');
      add('parent', 'Under', p);
      add('definition', 'Definition (may wait)', el('textarea', { id: 'op-definition', rows: 3 }));
    } else if (op === 'rename') {
      add('label', 'Label', el('input', { type: 'text', id: 'op-label', value: c.label, maxLength: 200 }));
      add('to', 'Id', el('input', { type: 'text', id: 'op-to', value: c.id }));
    } else if (op === 'move') {
      const p = el('select', { id: 'op-parent' });
      codeOptions(p, codes, '(none: the top level)', preset !== undefined ? preset : c.parent || '', c.id);
      add('parent', 'Under', p);
    } else if (op === 'merge') {
      const p = el('select', { id: 'op-into' });
      codeOptions(p, codes.filter((x) => x.id !== c.id), null, preset || '');
      p.prepend(el('option', { value: '', textContent: 'choose a code…', selected: !preset }));
      add('into', 'Into', p);
    } else if (op === 'split') {
      add('label', 'The new code’s label', el('input', { type: 'text', id: 'op-label', maxLength: 200 }));
    } else if (op === 'delete' && info && info.total > 0) {
      const to = el('select', { id: 'op-move-to' });
      codeOptions(to, codes.filter((x) => x.id !== c.id), null, '');
      to.prepend(el('option', { value: '', textContent: 'choose a code…', selected: true }));
      const keep = el('input', { type: 'radio', name: 'op-what', value: 'move', checked: true, id: 'op-keep' });
      const drop = el('input', { type: 'radio', name: 'op-what', value: 'drop', id: 'op-drop' });
      f.keep = keep; f.to = to; f.drop = drop;
      els.push(el('p', {}, el('label', {}, keep, ' Give its ' + info.total + ' coding' + (info.total === 1 ? '' : 's') + ' to '), to),
        el('p', {}, el('label', {}, drop, ' Remove its ' + info.total + ' coding' + (info.total === 1 ? '' : 's'))));
    }
    const body = () => {
      switch (op) {
        case 'add': return { label: f.label.value, id: f.id.value.trim(), parent: f.parent.value, definition: f.definition.value };
        case 'rename': return { to: f.to.value.trim() };
        case 'move': return { parent: f.parent.value };
        case 'merge': return { into: f.into.value };
        case 'split': return { label: f.label.value, codings: preset };
        case 'delete':
          if (!f.keep) return {};
          return f.drop.checked ? { drop_codings: true } : { move_codings_to: f.to.value };
      }
      return {};
    };
    return { els, f, body };
  }

  async function reorgDialog(op, code, preset) {
    let cb;
    let info = null;
    try {
      codebookP = null;
      cb = await codebook();
      if (code) info = await api('GET', '/api/codebook/codes/' + encodeURIComponent(code));
    } catch (e) { fail(e); return; }
    const c = info ? info.code : null;
    const { els, f, body } = reorgFields(op, c, cb.codes, info, preset);
    const preview = el('p', { className: 'preview', id: 'op-preview', role: 'status' });
    const facts = el('p', { className: 'muted', id: 'op-facts' });
    if (info) {
      const n = info.total;
      facts.textContent = (c.label || c.id) + ' has ' + n + ' coding' + (n === 1 ? '' : 's') +
        (info.below ? ' (and ' + info.below + ' under it)' : '') + (info.memos ? ', ' + info.memos + ' memo' + (info.memos === 1 ? '' : 's') : '') +
        (info.children.length ? '; codes under it: ' + info.children.join(', ') : '') + '.';
    }
    const ok = el('button', { type: 'submit', textContent: opVerbs[op], id: 'op-ok', disabled: true });
    const cancel = el('button', { type: 'button', textContent: 'Cancel' });
    const title = opTitles[op] + (c ? ' “' + (c.label || c.id) + '”' : '');
    const form = el('form', { method: 'dialog', className: 'reorg' }, el('h3', { textContent: title }), facts, ...els, preview, el('p', { className: 'buttons' }, ok, ' ', cancel));
    const d = el('dialog', { className: 'reorg-dialog', id: 'reorg-dialog' }, form);
    document.body.append(d);
    d.showModal();
    const close = () => { d.close(); d.remove(); };
    cancel.addEventListener('click', close);
    d.addEventListener('cancel', () => d.remove());
    const url = op === 'add' ? '/api/codebook/codes' : '/api/codebook/codes/' + encodeURIComponent(code) + '/' + op;
    const labelChange = () => (op === 'rename' && f.label.value.trim() !== c.label ? f.label.value.trim() : null);
    const idChange = () => op !== 'rename' || body().to !== c.id;
    // What the dialog can tell without asking the server.
    const localProblem = () => {
      if (op === 'move' && f.parent.value === (c.parent || '')) return 'Choose where to move it.';
      if (op === 'merge' && !f.into.value) return 'Choose the code to merge it into.';
      if (op === 'delete' && f.keep && f.keep.checked && !f.to.value) return 'Choose the code to give its codings to, or remove them.';
      if ((op === 'add' || op === 'split') && !f.label.value.trim()) return 'Give the new code a label.';
      return '';
    };
    let seq = 0;
    let checked = null; // the fields (as JSON) the preview is about
    const fields = () => JSON.stringify([body(), labelChange(), localProblem()]);
    const check = async () => {
      const my = ++seq;
      checked = fields();
      ok.disabled = true;
      preview.classList.remove('error');
      preview.textContent = 'Working out what this would do…';
      const lines = [];
      try {
        const problem = localProblem();
        if (problem) throw new Error(problem);
        if (idChange()) {
          const res = await api('POST', url, Object.assign(body(), { dry_run: true }));
          lines.push(willDo(res.result.summary));
          if (op === 'move') lines.push('Codings do not change; the counts of the codes above it will include its ' + (info.total + info.below) + '.');
        }
        if (labelChange()) lines.push('The label will be “' + labelChange() + '”; codings do not change.');
        if (!lines.length) throw new Error('Nothing would change.');
        if (my !== seq) return;
        preview.textContent = lines.join(' ') + ' Undo reverses it.';
        ok.disabled = false;
      } catch (e) {
        if (my !== seq) return;
        preview.classList.add('error');
        preview.textContent = e.message;
      }
    };
    // A change of a field makes the preview stale at once: the change
    // cannot be confirmed until it is worked out again.
    let timer = null;
    const stale = (wait) => {
      if (fields() === checked) return; // a field left (blur) unchanged
      clearTimeout(timer);
      seq++;
      ok.disabled = true;
      preview.classList.remove('error');
      preview.textContent = 'Working out what this would do…';
      timer = setTimeout(check, wait);
    };
    form.addEventListener('input', () => stale(250));
    form.addEventListener('change', () => stale(50));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (ok.disabled) return;
      ok.disabled = true;
      try {
        const done = [];
        let to = null;
        if (idChange()) {
          const res = await api('POST', url, body());
          done.push(res.result.summary);
          to = res.id;
        }
        const label = labelChange();
        if (label) {
          await api('PUT', '/api/codebook/codes/' + encodeURIComponent(to || code), { label });
          done.push('relabelled ' + (to || code) + ' “' + label + '”');
        }
        close();
        const msg = done.join('; ') + '. Undo reverses it.';
        const onCodePage = location.pathname.startsWith('/code/');
        if (onCodePage && op === 'delete') reloadWith(msg, '/codebook');
        else if (onCodePage && (op === 'rename' || op === 'merge') && to) reloadWith(msg, '/code/' + encodeURIComponent(to));
        else reloadWith(msg);
      } catch (x) {
        preview.classList.add('error');
        preview.textContent = x.message;
      }
    });
    const first = form.querySelector('input, select, textarea');
    if (first) first.focus();
    if (op !== 'add' && op !== 'split') check();
  }

  function initCodebook() {
    const table = document.querySelector('table.cb');
    const tools = document.getElementById('cb-tools');
    if (tools) {
      tools.addEventListener('click', (e) => {
        if (e.target.closest('button[data-op="add"]')) reorgDialog('add', null);
      });
    }
    if (!table) return;
    table.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-op]');
      if (b) reorgDialog(b.dataset.op, b.closest('tr[data-code]').dataset.code);
    });
    // Drag a code onto another to move it there (or onto "the top level").
    let dragged = null;
    const targets = () => [...table.querySelectorAll('tr[data-code]'), document.getElementById('top-level')].filter(Boolean);
    const under = (row, id) => {
      // whether row is id's row or below it
      for (let r = row; r; r = table.querySelector('tr[data-code="' + CSS.escape(r.dataset.parent || '') + '"]')) {
        if (r.dataset.code === id) return true;
        if (!r.dataset.parent) break;
      }
      return false;
    };
    table.addEventListener('dragstart', (e) => {
      const row = e.target.closest('tr[data-code]');
      if (!row) return;
      dragged = row.dataset.code;
      e.dataTransfer.setData('text/plain', dragged);
      e.dataTransfer.effectAllowed = 'move';
      document.body.classList.add('dragging');
    });
    document.addEventListener('dragend', () => {
      dragged = null;
      document.body.classList.remove('dragging');
      for (const t of targets()) t.classList.remove('drop');
    });
    for (const t of targets()) {
      t.addEventListener('dragover', (e) => {
        if (!dragged || (t.tagName === 'TR' && under(t, dragged))) return;
        e.preventDefault();
        t.classList.add('drop');
      });
      t.addEventListener('dragleave', () => t.classList.remove('drop'));
      t.addEventListener('drop', (e) => {
        e.preventDefault();
        t.classList.remove('drop');
        const id = dragged || e.dataTransfer.getData('text/plain');
        if (id) reorgDialog('move', id, t.dataset.code || '');
      });
    }
  }

  // ---- A code's page --------------------------------------------------
  function initCodePage() {
    const side = document.querySelector('aside.code-side');
    const ticks = () => [...document.querySelectorAll('input.split-pick:checked')].map((x) => Number(x.value));
    const split = document.getElementById('split-ticked');
    document.addEventListener('change', (e) => {
      if (e.target.matches('input.split-pick') && split) {
        const n = ticks().length;
        split.disabled = n === 0;
        split.textContent = n ? 'Split the ' + n + ' ticked passage' + (n === 1 ? '' : 's') + ' off…' : 'Split the ticked passages off…';
      }
    });
    if (side) {
      side.addEventListener('click', (e) => {
        const b = e.target.closest('button[data-op]');
        if (!b) return;
        reorgDialog(b.dataset.op, side.dataset.code, b.dataset.op === 'split' ? ticks() : undefined);
      });
    }
    for (const p of document.querySelectorAll('article.passage')) {
      p.addEventListener('click', (e) => {
        const b = e.target.closest('button[data-act]');
        if (!b) return;
        api('POST', '/api/suggestions/' + Number(p.dataset.id) + '/' + b.dataset.act).then(() => reloadWith(reviewed[b.dataset.act]), fail);
      });
    }
  }

  // Filter forms apply as soon as a choice changes.
  function initAutosubmit() {
    for (const f of document.querySelectorAll('form.autosubmit')) {
      f.addEventListener('change', () => f.submit());
    }
  }

  // ---- Code next: learning in the background ---------------------------
  // While the server learns, the page asks every two seconds whether it is
  // done, and shows the result when it is.
  function initLearning() {
    const form = document.getElementById('learn-form');
    if (form) form.addEventListener('submit', () => {
      const b = document.getElementById('learn');
      b.disabled = true;
      b.textContent = 'Learning…';
    });
    // The Code next queue is worked out in the background too: look again
    // every three seconds until it is there.
    if (document.getElementById('next-working')) setTimeout(() => location.reload(), 3000);
    if (!document.getElementById('learning')) return;
    const poll = () => api('GET', '/api/learn').then((st) => {
      if (st.running) setTimeout(poll, 2000);
      else location.reload();
    }, fail);
    setTimeout(poll, 2000);
  }

  function init() {
    initAutosubmit();
    initLearning();
    initTranscript();
    initQueue();
    initUndo();
    initMemoBoxes();
    initCodebook();
    initCodePage();
    showFlash();
    document.body.dataset.ready = '1';
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
