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
 * handler whose `open()` shows a small accessible dialog (pick an institution, Continue or Exit)
 * and answers through the config's `onSuccess` / `onExit` / `onEvent` like Plaid Link.
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
      const close = () => {
        dialog?.remove();
        dialog = null;
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
          dialog = doc.createElement('div');
          dialog.setAttribute('role', 'dialog');
          dialog.setAttribute('aria-modal', 'true');
          dialog.setAttribute('aria-label', 'Plaid Link (test double)');
          dialog.style.cssText =
            'position:fixed;top:8%;left:50%;transform:translateX(-50%);width:min(360px,90vw);background:#fff;color:#111;' +
            'border-radius:12px;box-shadow:0 12px 48px rgba(0,0,0,.35);padding:24px;font:15px/1.5 system-ui,sans-serif;z-index:2147483000';
          const title = doc.createElement('h2');
          title.textContent = 'Select your bank';
          title.style.cssText = 'margin:0 0 4px;font-size:20px';
          const note = doc.createElement('p');
          note.textContent = 'Plaid Link test double: no real bank is contacted.';
          note.style.cssText = 'margin:0 0 16px;color:#444;font-size:13px';
          const list = doc.createElement('fieldset');
          list.style.cssText = 'border:1px solid #ccc;border-radius:8px;margin:0 0 16px;padding:8px 12px';
          const legend = doc.createElement('legend');
          legend.textContent = 'Institutions';
          list.append(legend);
          institutions.forEach((institution, index) => {
            const label = doc.createElement('label');
            const radio = doc.createElement('input');
            radio.type = 'radio';
            radio.name = 'institution';
            radio.value = institution.institution_id;
            radio.checked = index === 0;
            label.append(radio, ` ${institution.name}`);
            list.append(label, doc.createElement('br'));
          });
          const proceed = doc.createElement('button');
          proceed.type = 'button';
          proceed.textContent = 'Continue';
          proceed.style.cssText = 'background:#111;color:#fff;border:0;border-radius:6px;padding:8px 16px;margin-right:8px;font:inherit;cursor:pointer';
          proceed.onclick = () => {
            const chosen = list.querySelector<HTMLInputElement>('input:checked')?.value;
            const institution = institutions.find((candidate) => candidate.institution_id === chosen) ?? null;
            close();
            event('HANDOFF');
            config.onSuccess('public-sandbox-fake-0000-4000-8000-000000000000', {
              institution,
              accounts: [{ id: 'fake-account-1', name: 'Plaid Checking', mask: '0000', type: 'depository', subtype: 'checking', verification_status: null }],
              link_session_id: session,
            });
          };
          const leave = doc.createElement('button');
          leave.type = 'button';
          leave.textContent = 'Exit';
          leave.style.cssText = 'background:#fff;color:#111;border:1px solid #888;border-radius:6px;padding:8px 16px;font:inherit;cursor:pointer';
          leave.onclick = () => {
            exit(null);
          };
          dialog.append(title, note, list, proceed, leave);
          doc.body.append(dialog);
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
