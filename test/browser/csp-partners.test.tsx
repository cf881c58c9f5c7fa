import { composeStories } from '@storybook/react-vite';
import { configure, within } from 'storybook/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeCspSources } from '../../src/server/csp';
import * as partnerStories from '../../stories/ExchangeSessionLauncher.stories';
import { storyBackend } from '../../stories/support/story-backend';
import { mount, startWorker } from './support';

// Each partner's story under the policy an app builds from exchangeCspSources, plus 'self': the
// page's own origin, which serves the app, its backend (mocked by MSW) and the fake MX Connect page.
// The fake partner scripts are served at the partners' real CDN URLs, so the policy is checked
// against the URLs a real page loads.
const { worker } = startWorker();
const { MxEmbed, PlaidAutoOpen, CheckoutFlow } = composeStories(partnerStories);
const sources = exchangeCspSources({ partners: ['mx', 'plaid', 'checkout'], environment: 'sandbox' });
const policy = Object.entries(sources)
  .map(([directive, list]) => `${directive} 'self' ${list.join(' ')}`)
  .join('; ');

const violations: string[] = [];
const record = (event: SecurityPolicyViolationEvent) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
let meta: HTMLMetaElement;

beforeAll(() => {
  // As in .storybook/preview.tsx: the stories' play functions wait longer than 1 s on a cold machine.
  configure({ asyncUtilTimeout: 5000 });
  document.addEventListener('securitypolicyviolation', record);
  meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
});
afterAll(() => {
  document.removeEventListener('securitypolicyviolation', record);
});

/** Resolves with the violation a script from outside the policy reports: the policy is in force. */
function blockedScript(src: string): Promise<string> {
  return new Promise((resolve) => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      document.removeEventListener('securitypolicyviolation', onViolation);
      resolve(`${event.effectiveDirective} ${event.blockedURI}`);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    const script = document.createElement('script');
    script.src = src;
    document.head.append(script);
  });
}

describe('the partners’ stories under the Content-Security-Policy of exchangeCspSources', () => {
  it('is in force: a script from another host is blocked and reported', async () => {
    expect(await blockedScript('https://evil.example/skim.js')).toBe('script-src-elem https://evil.example/skim.js');
    violations.length = 0;
  });

  it.each([
    ['MX (embedded)', MxEmbed],
    ['Plaid', PlaidAutoOpen],
    ['Checkout.com', CheckoutFlow],
  ])('runs %s to its end with no violation', async (_partner, Story) => {
    // Rendered by this project's React (not Storybook's renderer), with the story's args, backend and play.
    worker.use(...storyBackend());
    const { container } = mount(<Story />);
    await Story.play?.({ canvasElement: container, canvas: within(container), args: Story.args });
    expect(violations).toEqual([]);
  });
});
