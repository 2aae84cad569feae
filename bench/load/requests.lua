-- wrk script: sends the requests of a list (bench/load/Prepare.java writes them), rotating through it, and prints one
-- RESULT line that bench/load.sh reads. Usage: wrk ... -s bench/load/requests.lua URL -- LIST_FILE
-- A list line: METHOD <tab> PATH <tab> bearer token or "-" <tab> JSON body or "-".
-- Each wrk thread starts at a different place in the list, so threads do not send the same request at once.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_number", counter)
  table.insert(threads, thread)
end

local requests = {}
local position = 1

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot open " .. tostring(args[1]))
  for line in file:lines() do
    local method, path, token, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.*)$")
    if method then
      local headers = {}
      if token ~= "-" then headers["Authorization"] = "Bearer " .. token end
      if body == "-" then
        body = nil
      else
        headers["Content-Type"] = "application/json"
      end
      table.insert(requests, wrk.format(method, path, headers, body))
    end
  end
  file:close()
  assert(#requests > 0, "no requests in " .. args[1])
  local number = thread_number or 1
  position = ((number - 1) * 7919) % #requests + 1
end

function request()
  local next_request = requests[position]
  position = position + 1
  if position > #requests then position = 1 end
  return next_request
end

function done(summary, latency, requests)
  local errors = summary.errors
  -- wrk counts responses with a status above 399 as status errors; 1xx and 3xx are not expected from these endpoints.
  io.write(string.format(
    "RESULT requests=%d duration_us=%d socket_errors=%d status_errors=%d timeouts=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, errors.connect + errors.read + errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
