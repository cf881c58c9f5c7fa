import { FakeMode } from '@/fake/fake-mode';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body><main><h1>Link an account</h1><FakeMode>{children}</FakeMode></main></body></html>;
}
