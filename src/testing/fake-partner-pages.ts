import type { Plugin } from 'vite';
import { fakeMxConnectPage, fakeMxConnectPath } from './fake-mx-connect';

/**
 * A Vite plugin for dev servers (Vitest browser mode, Storybook) that serves the fake MX Connect
 * page at {@link fakeMxConnectPath}. It must be a real page: MSW lets navigations, iframes'
 * included, through to the network.
 */
export function fakePartnerPages(): Plugin {
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
