-- wrk script for the scale measurement: load/resident-scan.lua (scan -> proof page pairs,
-- timed per pair in 0.5 ms buckets) with the posters of the data set being measured instead
-- of the 200 load test posters (one token a line in $POSTERS), plus the pairs' p95 and wrk's
-- per-request percentiles.
dofile("load/resident-scan.lua")
local ffi = require("ffi")
local ts = ffi.new("timespec")

local posters = {}
for line in io.lines(os.getenv("POSTERS")) do
  if #line > 0 then posters[#posters + 1] = line end
end
local cookie_lines = {}
for line in io.lines(os.getenv("COOKIES")) do
  if #line > 0 then cookie_lines[#cookie_lines + 1] = line end
end

local all_threads = {}
local shared_setup = setup
function setup(thread)
  shared_setup(thread)
  table.insert(all_threads, thread)
end

function request()
  if pending then
    local path = pending
    pending = nil
    return wrk.format("GET", path, { ["Cookie"] = cookie })
  end
  cookie = cookie_lines[math.random(#cookie_lines)]
  ffi.C.clock_gettime(1, ts)
  started = tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
  return wrk.format("GET", "/s/" .. posters[math.random(#posters)], { ["Cookie"] = cookie })
end

local shared_done = done
function done(summary, latency, requests)
  shared_done(summary, latency, requests)
  local counts, total = {}, 0
  for _, t in ipairs(all_threads) do
    local h = t:get("hist")
    for i = 0, 4000 do
      counts[i] = (counts[i] or 0) + (h[i] or 0)
      total = total + (h[i] or 0)
    end
  end
  local seen, p95 = 0, 2000
  for i = 0, 4000 do
    seen = seen + counts[i]
    if seen >= math.ceil(total * 0.95) then p95 = (i + 1) * 0.5 break end
  end
  io.write(string.format("PAIRS p95_ms=%.1f\n", p95))
  io.write(string.format("REQUESTS p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
