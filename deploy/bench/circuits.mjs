// Server memory per open claim workspace: signs in with a real browser, opens one workspace tab per claim (each tab is
// one Blazor circuit on the server), and compares the app's resident memory before and after.
//   node circuits.mjs <base url> <app pid> <email> <password> <claim id>...
// Needs playwright-core (the harness installs it) and Chromium at /usr/bin/chromium. Prints one JSON line.
import { readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const [base, pid, email, password, ...claims] = process.argv.slice(2);
const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const sleep = ms => new Promise(done => setTimeout(done, ms));
// Live managed memory after a full collection (dotnet-gcdump forces one), when the harness installed the tool: RSS
// alone also counts garbage not yet collected and heap space the GC keeps for later.
const gcdump = process.env.BENCH_GCDUMP;
const liveHeapBytes = () => {
  if (!gcdump) return null;
  const file = `/tmp/claimtrack-circuits-${process.pid}.gcdump`;
  execFileSync(gcdump, ['collect', '-p', pid, '-o', file], { stdio: 'ignore' });
  const report = execFileSync(gcdump, ['report', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  rmSync(file, { force: true });
  return Number(/([\d,]+)\s+GC Heap bytes/.exec(report)[1].replaceAll(',', ''));
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  // Without the background-networking flags Chromium keeps trying to reach hosts this network refuses.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext();
  // Generous: on a loaded machine (the test suite beside it) a first render can take many seconds.
  context.setDefaultTimeout(120000);
  const signIn = await context.newPage();
  await signIn.goto(`${base}/account/login`);
  await signIn.fill('#email', email);
  await signIn.fill('#password', password);
  await Promise.all([signIn.waitForURL(url => !url.pathname.startsWith('/account/login')), signIn.click('button[type=submit]')]);

  // One workspace opened and closed first, so JIT compilation and caches are not counted per circuit.
  const open = async id => {
    const page = await context.newPage();
    await page.goto(`${base}/desk/claims/${id}`);
    // The desk layout marks the page once its circuit is live; the prerendered form alone holds no circuit yet.
    await page.waitForSelector('[data-interactive=true]', { state: 'attached', timeout: 120000 });
    return page;
  };
  await (await open(claims[0])).close();
  await sleep(3000);
  const before = rssKb();
  const heapBefore = liveHeapBytes();
  const pages = [];
  for (const id of claims) pages.push(await open(id));
  await sleep(5000);
  const after = rssKb();
  const heapAfter = liveHeapBytes();
  // Every tab must still hold a live workspace, or the number means nothing.
  for (const page of pages) await page.waitForSelector('[data-interactive=true]', { state: 'attached', timeout: 60000 });
  console.log(JSON.stringify({ circuits: pages.length, rssBeforeKb: before, rssAfterKb: after, perCircuitKb: Math.round((after - before) / pages.length),
    liveHeapPerCircuitKb: heapBefore === null ? null : Math.round((heapAfter - heapBefore) / 1024 / pages.length) }));
} finally {
  await browser.close();
}
