import { useEffect, useState } from 'react';

/** Seconds left until `until` (epoch ms), ticking each second; 0 when there is nothing to wait for. */
export function useCountdown(until: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  const active = until !== undefined && until > now;
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
