import { describe, expect, it } from 'vitest';
import { linkAddress } from './link-form';

describe('link addresses', () => {
  it('takes web and email addresses, completing a bare domain', () => {
    expect(linkAddress('https://www.nhs.uk/conditions/sepsis/')).toBe('https://www.nhs.uk/conditions/sepsis/');
    expect(linkAddress('  www.england.nhs.uk ')).toBe('https://www.england.nhs.uk');
    expect(linkAddress('mailto:quality@nhs.net')).toBe('mailto:quality@nhs.net');
  });

  it('refuses what is not one, and anything that could run script', () => {
    expect(linkAddress('')).toBe('');
    expect(linkAddress('sepsis screening')).toBe('');
    expect(linkAddress('javascript:alert(1)')).toBe('');
    expect(linkAddress('localhost')).toBe('');
  });
});
