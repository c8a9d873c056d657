// groundwork workbench: text selection and the code picker on transcripts,
// actions on codings, and keyboard review of suggestions. Everything the
// page shows from the project is put in with textContent, never as HTML.
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
      throw new Error(msg);
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

  function toast(msg, bad) {
    const t = el('div', { className: 'toast' + (bad ? ' bad' : ''), textContent: msg, role: 'status' });
    document.body.append(t);
    setTimeout(() => t.remove(), bad ? 7000 : 2500);
  }
  const fail = (e) => toast(e.message || String(e), true);

  let codebookP = null;
  const codebook = () => (codebookP = codebookP || api('GET', '/api/codebook'));

  // ---- The code picker ------------------------------------------------
  let picker = null;
  function closePicker() {
    if (picker) { picker.remove(); picker = null; }
  }

  // openPicker shows a filterable list of codes near rect; onPick gets the
  // chosen code.
  function openPicker(rect, title, onPick) {
    closePicker();
    const input = el('input', { type: 'search', placeholder: 'Type to filter codes…', autocomplete: 'off', id: 'picker-filter' });
    input.setAttribute('aria-label', 'filter codes');
    const list = el('ul', { className: 'picker-list', role: 'listbox' });
    const box = el('div', { className: 'picker', id: 'picker', role: 'dialog' },
      el('div', { className: 'picker-title', textContent: title }), input, list,
      el('div', { className: 'picker-help muted', textContent: '↑↓ to move, Enter to choose, Esc to cancel' }));
    picker = box;
    document.body.append(box);
    const top = window.scrollY + rect.bottom + 8;
    const left = Math.max(8, Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - 440));
    box.style.top = top + 'px';
    box.style.left = left + 'px';
    let shown = [];
    let active = 0;
    const choose = (c) => { closePicker(); onPick(c); };
    const render = (codes) => {
      // Codes whose id or label match come first, then those whose
      // definition does; each group in codebook order.
      const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      const rank = (c) => {
        const name = (c.id + ' ' + c.label).toLowerCase();
        if (words.every((w) => name.includes(w))) return 0;
        const hay = name + ' ' + (c.definition + ' ' + (c.use_when || '')).toLowerCase();
        return words.every((w) => hay.includes(w)) ? 1 : 2;
      };
      const ranked = codes.map((c, i) => ({ c, i, r: rank(c) })).filter((x) => x.r < 2);
      ranked.sort((a, b) => a.r - b.r || a.i - b.i);
      shown = ranked.map((x) => x.c);
      active = Math.min(active, Math.max(0, shown.length - 1));
      list.replaceChildren(...shown.slice(0, 80).map((c, i) => {
        const li = el('li', { className: 'pick ' + c.class + (i === active ? ' active' : ''), role: 'option', dataset: { code: c.id } },
          el('div', { className: 'pick-head' }, el('i', { className: 'sw' }), el('b', { textContent: c.label || c.id }), ' ', el('code', { textContent: c.id })),
          el('p', { className: 'def', textContent: c.definition }),
          c.use_when ? el('p', { className: 'guide' }, el('b', { textContent: 'Use when: ' }), c.use_when) : null,
          c.do_not_use_when ? el('p', { className: 'guide' }, el('b', { textContent: 'Do not use when: ' }), c.do_not_use_when) : null);
        li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(c); });
        return li;
      }));
      const a = list.querySelector('.active');
      if (a) a.scrollIntoView({ block: 'nearest' });
    };
    codebook().then((cb) => {
      if (picker !== box) return;
      render(cb.codes);
      input.addEventListener('input', () => { active = 0; render(cb.codes); });
      input.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowDown') { active = Math.min(active + 1, shown.length - 1); render(cb.codes); e.preventDefault(); }
        else if (e.key === 'ArrowUp') { active = Math.max(active - 1, 0); render(cb.codes); e.preventDefault(); }
        else if (e.key === 'Enter') { if (shown[active]) choose(shown[active]); e.preventDefault(); }
        else if (e.key === 'Escape') { closePicker(); e.preventDefault(); }
        e.stopPropagation();
      });
      input.focus();
    }, fail);
  }
  document.addEventListener('mousedown', (e) => {
    if (picker && !picker.contains(e.target)) closePicker();
  });

  function memoDialog(onSave) {
    const ta = el('textarea', { rows: 6, cols: 50, id: 'memo-text' });
    const save = el('button', { type: 'button', textContent: 'Save memo' });
    const cancel = el('button', { type: 'button', textContent: 'Cancel' });
    const d = el('dialog', { className: 'memo' }, el('h3', { textContent: 'Memo on this coding' }), ta, el('p', {}, save, ' ', cancel));
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
    const span = { start, end, rect: range.getBoundingClientRect() };
    if (first === last) {
      span.quote = first.textContent.slice(a, b);
      if (!span.quote.trim()) return null;
    }
    return span;
  }

  function initTranscript() {
    const root = document.getElementById('transcript');
    if (!root) return;
    const doc = root.dataset.doc;
    const onSelect = () => {
      const span = selectedSpan(root);
      if (!span) return;
      openPicker(span.rect, 'Code the selected passage', (code) => {
        const body = { document: doc, start: span.start, end: span.end, units: 'utf16', code: code.id };
        if (span.quote !== undefined) body.quote = span.quote;
        api('POST', '/api/codings', body).then(() => { toast('Coded ' + code.label); location.reload(); }, fail);
      });
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
          if (confirm('Remove this coding?')) api('DELETE', '/api/codings/' + id).then(() => location.reload(), fail);
          break;
        case 'change':
          openPicker(btn.getBoundingClientRect(), 'Change the code to…', (code) =>
            api('PATCH', '/api/codings/' + id, { code: code.id }).then(() => location.reload(), fail));
          break;
        case 'memo':
          memoDialog((text) => api('POST', '/api/codings/' + id + '/memos', { text }).then(() => location.reload(), fail));
          break;
        case 'accept':
        case 'reject':
          api('POST', '/api/suggestions/' + id + '/' + btn.dataset.act).then(() => location.reload(), fail);
          break;
      }
    });
  }

  // ---- Suggestions: keyboard review -----------------------------------
  function initQueue() {
    const card = document.getElementById('suggestion');
    if (!card) return;
    const id = Number(card.dataset.id);
    const filter = card.dataset.filter;
    const next = () => {
      let u = '/suggestions?after=' + id;
      if (filter) u += '&code=' + encodeURIComponent(filter);
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
      if (e.target.closest('input, textarea, select')) return;
      const what = { a: 'accept', r: 'reject', c: 'recode', s: 'skip' }[e.key];
      if (what) { e.preventDefault(); act(what); }
    });
  }

  // Filter forms apply as soon as a choice changes.
  function initAutosubmit() {
    for (const f of document.querySelectorAll('form.autosubmit')) {
      f.addEventListener('change', () => f.submit());
    }
  }

  function init() {
    initAutosubmit();
    initTranscript();
    initQueue();
    document.body.dataset.ready = '1';
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
