import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFormContext } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { createTranslator } from '../i18n/translate';
import { Field, Form, schemaMessage, useFormFields, useZodForm } from './form';

const t = createTranslator({
  th: { 'form.errorSummary': 'แก้ {count} ช่อง', 'test.required': 'ต้องกรอก' },
  en: { 'form.errorSummary': 'Fix {count, plural, one {# field} other {# fields}}', 'test.required': 'Required' },
})('en');
const schema = z.object({ name: z.string().check(z.minLength(1, schemaMessage('test.required'))), code: z.string().check(z.maxLength(2)) });
type Values = z.input<typeof schema>;

function Fields() {
  const { register } = useFormContext<Values>();
  const { field } = useFormFields<Values>();
  return (
    <>
      <Field wiring={field('name')} label="Name" hint="Your name">
        {(aria) => <input {...aria} {...register('name')} />}
      </Field>
      <Field wiring={field('code')} label="Code">
        {(aria) => <input {...aria} {...register('code')} />}
      </Field>
    </>
  );
}

function TestForm({ onSubmit }: { onSubmit: (values: Values) => void }) {
  const form = useZodForm(schema, { name: '', code: 'abc' });
  return (
    <Form form={form} onSubmit={onSubmit} t={t}>
      <Fields />
      <button type="submit">Save</button>
    </Form>
  );
}

describe('Form', () => {
  it('shows one error summary alert after a failed submit, and each field’s error in words', async () => {
    const onSubmit = vi.fn();
    render(<TestForm onSubmit={onSubmit} />);
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Fix 2 fields']);
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(
      name
        .getAttribute('aria-describedby')
        ?.split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toEqual(['Your name', 'Required']);
    // A check with no message key of its own shows zod's text rather than nothing.
    expect(screen.getByRole('textbox', { name: 'Code' }).getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the parsed values when they are valid', async () => {
    const onSubmit = vi.fn();
    render(<TestForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Somchai');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Code' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Somchai', code: '' });
  });

  it('gives fields of two forms on one page different ids', () => {
    render(
      <>
        <TestForm onSubmit={() => undefined} />
        <TestForm onSubmit={() => undefined} />
      </>,
    );
    const ids = screen.getAllByRole('textbox', { name: 'Name' }).map((input) => input.id);
    expect(new Set(ids).size).toBe(2);
  });
});
