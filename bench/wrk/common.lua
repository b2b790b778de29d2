-- Shared by the suite's wrk scripts: the bearer token and a per-thread random seed. Settings come from the
-- environment (bench/suite.mjs sets them): BENCH_TOKEN, and per script BENCH_PROJECTS, BENCH_IDS, BENCH_TECHS.
local common = {}
local threads = 0

function common.setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function common.seed()
  math.randomseed(os.time() * 7919 + (thread_number or 0))
end

function common.list(name)
  local values = {}
  for value in string.gmatch(os.getenv(name) or "", "[^,]+") do values[#values + 1] = value end
  assert(#values > 0, name .. " is empty")
  return values
end

function common.lines(path)
  local values = {}
  for line in io.lines(path) do if #line > 0 then values[#values + 1] = line end end
  assert(#values > 0, path .. " is empty")
  return values
end

function common.headers(json)
  local h = { ["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN") }
  if json then h["Content-Type"] = "application/json" end
  return h
end

return common
