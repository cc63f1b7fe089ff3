/* global document, localStorage */
// Applies the remembered language and text size before the first paint (no flash of the wrong one).
// A file rather than an inline script, so the Content-Security-Policy can forbid inline scripts
// (scripts/contentSecurityPolicy.ts). A classic script: it blocks rendering for these few lines only.
try {
  var lang = localStorage.getItem('mang-an-toan:language');
  if (lang === 'vi' || lang === 'en') document.documentElement.lang = lang;
  if (localStorage.getItem('mang-an-toan:large-text') === 'on') document.documentElement.classList.add('large-text');
} catch {
  // Storage blocked (private mode, policy): the defaults, Vietnamese and normal text, are right then.
}
