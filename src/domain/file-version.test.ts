import { describe, expect, it } from 'vitest';
import { versionProblem } from './file-version';

describe('versionProblem', () => {
  it('takes a whole number from the lowest up', () => {
    expect(versionProblem(2, 2)).toBeNull();
    expect(versionProblem(99, 2)).toBeNull();
  });

  it('says in words what is wrong with 1.5, a string, a missing or a too low version', () => {
    expect(versionProblem(1.5, 1)?.en).toBe("The file's data version (1.5) is not one this app writes: data versions are whole numbers from 1 up. The file may have been edited");
    expect(versionProblem(1.5, 1)?.th).toBe('รุ่นข้อมูลของไฟล์ (1.5) ไม่ใช่รุ่นที่แอปนี้เขียน รุ่นข้อมูลเป็นเลขจำนวนเต็มตั้งแต่ 1 ขึ้นไป ไฟล์อาจถูกแก้ไข');
    expect(versionProblem('4', 2)?.en).toContain('("4")');
    expect(versionProblem(undefined, 2)?.en).toContain('The file does not say its data version');
    expect(versionProblem(1, 2)?.en).toContain('(1)');
  });
});
