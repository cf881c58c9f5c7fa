/**
 * The path of the fake MX Connect page ({@link fakeMxConnectPage}) on the app's origin: where
 * `fakePartnerPages()` serves it in Vite's dev server and `vite preview`, and where
 * `fakePartnerFile` and `fakePartnerResponse` answer it. Where no Playwright route stands in for
 * MX's own URL, point the fake Dwolla's `mxUrl` here and allow the origin with `mx.allowedHosts`.
 */
export const fakeMxConnectPath = '/__fakes__/mx-connect.html';

/**
 * The query parameter of the fake Dwolla's MX Connect URLs that tells the page where to report a
 * member connected (a URL of the fake Dwolla on this machine), as MX's servers tell Dwolla.
 */
export const fakeMxReportParam = 'fake-dwolla-member-connected';

/**
 * The HTML of a stand-in for the MX Connect page (a string: serve it with `fakePartnerPages()`,
 * `fakePartnerResponse` or `fakePartnerFile`). It posts MX's real messages to its parent
 * (`mx/connect/loaded`, `mx/connect/selectedInstitution`, `mx/connect/memberConnected`,
 * `mx/connect/connected/primaryAction`) as `{ mx: true, type, metadata }`, from a page shaped like
 * Connect's: a header, "Select your institution" with a search field and a grid of institutions,
 * the chosen one's sign-in (a user name and password, filled in), Connect, then a success step
 * with Done. Its own inline styles; it fits a phone's width (390 px) and a desktop frame alike.
 * Opened at a URL from the fake Dwolla, it first tells that fake the member is connected, so that
 * the customer's accounts become available connections, as MX's servers tell Dwolla.
 */
export function fakeMxConnectPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>MX Connect (test double)</title>
<style>
  *, *::before, *::after { box-sizing: border-box; }
  html, body { margin: 0; min-height: 100%; }
  body { font: 15px/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1b2127; background: #fff; }
  .widget { display: flex; flex-direction: column; }
  header { display: flex; align-items: center; justify-content: center; gap: 8px; min-height: 44px; padding: 0 16px; border-bottom: 1px solid #e2e6ea; font-weight: 600; }
  .lock { width: 14px; height: 14px; fill: none; stroke: #5a636c; stroke-width: 2; }
  main { flex: 1; width: 100%; max-width: 640px; margin: 0 auto; padding: 16px 24px 4px; }
  h1 { margin: 0 0 12px; font-size: 22px; line-height: 1.25; }
  h2 { margin: 0 0 8px; font-size: 16px; }
  .hint { margin: 0 0 14px; font-size: 14px; color: #5a636c; }
  .search { position: relative; margin: 0 0 12px; }
  .search svg { position: absolute; left: 14px; top: 12px; width: 20px; height: 20px; fill: none; stroke: #5a636c; stroke-width: 2; stroke-linecap: round; }
  input[type=search], .field input { display: block; width: 100%; height: 44px; margin: 0; padding: 0 12px; border: 1px solid #a9b1b9; border-radius: 8px; background: #fff; color: inherit; font: inherit; }
  input[type=search] { padding-left: 42px; }
  input:focus-visible { outline: 2px solid #2457c5; outline-offset: 1px; border-color: #2457c5; }
  fieldset { min-width: 0; margin: 0 0 14px; padding: 0; border: 0; }
  legend { margin: 0 0 6px; padding: 0; font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: #5a636c; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(128px, 1fr)); gap: 10px; }
  .tile { position: relative; display: flex; flex-direction: column; align-items: center; gap: 6px; padding: 10px 8px; border: 1px solid #d3d8dd; border-radius: 10px; text-align: center; font-size: 14px; font-weight: 600; cursor: pointer; }
  .tile input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; opacity: 0; cursor: pointer; }
  .tile:has(input:checked) { border-color: #2457c5; box-shadow: inset 0 0 0 1px #2457c5; background: #f2f6fd; }
  .tile:has(input:focus-visible) { outline: 2px solid #2457c5; outline-offset: 2px; }
  .tile[hidden] { display: none; }
  .logo { display: flex; align-items: center; justify-content: center; width: 36px; height: 36px; border-radius: 9px; color: #fff; font-size: 14px; letter-spacing: .02em; }
  .sign-in { padding-top: 12px; border-top: 1px solid #e2e6ea; }
  .fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 0 0 14px; }
  .field { display: grid; gap: 4px; font-size: 14px; font-weight: 600; }
  .field input { font-weight: 400; }
  .primary { display: block; width: 100%; height: 48px; margin: 0; border: 0; border-radius: 8px; background: #2457c5; color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
  .primary:focus-visible { outline: 2px solid #2457c5; outline-offset: 2px; }
  .primary[hidden], .done[hidden] { display: none; }
  .done { padding: 32px 0 16px; text-align: center; }
  .tick { width: 56px; height: 56px; margin: 0 auto 12px; fill: none; stroke: #1d7a46; stroke-width: 2.5; stroke-linecap: round; stroke-linejoin: round; }
  #outcome { margin: 8px 0 0; text-align: center; color: #5a636c; }
  .done { padding-bottom: 0; }
  .done h1 { margin: 0; }
  #done { margin-top: 20px; }
  footer { padding: 6px 24px 10px; font-size: 12px; text-align: center; color: #5a636c; }
  @media (max-width: 420px) { main { padding: 16px 16px 8px; } .grid { grid-template-columns: 1fr 1fr; } }
</style>
</head>
<body>
<div class="widget">
  <header><svg class="lock" viewBox="0 0 16 16" aria-hidden="true"><rect x="3" y="7" width="10" height="7" rx="1.5"/><path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2"/></svg>Connect your account</header>
  <main>
    <section id="choose">
      <h1>Select your institution</h1>
      <div class="search">
        <svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="8.5" cy="8.5" r="5.5"/><path d="M13 13l4.5 4.5"/></svg>
        <input type="search" id="search" aria-label="Search for your institution" placeholder="Search for your bank" autocomplete="off">
      </div>
      <fieldset><legend>Institutions</legend>
        <div class="grid">
          <label class="tile"><input type="radio" name="institution" value="mxbank" data-name="MX Bank" checked><span class="logo" style="background:#2457c5" aria-hidden="true">MX</span>MX Bank</label>
          <label class="tile"><input type="radio" name="institution" value="mxbank_oauth" data-name="MX Bank (OAuth)"><span class="logo" style="background:#0f6e4d" aria-hidden="true">MX</span>MX Bank (OAuth)</label>
          <label class="tile"><input type="radio" name="institution" value="lakeside" data-name="Lakeside Bank"><span class="logo" style="background:#7a3e9d" aria-hidden="true">LB</span>Lakeside Bank</label>
          <label class="tile"><input type="radio" name="institution" value="harbor_trust" data-name="Harbor Trust Bank"><span class="logo" style="background:#a2372a" aria-hidden="true">HT</span>Harbor Trust Bank</label>
        </div>
        <p class="hint" id="none" hidden>No institution matches your search.</p>
      </fieldset>
      <div class="sign-in">
        <h2 id="sign-in-title">Sign in to MX Bank</h2>
        <div class="fields">
          <label class="field">User name <input name="username" value="mxuser" autocomplete="off"></label>
          <label class="field">Password <input name="password" type="password" value="password" autocomplete="off"></label>
        </div>
      </div>
      <button type="button" class="primary" id="connect">Connect</button>
    </section>
    <section class="done" id="success" hidden>
      <svg class="tick" viewBox="0 0 56 56" aria-hidden="true"><circle cx="28" cy="28" r="25"/><path d="M17 29l7.5 7.5L39.5 21"/></svg>
      <h1>Success</h1>
    </section>
    <p role="status" id="outcome"></p>
    <button type="button" class="primary" id="done" hidden>Done</button>
  </main>
  <footer>Test kit stand-in — not MX</footer>
</div>
<script>
  const session = { user_guid: 'USR-fake-0000', session_guid: 'ANS-fake-0000' };
  const post = (type, metadata) => parent.postMessage({ mx: true, type, metadata: { ...session, ...metadata } }, '*');
  post('mx/connect/loaded', { initial_step: 'search' });
  // Only a fake Dwolla on this machine is told; a blocked request leaves the accounts unconnected.
  const report = new URLSearchParams(location.search).get('${fakeMxReportParam}');
  const target = report && URL.canParse(report) ? new URL(report) : undefined;
  const reportConnected = () => target && target.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(target.hostname)
    ? fetch(target, { method: 'POST', mode: 'no-cors' }).catch(() => undefined)
    : undefined;
  const chosen = () => document.querySelector('input[name=institution]:checked');
  const tiles = [...document.querySelectorAll('.tile')];
  const signInTo = () => {
    document.getElementById('sign-in-title').textContent = 'Sign in to ' + chosen().dataset.name;
  };
  document.querySelector('.grid').onchange = signInTo;
  // The search narrows the grid; a choice it hides moves to the first institution still shown.
  document.getElementById('search').oninput = (event) => {
    const query = event.target.value.trim().toLowerCase();
    for (const tile of tiles) tile.hidden = !tile.textContent.toLowerCase().includes(query);
    const shown = tiles.filter((tile) => !tile.hidden);
    document.getElementById('none').hidden = shown.length > 0;
    if (shown.length > 0 && !shown.some((tile) => tile.querySelector('input').checked)) {
      shown[0].querySelector('input').checked = true;
      signInTo();
    }
  };
  document.getElementById('connect').onclick = async () => {
    const { value: code, dataset: { name } } = chosen();
    const outcome = document.getElementById('outcome');
    document.getElementById('connect').hidden = true;
    outcome.textContent = 'Connecting to ' + name + '…';
    post('mx/connect/selectedInstitution', { code, guid: 'INS-fake-' + code, name, url: 'https://www.mx.com' });
    await reportConnected();
    post('mx/connect/memberConnected', { member_guid: 'MBR-fake-0000' });
    document.getElementById('choose').hidden = true;
    document.getElementById('success').hidden = false;
    outcome.textContent = 'Connected to ' + name + '.';
    document.getElementById('done').hidden = false;
  };
  document.getElementById('done').onclick = () => post('mx/connect/connected/primaryAction', {});
</script>
</body>
</html>`;
}
