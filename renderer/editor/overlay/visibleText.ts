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

/**
 * The body's top-level blocks that intersect the viewport, widened by half a screen. Blocks
 * are in reading order top to bottom, so the first one on screen is found by binary search:
 * a dozen box reads instead of one per block of a long article.
 */
export function blocksNearViewport(root: HTMLElement): HTMLElement[] {
  const margin = window.innerHeight / 2;
  const blocks = root.children;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (blocks[middle].getBoundingClientRect().bottom < -margin) low = middle + 1;
    else high = middle;
  }
  const out: HTMLElement[] = [];
  for (let index = low; index < blocks.length; index += 1) {
    const block = blocks[index] as HTMLElement;
    if (block.getBoundingClientRect().top > window.innerHeight + margin) break;
    out.push(block);
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

/** Where a layer's absolutely placed children are measured from: its padding box, inside the border. */
export function layerOrigin(layer: HTMLElement): DOMRect {
  const rect = layer.getBoundingClientRect();
  return new DOMRect(rect.left + layer.clientLeft, rect.top + layer.clientTop, rect.width, rect.height);
}

/**
 * Calls `onChange` whenever what is drawn over the body may have moved without an edit: a
 * scroll, a resize of the window or the body (a new text size), a change of the page's
 * direction, language or theme (the body's padding changes sides with the UI language), or a
 * font that arrived late (the text re-wraps in it).
 */
export function watchLayout(root: HTMLElement, onChange: () => void): () => void {
  window.addEventListener('scroll', onChange, true);
  window.addEventListener('resize', onChange);
  const resizes = new ResizeObserver(onChange);
  resizes.observe(root);
  const page = new MutationObserver(onChange);
  page.observe(document.documentElement, { attributes: true, attributeFilter: ['dir', 'lang', 'data-theme', 'style'] });
  document.fonts.addEventListener('loadingdone', onChange);
  return () => {
    document.fonts.removeEventListener('loadingdone', onChange);
    window.removeEventListener('scroll', onChange, true);
    window.removeEventListener('resize', onChange);
    resizes.disconnect();
    page.disconnect();
  };
}
