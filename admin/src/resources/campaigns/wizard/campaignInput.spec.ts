import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { campaignInput, normalizeHosts, stepOfField } from './campaignInput.ts';

describe('campaignInput', () => {
  it('maps the form to the mutation input', () => {
    const input = campaignInput({
      name: '  Summit: bring a colleague ',
      interactionId: 'i1',
      ecosystemId: 'e1',
      outcome: 'EVENT_REGISTRATION',
      cost: '3600',
      currency: 'eur',
      activationTargetPercent: 25,
      destinationUrl: 'https://events.example.com/register',
      allowedHosts: ['WWW.Example.com', 'www.example.com', '', 'events.example.com'],
      shareKit: [
        { network: 'X', template: 'Join me {link}' },
        { network: 'EMAIL', template: 'Hello {link}', subject: ' Join ' },
        { network: 'LINKEDIN', template: '   ' },
      ],
    });
    assert.deepEqual(input, {
      name: 'Summit: bring a colleague',
      interactionId: 'i1',
      ecosystemId: 'e1',
      outcome: 'EVENT_REGISTRATION',
      destinationUrl: 'https://events.example.com/register',
      allowedHosts: ['www.example.com'],
      shareKit: [
        { network: 'X', template: 'Join me {link}' },
        { network: 'EMAIL', template: 'Hello {link}', subject: 'Join' },
      ],
      cost: 3600,
      currency: 'EUR',
      activationTarget: 0.25,
    });
  });

  it('leaves empty options to the API', () => {
    const input = campaignInput({ name: 'x', destinationUrl: 'https://a.example', fallbackUrl: ' ', cost: '' });
    assert.equal('fallbackUrl' in input, false);
    assert.equal('cost' in input, false);
    assert.equal('activationTarget' in input, false);
  });
});

describe('helpers', () => {
  it('dedupes hosts and finds steps', () => {
    assert.deepEqual(normalizeHosts([' A.example ', 'a.example']), ['a.example']);
    assert.deepEqual(normalizeHosts(['a.example', 'b.example'], 'https://b.example/x'), ['a.example']);
    assert.equal(stepOfField('shareKit.x'), 2);
    assert.equal(stepOfField('destinationUrl'), 1);
    assert.equal(stepOfField('ecosystemId'), 0);
    assert.equal(stepOfField(undefined), 3);
  });
});
