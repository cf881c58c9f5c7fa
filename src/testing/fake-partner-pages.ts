import { fakeMxConnectPage, fakeMxConnectPath } from './fake-mx-connect.ts';

/** The part of a Vite dev or preview server that {@link fakePartnerPages} uses, typed without depending on Vite. */
export interface FakePartnerPagesServer {
  middlewares: {
    use(path: string, handle: (request: unknown, response: { setHeader(name: string, value: string): unknown; end(body: string): unknown }) => void): unknown;
  };
}

/** The part of a Vite plugin that {@link fakePartnerPages} is, typed without depending on Vite. */
export interface FakePartnerPagesPlugin {
  name: string;
  apply: 'serve';
  configureServer(server: FakePartnerPagesServer): void;
  configurePreviewServer(server: FakePartnerPagesServer): void;
}

/**
 * A Vite plugin that serves the fake MX Connect page ({@link fakeMxConnectPage}) at
 * {@link fakeMxConnectPath}, in the dev server (Vitest browser mode, Storybook) and in
 * `vite preview`, where a production build runs. It must be a real page: MSW lets navigations,
 * iframes' included, through to the network. For another server, see `fakePartnerResponse`.
 */
export function fakePartnerPages(): FakePartnerPagesPlugin {
  const serve = (server: FakePartnerPagesServer) => {
    server.middlewares.use(fakeMxConnectPath, (_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(fakeMxConnectPage());
    });
  };
  return { name: 'react-dwolla-exchange:fake-partner-pages', apply: 'serve', configureServer: serve, configurePreviewServer: serve };
}
