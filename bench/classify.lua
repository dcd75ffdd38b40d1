-- wrk script: POST /v1/statements/classify with one statement per request, cycling through the
-- statements in bench/target/statements.txt (one per line, written by run.sh from the shipped data).
local statements = {}
local path = os.getenv("STANCE_BENCH_STATEMENTS") or "bench/target/statements.txt"
for line in io.lines(path) do
  statements[#statements + 1] = line
end
local counter = 0
local function escape(s)
  return (s:gsub('\\', '\\\\'):gsub('"', '\\"'))
end
request = function()
  counter = counter + 1
  local s = statements[(counter % #statements) + 1]
  return wrk.format("POST", "/v1/statements/classify", {["Content-Type"] = "application/json"},
    '{"statements": ["' .. escape(s) .. '"]}')
end
done = function(summary, latency, requests)
  io.write(string.format("STATS requests=%d seconds=%.2f rps=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
