-- Every request gets its own query string, so the output cache never answers: this measures real rendering.
local counter = 0
request = function()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "n=" .. counter)
end

done = function(summary, latency, requests)
  io.write(string.format("LATENCY p50=%.2fms p95=%.2fms p99=%.2fms requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
