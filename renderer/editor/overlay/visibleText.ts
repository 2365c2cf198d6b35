/**
 * Finding characters of the body on screen, for layers drawn over the text (invisible
 * characters, spelling underlines). Only blocks in or near the viewport are read, so a
 * 20,000-word article costs what its visible screenful costs. Positions are measured boxes,
 * hence physical `left`/`top` relative to the layer's container.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The body's top-level blocks that intersect the viewport, widened by half a screen. */
export function blocksNearViewport(root: HTMLElement): HTMLElement[] {
  const margin = window.innerHeight / 2;
  const out: HTMLElement[] = [];
  for (const child of Array.from(root.children) as HTMLElement[]) {
    const rect = child.getBoundingClientRect();
    if (rect.bottom < -margin) continue;
    if (rect.top > window.innerHeight + margin) break;
    out.push(child);
  }
  return out;
}

/** Each DOM text node under `block`, in order. */
export function textNodesOf(block: HTMLElement): Text[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The box of `[start, end)` of a text node, relative to `origin`; the first line's box if it wraps. */
export function boxOf(text: Text, start: number, end: number, origin: DOMRect): Box | null {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (!rect || (rect.width === 0 && rect.height === 0)) return null;
  return { left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height };
}

/** Calls `run` once per animation frame at most, however often it is asked. */
export function frameThrottled(run: () => void): { schedule: () => void; cancel: () => void } {
  let frame = 0;
  return {
    schedule: () => {
      if (frame === 0) frame = requestAnimationFrame(() => {
        frame = 0;
        run();
      });
    },
    cancel: () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
