-- wrk script for the scale measurement: load/resident-scan.lua (scans, each answered with its
-- proof page, timed in 0.5 ms buckets, sessions from $COOKIES) with the posters of the data
-- set being measured instead of the 200 load test posters (one token a line in $POSTERS),
-- plus the scans' p95 and wrk's per-request percentiles.
dofile("load/resident-scan.lua")

local posters = {}
for line in io.lines(os.getenv("POSTERS")) do
  if #line > 0 then posters[#posters + 1] = line end
end

local all_threads = {}
local shared_setup = setup
function setup(thread)
  shared_setup(thread)
  table.insert(all_threads, thread)
end

local shared_request = request
function request()
  local req = shared_request()
  return (string.gsub(req, "^GET /s/load%-poster%-%d+", "GET /s/" .. posters[math.random(#posters)], 1))
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
  io.write(string.format("SCANS p95_ms=%.1f\n", p95))
  io.write(string.format("REQUESTS p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
