import { FakeMode } from '@/fake/fake-mode';
import 'react-dwolla-exchange/styles.css';
import './app.css';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body><main><nav className="dwx"><a href="/">Link an account</a> · <a href="/linked">Linked accounts</a></nav><FakeMode>{children}</FakeMode></main></body></html>;
}
