// Lede service page: paste text or drop a file, pick analyzers, then POST /v1/extract for the JSON and
// POST /view/render for its views. Runs after view.js (window.LedeView).
(function () {
  'use strict';

  const form = document.getElementById('lede-form');
  const input = document.getElementById('lede-input');
  const fileInput = document.getElementById('lede-file');
  const fileName = document.getElementById('lede-file-name');
  const analyzers = document.getElementById('lede-analyzers');
  const status = document.getElementById('lede-status');
  const submit = document.getElementById('lede-submit');
  const results = document.getElementById('lede-results');
  let file = null; // {name, type, text}: a dropped or chosen HTML or JSON file, sent instead of the text box
  let textName = null; // the name of the .txt file loaded into the text box, for the document id

  const TYPES = { txt: 'text/plain', html: 'text/html', htm: 'text/html', json: 'application/json' };

  async function loadAnalyzers() {
    try {
      const response = await fetch('/v1/analyzers');
      const list = await response.json();
      for (const a of list) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = 'analyzer';
        box.value = a.name;
        box.checked = true;
        label.append(box, ' ' + a.name);
        analyzers.append(label);
      }
    } catch (e) {
      analyzers.append('could not list the analyzers: ' + e.message);
    }
  }

  async function useFile(f) {
    const extension = f.name.split('.').pop().toLowerCase();
    if (!TYPES[extension]) {
      say('Only .txt, .html and .json files can be analysed, not ' + f.name, true);
      return;
    }
    file = { name: f.name, type: TYPES[extension], text: await f.text() };
    fileName.textContent = f.name + ' (' + file.text.length.toLocaleString('en') + ' characters) will be analysed';
    if (file.type === 'text/plain') {
      input.value = file.text;
      textName = f.name;
      file = null;
      fileName.textContent = f.name + ' loaded into the text box';
    }
  }

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle('lede-error', Boolean(isError));
  }

  // The view shows no tokens, sentences or paragraphs; left out, the JSON sent back stays within the service's
  // body limit for any article it accepted (tokens make the JSON many times the size of the text).
  function withoutTextLayers(json) {
    const strip = (r) => {
      delete r.tokens;
      delete r.sentences;
      delete r.paragraphs;
      return r;
    };
    const parsed = JSON.parse(json);
    return JSON.stringify(Array.isArray(parsed) ? parsed.map(strip) : strip(parsed));
  }

  async function analyse(event) {
    event.preventDefault();
    const body = file ? file.text : input.value;
    if (!body.trim()) {
      say('Paste an article or drop a file first.', true);
      input.focus();
      return;
    }
    const chosen = [...analyzers.querySelectorAll('input:checked')].map((b) => b.value);
    const name = file ? file.name : textName;
    const query = new URLSearchParams({ id: name ? name.replace(/\.[^.]*$/, '') : 'pasted' });
    if (chosen.length) query.set('analyzers', chosen.join(','));
    submit.disabled = true;
    say('Analysing…');
    try {
      const extracted = await fetch('/v1/extract?' + query, {
        method: 'POST', headers: { 'Content-Type': (file ? file.type : 'text/plain') + '; charset=utf-8' }, body,
      });
      const json = await extracted.text();
      if (!extracted.ok) throw new Error(JSON.parse(json).error?.message || extracted.statusText);
      const rendered = await fetch('/view/render', {
        method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: withoutTextLayers(json),
      });
      const html = await rendered.text();
      if (!rendered.ok) throw new Error(JSON.parse(html).error?.message || rendered.statusText);
      results.innerHTML = html;
      window.LedeView.init(results);
      say('Done: ' + results.querySelectorAll('.lede-view').length + ' article(s).');
      results.focus();
    } catch (e) {
      say('Failed: ' + e.message, true);
    } finally {
      submit.disabled = false;
    }
  }

  form.addEventListener('submit', analyse);
  fileInput.addEventListener('change', () => fileInput.files[0] && useFile(fileInput.files[0]));
  input.addEventListener('input', () => {
    textName = null;
    if (file) {
      file = null;
      fileName.textContent = '';
    }
  });
  form.addEventListener('dragover', (e) => {
    e.preventDefault();
    form.classList.add('lede-dragging');
  });
  form.addEventListener('dragleave', () => form.classList.remove('lede-dragging'));
  form.addEventListener('drop', (e) => {
    e.preventDefault();
    form.classList.remove('lede-dragging');
    if (e.dataTransfer.files[0]) useFile(e.dataTransfer.files[0]);
  });
  loadAnalyzers();
})();
