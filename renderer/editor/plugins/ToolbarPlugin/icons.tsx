/**
 * Toolbar glyphs as inline SVG (no icon font, no network). `mirror` icons point the other way
 * in right-to-left pages, like undo/redo arrows and list bullets do in Persian software.
 */
import type { ReactNode } from 'react';

function Icon({ children, mirror = false }: { children: ReactNode; mirror?: boolean }) {
  return (
    <svg
      className={mirror ? 'tb-icon tb-icon--mirror' : 'tb-icon'}
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const UndoIcon = () => (
  <Icon mirror>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon mirror>
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon mirror>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <circle cx="4.5" cy="6" r="1" fill="currentColor" />
    <circle cx="4.5" cy="12" r="1" fill="currentColor" />
    <circle cx="4.5" cy="18" r="1" fill="currentColor" />
  </Icon>
);

// Row marks drawn as "1." ticks rather than digits, so the icon can mirror without a
// back-to-front numeral.
export const NumberedListIcon = () => (
  <Icon mirror>
    <path d="M10 6h10M10 12h10M10 18h10" />
    <path d="M4.5 4.5v3M4.5 10.5v3M4.5 16.5v3" strokeWidth="1.6" />
    <circle cx="6.8" cy="7.3" r=".6" fill="currentColor" stroke="none" />
    <circle cx="6.8" cy="13.3" r=".6" fill="currentColor" stroke="none" />
    <circle cx="6.8" cy="19.3" r=".6" fill="currentColor" stroke="none" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M7 7H4v5h3v3l3-3V7z" />
    <path d="M17 7h-3v5h3v3l3-3V7z" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
  </Icon>
);

export const UnlinkIcon = () => (
  <Icon>
    <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
    <path d="M4 4l16 16" />
  </Icon>
);
