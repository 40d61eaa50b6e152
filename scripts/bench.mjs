// `npm run bench`: performance measured in Chromium on the built files (run `npm run build` first).
// Each figure is the median of several runs, each in a fresh page; the machine is shared and noisy, so
// figures are reported, never asserted. Writes BENCHMARKS.md.
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { findBrowser } from './find-browser.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
if (!existsSync('dist/maillage.js')) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await startServer({ port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = findBrowser() ?? '/usr/bin/chromium';
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const version = await browser.version();

async function agendaRun(events) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${origin}/scripts/bench/agenda.html?events=${events}`);
  await page.waitForFunction(() => window.benchResult, { timeout: 120_000 });
  const result = await page.evaluate(() => window.benchResult);
  await page.close();
  return result;
}

const rows = [];
for (const events of [1_000, 10_000]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await agendaRun(events));
  const row = {
    events,
    firstRender: median(runs.map((r) => r.firstRender)),
    filterChange: median(runs.map((r) => r.filterChange)),
    loadAndParse: median(runs.map((r) => r.loadAndParse)),
    longestTask: median(runs.map((r) => r.longestTask)),
    shown: runs[0].shown,
  };
  rows.push(row);
  console.log(
    `agenda, ${events} events: first render after data ${row.firstRender.toFixed(1)} ms, filter change ${row.filterChange.toFixed(1)} ms, ` +
      `inline feed parsed in ${row.loadAndParse.toFixed(1)} ms, longest task ${row.longestTask.toFixed(0)} ms (median of ${RUNS})`,
  );
}
await browser.close();
server.close();

const ms = (value) => `${value.toFixed(1)} ms`;
const date = new Date().toISOString().slice(0, 10);
const markdown = `# Benchmarks

Measured by \`npm run bench\` on ${date}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${version}, headless.
Medians of ${RUNS} runs, each in a fresh page, on the built \`dist/maillage.js\`. The machine is shared: compare figures of one
run with each other, not across runs.

## Agenda

| events in the feed | first render after the data (goal) | filter change | feed parsed and loaded | longest task |
|---:|---:|---:|---:|---:|
${rows
  .map((r) => `| ${r.events.toLocaleString('en')} | ${ms(r.firstRender)} (${r.events === 1000 ? '< 60 ms' : '< 100 ms'}) | ${ms(r.filterChange)} | ${ms(r.loadAndParse)} | ${r.longestTask.toFixed(0)} ms |`)
  .join('\n')}

The list shows the first page of events (${rows[0].shown}) and a "show more" button, so its drawing cost does not grow with
the feed; filtering and counting still read every event.
`;
writeFileSync('BENCHMARKS.md', markdown);
console.log('Wrote BENCHMARKS.md');
