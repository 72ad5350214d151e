// Runs Lighthouse (performance only) for make bench, with one Chromium for
// every run. Usage: node bench/lighthouse.mjs jobs.json results.json
//
// jobs.json: {"chromePath": "...", "jobs": [{"id": "...", "url": "...",
// "formFactor": "mobile"|"desktop", "runs": 3}]}. results.json gets, per
// job, each run's score (0-100) and metrics in milliseconds (CLS unitless).
// Lighthouse's defaults apply: simulated throttling (mobile: slow 4G and a
// 4x CPU; desktop: desktop-config) and a storage reset before each run.
import fs from 'node:fs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const [jobsPath, outPath] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(jobsPath, 'utf8'));
const chrome = await chromeLauncher.launch({
  chromePath: spec.chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const metric = (lhr, id) => lhr.audits[id] ? lhr.audits[id].numericValue : null;
const results = [];
try {
  for (const job of spec.jobs) {
    const runs = [];
    for (let i = 0; i < job.runs; i++) {
      const config = job.formFactor === 'desktop' ? desktopConfig : undefined;
      const started = Date.now();
      const r = await lighthouse(job.url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance']}, config);
      const lhr = r.lhr;
      if (lhr.runtimeError) {
        runs.push({error: lhr.runtimeError.code + ': ' + lhr.runtimeError.message});
        continue;
      }
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        fcp: metric(lhr, 'first-contentful-paint'),
        lcp: metric(lhr, 'largest-contentful-paint'),
        tbt: metric(lhr, 'total-blocking-time'),
        cls: metric(lhr, 'cumulative-layout-shift'),
        si: metric(lhr, 'speed-index'),
        seconds: (Date.now() - started) / 1000,
      });
      process.stderr.write(`lighthouse ${job.id} ${job.formFactor} run ${i + 1}: ${runs.at(-1).score ?? runs.at(-1).error}\n`);
    }
    results.push({id: job.id, url: job.url, formFactor: job.formFactor, runs});
  }
} finally {
  await chrome.kill();
}
fs.writeFileSync(outPath, JSON.stringify(results, null, 2));
