import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bumped when the layout changes, so cached cards are replaced. */
const LAYOUT_VERSION = 2;
const FONT = 'ALG Card Sans';
const BOLD = 'ALG Card Sans Bold';

const require = createRequire(import.meta.url);
let fontsLoaded = false;

/** Registers the bundled DejaVu Sans faces once; no font is fetched from the network. */
function loadFonts(): void {
  if (fontsLoaded) return;
  GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), FONT);
  GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), BOLD);
  fontsLoaded = true;
}

export interface CardContent {
  /** "I attended", "I completed", … */
  headline: string;
  participantName: string;
  interactionName: string;
  organizationName: string;
  /** A date line such as "18 November 2026", or empty. */
  dateLine: string;
}

/** Identifies the rendered image: same content, same tag. */
export function cardTag(content: CardContent): string {
  return createHash('sha256').update(JSON.stringify([LAYOUT_VERSION, content])).digest('base64url').slice(0, 27);
}

/** Breaks text into at most `maxLines` lines of the given width, ending the last with an ellipsis when cut. */
export function wrap(ctx: SKRSContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [index, word] of words.entries()) {
    const candidate = current ? `${current} ${word}` : word;
    if (ctx.measureText(candidate).width <= width || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      current = '';
      const rest = words.slice(index).join(' ');
      lines[maxLines - 1] = ellipsize(ctx, `${lines[maxLines - 1]} ${rest}`, width);
      break;
    }
  }
  if (current) lines.push(ellipsize(ctx, current, width));

  return lines.slice(0, maxLines);
}

function ellipsize(ctx: SKRSContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = [...text];
  while (cut.length > 1 && ctx.measureText(`${cut.join('')}…`).width > width) cut = cut.slice(0, -1);

  return `${cut.join('').trimEnd()}…`;
}

/** Draws the 1200 × 630 card (the Open Graph size) and encodes it as PNG. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  loadFonts();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext('2d');
  const background = ctx.createLinearGradient(0, 0, CARD_WIDTH, CARD_HEIGHT);
  background.addColorStop(0, '#0f2b46');
  background.addColorStop(1, '#1f6f8b');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = '#f4b942';
  ctx.fillRect(80, 96, 96, 8);

  const left = 80;
  const width = CARD_WIDTH - 160;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#cfe3ee';
  ctx.font = `36px "${FONT}"`;
  ctx.fillText(content.headline, left, 170);

  ctx.fillStyle = '#ffffff';
  ctx.font = `68px "${BOLD}"`;
  const titleLines = wrap(ctx, content.interactionName, width, 2);
  titleLines.forEach((line, index) => ctx.fillText(line, left, 260 + index * 84));

  const nameTop = 260 + titleLines.length * 84 + 40;
  ctx.font = `44px "${BOLD}"`;
  ctx.fillStyle = '#f4b942';
  ctx.fillText(ellipsize(ctx, content.participantName, width), left, nameTop);

  ctx.font = `30px "${FONT}"`;
  ctx.fillStyle = '#cfe3ee';
  const footer = [content.organizationName, content.dateLine].filter(Boolean).join('  ·  ');
  ctx.fillText(ellipsize(ctx, footer, width), left, CARD_HEIGHT - 72);

  return canvas.encode('png');
}
