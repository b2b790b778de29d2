-- A key checked out and taken back, over and over: POST /keys/{id}/checkouts, then POST /key-checkouts/{id}/return
-- with the checkout the answer named. BENCH_KEYS: a file of key ids, split between the threads (each key is used by
-- one thread only, so a checkout never meets a key another connection holds); BENCH_BORROWER, BENCH_APPROVER: users.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local headers, free, returns, borrower, approver
local due = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() + 3 * 3600)

function init()
  common.seed()
  headers = common.headers(true)
  borrower = assert(os.getenv("BENCH_BORROWER"), "BENCH_BORROWER")
  approver = assert(os.getenv("BENCH_APPROVER"), "BENCH_APPROVER")
  local all = common.lines(os.getenv("BENCH_KEYS"))
  local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
  free, returns = {}, {}
  for i, id in ipairs(all) do
    if (i - 1) % threads == (thread_number or 1) - 1 then free[#free + 1] = id end
  end
end

function request()
  if #returns > 0 then
    return wrk.format("POST", "/api/v1/key-checkouts/" .. table.remove(returns, 1) .. "/return", headers, '{"condition":"GOOD"}')
  end
  if #free == 0 then
    -- Every key of this thread is out and its return not yet answered: ask for something harmless meanwhile.
    return wrk.format("GET", "/api/v1/me", headers)
  end
  local key = table.remove(free, 1)
  local body = string.format('{"borrowerUserId":"%s","approvedById":"%s","purpose":"bench 巡检","dueAt":"%s"}', borrower, approver, due)
  return wrk.format("POST", "/api/v1/keys/" .. key .. "/checkouts", headers, body)
end

function response(status, _, body)
  if status == 201 then
    returns[#returns + 1] = body:match('"id":"([0-9a-f%-]+)"')
  elseif status == 200 then
    local key = body:match('"keyId":"([0-9a-f%-]+)"')
    if key and body:find('"open":false', 1, true) then free[#free + 1] = key end
  end
end
