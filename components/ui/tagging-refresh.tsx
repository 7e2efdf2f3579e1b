'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** While a corpus's terms are being extracted, fetches the view again every few seconds so its charts fill in. */
export function TaggingRefresh({ seconds = 3 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
