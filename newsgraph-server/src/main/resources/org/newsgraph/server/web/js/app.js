// The app: one page per address (#/path?params), drawn into <main id="view">.

import { el, fill } from './dom.js';
import { actorPage } from './pages/actor.js';
import { actorsPage } from './pages/actors.js';
import { articlePage } from './pages/article.js';
import { figuresPage } from './pages/figures.js';
import { mapPage } from './pages/map.js';
import { searchPage } from './pages/search.js';
import { storiesPage } from './pages/stories.js';
import { timelinePage } from './pages/timeline.js';

function parse(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query] = raw.split('?', 2);
  return { path, params: new URLSearchParams(query || '') };
}

async function show() {
  const view = document.getElementById('view');
  const { path, params } = parse(window.location.hash);
  document.body.dataset.page = 'loading';
  window.scrollTo(0, 0); // a new page starts at its top; an article with a fact in focus scrolls to it
  let page = 'search';
  try {
    if (path.startsWith('/article/')) {
      page = 'article';
      await articlePage(view, decodeURIComponent(path.slice('/article/'.length)), params);
    } else if (path === '/actors') {
      page = 'actors';
      await actorsPage(view, params);
    } else if (path === '/actor') {
      page = 'actor';
      await actorPage(view, params);
    } else if (path === '/figures') {
      page = 'figures';
      await figuresPage(view, params);
    } else if (path === '/timeline') {
      page = 'timeline';
      await timelinePage(view, params);
    } else if (path === '/stories') {
      page = 'stories';
      await storiesPage(view, params);
    } else if (path === '/map') {
      page = 'map';
      await mapPage(view, params);
    } else {
      await searchPage(view, params);
    }
  } catch (error) {
    page = 'error';
    fill(view, el('h1', {}, 'Something went wrong'), el('p', { class: 'error' }, String(error.message || error)));
  }
  for (const a of document.querySelectorAll('.masthead nav a')) {
    a.classList.toggle('here', a.getAttribute('href') === '#' + (path === '/' ? '/' : path.replace(/^\/actor$/, '/actors')));
  }
  document.body.dataset.page = page; // tests wait for this: the page is drawn
}

// Counted for the tests: the Content-Security-Policy should never have to block anything.
document.addEventListener('securitypolicyviolation', (e) => {
  const root = document.documentElement;
  root.dataset.cspViolations = String(Number(root.dataset.cspViolations || 0) + 1);
  root.dataset.cspBlocked = e.blockedURI || e.violatedDirective;
});

window.addEventListener('hashchange', show);
show();
