import { useEffect, useRef } from 'react';
import type { PartnerReporter } from '../types';
import { readMemberConnected, readMxMessage } from './mx-message';

interface MxEmbedProps {
  sessionId: string;
  url: URL;
  report: PartnerReporter;
  title: string;
}

/**
 * MX Connect in an iframe. Messages count only when they come from that iframe's window and
 * origin: any other frame on the page could post look-alike `mx/connect/…` messages.
 */
export function MxEmbed({ sessionId, url, report, title }: MxEmbedProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const opened = useRef(false);
  const connected = useRef(false);

  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    report.event({ type: 'opened', partner: 'mx', sessionId });
  }, [sessionId, report]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== url.origin || !frame.current || event.source !== frame.current.contentWindow) return;
      const message = readMxMessage(event.data);
      if (!message) return;
      report.event({ type: 'partnerEvent', partner: 'mx', sessionId, name: message.type, metadata: message.metadata });
      const member = readMemberConnected(message);
      if (member && !connected.current) {
        connected.current = true;
        report.success({ partner: 'mx', sessionId, ...member });
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [sessionId, url, report]);

  return (
    // The size attributes hold without the stylesheet and lose to any CSS (the stylesheet's
    // `--dwx-mx-frame-height`, the app's own rules), unlike an inline style.
    <iframe ref={frame} src={url.href} title={title} className="dwx-mx-frame" data-part="mx-frame" width="100%" height="600" />
  );
}
