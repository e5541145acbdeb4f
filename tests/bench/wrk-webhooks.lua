-- wrk script: POSTs pre-signed webhook bodies (from `sportello-loadgen
-- generate`), each thread walking its own share so no body repeats.
-- Usage: wrk -s wrk-webhooks.lua URL -- BODIES_FILE THREADS
local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  sigs, bodies, total = {}, {}, 0
  for line in io.lines(args[1]) do
    local tab = line:find("\t", 1, true)
    total = total + 1
    sigs[total] = line:sub(1, tab - 1)
    bodies[total] = line:sub(tab + 1)
  end
  step = tonumber(args[2])
  index = id
end

function request()
  local i = index
  index = index + step
  if index > total then index = id end
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["X-Hub-Signature-256"] = sigs[i]}, bodies[i])
end
