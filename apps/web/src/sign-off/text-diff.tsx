import type { DiffOp } from '../gql/graphql';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Unchanged runs longer than this many words are shortened to their ends, so that the changes stand out. */
const LONG_RUN = 40;
const KEEP = 12;

/** An unchanged run, shortened: only the words next to changes are kept. */
function shorten(text: string, first: boolean, last: boolean): string {
  const words = text.split(/(\s+)/); // words and the spaces between them, alternately
  const count = Math.ceil(words.length / 2);
  if (count <= LONG_RUN) return text;
  const head = first ? '' : words.slice(0, KEEP * 2).join('');
  const tail = last ? '' : words.slice(-KEEP * 2).join('');
  return `${head} … ${tail}`;
}

/**
 * An insertion or a deletion, and what it is in words for screen readers. Within running text
 * (`spaced`, as in a diff) those words stand apart from the words beside them; a suggestion's
 * card sets the spaces itself.
 */
export function Change({ tag: Tag, said, text, spaced = false }: { tag: 'ins' | 'del'; said: string; text: string; spaced?: boolean }) {
  const space = spaced ? ' ' : '';
  return (
    <Tag>
      <span className="nhsuk-u-visually-hidden">{`${space}[${said}: `}</span>
      {text}
      <span className="nhsuk-u-visually-hidden">{`]${space}`}</span>
    </Tag>
  );
}

/** Neighbouring parts of the same kind as one, so that a change reads as one addition or removal. */
function merged(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last?.op === part.op) out[out.length - 1] = { op: part.op, text: last.text + part.text };
    else out.push({ op: part.op, text: part.text });
  }
  return out;
}

/**
 * A word diff, readable without colour: insertions are underlined (<ins>) and deletions struck
 * through (<del>), each told to screen readers in words, since most do not announce ins and del.
 */
export function TextDiff({ parts: given }: { parts: DiffPart[] }) {
  const parts = merged(given);
  if (!parts.some((part) => part.op !== 'EQUAL')) return <p className="nhsuk-body-s">No changes to the words.</p>;
  return (
    <div className="app-diff" data-testid="text-diff">
      {parts.map((part, i) => {
        if (part.op === 'INSERT') return <Change key={i} tag="ins" said="added" text={part.text} spaced />;
        if (part.op === 'DELETE') return <Change key={i} tag="del" said="removed" text={part.text} spaced />;
        return <span key={i}>{shorten(part.text, i === 0, i === parts.length - 1)}</span>;
      })}
    </div>
  );
}
