import type { ReceivedAnswer, SentRequest } from './dwolla-api-document';

/** A request and the answer it got. */
export interface RecordedCall {
  request: SentRequest;
  answer: ReceivedAnswer;
}

/** A `fetch` that sends as the global one does and records each request, as sent, with its answer. */
export function recordingFetch(calls: RecordedCall[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = await request.clone().text();
    const response = await fetch(request);
    calls.push({
      request: { method: request.method, url: request.url, headers: request.headers, body },
      answer: { status: response.status, headers: response.headers, body: await response.clone().text() },
    });
    return response;
  };
}
