import './prepared-by.css';
import type { Language } from '../domain/shared/localized-text';

/** The block's words, Thai first, as a memo's signature closes it (ลงชื่อ, the name in brackets, ตำแหน่ง, วันที่). */
const words = {
  th: { preparedBy: 'ผู้จัดทำ', signature: 'ลงชื่อ', position: 'ตำแหน่ง', date: 'วันที่' },
  en: { preparedBy: 'Prepared by', signature: 'Signature', position: 'Position', date: 'Date' },
} as const;

/**
 * Who prepared a printed summary, and where they sign: the signature line, the name in brackets, the position and
 * the date, each left as a dotted line to fill in by hand when not given. Kept whole on one page, and never on a page
 * of its own (the line before it goes with it). Shared by the printouts that close a memo.
 */
export function PreparedBy({ name, position, date, language }: { name: string; position: string; date: string; language: Language }) {
  const text = words[language];
  const blank = <span className="prepared-by__line" />;
  return (
    <section className="prepared-by" aria-label={text.preparedBy}>
      <p className="prepared-by__role">{text.preparedBy}</p>
      <p>
        {text.signature} {blank}
      </p>
      <p>( {name.trim() || <span className="prepared-by__line prepared-by__line--short" />} )</p>
      <p>
        {text.position} {position.trim() || blank}
      </p>
      <p>
        {text.date} {date || blank}
      </p>
    </section>
  );
}
