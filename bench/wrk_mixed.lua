-- Reads of many pages (bench/driver.py): each request asks for the next path of a file, and responses
-- are counted by their X-Page-Cache header. The mixed row's file is drawn by popularity (bench/mixed.py
-- paths); the rotating row's holds each of its questions once (bench/targets.py --rotation).
-- Arguments after `--`: the paths file, the line to start from, and wrk's thread count (-t).
-- Thread i of n takes lines start + i, start + i + n, ...: together they read one stretch of the file.
local threads = {}
local counter = 0

setup = function(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

init = function(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  step = tonumber(args[3])
  position = tonumber(args[2]) + id
  hits, misses, other = 0, 0, 0
end

request = function()
  local path = paths[(position % #paths) + 1]
  position = position + step
  return wrk.format(nil, path)
end

response = function(status, headers, body)
  local outcome = headers["X-Page-Cache"] or headers["x-page-cache"]
  if outcome == "hit" then
    hits = hits + 1
  elseif outcome == "miss" then
    misses = misses + 1
  else
    other = other + 1
  end
end

-- Latencies are in microseconds in wrk; the line has milliseconds.
done = function(summary, latency, requests)
  local h, m, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits")
    m = m + thread:get("misses")
    o = o + thread:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCH_RESULT {"requests": %d, "seconds": %.3f, "rps": %.2f, "p50": %.3f, "p95": %.3f, "p99": %.3f, ' ..
    '"max": %.3f, "bad_status": %d, "socket_errors": %d, "hits": %d, "misses": %d, "unreported": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, h, m, o))
end
