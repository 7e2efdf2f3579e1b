'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type MouseEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { saveBlob } from '@/components/ui/download';

export interface Slide {
  id: string;
  title: string;
  content: ReactNode;
}

export interface SlideDeckProps {
  slides: Slide[];
  /** 0-based slide shown first. */
  initial: number;
  /** The URL of each slide, the rest of the query kept. */
  hrefs: string[];
  /** The dashboard with the same query, where Esc goes. */
  exitHref: string;
  name: string;
  /** Every slide the presenter may show or leave out, with the URL that toggles it. */
  choices: SlideChoice[];
  /** Base name of the downloaded files. */
  filename: string;
}

export interface SlideChoice {
  id: string;
  title: string;
  shown: boolean;
  href: string;
}

/** A file name from a deck's name: letters, digits, dashes. */
function fileBase(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .split(/[\s_-]+/)
      .filter(Boolean)
      .slice(0, 8)
      .join('-') || 'slides'
  );
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Shows one slide at a time; arrows, PageUp/PageDown, space, Home/End, F for full screen, Esc to leave. */
export function SlideDeck({ slides, initial, hrefs, exitHref, name, choices, filename }: SlideDeckProps) {
  const router = useRouter();
  const deck = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(initial);
  const last = slides.length - 1;

  const go = useCallback(
    (next: number) => {
      const target = Math.max(0, Math.min(last, next));
      setIndex(target);
      const href = hrefs[target];
      if (href) window.history.replaceState(window.history.state, '', href);
    },
    [hrefs, last],
  );

  const toggleFullscreen = useCallback(() => {
    const done = document.fullscreenElement
      ? document.exitFullscreen()
      : deck.current?.requestFullscreen({ navigationUI: 'hide' });
    // Refused when the browser does not allow it here; the slides work the same without.
    done?.catch(() => undefined);
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
        return;
      }
      const onControl = event.target instanceof Element && !!event.target.closest('a, button, summary');
      let handled = true;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          go(index + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          go(index - 1);
          break;
        case ' ':
          if (onControl) handled = false;
          else go(event.shiftKey ? index - 1 : index + 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(last);
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case 'Escape':
          if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
          else router.push(exitHref);
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, last, exitHref, router, toggleFullscreen]);

  function step(event: MouseEvent<HTMLAnchorElement>, next: number) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go(next);
  }

  const [busy, setBusy] = useState<'pdf' | 'pptx' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function save(kind: 'pdf' | 'pptx') {
    setBusy(kind);
    setFailure(null);
    try {
      const [{ collectDeck }, files] = await Promise.all([
        import('@/components/slides/deck-export'),
        import('@/components/slides/deck-files'),
      ]);
      const deckSlides = await collectDeck(deck.current ?? document);
      const blob =
        kind === 'pdf'
          ? await files.deckPdf(deckSlides, filename)
          : await files.deckPptx(deckSlides, filename);
      saveBlob(blob, `${fileBase(filename)}-slides.${kind}`);
    } catch (error) {
      setFailure(
        `The ${kind.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(null);
    }
  }

  const current = slides[index];
  return (
    <div ref={deck} className="slides">
      {slides.map((slide, i) => (
        <section
          key={slide.id}
          className="slide"
          data-slide={slide.id}
          hidden={i !== index}
          aria-roledescription="slide"
          aria-label={`${slide.title}, ${i + 1} of ${slides.length}`}
        >
          {slide.content}
        </section>
      ))}
      <nav className="slide-controls" aria-label="Slides">
        <span className="slide-corpus">{name}</span>
        <a
          className="button"
          href={hrefs[Math.max(0, index - 1)]}
          onClick={(event) => step(event, index - 1)}
          aria-disabled={index === 0}
          aria-label="Previous slide"
        >
          ←
        </a>
        <span className="slide-count" aria-live="polite" aria-atomic="true">
          <span className="sr-only">{current?.title}, slide </span>
          {index + 1} / {slides.length}
        </span>
        <a
          className="button"
          href={hrefs[Math.min(last, index + 1)]}
          onClick={(event) => step(event, index + 1)}
          aria-disabled={index === last}
          aria-label="Next slide"
        >
          →
        </a>
        <details className="slide-choices">
          <summary className="button">Slides</summary>
          <ul aria-label="Slides in the deck">
            {choices.map((choice) => (
              <li key={choice.id}>
                <a
                  href={choice.href}
                  aria-label={`${choice.shown ? 'Leave out' : 'Show'} ${choice.title}`}
                  data-choice={choice.id}
                  data-shown={choice.shown}
                >
                  <span aria-hidden="true">{choice.shown ? '☑' : '☐'}</span> {choice.title}
                </a>
              </li>
            ))}
          </ul>
        </details>
        <button type="button" className="button" onClick={() => save('pdf')} disabled={busy !== null}>
          {busy === 'pdf' ? 'Making PDF…' : 'PDF'}
        </button>
        <button type="button" className="button" onClick={() => save('pptx')} disabled={busy !== null}>
          {busy === 'pptx' ? 'Making PPTX…' : 'PPTX'}
        </button>
        {failure ? (
          <span role="alert" className="slide-failure">
            {failure}
          </span>
        ) : null}
        <button type="button" className="button" onClick={toggleFullscreen}>
          Full screen
        </button>
        <Link className="button" href={exitHref}>
          Leave
        </Link>
      </nav>
    </div>
  );
}
