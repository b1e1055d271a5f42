// Starts downloading the default scenario while the browser is still parsing the page, so it is
// ready once Phaser (about 1.3 MB of JavaScript) has been evaluated and booted. A classic
// external script (not inline) so a strict Content-Security-Policy still holds. The main code
// (src/game/scenario-url.ts) uses it only for the default file; `?scenario=` pages skip it.
// The body is read at once too: left unread, it was only delivered once the busy boot was over.
if (!new URLSearchParams(location.search).has('scenario')) {
  var summitText = fetch('scenarios/danang-2017.json').then((r) => (r.ok ? r.text() : Promise.reject(new Error(`the server answered ${r.status}`))));
  summitText.catch(() => {});
  // Its build-checked form too (src/engine/scenario/checked.ts), so the game opens it without
  // building the scenario schema; null where there is none (a dev server).
  var summitChecked = fetch('checked/danang-2017.json').then(
    (r) => (r.ok ? r.json() : null),
    () => null,
  );
  summitChecked.catch(() => {});
  window.summitPrefetch = { file: 'danang-2017.json', text: summitText, checked: summitChecked };
}
