import { vi } from 'vitest';

/**
 * happy-dom lays nothing out, so a virtualized list would see a viewport of 0 pixels and render no rows.
 * This gives elements with `className` a height (and everything else none), as a browser would.
 */
export function layOutScrollBox(className: string, height: number) {
  const heightOf = (element: HTMLElement) => (element.classList.contains(className) ? height : 0);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return heightOf(this);
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return heightOf(this) > 0 ? 1000 : 0;
  });
}
