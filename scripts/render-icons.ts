// Renders build/icons/icon.svg to the PNG sizes electron-builder wants, with Chromium:
// `npx tsx scripts/render-icons.ts`. The PNGs are committed; this runs only when the mark changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const iconsDir = join(__dirname, '..', 'build', 'icons');
const svg = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const size of [512, 256, 128, 64, 32, 16]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>body{margin:0}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
    const name = size === 512 ? ['icon.png', '512x512.png'] : [`${size}x${size}.png`];
    for (const file of name) await page.screenshot({ path: join(iconsDir, file), omitBackground: true });
    await page.close();
  }
  await browser.close();
}

void main();
