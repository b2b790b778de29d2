import '@testing-library/jest-dom/vitest';
import '@/lib/query-meta';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// antd renders slowly in the test DOM: allow findBy*/waitFor more than the default second.
configure({ asyncUtilTimeout: 10000 });

// the test DOM lacks these; antd's Grid, Table and Select use them.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: /min-width:\s*(\d+)/.test(query) ? Number(/min-width:\s*(\d+)/.exec(query)?.[1]) <= 1440 : false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
// antd measures scrollbars through getComputedStyle with a pseudo-element, which the test DOM does not implement.
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
