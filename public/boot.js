/* global document, localStorage, location, requestAnimationFrame, setTimeout */
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
