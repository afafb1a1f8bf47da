// Preloaded into a measured child process: prints its peak resident set size at exit.
process.on('exit', () => {
  process.stderr.write(`__PEAK_RSS_KIB__=${process.resourceUsage().maxRSS}\n`);
});
