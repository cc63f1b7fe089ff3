/* global document, localStorage, location, requestAnimationFrame, setTimeout, Node */
// Applies the remembered language and text size before the first paint (no flash of the wrong one).
// A file rather than an inline script, so the Content-Security-Policy can forbid inline scripts
// (scripts/contentSecurityPolicy.ts). A classic script: it blocks rendering for these few lines only.
var lang = null;
try {
  lang = localStorage.getItem('mang-an-toan:language');
  if (lang === 'vi' || lang === 'en') document.documentElement.lang = lang;
  if (localStorage.getItem('mang-an-toan:large-text') === 'on') document.documentElement.classList.add('large-text');
} catch {
  // Storage blocked (private mode, policy): the defaults, Vietnamese and normal text, are right then.
}
// A page prerendered in Vietnamese (data-page: the URL it shows) that the app will not hydrate — served
// for another URL (the offline shell) or read in English — stays hidden until the app has rendered the
// right one (src/main.tsx shows it), rather than flashing the wrong page. Should the app never start,
// it shows after a few seconds anyway.
var page = document.documentElement.getAttribute('data-page');
if (page !== null && (page !== location.pathname || location.search !== '' || lang === 'en')) {
  document.documentElement.style.visibility = 'hidden';
  setTimeout(function () {
    document.documentElement.style.removeProperty('visibility');
  }, 4000);
}
// A prerendered page lists the app's scripts (data-app: the entry, then chunks to fetch alongside) and
// they start once the page has been painted: on a slow link the text shows first, then the page becomes
// interactive (scripts/prerender/plugin.ts). In a background tab, where frames wait, a timer starts them.
var app = (document.documentElement.getAttribute('data-app') || '').split(' ').filter(Boolean);
if (app.length > 0) {
  var started = false;
  var startApp = function () {
    if (started) return;
    started = true;
    for (var i = 1; i < app.length; i++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = app[i];
      document.head.appendChild(link);
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = app[0];
    document.head.appendChild(script);
  };
  requestAnimationFrame(function () {
    setTimeout(startApp, 0);
  });
  setTimeout(startApp, 1000);
}
// The phone header's "Danh mục" button (src/app/Header.tsx) opens and closes its menu while the page
// waits for its scripts: on a slow link a child taps it long before the app runs. Once the header is
// hydrated (data-header-hydrated) the app handles it and carries on from the state left here.
function setHeaderMenu(button, open) {
  var tools = document.getElementById(button.getAttribute('aria-controls'));
  if (!tools) return;
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
  if (open) tools.classList.add('app-header__tools--open');
  else tools.classList.remove('app-header__tools--open');
}
function headerMenuButton() {
  return document.documentElement.hasAttribute('data-header-hydrated') ? null : document.querySelector('.app-header__menu-button');
}
document.addEventListener('click', function (event) {
  var button = headerMenuButton();
  if (button && event.target instanceof Node && button.contains(event.target)) {
    setHeaderMenu(button, button.getAttribute('aria-expanded') !== 'true');
  }
});
document.addEventListener('keydown', function (event) {
  var button = headerMenuButton();
  if (event.key === 'Escape' && button && button.getAttribute('aria-expanded') === 'true') {
    setHeaderMenu(button, false);
    button.focus();
  }
});
