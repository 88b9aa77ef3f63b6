// Approval on node A to the reader page on node B: an editor's browser signed in on node A approves each waiting
// proposal in the review queue ("Approve and publish"), one at a time; meanwhile this script reads node B's claim page
// and home page, as a reader would, until each shows the new fact check.
//   node approvals.mjs <node A url> <node B url> <email> <password> <proposals file (id TAB path TAB statement)>
// Needs playwright-core (the harness installs it) and Chromium at /usr/bin/chromium. Prints one JSON line per claim:
// the approval click, and when node B first served the claim page and a home page listing it (milliseconds since the
// epoch, this machine's clock, which PostgreSQL's event timestamps also use).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [nodeA, nodeB, email, password, file] = process.argv.slice(2);
const claims = readFileSync(file, 'utf8').trim().split('\n').map(line => line.split('\t')).map(([id, path, statement]) => ({ id, path, statement }));
const sleep = ms => new Promise(done => setTimeout(done, ms));
// Generous: on a loaded machine (the test suite beside it) a first render can take many seconds.
const limitMs = 120000;

// Reads a page of node B until it holds the text; a fresh request every 2 ms, no cookie (a reader's).
async function firstSeen(path, text) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const response = await fetch(nodeB + path, { redirect: 'manual' });
    const body = await response.text();
    if (response.status === 200 && body.includes(text)) return Date.now();
    await sleep(2);
  }
  throw new Error(`node B never showed "${text}" on ${path}`);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(limitMs);
  await page.goto(`${nodeA}/account/login`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(url => !url.pathname.startsWith('/account/login')), page.click('button[type=submit]')]);
  await page.goto(`${nodeA}/desk/review`);
  await page.waitForSelector('[data-interactive=true]', { state: 'attached', timeout: limitMs });
  // Node B renders and caches its home page first: what is timed is node A's word reaching it, not a first render.
  const homeText = await (await fetch(nodeB + '/')).text();
  if (homeText.includes(claims[0].statement)) throw new Error('node B lists a claim before its approval');
  for (const claim of claims) {
    const before = await fetch(nodeB + claim.path, { redirect: 'manual' });
    if (before.status === 200) throw new Error(`node B shows ${claim.path} before its approval`);
    const card = page.locator('.mud-card', { hasText: claim.statement });
    const approve = card.getByRole('button', { name: 'Approve and publish' });
    await approve.waitFor({ timeout: limitMs });
    const click = Date.now();
    const seen = Promise.all([firstSeen(claim.path, claim.statement), firstSeen('/', claim.statement)]);
    await approve.click();
    const [claimPage, home] = await seen;
    // The queue drops the card once the save is done; the next click then finds a settled page.
    await card.waitFor({ state: 'detached', timeout: limitMs });
    console.log(JSON.stringify({ id: claim.id, click, claimPage, home }));
  }
} finally {
  await browser.close();
}
