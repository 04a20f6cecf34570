import { ROLE_LABELS, ROLES, type Role } from '@quorum/domain';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** NHS style dates: 9 December 2026. */
export const formatDate = (iso: string) => DATE.format(new Date(iso));

export const roleLabel = (role: Role) => ROLE_LABELS[role];

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

// hourCycle h12, not hour12: en-GB's 12-hour clock otherwise counts from 0 (noon would read 0:00pm).
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h12' });

const DATE_TIME_SECONDS = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', hourCycle: 'h12' });
const nhsStyle = (formatted: string) => formatted.replace(' at ', ', ').replace(/\s?([ap])m$/i, (_, p: string) => `${p.toLowerCase()}m`);

/** NHS style date and time: 9 December 2026, 2:05pm. */
export const formatDateTime = (iso: string) => nhsStyle(DATE_TIME.format(new Date(iso)));

/** The same to the second, to tell apart times in the same minute: 9 December 2026, 2:05:09pm. */
export const formatDateTimeToSecond = (iso: string) => nhsStyle(DATE_TIME_SECONDS.format(new Date(iso)));
