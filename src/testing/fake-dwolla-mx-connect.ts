import type { FakeDwollaAnswer, FakeDwollaContext } from './fake-dwolla-answers';
import { completeFakeReauthentication } from './fake-dwolla-connections';
import type { FakeDwollaState } from './fake-dwolla-state';
import { fakeMxReportParam } from './fake-mx-connect';
import { fakePartnerValues } from './fixtures';

/**
 * Where the fake MX Connect page reports a member connected, as MX's servers tell Dwolla: not a
 * path of Dwolla's API, so no access token is asked for.
 */
const reportPath = '/__fakes__/mx-member-connected/';

/** The MX Connect URL of session `id`: the app's (`mxUrl`) or the fixtures', telling the page where to report. */
export function mxConnectUrl({ baseUrl, mxUrl }: FakeDwollaContext, id: string): string {
  const url = mxUrl?.() ?? fakePartnerValues.mxUrl;
  if (!URL.canParse(url)) return url;
  const withReport = new URL(url);
  withReport.searchParams.set(fakeMxReportParam, `${baseUrl}${reportPath}${id}`);
  return withReport.href;
}

/**
 * Marks MX Connect as finished in MX session `id`: its customer's accounts become available
 * connections, and a re-authentication session's exchange is active again.
 */
export function completeMxConnect(state: FakeDwollaState, id: string): boolean {
  const session = state.sessions.get(id);
  if (session?.partner !== 'mx') return false;
  state.mxConnected.add(session.customerId);
  completeFakeReauthentication(state, id);
  return true;
}

/** The answer to the fake MX Connect page's report, or `undefined` for any other request. */
export function mxReportAnswer(state: FakeDwollaState, method: string, path: string): FakeDwollaAnswer | undefined {
  if (method !== 'POST' || !path.startsWith(reportPath)) return undefined;
  const known = completeMxConnect(state, path.slice(reportPath.length));
  return { status: known ? 204 : 404, headers: {}, body: '' };
}
