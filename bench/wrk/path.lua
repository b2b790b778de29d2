-- GET one path (BENCH_PATH, e.g. a list's first page or a deep cursor page) with the bearer token.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local path, headers

function init()
  path = assert(os.getenv("BENCH_PATH"), "BENCH_PATH")
  headers = common.headers(false)
end

function request()
  return wrk.format("GET", path, headers)
end
