import type { Editor } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { TextInput } from '../forms/fields';
import { SubmitOrCancel } from '../forms/save-or-cancel';

/** A web or email address as typed, made whole ("www.nhs.uk" becomes "https://www.nhs.uk"); '' if it is not one. */
export function linkAddress(typed: string): string {
  const text = typed.trim();
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(text)) return text;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/.test(text) ? candidate : '';
  } catch {
    return '';
  }
}

/** Adds, changes or removes the link at the selection; focus goes back to the text after. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [address, setAddress] = useState(existing);
  const [error, setError] = useState('');

  function close() {
    onClose();
    editor.commands.focus();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const href = linkAddress(address);
    if (!href) return setError('Enter a web address, like https://www.nhs.uk, or an email address, like mailto:name@nhs.net');
    const chain = editor.chain().focus().extendMarkRange('link');
    // With nothing selected, the address itself becomes the linked text.
    if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  }

  return (
    // Escape from any field of the form closes it, as it would a dialog.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form className="app-link-form" onSubmit={onSubmit} onKeyDown={(e) => e.key === 'Escape' && close()} noValidate>
      <TextInput
        id="link-address"
        label="Link address"
        hint="For example, https://www.nhs.uk"
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        error={error || undefined}
        autoFocus
        spellCheck={false}
        autoComplete="url"
      />
      <SubmitOrCancel submit={existing ? 'Change link' : 'Add link'} onCancel={close} small>
        {existing && (
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" onClick={remove}>
            Remove link
          </button>
        )}
      </SubmitOrCancel>
    </form>
  );
}
