import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, gotoApp, setUpAppBrowser, type AppPage } from './harness';

const openApp = setUpAppBrowser();

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

async function shownCounts(app: AppPage): Promise<Record<string, number>> {
  return app.page.$$eval('[data-count]', (items) =>
    Object.fromEntries(items.map((item) => [item.getAttribute('data-count'), Number(item.querySelector('dd')?.textContent)])),
  );
}

async function listedItems(app: AppPage) {
  const page = app.page;
  return {
    units: await page.locator('#units li.unit').count(),
    knowledge: await page.locator('#knowledge li.item').count(),
    experience: await page.locator('#experience li.item').count(),
    starred: await page.locator('#experience li.item[data-starred="true"]').count(),
    behavioural: await page.locator('#behavioural li.item').count(),
  };
}

describe('the profile screen', () => {
  for (const [id, counts] of Object.entries(expectedCounts)) {
    for (const language of ['th', 'en'] as const) {
      it(`shows the ${id} profile with its counts in ${language === 'th' ? 'Thai' : 'English'}, with no axe violation`, async () => {
        const app = await openApp();
        await gotoApp(app, `#/profiles/${id}`);
        if (language === 'en') await app.page.getByRole('button', { name: 'English' }).click();
        await expect.poll(() => app.page.locator('h1').textContent()).toBe(titles[id as keyof typeof titles][language]);
        expect(await app.page.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await shownCounts(app)).toEqual(counts);
        expect(await listedItems(app)).toEqual(counts);
        await expectNoAxeViolations(app.page);
      });
    }
  }

  it('shows SPM304 and its four criteria under SPM300, and the two-year rule in words', async () => {
    const app = await openApp();
    await gotoApp(app, '#/profiles/dcio');
    const spm300 = app.page.locator('li.unit', { hasText: 'SPM300' });
    await expect.poll(() => spm300.locator('.criteria li').allTextContents()).toHaveLength(4);
    expect(await spm300.textContent()).toContain('SPM304');
    expect(await app.page.locator('#experience').textContent()).toContain('ภายใน ๒ ปี นับจากวันที่ได้รับการแต่งตั้ง');
    expect(await app.page.locator('#attributes').textContent()).toContain('คุณลักษณะตามหมวด ๒');
  });

  it('serves the first screen as HTML before any script runs (prerendered)', async () => {
    const app = await openApp();
    const response = await app.page.request.get(app.url());
    const html = await response.text();
    expect(html).toContain('data-prerendered="true"');
    expect(html).toContain(titles.mcio.th);
    expect(html).toContain('DG100');
  });

  it('remembers the English choice after a reload', async () => {
    const app = await openApp();
    await gotoApp(app);
    await app.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => app.page.locator('h1').textContent()).toBe(titles.mcio.en);
    await gotoApp(app, '#/profiles/dcio');
    await app.page.reload();
    await expect.poll(() => app.page.locator('h1').textContent()).toBe(titles.dcio.en);
    expect(await app.page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches profile from the keyboard alone', async () => {
    const app = await openApp();
    await gotoApp(app);
    const link = app.page.getByRole('link', { name: /DCIO/ });
    for (let presses = 0; presses < 10 && !(await link.evaluate((el) => el === document.activeElement)); presses++) {
      await app.page.keyboard.press('Tab');
    }
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.locator('h1').textContent()).toBe(titles.dcio.th);
    expect(await link.getAttribute('aria-current')).toBe('page');
  });

  it('leaves the focus alone on the page the browser opened, and moves it to the heading on the next screen', async () => {
    const app = await openApp();
    await gotoApp(app, '#/profiles/dcio');
    expect(await app.page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await app.page.getByRole('link', { name: /CIO Assistant/ }).click();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('fits a 320 px wide screen with no horizontal scrolling', async () => {
    const app = await openApp();
    await app.page.setViewportSize({ width: 320, height: 800 });
    await gotoApp(app, '#/profiles/cio-assistant');
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(app.page);
  });
});

describe('a broken profile file', () => {
  it('names the file and the field in Thai and does not crash', async () => {
    const app = await openApp();
    await app.page.route('**/profiles/dcio.json', async (route) => {
      const original = await (await route.fetch()).json();
      original.knowledge[2].text.en = '';
      delete original.experience[0].starred;
      await route.fulfill({ json: original });
    });
    await gotoApp(app);
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('dcio.json');
    const text = await alert.textContent();
    expect(text).toContain('ไม่สามารถอ่านข้อมูลชุดทักษะได้');
    expect(text).toContain('knowledge[2].text.en');
    expect(text).toContain('experience[0].starred');
    await expectNoAxeViolations(app.page);
  });

  it('says in English that a file is not JSON when English was chosen', async () => {
    const app = await openApp();
    await gotoApp(app);
    await app.page.getByRole('button', { name: 'English' }).click();
    await app.page.route('**/profiles/catalogue.json', (route) => route.fulfill({ body: '{ not json', contentType: 'application/json' }));
    await app.page.reload();
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('catalogue.json');
    expect(await alert.textContent()).toContain('not valid JSON');
  });
});
