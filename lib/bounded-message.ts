import { formatNumber } from '@/lib/format';

// A quoted value longer than this is shown by its ends; a whole message longer than MAX_MESSAGE by its ends.
const MAX_QUOTED = 80;
const MAX_MESSAGE = 600;
const LONG_QUOTED = new RegExp(`"([^"]{${MAX_QUOTED + 1},})"`, 'g');

/**
 * A message fit to show and send back: a value it quotes at length (a 100 KB "date", a huge field name) is cut
 * to its ends with its length said, and the whole message is bounded, so an error never echoes a huge input.
 */
export function boundedMessage(message: string): string {
  const quoted = message.replace(LONG_QUOTED, (_, value: string) => `"${ends(value, MAX_QUOTED)}"`);
  return quoted.length > MAX_MESSAGE ? ends(quoted, MAX_MESSAGE) : quoted;
}

/** `text` cut to about `max` characters: its start, `…`, its end, and how long it was. */
function ends(text: string, max: number): string {
  const head = Math.ceil(max * 0.6);
  const tail = Math.floor(max * 0.3);
  return `${text.slice(0, head)}… (${formatNumber(text.length)} characters) …${text.slice(-tail)}`;
}
