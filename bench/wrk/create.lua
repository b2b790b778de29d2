-- POST /api/v1/work-orders, the projects taken in turn (BENCH_PROJECTS: one id, or twenty to spread the creates).
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
local projects, headers, n

function init()
  common.seed()
  projects = common.list("BENCH_PROJECTS")
  headers = common.headers(true)
  n = math.random(1, #projects)
end

function request()
  n = n + 1
  local body = string.format('{"projectId":"%s","location":"公共区域 %d","type":"REPAIR","category":"PLUMBING",'
    .. '"priority":"NORMAL","channel":"PHONE","title":"bench 厨房漏水 %d","reporter":{"name":"王伟","phone":"13812345678"}}',
    projects[n % #projects + 1], n, n)
  return wrk.format("POST", "/api/v1/work-orders", headers, body)
end
