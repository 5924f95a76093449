import { DomainError, type Network } from '@alg/service-kit';

/** Placeholders a post template (and an e-mail subject) may use. */
export const placeholders = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'title',
  'interactionName',
  'campaignName',
  'organizationName',
  'link',
] as const;
export type Placeholder = (typeof placeholders)[number];
export type PlaceholderValues = Record<Placeholder, string>;

/** X allows 280 weighted characters and counts every URL as 23 (its t.co wrapping). */
export const X_MAX_LENGTH = 280;
export const X_URL_LENGTH = 23;
export const MAX_VARIANTS_PER_NETWORK = 5;

export interface ShareTemplateDraft {
  network: Network;
  template: string;
  subject?: string | null;
}

const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!);
}

/**
 * Weight of one code point as X counts it: 1 for Latin, punctuation and
 * general symbols, 2 for everything else (CJK, emoji).
 */
function xWeight(codePoint: number): number {
  const light =
    codePoint <= 0x10ff ||
    (codePoint >= 0x2000 && codePoint <= 0x200d) ||
    (codePoint >= 0x2010 && codePoint <= 0x201f) ||
    (codePoint >= 0x2032 && codePoint <= 0x2037);

  return light ? 1 : 2;
}

/** Length of a post as X counts it: weighted code points, with each given link as 23. */
export function xLength(text: string, links: string[]): number {
  let rest = text;
  let length = 0;
  for (const link of links) {
    const parts = rest.split(link);
    length += (parts.length - 1) * X_URL_LENGTH;
    rest = parts.join('');
  }
  for (const char of rest) length += xWeight(char.codePointAt(0)!);

  return length;
}

function assertPlaceholders(field: string, text: string): void {
  for (const name of placeholdersIn(text)) {
    if (!(placeholders as readonly string[]).includes(name)) {
      throw DomainError.invalid(
        field,
        `{${name}}`,
        `unknown placeholder; use one of ${placeholders.map((p) => `{${p}}`).join(', ')}.`,
      );
    }
  }
}

/** Values as long as realistic worst cases, to check that an X post still fits. */
const LONG_SAMPLE: PlaceholderValues = {
  firstName: 'x'.repeat(20),
  lastName: 'x'.repeat(20),
  fullName: 'x'.repeat(41),
  company: 'x'.repeat(20),
  title: 'x'.repeat(20),
  interactionName: 'x'.repeat(20),
  campaignName: 'x'.repeat(20),
  organizationName: 'x'.repeat(20),
  link: 'https://l.example/r/XXXXXXXXXX',
};

/**
 * Rejects a template with an unknown placeholder, or an X post that cannot
 * fit 280 characters with 20-character values and the link counted as 23.
 */
export function validateTemplate(network: Network, template: string, subject?: string | null): void {
  const field = `shareKit.${network}`;
  if (template.trim().length === 0) throw DomainError.invalid(field, template, 'write the text of the post.');
  assertPlaceholders(field, template);
  if (subject !== undefined && subject !== null) {
    if (network !== 'email') {
      throw DomainError.invalid(`${field}.subject`, subject, 'only an EMAIL variant has a subject.');
    }
    assertPlaceholders(`${field}.subject`, subject);
  }
  if (network === 'x') {
    const length = xLength(renderTemplate(template, LONG_SAMPLE), [LONG_SAMPLE.link]);
    if (length > X_MAX_LENGTH) {
      throw DomainError.invalid(
        'shareKit.x',
        template.length > 40 ? `${template.slice(0, 40)}…` : template,
        `the post is ${length} characters with 20-character names and the link counted as ${X_URL_LENGTH}; X allows ${X_MAX_LENGTH}.`,
      );
    }
  }
}

/** Validates a whole kit: at least one post, at most five variants per network. */
export function validateShareKit(kit: ShareTemplateDraft[]): void {
  if (kit.length === 0) throw DomainError.invalid('shareKit', [], 'give at least one post.');
  const counts = new Map<Network, number>();
  for (const draft of kit) {
    const count = (counts.get(draft.network) ?? 0) + 1;
    counts.set(draft.network, count);
    if (count > MAX_VARIANTS_PER_NETWORK) {
      throw DomainError.invalid(
        'shareKit',
        draft.network.toUpperCase(),
        `give at most ${MAX_VARIANTS_PER_NETWORK} variants per network.`,
      );
    }
    validateTemplate(draft.network, draft.template, draft.subject);
  }
}

export function renderTemplate(template: string, values: PlaceholderValues): string {
  return template.replace(PLACEHOLDER_PATTERN, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as Placeholder] : whole,
  );
}

/** Builds the URL that opens the network's own share dialog with the post prefilled. */
export function shareIntentUrl(network: Network, text: string, link: string, subject: string): string {
  switch (network) {
    case 'linkedin':
      return `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(text)}`;
    case 'x':
      return `https://x.com/intent/post?text=${encodeURIComponent(text)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`;
    case 'email':
      return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  }
}
