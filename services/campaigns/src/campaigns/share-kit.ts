import { DomainError, type Network } from '@alg/service-kit';

/** Placeholders a post template may use. */
export const placeholders = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'interactionName',
  'campaignName',
  'organizationName',
  'link',
] as const;
export type Placeholder = (typeof placeholders)[number];
export type PlaceholderValues = Record<Placeholder, string>;

/** X counts every URL as 23 characters (its t.co wrapping) within a 280-character post. */
export const X_MAX_LENGTH = 280;
export const X_URL_LENGTH = 23;

const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!);
}

/** Length of a post as X counts it: code points, with each link as 23. */
export function xLength(text: string, links: string[]): number {
  let length = [...text].length;
  for (const link of links) {
    const occurrences = text.split(link).length - 1;
    length -= occurrences * ([...link].length - X_URL_LENGTH);
  }

  return length;
}

/**
 * Rejects a template with an unknown placeholder, or an X post that cannot
 * fit 280 characters even with short values (names at 20 characters each).
 */
export function validateTemplate(network: Network, template: string): void {
  if (template.trim().length === 0) {
    throw DomainError.invalid(`shareKit.${network}`, template, 'write the text of the post.');
  }
  for (const name of placeholdersIn(template)) {
    if (!(placeholders as readonly string[]).includes(name)) {
      throw DomainError.invalid(
        `shareKit.${network}`,
        `{${name}}`,
        `unknown placeholder; use one of ${placeholders.map((p) => `{${p}}`).join(', ')}.`,
      );
    }
  }
  if (network === 'x') {
    const sample = 'x'.repeat(20);
    const link = 'https://l.example/r/XXXXXXXXXX';
    const rendered = renderTemplate(template, {
      firstName: sample,
      lastName: sample,
      fullName: sample,
      company: sample,
      interactionName: sample,
      campaignName: sample,
      organizationName: sample,
      link,
    });
    const length = xLength(rendered, [link]);
    if (length > X_MAX_LENGTH) {
      throw DomainError.invalid(
        'shareKit.x',
        template.slice(0, 40) + '…',
        `the post is ${length} characters with 20-character names and the link counted as ${X_URL_LENGTH}; X allows ${X_MAX_LENGTH}.`,
      );
    }
  }
}

export function renderTemplate(template: string, values: PlaceholderValues): string {
  return template.replace(PLACEHOLDER_PATTERN, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as Placeholder] : whole,
  );
}

/** The URL that opens the network's own share dialog with the post prefilled. */
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
