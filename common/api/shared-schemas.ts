/**
 * The ids and days every part of the contract checks alike: one schema each, with one error
 * text, so an id or a date is refused the same way whichever method it was sent to.
 */
import { z } from 'zod';

export const uuidSchema = z.uuid({ error: 'id must be a UUID' });

/** A calendar day as ISO 8601 `YYYY-MM-DD` (Gregorian); the UI shows it in Solar Hijri. */
export const isoDaySchema = z.iso.date({ error: 'date must be YYYY-MM-DD' });
