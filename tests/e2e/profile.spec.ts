import { expect, expectNoAxeViolations, gotoApp, test, type Page } from './fixtures';

const expectedCounts = {
  mcio: { units: 24, knowledge: 15, experience: 9, starred: 2, behavioural: 4 },
  dcio: { units: 28, knowledge: 15, experience: 10, starred: 2, behavioural: 4 },
  'cio-assistant': { units: 31, knowledge: 16, experience: 11, starred: 2, behavioural: 4 },
} as const;

const titles = {
  mcio: { th: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับกระทรวง', en: 'Ministry Chief Information Officer (MCIO)' },
  dcio: { th: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับกรม', en: 'Department Chief Information Officer (DCIO)' },
  'cio-assistant': {
    th: 'ผู้ช่วยผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับกระทรวงกรม',
    en: 'Ministry and Department Chief Information Officer Assistant',
  },
} as const;

async function shownCounts(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-count]', (items) =>
    Object.fromEntries(items.map((item) => [item.getAttribute('data-count'), Number(item.querySelector('dd')?.textContent)])),
  );
}

async function listedItems(page: Page) {
  return {
    units: await page.locator('#units li.unit').count(),
    knowledge: await page.locator('#knowledge li.item').count(),
    experience: await page.locator('#experience li.item').count(),
    starred: await page.locator('#experience li.item[data-starred="true"]').count(),
    behavioural: await page.locator('#behavioural li.item').count(),
  };
}

test.describe('the profile screen', () => {
  for (const [id, counts] of Object.entries(expectedCounts)) {
    for (const language of ['th', 'en'] as const) {
      test(`shows the ${id} profile with its counts in ${language === 'th' ? 'Thai' : 'English'}, with no axe violation`, async ({ page }) => {
        await gotoApp(page, `#/profiles/${id}`);
        if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
        await expect(page.locator('h1')).toHaveText(titles[id as keyof typeof titles][language]);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        expect(await shownCounts(page)).toEqual(counts);
        expect(await listedItems(page)).toEqual(counts);
        await expectNoAxeViolations(page);
      });
    }
  }

  test('shows SPM304 and its four criteria under SPM300, and the two-year rule in words', async ({ page }) => {
    await gotoApp(page, '#/profiles/dcio');
    const spm300 = page.locator('li.unit', { hasText: 'SPM300' });
    await expect(spm300.locator('.criteria li')).toHaveCount(4);
    await expect(spm300).toContainText('SPM304');
    await expect(page.locator('#experience')).toContainText('ภายใน 2 ปี นับจากวันที่ได้รับการแต่งตั้ง');
    await expect(page.locator('#attributes')).toContainText('คุณลักษณะตามหมวด 2');
  });

  test('serves the first screen as HTML before any script runs (prerendered)', async ({ request, baseURL }) => {
    const html = await (await request.get(baseURL ?? '')).text();
    expect(html).toContain('data-prerendered="true"');
    expect(html).toContain(titles.mcio.th);
    expect(html).toContain('DG100');
  });

  test('remembers the English choice after a reload', async ({ page }) => {
    await gotoApp(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1')).toHaveText(titles.mcio.en);
    await gotoApp(page, '#/profiles/dcio');
    await page.reload();
    await expect(page.locator('h1')).toHaveText(titles.dcio.en);
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('switches profile from the keyboard alone', async ({ page }) => {
    await gotoApp(page);
    const link = page.getByRole('link', { name: /DCIO/ });
    for (let presses = 0; presses < 10 && !(await link.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(titles.dcio.th);
    await expect(link).toHaveAttribute('aria-current', 'page');
  });

  test('leaves the focus alone on the page the browser opened, and moves it to the heading on the next screen', async ({ page }) => {
    await gotoApp(page, '#/profiles/dcio');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.getByRole('link', { name: /CIO Assistant/ }).click();
    await expect(page.locator('main h1')).toBeFocused();
  });

  test('fits a 320 px wide screen with no horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await gotoApp(page, '#/profiles/cio-assistant');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });

  for (const width of [320, 375, 412]) {
    test(`never breaks "ลงวันที่" across two lines at ${width} px, and find-in-page still finds it`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await gotoApp(page, '#/profiles/mcio');
      await page.evaluate(() => document.fonts.ready);
      // Each "ลงวันที่" on the page (the source, the circular it amends, the footer): the lines its glyphs are on.
      const linesOfEach = await page.evaluate(() => {
        const lines: number[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? '').matchAll(/ลง\u2060?วัน\u2060?ที่/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            lines.push(new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size);
          }
        }
        return lines;
      });
      expect(linesOfEach).toEqual([1, 1, 1]);
      // window.find is the browser's own find-in-page search (not in TypeScript's DOM types).
      expect(await page.evaluate(() => (window as unknown as { find: (text: string) => boolean }).find('ลงวันที่'))).toBe(true);
    });
  }
});

test.describe('a broken profile file', () => {
  test('names the file and the field in Thai and does not crash', async ({ page }) => {
    await page.route('**/profiles/dcio.json', async (route) => {
      const original = await (await route.fetch()).json();
      original.knowledge[2].text.en = '';
      delete original.experience[0].starred;
      await route.fulfill({ json: original });
    });
    await gotoApp(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('dcio.json');
    await expect(alert).toContainText('ไม่สามารถอ่านข้อมูลชุดทักษะได้');
    await expect(alert).toContainText('knowledge[2].text.en');
    await expect(alert).toContainText('experience[0].starred');
    await expectNoAxeViolations(page);
  });

  test('says in English that a file is not JSON when English was chosen', async ({ page }) => {
    await gotoApp(page);
    await page.getByRole('button', { name: 'English' }).click();
    // English is chosen once the page shows it (its words load on demand): only then is there a choice to keep.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.route('**/profiles/catalogue.json', (route) => route.fulfill({ body: '{ not json', contentType: 'application/json' }));
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('catalogue.json');
    await expect(alert).toContainText('not valid JSON');
  });
});
