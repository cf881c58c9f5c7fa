/** What the fake Plaid Link recorded, on `window.__fakePlaid`. */
export interface FakePlaidLog {
  created: number;
  opened: number;
  exited: number;
  destroyed: number;
  /** `performance.now()` at each `open()`, for timing benchmarks. */
  openedAt: number[];
  /** The configs passed to `Plaid.create`, newest last. */
  configs: Array<{ token: string | null; receivedRedirectUri?: string }>;
}

/** The link token that makes the fake exit at once with `INVALID_LINK_TOKEN`, as Plaid does for a spent token. */
export const fakeInvalidLinkToken = 'link-sandbox-00000000-fake-4000-8000-0000000invalid';

/** The link token that makes the fake exit at once with `INSTITUTION_DOWN`, an error the user may retry. */
export const fakeInstitutionDownLinkToken = 'link-sandbox-00000000-fake-4000-8000-000000000down';

/**
 * Defines a stand-in for Plaid's `link-initialize.js`: `window.Plaid.create(config)` returns a
 * handler whose `open()` shows a modal dialog shaped like Link's institution pane (a centred panel
 * over a dimmed page, the whole screen on a phone: a search field, the institutions as rows,
 * Continue, and × to exit; Escape exits too), and answers through the config's `onSuccess` /
 * `onExit` / `onEvent` like Plaid Link. Inline styles only: nothing leaks to the page or depends on it.
 *
 * Self-contained on purpose: {@link fakePlaidScript} serves its source as the script.
 */
export function installFakePlaid(win: Window = window): FakePlaidLog {
  type Config = {
    token: string | null;
    receivedRedirectUri?: string;
    onSuccess: (publicToken: string, metadata: object) => void;
    onExit?: (error: object | null, metadata: object) => void;
    onEvent?: (name: string, metadata: object) => void;
    onLoad?: () => void;
  };
  const exitErrors: Record<string, object> = {
    'link-sandbox-00000000-fake-4000-8000-0000000invalid': {
      error_type: 'INVALID_INPUT', error_code: 'INVALID_LINK_TOKEN', error_message: 'link token has expired', display_message: null,
    },
    'link-sandbox-00000000-fake-4000-8000-000000000down': {
      error_type: 'INSTITUTION_ERROR', error_code: 'INSTITUTION_DOWN', error_message: 'this institution is not currently responding', display_message: 'The bank is not responding. Try again later.',
    },
  };
  const institutions = [
    { name: 'First Platypus Bank', institution_id: 'ins_fake_1' },
    { name: 'Tattersall Federal Credit Union', institution_id: 'ins_fake_2' },
    { name: 'Wombat Savings and Loan', institution_id: 'ins_fake_3' },
    { name: 'Quokka Community Bank', institution_id: 'ins_fake_4' },
    { name: 'Bilby National Bank', institution_id: 'ins_fake_5' },
  ];
  const log: FakePlaidLog = { created: 0, opened: 0, exited: 0, destroyed: 0, openedAt: [], configs: [] };
  const doc = win.document;
  (win as unknown as { __fakePlaid: FakePlaidLog }).__fakePlaid = log;

  (win as unknown as { Plaid: object }).Plaid = {
    create(config: Config) {
      log.created += 1;
      log.configs.push({ token: config.token, receivedRedirectUri: config.receivedRedirectUri });
      const session = `fake-link-session-${String(log.created)}`;
      const exitMetadata = () => ({ institution: null, status: 'requires_credentials', link_session_id: session, request_id: 'fake-request' });
      const event = (name: string) =>
        config.onEvent?.(name, { view_name: null, link_session_id: session, request_id: 'fake-request', timestamp: new Date(0).toISOString() });
      let dialog: HTMLElement | null = null;
      let returnFocus = () => {};
      // Closed before any callback: the focus is back where it was when the app's code runs.
      const close = () => {
        if (!dialog) return;
        dialog.remove();
        dialog = null;
        returnFocus();
      };
      const exit = (error: object | null) => {
        close();
        event('EXIT');
        config.onExit?.(error, exitMetadata());
      };
      setTimeout(() => config.onLoad?.(), 0);
      return {
        open() {
          log.opened += 1;
          log.openedAt.push(performance.now());
          event('OPEN');
          const exitError = config.token ? exitErrors[config.token] : undefined;
          if (exitError) {
            exit(exitError);
            return;
          }
          close();
          // Built from elements with inline styles only: nothing reaches the page's styles, and a
          // page's Content-Security-Policy without 'unsafe-inline' styles lets it through.
          const element = <K extends keyof HTMLElementTagNameMap>(tag: K, css: string, text?: string): HTMLElementTagNameMap[K] => {
            const node = doc.createElement(tag);
            node.style.cssText = css;
            if (text !== undefined) node.textContent = text;
            return node;
          };
          const ink = '#111111';
          const muted = '#5c6670';
          const line = '#e3e6ea';
          // Link's size: a 360 × 600 panel on a desktop, the whole screen at a phone's width (480 px or less).
          const phone = '((481px - 100vw) * 10000)';
          const backdrop = element(
            'div',
            'position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;' +
              'margin:0;padding:0;background:rgba(15,20,25,.6)',
          );
          const panel = element(
            'div',
            'position:relative;display:flex;flex-direction:column;box-sizing:border-box;overflow:hidden;' +
              `width:min(100vw,max(360px,calc${phone}));height:min(100vh,max(min(600px,calc(100vh - 48px)),calc${phone}));` +
              'border-radius:clamp(0px,calc((100vw - 480px) * 1000),16px);background:#fff;color:' + ink + ';' +
              'box-shadow:0 24px 64px rgba(0,0,0,.35);color-scheme:light;text-align:left;letter-spacing:normal;' +
              'font:400 15px/1.45 Inter,"Helvetica Neue",Helvetica,Arial,sans-serif',
          );
          panel.setAttribute('role', 'dialog');
          panel.setAttribute('aria-modal', 'true');
          panel.setAttribute('aria-label', 'Plaid Link (test double)');
          backdrop.append(panel);

          const header = element('div', 'display:flex;justify-content:flex-end;align-items:center;flex:none;padding:12px 12px 0');
          const leave = element(
            'button',
            'display:flex;align-items:center;justify-content:center;width:36px;height:36px;margin:0;padding:0;border:0;' +
              'border-radius:50%;background:transparent;color:' + ink + ';font:400 26px/1 Arial,sans-serif;cursor:pointer',
            '×',
          );
          leave.type = 'button';
          // Link's × is its exit.
          leave.setAttribute('aria-label', 'Exit');
          leave.onclick = () => exit(null);
          header.append(leave);

          const body = element('div', 'flex:1;min-height:0;overflow-y:auto;padding:0 24px 8px');
          const title = element('h2', `margin:0 0 4px;font-size:22px;font-weight:600;line-height:1.25;color:${ink}`, 'Select your bank');
          const intro = element('p', `margin:0 0 16px;font-size:14px;color:${muted}`, 'Choose the bank that holds your account.');
          const searchBox = element('div', 'position:relative;margin:0 0 12px');
          const svg = (tag: string, attributes: Record<string, string>) => {
            const node = doc.createElementNS('http://www.w3.org/2000/svg', tag);
            for (const [attribute, value] of Object.entries(attributes)) node.setAttribute(attribute, value);
            return node;
          };
          const magnifier = svg('svg', { viewBox: '0 0 20 20', 'aria-hidden': 'true', fill: 'none', stroke: muted, 'stroke-width': '2', 'stroke-linecap': 'round' });
          magnifier.style.cssText = 'position:absolute;left:14px;top:12px;width:20px;height:20px';
          magnifier.append(svg('circle', { cx: '8.5', cy: '8.5', r: '5.5' }), svg('path', { d: 'M13 13l4.5 4.5' }));
          const search = element(
            'input',
            'display:block;box-sizing:border-box;width:100%;height:44px;margin:0;padding:0 14px 0 42px;border:1px solid #aab1b9;' +
              `border-radius:10px;background:#fff;color:${ink};font:inherit`,
          );
          search.type = 'search';
          search.placeholder = 'Search';
          search.autocomplete = 'off';
          search.setAttribute('aria-label', 'Search for your bank');
          searchBox.append(magnifier, search);

          const list = element('fieldset', 'min-width:0;margin:0;padding:0;border:0');
          const legend = element('legend', `margin:0 0 4px;padding:0;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:${muted}`, 'Institutions');
          list.append(legend);
          const monograms = ['#1f5f8b', '#7a3e9d', '#0f6e4d', '#a2372a', '#5b5a12'];
          const rows = institutions.map((institution, index) => {
            const row = element('label', 'display:flex;align-items:center;gap:12px;margin:0 -8px;padding:10px 8px;border-radius:10px;cursor:pointer');
            const mark = element(
              'span',
              `display:flex;flex:none;align-items:center;justify-content:center;width:36px;height:36px;border-radius:50%;background:${monograms[index % monograms.length] ?? ink};` +
                'color:#fff;font-size:13px;font-weight:600;letter-spacing:.02em',
              institution.name.split(' ').filter((word) => /^[A-Z]/.test(word)).slice(0, 2).map((word) => word[0]).join(''),
            );
            mark.setAttribute('aria-hidden', 'true');
            const words = element('span', 'display:flex;flex:1;min-width:0;flex-direction:column');
            const name = element('span', `font-weight:600;color:${ink}`, institution.name);
            const site = element('span', `font-size:13px;color:${muted}`, `${institution.name.toLowerCase().split(' ').slice(0, 2).join('')}.example`);
            site.setAttribute('aria-hidden', 'true');
            words.append(name, site);
            const radio = element('input', `flex:none;width:18px;height:18px;margin:0;accent-color:${ink};cursor:pointer`);
            radio.type = 'radio';
            radio.name = `fake-plaid-institution-${session}`;
            radio.value = institution.institution_id;
            radio.checked = index === 0;
            radio.onchange = paintRows;
            row.append(mark, words, radio);
            list.append(row);
            return { row, radio, name: institution.name.toLowerCase() };
          });
          function paintRows() {
            for (const { row, radio } of rows) row.style.background = radio.checked ? '#eef1f4' : 'transparent';
          }
          paintRows();
          const nothing = element('p', `margin:12px 0;font-size:14px;color:${muted}`, 'No bank matches your search.');
          nothing.hidden = true;
          list.append(nothing);
          search.oninput = () => {
            const query = search.value.trim().toLowerCase();
            const shown = rows.filter(({ name }) => name.includes(query));
            for (const { row, name } of rows) row.style.display = name.includes(query) ? 'flex' : 'none';
            nothing.hidden = shown.length > 0;
            // A choice the search hides moves to the first bank still shown.
            if (shown[0] && !shown.some(({ radio }) => radio.checked)) {
              shown[0].radio.checked = true;
              paintRows();
            }
          };
          body.append(title, intro, searchBox, list);

          const footer = element('div', `flex:none;padding:12px 24px 14px;border-top:1px solid ${line}`);
          const proceed = element(
            'button',
            'display:block;box-sizing:border-box;width:100%;height:48px;margin:0;padding:0 16px;border:0;border-radius:10px;' +
              'background:' + ink + ';color:#fff;font-family:inherit;font-size:16px;font-weight:600;line-height:1;cursor:pointer',
            'Continue',
          );
          proceed.type = 'button';
          proceed.onclick = () => {
            const chosen = rows.find(({ radio }) => radio.checked)?.radio.value;
            const institution = institutions.find((candidate) => candidate.institution_id === chosen) ?? null;
            close();
            event('HANDOFF');
            config.onSuccess('public-sandbox-fake-0000-4000-8000-000000000000', {
              institution,
              accounts: [{ id: 'fake-account-1', name: 'Plaid Checking', mask: '0000', type: 'depository', subtype: 'checking', verification_status: null }],
              link_session_id: session,
            });
          };
          const footnote = element('p', `margin:10px 0 0;font-size:12px;text-align:center;color:${muted}`, 'Test kit stand-in — not Plaid');
          footer.append(proceed, footnote);
          panel.append(header, body, footer);

          // A modal dialog: Escape exits as Link does, Tab stays inside, and the focus comes back on close.
          panel.onkeydown = (keyEvent) => {
            if (keyEvent.key === 'Escape') {
              keyEvent.preventDefault();
              keyEvent.stopPropagation();
              exit(null);
              return;
            }
            if (keyEvent.key !== 'Tab') return;
            const edge = keyEvent.shiftKey ? leave : proceed;
            if (doc.activeElement === edge || !panel.contains(doc.activeElement)) {
              keyEvent.preventDefault();
              (keyEvent.shiftKey ? proceed : leave).focus();
            }
          };
          const before = doc.activeElement as HTMLElement | null;
          doc.body.append(backdrop);
          dialog = backdrop;
          returnFocus = () => {
            const focusInside = !doc.activeElement || doc.activeElement === doc.body || backdrop.contains(doc.activeElement);
            if (focusInside && before && before !== doc.body && before.isConnected && typeof before.focus === 'function') before.focus();
          };
          search.focus();
        },
        // Plaid answers every exit of an open Link, forced or not, with onExit.
        exit() {
          log.exited += 1;
          if (dialog) exit(null);
        },
        submit() {},
        destroy() {
          log.destroyed += 1;
          close();
        },
      };
    },
  };
  return log;
}

/** The source of a script that installs {@link installFakePlaid}, to serve at Plaid's CDN URL. */
export function fakePlaidScript(): string {
  return `(${installFakePlaid.toString()})(window);`;
}
