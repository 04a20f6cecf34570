import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { formErrors } from '../forms/api-errors';
import type { FormError } from '../forms/error-summary';
import { FormPage } from '../forms/form-page';
import { bound, ErrorMessage, TextInput } from '../forms/fields';
import { useAnnounce } from '../layout/announcer';
import { LoadFailed, Loading } from '../layout/loading';
import { useNewEntry } from './use-new-entry';

export function NewEntryPage() {
  const { templates, loading, error, createEntry, creating } = useNewEntry();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  if (loading) return <Loading what="award templates" />;
  if (error) return <LoadFailed error={error} notFound="" />;
  const chosen = templateId || (templates.length === 1 ? templates[0].id : '');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (creating) return;
    const problems: FormError[] = [];
    if (!chosen) problems.push({ field: `template-${templates[0]?.id}`, message: 'Select the award category you are entering' });
    if (!title.trim()) problems.push({ field: 'title', message: 'Enter a working title for your entry' });
    setErrors(problems);
    if (problems.length) return;
    try {
      const entry = await createEntry({ templateId: chosen, title: title.trim() });
      announce(`Entry “${entry.title}” started. You are its lead.`);
      navigate(`/entries/${entry.id}`);
    } catch (e) {
      setErrors(formErrors(e, { title: 'title', templateId: `template-${templates[0]?.id}` }));
    }
  }

  const templateError = errors.find((e) => e.field?.startsWith('template-'))?.message;
  return (
    <FormPage title="Start a new entry" errors={errors}>
      <form onSubmit={onSubmit} noValidate>
        <div className={`nhsuk-form-group${templateError ? ' nhsuk-form-group--error' : ''}`}>
          <fieldset className="nhsuk-fieldset" aria-describedby={templateError ? 'template-error' : undefined}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Award category</legend>
            <ErrorMessage id="template" error={templateError} />
            <div className="nhsuk-radios">
              {templates.map((template) => (
                <div className="nhsuk-radios__item" key={template.id}>
                  <input
                    className="nhsuk-radios__input"
                    id={`template-${template.id}`}
                    name="template"
                    type="radio"
                    value={template.id}
                    checked={chosen === template.id}
                    onChange={() => setTemplateId(template.id)}
                    aria-describedby={`template-${template.id}-hint`}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={`template-${template.id}`}>
                    {template.award}: {template.name}
                  </label>
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`template-${template.id}-hint`}>
                    {template.description}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <TextInput {...bound('title', title, setTitle, errors)} label="Working title" hint="For example, Safer maternity care for Black women in Leeds" />
        <button className="nhsuk-button" type="submit">
          Start entry
        </button>
      </form>
    </FormPage>
  );
}
