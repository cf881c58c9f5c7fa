import type { ReactNode } from 'react';
import { FakeMode } from '@/fake/fake-mode';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <FakeMode>{children}</FakeMode>
      </body>
    </html>
  );
}
