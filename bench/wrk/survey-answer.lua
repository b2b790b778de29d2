-- POST /api/v1/public/surveys/{token}/responses: a resident answers a survey link (no login). BENCH_LINKS: a file of
-- unanswered link tokens, split between the threads, each used once; BENCH_ANSWERS: the request body.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local links, next_link, body
local headers = { ["Content-Type"] = "application/json" }

function init()
  body = assert(os.getenv("BENCH_ANSWERS"), "BENCH_ANSWERS")
  local all = common.lines(os.getenv("BENCH_LINKS"))
  local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
  links, next_link = {}, 1
  for i, token in ipairs(all) do
    if (i - 1) % threads == (thread_number or 1) - 1 then links[#links + 1] = token end
  end
end

function request()
  -- Out of links (a longer run than the set-up made): the last one again, answered already (409).
  local token = links[math.min(next_link, #links)]
  next_link = next_link + 1
  return wrk.format("POST", "/api/v1/public/surveys/" .. token .. "/responses", headers, body)
end
