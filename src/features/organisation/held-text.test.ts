import { describe, expect, it } from 'vitest';
import { keptBytes } from './kept-rollup';
import { heldMessage, textOfHeld } from './held-text';

describe('what the combiner holds, as it travels to the page', () => {
  const text = JSON.stringify({ assessments: [{ name: 'นายสมชาย ใจดี', agency: 'กรมตัวอย่าง' }] });

  it('travels as bytes transferred with the message, not as a copied string', () => {
    const { message, transfer } = heldMessage(7, text);
    expect(message.type).toBe('held');
    if (message.type !== 'held') return;
    expect(JSON.stringify(message)).not.toContain('สมชาย');
    expect(transfer).toEqual([message.held.bytes.buffer]);
    // Posted with its transfer list, the bytes leave the combiner: nothing is copied.
    const received = structuredClone(message, { transfer });
    expect(message.held.bytes.byteLength).toBe(0);
    expect(received.type === 'held' && textOfHeld(received.held)).toBe(text);
  });

  it('says its size in storage as the text would, without the text', () => {
    const { message } = heldMessage(1, text);
    expect(message.type === 'held' && keptBytes(message.held)).toBe(keptBytes(text));
  });
});
