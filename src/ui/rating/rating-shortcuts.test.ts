import { describe, expect, it } from 'vitest';
import { ratingShortcut, typesText } from './rating-shortcuts';

const levels = ['0', '1', '2', '3', '4'];
const statuses = ['none', 'some', 'yes'];
const press = (code: string, modifiers: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  code,
  key: '',
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('ratingShortcut', () => {
  it('rates a 0–4 item with the digit keys of the top row and of the number pad', () => {
    expect(ratingShortcut(press('Digit3'), levels)).toEqual({ action: 'rate', value: '3' });
    expect(ratingShortcut(press('Numpad0'), levels)).toEqual({ action: 'rate', value: '0' });
    expect(ratingShortcut(press('Digit5'), levels)).toBeUndefined();
  });

  it('rates experience with N, S and Y or with 0, 1 and 2', () => {
    expect(ratingShortcut(press('KeyN'), statuses)).toEqual({ action: 'rate', value: 'none' });
    expect(ratingShortcut(press('KeyS'), statuses)).toEqual({ action: 'rate', value: 'some' });
    expect(ratingShortcut(press('KeyY'), statuses)).toEqual({ action: 'rate', value: 'yes' });
    expect(ratingShortcut(press('Digit2'), statuses)).toEqual({ action: 'rate', value: 'yes' });
    expect(ratingShortcut(press('Digit3'), statuses)).toBeUndefined();
  });

  it('leaves letters alone on a 0–4 item and rating keys alone outside an item', () => {
    expect(ratingShortcut(press('KeyY'), levels)).toBeUndefined();
    expect(ratingShortcut(press('Digit1'), [])).toBeUndefined();
  });

  it('goes to the next unrated item with U and opens the help with ?, from anywhere', () => {
    expect(ratingShortcut(press('KeyU'), [])).toEqual({ action: 'next-unrated' });
    expect(ratingShortcut(press('Slash', { shiftKey: true }), levels)).toEqual({ action: 'help' });
    expect(ratingShortcut({ ...press('Minus', { shiftKey: true }), key: '?' }, levels)).toEqual({ action: 'help' });
  });

  it('leaves every key with Ctrl, Alt or Meta to the browser, and shifted digits to the user', () => {
    expect(ratingShortcut(press('Digit1', { ctrlKey: true }), levels)).toBeUndefined();
    expect(ratingShortcut(press('KeyU', { metaKey: true }), levels)).toBeUndefined();
    expect(ratingShortcut(press('Digit1', { altKey: true }), levels)).toBeUndefined();
    expect(ratingShortcut(press('Digit1', { shiftKey: true }), levels)).toBeUndefined();
  });
});

describe('typesText', () => {
  it('gives text boxes, selects and text areas their keys, but not radios or buttons', () => {
    const make = (html: string) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      return holder.firstElementChild;
    };
    expect(typesText(make('<input type="text">'))).toBe(true);
    expect(typesText(make('<input type="search">'))).toBe(true);
    expect(typesText(make('<textarea></textarea>'))).toBe(true);
    expect(typesText(make('<select></select>'))).toBe(true);
    expect(typesText(make('<input type="radio">'))).toBe(false);
    expect(typesText(make('<button></button>'))).toBe(false);
    expect(typesText(null)).toBe(false);
  });
});
