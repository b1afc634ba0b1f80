-- wrk script: signed-in residents scan posters of many stores and get the proof page.
-- A scan is one request: GET /s/{poster} answers 200 with the proof page itself (it names
-- its own URL /p/{proof} in Content-Location), with the session cookie of one of the logged-in residents (load/cookies.txt, one per line) and one
-- of 200 posters. Connection k of n uses the sessions k, k+n, k+2n, ... and each of its
-- sessions scans the 200 stores in turn, so a session scans the same store again only
-- after (its sessions x 200) scans of that connection: never within the app's 30 s
-- double-tap window at these rates (a double tap would reuse the proof, not make one).
-- The time from sending the scan to receiving the proof page is recorded per scan
-- (LuaJIT ffi clock) and summarised in done().
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } timespec;
int clock_gettime(int clk_id, timespec *tp);
]]
local ts = ffi.new("timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local threads = {}
local cookies = {}
for line in io.lines(os.getenv("COOKIES") or "load/cookies.txt") do
  if #line > 0 then cookies[#cookies + 1] = line end
end

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(id * 7919)
  mine = {}
  -- the number of connections (setup's thread list is not visible in a thread's state)
  local n = tonumber(os.getenv("CONNECTIONS") or "1")
  for i = id, #cookies, n do mine[#mine + 1] = cookies[i] end
  if #mine == 0 then mine[1] = cookies[(id - 1) % #cookies + 1] end
  step = math.random(200) - 1
  cookie = mine[1]
  started = 0
  scans_done = 0
  errors = 0
  not_proof = 0
  -- latency histogram of scans (each with its proof page) in 0.5 ms buckets up to 2 s
  hist = {}
  for i = 0, 4000 do hist[i] = 0 end
end

function request()
  cookie = mine[math.floor(step / 200) % #mine + 1]
  started = now_us()
  local poster = string.format("/s/load-poster-%06d", step % 200 + 1)
  step = step + 1
  return wrk.format("GET", poster, { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if status == 200 and started > 0 and string.find(body, "proof-store", 1, true) then
    local us = now_us() - started
    local bucket = math.floor(us / 500)
    if bucket > 4000 then bucket = 4000 end
    hist[bucket] = hist[bucket] + 1
    scans_done = scans_done + 1
    started = 0
  else
    if status == 200 then not_proof = not_proof + 1 else errors = errors + 1 end
    started = 0
  end
end

function done(summary, latency, requests)
  local total = 0
  local errs = 0
  local wrong = 0
  local merged = {}
  for i = 0, 4000 do merged[i] = 0 end
  for _, t in ipairs(threads) do
    total = total + t:get("scans_done")
    errs = errs + t:get("errors")
    wrong = wrong + t:get("not_proof")
    local h = t:get("hist")
    for i = 0, 4000 do merged[i] = merged[i] + (h[i] or 0) end
  end
  local function pct(p)
    local target = math.ceil(total * p)
    local seen = 0
    for i = 0, 4000 do
      seen = seen + merged[i]
      if seen >= target then return (i + 1) * 0.5 end
    end
    return 2000
  end
  local seconds = summary.duration / 1000000
  io.write(string.format("RESULT scans_per_s=%.0f scans=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f errors=%d not_proof=%d requests=%d http_errors=%d\n",
    total / seconds, total, pct(0.50), pct(0.90), pct(0.99), errs, wrong, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
