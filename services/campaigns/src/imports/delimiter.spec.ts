import { detectDelimiter } from './delimiter.js';

describe('detectDelimiter', () => {
  it('detects commas by default', () => {
    expect(detectDelimiter('email,name\nada@example.com,Ada\n')).toBe(',');
  });

  it('detects semicolons with comma values', () => {
    expect(detectDelimiter('email;name;company\nada@example.com;Lovelace, Ada;Analytical, Ltd\n')).toBe(';');
  });

  it('detects tabs', () => {
    expect(detectDelimiter('email\tname\nada@example.com\tAda, L\n')).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('email;name\n"a,b,c,d@example.com";"x,y,z"\n"e@example.com";"q"\n')).toBe(';');
  });

  it('falls back to comma', () => {
    expect(detectDelimiter('email\n')).toBe(',');
  });
});
