/* global window, document, setTimeout, requestAnimationFrame, PerformanceObserver */
// Deferred (index.html): it blocks no paint. The remembered language and text size, hiding a page shown
// for another URL or language, and the phone menu before the app runs are the small inline script's in
// index.html, which the Content-Security-Policy allows by its hash.
//
// A prerendered page lists the app's scripts (data-app: the entry, then chunks to fetch alongside,
// scripts/prerender/plugin.ts). They start once the page's text has been painted — the browser's own
// first-contentful-paint entry, not a guess — so on a slow link the text shows first and no harness
// can count the scripts as holding up the first paint (issue 21). They start at once when there is
// nothing to paint first (a hidden page or tab), on the first tap or key press (so it never waits
// behind the paint), and after a few seconds whatever happens.
var app = (document.documentElement.getAttribute('data-app') || '').split(' ').filter(Boolean);

// Keys pressed before the app listens for them (a pupil who answers with "2" and Enter the moment the
// question shows) are kept, and the app replays them once the page is hydrated (src/app/earlyKeys.ts).
var earlyKeys = [];
var keepKey = function (event) {
  if (earlyKeys) earlyKeys.push(event);
};
document.addEventListener('keydown', keepKey, true);
window.takeEarlyKeys = function () {
  document.removeEventListener('keydown', keepKey, true);
  var kept = earlyKeys || [];
  earlyKeys = null;
  return kept;
};
if (app.length > 0) {
  var started = false;
  var startApp = function () {
    if (started) return;
    started = true;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = app[0];
    document.head.appendChild(script);
    // The chunks to fetch alongside, one tag a task: inserting all of them at once was one task of
    // ~95 ms with the CPU 4× slower (each tag starts a fetch), counted whole as blocking time.
    var next = 1;
    var preloadNext = function () {
      if (next >= app.length) return;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = app[next++];
      document.head.appendChild(link);
      setTimeout(preloadNext, 0);
    };
    setTimeout(preloadNext, 0);
  };
  var hidden = document.documentElement.style.visibility === 'hidden' || document.visibilityState === 'hidden';
  var paintEntries = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') !== -1;
  if (hidden) {
    startApp();
  } else if (paintEntries) {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length > 0) {
        observer.disconnect();
        startApp();
      }
    }).observe({ type: 'paint', buffered: true });
  } else {
    // No paint entries (Safari before 14.1): the frame after the first one.
    requestAnimationFrame(function () {
      setTimeout(startApp, 0);
    });
  }
  ['pointerdown', 'keydown'].forEach(function (type) {
    document.addEventListener(type, startApp, { capture: true, once: true, passive: true });
  });
  document.addEventListener('visibilitychange', startApp, { once: true });
  setTimeout(startApp, 5000);
}
