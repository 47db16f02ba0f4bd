import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileField } from './file-field';

describe('FileField', () => {
  it('is a file field named by its label, with no browser wording of its own on the page', () => {
    render(<FileField label="เลือกไฟล์สำรอง (.json)" accept=".json" aria-describedby="hint" onFiles={() => undefined} />);
    const input = screen.getByLabelText('เลือกไฟล์สำรอง (.json)');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.json');
    // The visible control is the label, in the page's language.
    expect(screen.getByText('เลือกไฟล์สำรอง (.json)').tagName).toBe('LABEL');
  });

  it('hands over the chosen files and empties itself, so the same file can be chosen again', async () => {
    const onFiles = vi.fn();
    render(<FileField label="Choose files" multiple onFiles={onFiles} />);
    const input = screen.getByLabelText<HTMLInputElement>('Choose files');
    const files = [new File(['{}'], 'a.json'), new File(['{}'], 'b.json')];
    await userEvent.upload(input, files);
    expect(onFiles).toHaveBeenCalledWith(files);
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { files: [] } });
    expect(onFiles).toHaveBeenCalledTimes(1);
  });

  it('asks for a folder when told to, and can be disabled', () => {
    render(<FileField label="Choose a folder" directory disabled onFiles={() => undefined} />);
    const input = screen.getByLabelText('Choose a folder');
    expect(input).toHaveAttribute('webkitdirectory');
    expect(input).toBeDisabled();
  });
});
