-- POST /api/v1/work-orders/{id}/assign: a random open order of BENCH_IDS to one of BENCH_TECHS (ASSIGNED → ASSIGNED
-- is a re-dispatch, so the same orders serve the whole run).
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local ids, techs, headers

function init()
  common.seed()
  ids = common.lines(os.getenv("BENCH_IDS"))
  techs = common.list("BENCH_TECHS")
  headers = common.headers(true)
end

function request()
  local body = string.format('{"assigneeId":"%s"}', techs[math.random(1, #techs)])
  return wrk.format("POST", "/api/v1/work-orders/" .. ids[math.random(1, #ids)] .. "/assign", headers, body)
end
