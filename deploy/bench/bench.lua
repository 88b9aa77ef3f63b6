-- The one wrk script for every target, so the settings are the same for the app and for nginx.
--   BENCH_UNIQUE=1  every request carries an Authorization header, which ASP.NET's output cache never answers nor
--                   stores, so the page is rendered each time (a query string no longer does: the cache keys on
--                   what a page reads, and junk keys are ignored). The app itself reads no Authorization header.
--   BENCH_RATE=N    paces the requests to about N per second in all (wrk's delay() per connection), for latency at
--                   a fixed load instead of at saturation; wrk does not correct for coordinated omission
--   BENCH_ENCODING=br  sends Accept-Encoding: br (or whatever it names), for the compressed page and its nginx reference
-- Prints one line: RESULT rps=... p50=...ms p95=...ms p99=...ms requests=... errors=...
local unique = os.getenv("BENCH_UNIQUE") == "1"
local rate = tonumber(os.getenv("BENCH_RATE") or "")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "1")
local encoding = os.getenv("BENCH_ENCODING")
if encoding and encoding ~= "" then wrk.headers["Accept-Encoding"] = encoding end

request = function()
  if not unique then return wrk.request() end
  return wrk.format(nil, nil, { ["Authorization"] = "Bench uncached", ["Accept-Encoding"] = wrk.headers["Accept-Encoding"] })
end

if rate then
  delay = function() return connections * 1000 / rate end
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local e = summary.errors
  io.write(string.format("RESULT rps=%.0f p50=%.2fms p95=%.2fms p99=%.2fms requests=%d errors=%d (status %d, connect %d, read %d, write %d, timeout %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors, e.status, e.connect, e.read, e.write, e.timeout))
end
