import { useEffect, useRef, useState } from 'preact/hooks';
import { createPortal } from 'preact/compat';
import QRCode from 'qrcode';
import { joinLink } from '../state/joinLink';
import './codeSheet.css';

export interface SheetCard {
  /** Team id (or role), for the card's test id. */
  key: string;
  name: string;
  code: string;
}

/** The body class that tells the print stylesheet to print the sheet alone. */
const PRINTING = 'printing-code-sheet';

/**
 * A printable sheet, one card per team: the server's address, the team, its join code and a QR code of a link that
 * opens the sign-in page with the code filled in. The QR codes are drawn here in the browser (npm qrcode) as PNG
 * data URLs, which the page's Content-Security-Policy already allows for images (img-src 'self' data:); no code
 * leaves the browser to be rendered. While open it takes the console's place; printed, only the cards are printed.
 */
export function CodeSheet({ title, cards, onClose }: { title: string; cards: SheetCard[]; onClose: () => void }) {
  const origin = location.origin;
  const printButton = useRef<HTMLButtonElement>(null);
  // The sheet takes the page while open; closing it puts the console back where it was.
  useEffect(() => {
    const scrolled = window.scrollY;
    document.body.classList.add(PRINTING);
    window.scrollTo(0, 0);
    printButton.current?.focus();
    return () => {
      document.body.classList.remove(PRINTING);
      window.scrollTo(0, scrolled);
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return createPortal(
    <div class="code-sheet-overlay" role="dialog" aria-modal="true" aria-labelledby="code-sheet-title" data-testid="code-sheet">
      <div class="code-sheet-bar no-print">
        <h2 id="code-sheet-title">Code sheet · {title}</h2>
        <span class="muted small">Cut along the lines; each team gets its card. Anyone holding a card can join as that team.</span>
        <button type="button" ref={printButton} data-testid="code-sheet-print" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" class="secondary" data-testid="code-sheet-close" onClick={onClose}>
          Close
        </button>
      </div>
      <div class="code-cards">
        {cards.map((c) => (
          <CodeCard key={c.key} card={c} origin={origin} title={title} />
        ))}
      </div>
    </div>,
    document.body,
  );
}

function CodeCard({ card, origin, title }: { card: SheetCard; origin: string; title: string }) {
  const link = joinLink(origin, card.code);
  const [qr, setQr] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 1, width: 320 })
      .then((url) => live && setQr(url))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [link]);
  return (
    <article class="code-card" data-testid={`code-card-${card.key}`}>
      <div class="code-card-text">
        <p class="code-card-exercise">{title}</p>
        <h3 class="code-card-team">{card.name}</h3>
        <p class="code-card-label">Join code</p>
        <p class="code-card-code" data-testid={`code-card-code-${card.key}`}>
          {card.code}
        </p>
        <p class="code-card-label">Server</p>
        <p class="code-card-server">{origin}</p>
        <p class="code-card-help">Open the server in a browser, enter the code and your name — or scan the QR code.</p>
      </div>
      {qr ? (
        <img class="code-card-qr" src={qr} alt={`QR code: ${link}`} width={140} height={140} data-testid={`code-card-qr-${card.key}`} />
      ) : (
        <div class="code-card-qr muted small">{failed ? 'QR code could not be drawn; use the code.' : 'Drawing QR code…'}</div>
      )}
    </article>
  );
}
