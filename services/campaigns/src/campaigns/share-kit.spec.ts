import { DomainError, type Network } from '@alg/service-kit';
import {
  type PlaceholderValues,
  placeholdersIn,
  renderTemplate,
  shareIntentUrl,
  validateShareKit,
  validateTemplate,
  X_MAX_LENGTH,
  X_URL_LENGTH,
  xLength,
} from './share-kit.js';

const values: PlaceholderValues = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  fullName: 'Ada Lovelace',
  company: 'Analytical Engines',
  title: 'Programmer',
  interactionName: 'the keynote',
  campaignName: 'Spring summit',
  organizationName: 'Acme',
  link: 'https://l.example/r/Ab3dEf7hJk',
};

/** Runs validateTemplate and returns what it throws, or fails the test when it returns. */
function captureTemplateError(network: Network, template: string): unknown {
  try {
    validateTemplate(network, template);
  } catch (error) {
    return error;
  }
  throw new Error(`validateTemplate accepted ${JSON.stringify(template)}`);
}

describe('placeholdersIn', () => {
  it.each([
    ['Hello {firstName}', ['firstName']],
    ['{fullName} of {company}: {link}', ['fullName', 'company', 'link']],
    ['{link} and {link}', ['link', 'link']],
    ['No placeholders here', []],
    ['Empty {} braces', ['']],
    ['Doubled {{link}}', ['link']],
    ['Unclosed {link', []],
    ['Spaced { link }', [' link ']],
  ])('finds in %j', (template, expected) => {
    expect(placeholdersIn(template)).toEqual(expected);
  });
});

describe('renderTemplate', () => {
  it.each([
    ['{firstName} joined {interactionName}', 'Ada joined the keynote'],
    [
      '{fullName} of {company} at {campaignName} by {organizationName}',
      'Ada Lovelace of Analytical Engines at Spring summit by Acme',
    ],
    ['{link} {link}', 'https://l.example/r/Ab3dEf7hJk https://l.example/r/Ab3dEf7hJk'],
    ['Hi {nickname}', 'Hi {nickname}'],
    ['Hi {toString}', 'Hi {toString}'],
    ['{lastName}', 'Lovelace'],
  ])('renders %j', (template, expected) => {
    expect(renderTemplate(template, values)).toBe(expected);
  });

  it('inserts replacement patterns literally', () => {
    expect(renderTemplate('{company}', { ...values, company: "$& $' $1" })).toBe("$& $' $1");
  });

  it('leaves placeholders inside values', () => {
    expect(renderTemplate('{company}', { ...values, company: 'Team {link}' })).toBe('Team {link}');
  });
});

describe('xLength', () => {
  it.each([
    ['plain text', 'Hello world', [], 11],
    ['accented letters', 'Zoë à Montréal', [], 14],
    [
      'long link as 23',
      'Read https://summit.example/2025/spring/keynote-recording',
      ['https://summit.example/2025/spring/keynote-recording'],
      5 + 23,
    ],
    ['short link as 23', 'See https://a.io', ['https://a.io'], 4 + 23],
    ['repeated link', `${values.link} ${values.link}`, [values.link], 23 + 1 + 23],
    ['link not in text', 'Hello', [values.link], 5],
  ])('counts %s', (_case, text, links, expected) => {
    expect(xLength(text, links)).toBe(expected);
  });

  // X weighs each code point outside its single-weight ranges (Latin, general punctuation and a few
  // others) as two characters, so Chinese, Japanese, Korean and emoji count double.
  it('counts CJK characters double', () => {
    expect(xLength('日本語', [])).toBe(6);
  });

  it('counts an emoji double', () => {
    expect(xLength('🎉', [])).toBe(2);
  });
});

describe('validateTemplate', () => {
  const networks: Network[] = ['linkedin', 'x', 'facebook', 'email'];

  it.each(networks)('accepts every placeholder on %s', (network) => {
    const template =
      'I am {firstName} {lastName} ({fullName}) from {company}, at {interactionName} of {campaignName} by {organizationName}: {link}';

    expect(() => validateTemplate(network, template)).not.toThrow();
  });

  it.each(networks)('rejects blank template on %s', (network) => {
    expect(captureTemplateError(network, '  \n ')).toBeInstanceOf(DomainError);
  });

  it.each(networks)('rejects unknown placeholder on %s', (network) => {
    expect(captureTemplateError(network, 'Thanks {nickname}!')).toBeInstanceOf(DomainError);
  });

  it('names unknown placeholder in message', () => {
    expect((captureTemplateError('linkedin', 'Thanks {nickname}!') as Error).message).toContain('"{nickname}"');
  });

  it('names the network field', () => {
    expect(captureTemplateError('email', 'Thanks {nickname}!')).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'shareKit.email' },
    });
  });

  it('rejects empty placeholder', () => {
    expect((captureTemplateError('x', 'Thanks {}') as Error).message).toContain('"{}"');
  });

  it('has the X limits', () => {
    expect([X_MAX_LENGTH, X_URL_LENGTH]).toEqual([280, 23]);
  });

  it.each([
    ['280 plain characters', 'a'.repeat(280)],
    ['257 characters and link', `${'a'.repeat(257)}{link}`],
    ['260 characters and name', `${'a'.repeat(260)}{firstName}`],
    ['280 characters with accents', 'é'.repeat(280)],
  ])('accepts X post of %s', (_case, template) => {
    expect(() => validateTemplate('x', template)).not.toThrow();
  });

  it.each([
    ['281 plain characters', 'a'.repeat(281)],
    ['258 characters and link', `${'a'.repeat(258)}{link}`],
    ['261 characters and name', `${'a'.repeat(261)}{firstName}`],
  ])('rejects X post of %s', (_case, template) => {
    expect(captureTemplateError('x', template)).toBeInstanceOf(DomainError);
  });

  it('reports the X length', () => {
    expect((captureTemplateError('x', 'a'.repeat(281)) as Error).message).toContain('the post is 281 characters');
  });

  it.each(['linkedin', 'facebook', 'email'] as Network[])('accepts 281 characters on %s', (network) => {
    expect(() => validateTemplate(network, 'a'.repeat(281))).not.toThrow();
  });
});

describe('shareIntentUrl', () => {
  const text = 'Ada & Grace: 100% at #summit?\nJoin + see https://l.example/r/Ab3dEf7hJk 🎉';
  const link = 'https://l.example/r/Ab3dEf7hJk?utm_source=x&utm_medium=social';
  const subject = 'Join me at Spring summit & more';

  it.each([
    ['linkedin', 'https://www.linkedin.com/feed/'],
    ['x', 'https://x.com/intent/post'],
    ['facebook', 'https://www.facebook.com/sharer/sharer.php'],
    ['email', 'mailto:'],
  ] as [Network, string][])('opens %s share dialog', (network, prefix) => {
    expect(shareIntentUrl(network, text, link, subject).split('?')[0]).toBe(prefix);
  });

  it.each(['linkedin', 'x'] as Network[])('carries %s text intact', (network) => {
    expect(new URL(shareIntentUrl(network, text, link, subject)).searchParams.get('text')).toBe(text);
  });

  it('keeps LinkedIn share active', () => {
    expect(new URL(shareIntentUrl('linkedin', text, link, subject)).searchParams.get('shareActive')).toBe('true');
  });

  it('encodes X text exactly', () => {
    expect(shareIntentUrl('x', 'Hi & bye #1', link, subject)).toBe(
      'https://x.com/intent/post?text=Hi%20%26%20bye%20%231',
    );
  });

  it('carries Facebook link intact', () => {
    expect(new URL(shareIntentUrl('facebook', text, link, subject)).searchParams.get('u')).toBe(link);
  });

  it('sends only one Facebook parameter', () => {
    expect([...new URL(shareIntentUrl('facebook', text, link, subject)).searchParams.keys()]).toEqual(['u']);
  });

  it('carries email body intact', () => {
    expect(new URL(shareIntentUrl('email', text, link, subject)).searchParams.get('body')).toBe(text);
  });

  it('carries email subject intact', () => {
    expect(new URL(shareIntentUrl('email', text, link, subject)).searchParams.get('subject')).toBe(subject);
  });

  it('encodes email spaces as %20', () => {
    expect(shareIntentUrl('email', 'a b', link, 'c d')).toBe('mailto:?subject=c%20d&body=a%20b');
  });
});

describe('validateShareKit', () => {
  it('accepts five variants per network', () => {
    const kit = Array.from({ length: 5 }, (_, index) => ({ network: 'linkedin' as const, template: `Take ${index} {link}` }));
    expect(() => validateShareKit(kit)).not.toThrow();
  });

  it('rejects a sixth variant', () => {
    const kit = Array.from({ length: 6 }, () => ({ network: 'x' as const, template: 'Hi {link}' }));
    expect(() => validateShareKit(kit)).toThrow('at most 5 variants');
  });

  it('rejects an empty kit', () => {
    expect(() => validateShareKit([])).toThrow('at least one post');
  });

  it('checks e-mail subject placeholders', () => {
    expect(() => validateShareKit([{ network: 'email', template: 'See {link}', subject: 'About {event}' }])).toThrow('{event}');
  });

  it('allows a subject on e-mail only', () => {
    expect(() => validateShareKit([{ network: 'facebook', template: 'See {link}', subject: 'Hello' }])).toThrow('only an EMAIL variant');
  });
});
