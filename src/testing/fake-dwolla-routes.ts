import { notFoundAnswer, type FakeDwollaAnswer, type FakeDwollaContext } from './fake-dwolla-answers';
import { retrieveEventAnswer } from './fake-dwolla-events';
import { availableConnectionsAnswer, createExchangeAnswer, listExchangesAnswer } from './fake-dwolla-exchanges';
import { listFundingSourcesAnswer, retrieveFundingSourceAnswer } from './fake-dwolla-funding-source-reads';
import { createFundingSourceAnswer, removeFundingSourceAnswer } from './fake-dwolla-funding-sources';
import { listPartnersAnswer } from './fake-dwolla-partners';
import { createReauthSessionAnswer, createSessionAnswer, retrieveSessionAnswer } from './fake-dwolla-sessions';

/** The paths the fake serves, as Dwolla's API document writes them, with the methods Dwolla allows on each. */
const methodsByPath: Readonly<Record<string, readonly string[]>> = {
  '/token': ['POST'],
  '/exchange-partners': ['GET'],
  '/customers/{id}/exchange-sessions': ['POST'],
  '/exchange-sessions/{id}': ['GET'],
  '/exchanges/{id}/exchange-sessions': ['POST'],
  '/customers/{id}/available-exchange-connections': ['GET'],
  '/customers/{id}/exchanges': ['GET', 'POST'],
  '/customers/{id}/funding-sources': ['GET', 'POST'],
  '/funding-sources/{id}': ['GET', 'POST'],
  '/events/{id}': ['GET'],
};

/** A path split as Dwolla's document names it: its template and the id in it. */
function templateOf(path: string): { template: string; id: string } | undefined {
  const [first = '', id, sub, ...rest] = path.split('/').slice(1).map(decodeSegment);
  if (rest.length > 0 || id === '') return undefined;
  return { template: `/${first}${id === undefined ? '' : '/{id}'}${sub === undefined ? '' : `/${sub}`}`, id: id ?? '' };
}

/** The methods Dwolla allows on `path`, when it is one the fake serves. */
export function allowedMethods(path: string): readonly string[] | undefined {
  const route = templateOf(path);
  return route && methodsByPath[route.template];
}

/** The fake's API routes, after the token, version, method and media type checks. */
export function fakeDwollaRoutes(context: FakeDwollaContext, method: string, path: string, query: URLSearchParams, body: unknown): FakeDwollaAnswer {
  const route = templateOf(path);
  if (!route) return notFoundAnswer();
  const { id } = route;
  switch (`${method} ${route.template}`) {
    case 'GET /exchange-partners':
      return listPartnersAnswer(context.baseUrl);
    case 'POST /customers/{id}/exchange-sessions':
      return createSessionAnswer(context, id, body);
    case 'GET /exchange-sessions/{id}':
      return retrieveSessionAnswer(context, id);
    case 'POST /exchanges/{id}/exchange-sessions':
      return createReauthSessionAnswer(context, id);
    case 'GET /customers/{id}/available-exchange-connections':
      return availableConnectionsAnswer(context, id);
    case 'GET /customers/{id}/exchanges':
      return listExchangesAnswer(context, id, query);
    case 'POST /customers/{id}/exchanges':
      return createExchangeAnswer(context, id, body);
    case 'GET /customers/{id}/funding-sources':
      return listFundingSourcesAnswer(context, id, query);
    case 'POST /customers/{id}/funding-sources':
      return createFundingSourceAnswer(context, id, body);
    case 'GET /funding-sources/{id}':
      return retrieveFundingSourceAnswer(context, id);
    case 'POST /funding-sources/{id}':
      return removeFundingSourceAnswer(context, id, body);
    case 'GET /events/{id}':
      return retrieveEventAnswer(context, id);
    default:
      return notFoundAnswer();
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
