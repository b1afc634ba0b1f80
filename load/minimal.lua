-- wrk script: the ceiling, a minimal page of the same app (one row, one template) with the
-- same signed-in sessions as the scan run.
local cookies = {}
for line in io.lines(os.getenv("COOKIES") or "load/cookies.txt") do
  if #line > 0 then cookies[#cookies + 1] = line end
end
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(id * 104729)
end

function request()
  return wrk.format("GET", "/benchmark/minimal", { ["Cookie"] = cookies[math.random(#cookies)] })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  io.write(string.format("RESULT pages_per_s=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f requests=%d http_errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
