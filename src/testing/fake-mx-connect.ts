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
 * (`mx/connect/loaded`, `mx/connect/memberConnected`, `mx/connect/connected/primaryAction`) as
 * `{ mx: true, type, metadata }`, from a small page with an institution list and a Connect button.
 * Opened at a URL from the fake Dwolla, it first tells that fake the member is connected, so that
 * the customer's accounts become available connections, as MX's servers tell Dwolla.
 */
export function fakeMxConnectPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>MX Connect (test double)</title>
<style>
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #111; background: #f4f6f8; }
  main { max-width: 420px; margin: 24px auto; padding: 24px; background: #fff; border-radius: 12px; box-shadow: 0 2px 12px rgba(0,0,0,.12); }
  h1 { margin: 0 0 4px; font-size: 20px; }
  fieldset { border: 1px solid #ccc; border-radius: 8px; margin: 16px 0; }
  input[name=username] { padding: 6px; border: 1px solid #888; border-radius: 6px; font: inherit; }
  button { background: #0a3fa8; color: #fff; border: 0; border-radius: 6px; padding: 8px 16px; font: inherit; cursor: pointer; }
</style>
</head>
<body>
<main>
  <h1>Connect your bank</h1>
  <p>MX Connect test double: no real bank is contacted.</p>
  <fieldset><legend>Institution</legend>
    <label><input type="radio" name="institution" value="mxbank" checked> MX Bank</label><br>
    <label><input type="radio" name="institution" value="mxbank_oauth"> MX Bank (OAuth)</label>
  </fieldset>
  <p><label>User name <input name="username" value="mxuser" autocomplete="off"></label></p>
  <button type="button" id="connect">Connect</button>
  <p role="status" id="outcome"></p>
  <button type="button" id="done" hidden>Done</button>
</main>
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
  document.getElementById('connect').onclick = async () => {
    const code = document.querySelector('input[name=institution]:checked').value;
    document.getElementById('connect').hidden = true;
    post('mx/connect/selectedInstitution', { code, guid: 'INS-fake-' + code, name: 'MX Bank', url: 'https://www.mx.com' });
    await reportConnected();
    post('mx/connect/memberConnected', { member_guid: 'MBR-fake-0000' });
    document.getElementById('outcome').textContent = 'Connected to MX Bank.';
    document.getElementById('done').hidden = false;
  };
  document.getElementById('done').onclick = () => post('mx/connect/connected/primaryAction', {});
</script>
</body>
</html>`;
}
