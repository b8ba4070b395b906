-- wrk's figures as one JSON line for bench/bench.py; "bad" counts every answer that was not 2xx/3xx and every socket error.

-- Each thread's number as `id` in its own Lua state, for the scripts that split work between threads.
local counter = 0
function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
end

function done(summary, latency, requests)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50":%.2f,"p99":%.2f,"max":%.2f,"bytes":%d,"bad":%d}\n',
      summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, summary.bytes,
      e.status + e.connect + e.read + e.write + e.timeout))
end
