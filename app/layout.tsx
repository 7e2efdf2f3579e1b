import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import './globals.css';

export const metadata: Metadata = {
  title: 'Paperscope',
  description: 'What a body of papers is about, how it moves, who writes it, and how much of it ships code.',
};

// Runs before the first paint so a stored theme never flashes the other one; the key matches ThemeToggle's.
const THEME_SCRIPT = `try{var t=localStorage.getItem('paperscope-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed script of our own, needed before hydration */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
              <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
              <path d="M15 15l6 6" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
              <path
                d="M7 12V9M10 12V7M13 12v-2"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
              />
            </svg>
            Paperscope
          </Link>
          <nav className="site-nav" aria-label="Main">
            <Link href="/">Shipped corpus</Link>
            <Link href="/corpora">Corpora</Link>
            <Link href="/import">Import</Link>
          </nav>
          <ThemeToggle />
        </header>
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
