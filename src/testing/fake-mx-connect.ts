/** Where the dev servers (Vitest browser mode, Storybook) serve {@link fakeMxConnectPage}. */
export const fakeMxConnectPath = '/__fakes__/mx-connect.html';

/**
 * A stand-in for the MX Connect page: posts MX's real messages to its parent
 * (`mx/connect/loaded`, `mx/connect/memberConnected`, `mx/connect/connected/primaryAction`) as
 * `{ mx: true, type, metadata }`, from a small page with an institution list and a Connect button.
 */
export function fakeMxConnectPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>MX Connect (test double)</title></head>
<body>
<main>
  <h1>Connect your bank</h1>
  <fieldset><legend>Institution</legend>
    <label><input type="radio" name="institution" value="mxbank" checked> MX Bank</label><br>
    <label><input type="radio" name="institution" value="mxbank_oauth"> MX Bank (OAuth)</label>
  </fieldset>
  <p><label>User name <input name="username" value="mxuser" autocomplete="off"></label></p>
  <button type="button" id="connect">Connect</button>
  <button type="button" id="done" hidden>Done</button>
</main>
<script>
  const session = { user_guid: 'USR-fake-0000', session_guid: 'ANS-fake-0000' };
  const post = (type, metadata) => parent.postMessage({ mx: true, type, metadata: { ...session, ...metadata } }, '*');
  post('mx/connect/loaded', { initial_step: 'search' });
  document.getElementById('connect').onclick = () => {
    const code = document.querySelector('input[name=institution]:checked').value;
    post('mx/connect/selectedInstitution', { code, guid: 'INS-fake-' + code, name: 'MX Bank', url: 'https://www.mx.com' });
    post('mx/connect/memberConnected', { member_guid: 'MBR-fake-0000' });
    document.getElementById('connect').hidden = true;
    document.getElementById('done').hidden = false;
  };
  document.getElementById('done').onclick = () => post('mx/connect/connected/primaryAction', {});
</script>
</body>
</html>`;
}
