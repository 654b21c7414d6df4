// Lede web reader: light progressive enhancement. Every page works without this file; it adds
// search as you type on the corpus page and quote-to-quote jumps (keys n / p) on article pages.
'use strict';

(function () {
  // Corpus page: fetch the results for the current form state as the reader types, swap them in,
  // and keep the URL in step (the URL holds the whole view, so it can be shared).
  const form = document.querySelector('form[data-live]');
  if (form) {
    let timer = 0;
    let latest = 0;
    const update = () => {
      const params = new URLSearchParams(new FormData(form));
      for (const [k, v] of [...params]) if (!v) params.delete(k);
      const url = `${form.action.split('?')[0]}${params.size ? `?${params}` : ''}`;
      const ticket = ++latest;
      fetch(url, { headers: { Accept: 'text/html' } })
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
        .then((text) => {
          if (ticket !== latest) return; // a newer keystroke won
          const doc = new DOMParser().parseFromString(text, 'text/html');
          // The results, the facets (their counts follow the search) and the filter choices.
          for (const id of ['live', 'facets', 'filters']) {
            const fresh = doc.getElementById(id);
            const current = document.getElementById(id);
            if (fresh && current) current.replaceWith(fresh);
          }
          history.replaceState(null, '', url);
          document.title = doc.title;
        })
        .catch(() => {});
    };
    form.addEventListener('input', (e) => {
      if (!e.target.matches('input[type="search"]')) return;
      clearTimeout(timer);
      timer = setTimeout(update, 250);
    });
    form.addEventListener('change', (e) => {
      if (e.target.matches('input[type="search"]')) return;
      form.requestSubmit();
    });
  }

  // Article page: n / p move between quotes (in text order), and the panel links focus the quote.
  const quotes = [...document.querySelectorAll('.text .quote[id]')];
  if (quotes.length) {
    let at = -1;
    const go = (i) => {
      at = (i + quotes.length) % quotes.length;
      for (const q of document.querySelectorAll('.quote.current')) q.classList.remove('current');
      const q = quotes[at];
      q.classList.add('current');
      q.setAttribute('tabindex', '-1');
      q.focus({ preventScroll: true });
      q.scrollIntoView({ block: 'center' });
      history.replaceState(null, '', `#${q.id}`);
    };
    const fromHash = () => quotes.findIndex((q) => `#${q.id}` === location.hash);
    at = fromHash();
    const nav = document.createElement('div');
    nav.className = 'qnav';
    nav.setAttribute('role', 'group');
    nav.setAttribute('aria-label', 'Jump between quotes');
    for (const [label, step] of [['Previous quote', -1], ['Next quote', 1]]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('click', () => go(at < 0 && step < 0 ? quotes.length - 1 : at + step));
      nav.append(b);
    }
    document.getElementById('text')?.after(nav);
    document.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input, textarea, select')) return;
      if (e.key === 'n') go(at + 1);
      else if (e.key === 'p') go(at < 0 ? quotes.length - 1 : at - 1);
    });
    window.addEventListener('hashchange', () => {
      const i = fromHash();
      if (i >= 0) at = i;
    });
  }
})();
