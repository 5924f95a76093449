import { DomainError } from '../errors/domain-error.js';

/** Number of minor-unit digits of an ISO 4217 currency, from the runtime's Intl data. */
const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

export function currencyExponent(currency: string): number {
  if (!knownCurrencies.has(currency.toUpperCase())) {
    throw DomainError.invalid('currency', currency, 'use an ISO 4217 code such as USD or EUR.');
  }
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  } catch {
    throw DomainError.invalid('currency', currency, 'use an ISO 4217 code such as USD or EUR.');
  }
}

export function toMinorUnits(amount: number, currency: string): number {
  if (!Number.isFinite(amount) || amount < 0) {
    throw DomainError.invalid('cost', amount, 'give a cost of zero or more.');
  }

  return Math.round(amount * 10 ** currencyExponent(currency));
}

export function fromMinorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyExponent(currency);
}
