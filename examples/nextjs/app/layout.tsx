import { FakeMode } from '@/fake/fake-mode';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body><main><nav><a href="/">Link an account</a> · <a href="/linked">Linked accounts</a></nav><FakeMode>{children}</FakeMode></main></body></html>;
}
