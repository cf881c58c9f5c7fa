import { fakeMxConnectPage, fakeMxConnectPath } from './fake-mx-connect';

/** The part of a Vite plugin that {@link fakePartnerPages} is, typed without depending on Vite. */
export interface FakePartnerPagesPlugin {
  name: string;
  apply: 'serve';
  configureServer(server: {
    middlewares: {
      use(path: string, handle: (request: unknown, response: { setHeader(name: string, value: string): unknown; end(body: string): unknown }) => void): unknown;
    };
  }): void;
}

/**
 * A Vite plugin for dev servers (Vitest browser mode, Storybook) that serves the fake MX Connect
 * page at {@link fakeMxConnectPath}. It must be a real page: MSW lets navigations, iframes'
 * included, through to the network.
 */
export function fakePartnerPages(): FakePartnerPagesPlugin {
  return {
    name: 'react-dwolla-exchange:fake-partner-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(fakeMxConnectPath, (_request, response) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(fakeMxConnectPage());
      });
    },
  };
}
