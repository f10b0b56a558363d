// Lede view: the interactions of rendered views (tooltips, lighting every mention of what was clicked, the
// panels' links into the text, the map's zoom). The markup works without this script (native tooltips from
// title attributes, CSS-only layer switches); this makes it richer. A classic script, not a module, so that the
// static report can inline it. window.LedeView.init(root) wires the views under root; it runs on load for the
// views already in the page.
(function () {
  'use strict';

  const PIN_SHARE = 0.011; // pin radius as a share of the visible map width (MapSvg.PIN_SHARE)
  const LAYER_NAMES = { quotes: 'quote', entities: 'entity', places: 'place', numbers: 'number', times: 'time' };

  let tooltip = null;
  let hideTimer = null;

  function tooltipElement() {
    if (!tooltip) {
      tooltip = document.createElement('div');
      tooltip.className = 'lede-tooltip';
      tooltip.id = 'lede-tooltip';
      tooltip.setAttribute('role', 'tooltip');
      tooltip.hidden = true;
      tooltip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
      tooltip.addEventListener('mouseleave', scheduleHide);
      document.body.appendChild(tooltip);
    }
    return tooltip;
  }

  // The title attributes become data-tip so that the browser's own tooltip does not double ours.
  function moveTitles(root) {
    root.querySelectorAll('.lede-text [title], .lede-pin').forEach((el) => {
      const title = el.getAttribute('title') ?? el.querySelector('title')?.textContent;
      if (title != null) {
        el.dataset.tip = title;
        el.removeAttribute('title');
        el.querySelector('title')?.remove(); // a pin's SVG title; its aria-label still names it
      }
    });
  }

  // One block per layer at the pointer, innermost first: an entity inside a quote shows both.
  function showTooltip(target) {
    const text = target.closest('.lede-text');
    const blocks = [];
    for (let el = target; el && el !== text; el = el.parentElement) {
      if (el.dataset && el.dataset.tip && el.dataset.layer) blocks.push(el);
    }
    if (target.classList.contains('lede-pin')) blocks.push(target);
    if (!blocks.length) return;
    const tip = tooltipElement();
    tip.replaceChildren(...blocks.map(tipBlock));
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(4, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - width - 4));
    tip.style.left = left + 'px';
    tip.style.top = (window.scrollY + box.bottom + 6) + 'px';
    target.setAttribute('aria-describedby', tip.id);
    clearTimeout(hideTimer);
  }

  function tipBlock(el) {
    const section = document.createElement('section');
    const [first, ...rest] = el.dataset.tip.split('\n');
    const layer = document.createElement('p');
    layer.className = 'lede-tip-layer';
    layer.textContent = el.classList.contains('lede-pin') ? 'map pin' : LAYER_NAMES[el.dataset.layer] || el.dataset.layer;
    const title = document.createElement('p');
    title.className = 'lede-tip-title';
    title.textContent = first;
    section.append(layer, title);
    for (const line of rest) {
      const p = document.createElement('p');
      p.textContent = line;
      section.append(p);
    }
    if (el.dataset.href) {
      const a = document.createElement('a');
      a.href = el.dataset.href;
      a.textContent = 'GeoNames page';
      a.rel = 'noopener';
      a.target = '_blank';
      section.append(a);
    }
    return section;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideTooltip, 250);
  }

  function hideTooltip() {
    if (tooltip) tooltip.hidden = true;
  }

  function clearLit(view) {
    view.querySelectorAll('.lede-lit').forEach((el) => el.classList.remove('lede-lit'));
    view.querySelectorAll('.lede-role-lit').forEach((el) => el.classList.remove('lede-role-lit'));
  }

  // Lights every span of one annotation (all mentions of an entity, all parts of a quote with its speaker and
  // cue, every mention of a place with its pin) and the panel entry that names it; returns the first span.
  function light(view, layer, id) {
    clearLit(view);
    const spans = [...view.querySelectorAll(`.lede-text [data-layer="${layer}"][data-id="${CSS.escape(id)}"]`)];
    spans.forEach((el) => el.classList.add('lede-lit'));
    view.querySelectorAll(`[data-light-layer="${layer}"][data-light-id="${CSS.escape(id)}"]`)
      .forEach((el) => el.classList.add('lede-lit'));
    if (layer === 'quotes') {
      view.querySelectorAll(`.lede-text [data-quote="${CSS.escape(id)}"]`).forEach((el) => el.classList.add('lede-role-lit'));
    }
    if (layer === 'places' && spans[0]?.dataset.pin) return lightPin(view, spans[0].dataset.pin);
    return spans[0];
  }

  function lightPin(view, key) {
    clearLit(view);
    const spans = [...view.querySelectorAll(`.lede-text [data-pin="${CSS.escape(key)}"]`)];
    spans.forEach((el) => el.classList.add('lede-lit'));
    view.querySelectorAll(`.lede-pin[data-pin="${CSS.escape(key)}"], [data-light-pin="${CSS.escape(key)}"]`)
      .forEach((el) => el.classList.add('lede-lit'));
    return spans[0];
  }

  function reveal(span) {
    if (!span) return;
    span.scrollIntoView({ block: 'center', behavior: 'instant' });
    span.focus({ preventScroll: true });
  }

  function zoom(view, mode) {
    const svg = view.querySelector('.lede-map svg');
    if (!svg) return;
    const box = svg.dataset[mode === 'world' ? 'worldViewbox' : 'regionViewbox'];
    svg.setAttribute('viewBox', box);
    const width = Number(box.split(' ')[2]);
    svg.querySelectorAll('.lede-pin').forEach((pin) => pin.setAttribute('r', (Number(pin.dataset.size) * PIN_SHARE * width).toFixed(2)));
    view.querySelectorAll('[data-zoom]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.zoom === mode)));
  }

  function onClick(event) {
    const view = event.currentTarget;
    const target = event.target;
    const zoomButton = target.closest('[data-zoom]');
    if (zoomButton) return zoom(view, zoomButton.dataset.zoom);
    const button = target.closest('[data-light-layer], [data-light-pin]');
    if (button) return reveal(button.dataset.lightPin ? lightPin(view, button.dataset.lightPin)
      : light(view, button.dataset.lightLayer, button.dataset.lightId));
    const pin = target.closest('.lede-pin');
    if (pin) return reveal(lightPin(view, pin.dataset.pin));
    const roleLink = target.closest('a[data-role-link]');
    if (roleLink) {
      const mark = view.querySelector(roleLink.getAttribute('href'));
      if (mark) {
        event.preventDefault();
        clearLit(view);
        mark.classList.add('lede-role-lit');
        mark.scrollIntoView({ block: 'center', behavior: 'instant' });
      }
      return;
    }
    const span = target.closest('.lede-text [data-layer]');
    if (span) {
      const already = span.classList.contains('lede-lit');
      if (already) clearLit(view); else light(view, span.dataset.layer, span.dataset.id);
    }
  }

  function onKey(event) {
    const target = event.target;
    if (event.key === 'Escape') {
      clearLit(event.currentTarget);
      hideTooltip();
    } else if ((event.key === 'Enter' || event.key === ' ') && (target.matches('.lede-text [data-layer]') || target.matches('.lede-pin'))) {
      event.preventDefault();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
  }

  function onOver(event) {
    const target = event.target.closest('.lede-text [data-tip], .lede-pin');
    if (target) showTooltip(target);
  }

  function onOut(event) {
    const target = event.target.closest('.lede-text [data-tip], .lede-pin');
    if (target && !target.contains(event.relatedTarget)) scheduleHide();
  }

  function init(root) {
    root.querySelectorAll('.lede-view').forEach((view) => {
      if (view.dataset.ledeReady) return;
      view.dataset.ledeReady = 'true';
      moveTitles(view);
      view.addEventListener('click', onClick);
      view.addEventListener('keydown', onKey);
      view.addEventListener('mouseover', onOver);
      view.addEventListener('mouseout', onOut);
      view.addEventListener('focusin', onOver);
      view.addEventListener('focusout', onOut);
    });
  }

  window.LedeView = { init };
  init(document);
})();
