import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postLength, previewPost, renderTemplate, unknownPlaceholders, type PlaceholderValues } from './postPreview.ts';

const values: PlaceholderValues = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  fullName: 'Ada Lovelace',
  company: 'Analytical Engines',
  title: 'Engineer',
  interactionName: 'Summit',
  campaignName: 'Bring a colleague',
  organizationName: 'Northwind',
  link: 'https://t.example/r/AbCdEfGh12',
};

describe('renderTemplate', () => {
  it('fills known placeholders only', () => {
    assert.equal(
      renderTemplate('Hi {firstName}, {unknown} {link}', values),
      'Hi Ada, {unknown} https://t.example/r/AbCdEfGh12',
    );
    assert.deepEqual(unknownPlaceholders('{firstName} {nope} {}'), ['nope', '']);
  });
});

describe('postLength', () => {
  it('counts an X link as 23', () => {
    assert.equal(postLength('X', `Join ${values.link}`, values.link), 5 + 23);
    assert.equal(postLength('LINKEDIN', `Join ${values.link}`, values.link), 5 + values.link.length);
  });

  it('weighs emoji and CJK as two', () => {
    assert.equal(postLength('X', 'ok 🎉 日本', ''), 3 + 2 + 1 + 4);
    assert.equal(postLength('LINKEDIN', 'ok 🎉', ''), 4);
  });
});

describe('previewPost', () => {
  it('flags X posts over 280', () => {
    const fits = previewPost('X', 'Attended {interactionName}: {link}', values);
    assert.equal(fits.fits, true);
    assert.equal(fits.length, 'Attended Summit: '.length + 23);
    const long = previewPost('X', `${'a'.repeat(250)} {fullName} {link}`, values);
    assert.equal(long.fits, false);
    assert.equal(long.longestLength, 250 + 1 + 41 + 1 + 23);
  });

  it('has no limit on e-mail', () => {
    assert.equal(previewPost('EMAIL', 'x'.repeat(5000), values).fits, true);
  });
});
