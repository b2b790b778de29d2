-- GET /api/v1/work-orders/{id}, a random order of BENCH_IDS (a file of ids) each time.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local ids, headers

function init()
  common.seed()
  ids = common.lines(os.getenv("BENCH_IDS"))
  headers = common.headers(false)
end

function request()
  return wrk.format("GET", "/api/v1/work-orders/" .. ids[math.random(1, #ids)], headers)
end
