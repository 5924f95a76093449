import { DomainError } from '@alg/service-kit';
import { clickTimeOf } from '../redirect/click-id.js';

const DAY_MS = 86_400_000;
const REFERENCE_PATTERN = /^([0-9A-Za-z]{8,32})(?:\.([0-9A-Za-z]{8,32}))?$/;

export interface ParsedReference {
  code: string;
  clickId: string | null;
}

/** Parses an `alg_ref` value: `<link code>.<click id>`, or a bare link code. */
export function parseReference(ref: string, field = 'ref'): ParsedReference {
  const match = REFERENCE_PATTERN.exec(ref.trim());
  if (!match) {
    throw DomainError.invalid(field, ref, 'pass the alg_ref value from the landing page URL, like AbC123xYz9.q1W2e3R4t5Y6u7I8.');
  }

  return { code: match[1]!, clickId: match[2] ?? null };
}

/**
 * Returns when a touch happened. That is the stored click's time when there
 * is one. Else it is the time minted into the click id, because the click
 * may still be on its way through Kafka, but never before the link existed.
 * For a bare code it is the link's creation.
 */
export function touchTimeOf(clickedAt: Date | null, clickId: string | null, linkCreatedAt: Date, nowMs = Date.now()): Date {
  if (clickedAt) return clickedAt;
  const minted = clickId ? clickTimeOf(clickId, nowMs) : null;
  if (minted && minted.getTime() >= linkCreatedAt.getTime()) return minted;

  return linkCreatedAt;
}

/**
 * How far a conversion may be dated before its touch and still count: the
 * clocks of an integrator's server and of this one may differ by this much,
 * the same tolerance the webhook signature allows.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Checks whether a conversion falls inside the window that opened at the
 * touch (inclusive). A conversion dated more than CLOCK_SKEW_MS before the
 * touch is outside it, because it cannot have come from that click.
 */
export function isWithinWindow(touchedAt: Date, convertedAt: Date, windowDays: number): boolean {
  const sinceTouch = convertedAt.getTime() - touchedAt.getTime();

  return sinceTouch >= -CLOCK_SKEW_MS && sinceTouch <= windowDays * DAY_MS;
}
