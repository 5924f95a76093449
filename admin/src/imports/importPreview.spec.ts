import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewImport } from './importPreview.ts';
import { presetColumn, suggestPreset } from './presets.ts';

describe('previewImport', () => {
  it('suggests Eventbrite from its columns', () => {
    const preview = previewImport('Order #,First Name,Email,Ticket Type\n1,Ada,ada@example.com,VIP\n');
    assert.equal(preview.suggestedPreset, 'EVENTBRITE');
    assert.deepEqual(preview.header, ['Order #', 'First Name', 'Email', 'Ticket Type']);
    assert.deepEqual(preview.rows, [['1', 'Ada', 'ada@example.com', 'VIP']]);
  });

  it('finds the Zoom attendee section', () => {
    const text = [
      'Attendee Report',
      'Report Generated:,x',
      'Attendee Details',
      'Attended,User Name (Original Name),Email,Join Time',
      'Yes,Ada Lovelace,ada@example.com,2026-11-18 14:02:00',
    ].join('\n');
    const preview = previewImport(text);
    assert.equal(preview.suggestedPreset, 'ZOOM');
    assert.equal(preview.headerLine, 4);
    assert.deepEqual(preview.rows[0], ['Yes', 'Ada Lovelace', 'ada@example.com', '2026-11-18 14:02:00']);
  });

  it('pads short rows to the header', () => {
    const preview = previewImport('email;name\nz@example.com\n');
    assert.equal(preview.delimiter, 'SEMICOLON');
    assert.deepEqual(preview.rows, [['z@example.com', '']]);
  });

  it('reads JSON keys as columns', () => {
    const preview = previewImport('[{"email":"a@example.com","name":"A"},{"email":"b@example.com","size":3}]');
    assert.equal(preview.format, 'JSON');
    assert.deepEqual(preview.header, ['email', 'name', 'size']);
    assert.deepEqual(preview.rows[1], ['b@example.com', '', '3']);
    assert.equal(preview.suggestedPreset, 'PLAIN');
  });
});

describe('presets', () => {
  it('matches preset columns without case', () => {
    assert.equal(presetColumn('HUBSPOT', 'COMPANY', ['email', 'associated company']), 'associated company');
    assert.equal(presetColumn('EVENTBRITE', 'TITLE', ['Email']), null);
  });

  it('falls back to custom without email', () => {
    assert.equal(suggestPreset(['Mail address', 'Who']), 'CUSTOM');
  });
});
