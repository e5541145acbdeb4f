-- wrk script: POSTs pre-signed webhook bodies (from `sportello-loadgen
-- generate`, one "signature<TAB>body" per line), each thread walking its own
-- share so no body repeats until the file is used up.
-- Usage: wrk -s wrk-webhooks.lua URL -- BODIES_FILE THREADS
--
-- The file is mapped, not read into Lua tables. wrk runs each thread's
-- init() on its main thread before starting that thread, and starts its clock
-- only after the last one: reading ~300 MB into tables took ~4 s per thread,
-- during which the first thread was already sending, alone and beside a busy
-- core, and every request it sent was counted against the 10 s that followed.
local ffi = require("ffi")
ffi.cdef [[
  int open(const char *path, int flags);
  int close(int fd);
  void *mmap(void *addr, size_t length, int prot, int flags, int fd, long offset);
  void *memchr(const void *s, int c, size_t n);
]]
local O_RDONLY, PROT_READ, MAP_PRIVATE = 0, 1, 2

local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

local base, size, offset, step

-- The offset just past the end of the line that holds `from` (size if none).
local function next_line(from)
  local nl = ffi.C.memchr(base + from, 10, size - from)
  if nl == nil then return size end
  return ffi.cast("const char *", nl) - base + 1
end

-- This thread's first line: line number `id` of the file.
local function first_line()
  local at = 0
  for _ = 2, id do at = next_line(at) end
  return at
end

function init(args)
  local path = args[1]
  local f = assert(io.open(path, "rb"), "cannot open " .. path)
  size = f:seek("end")
  f:close()
  local fd = ffi.C.open(path, O_RDONLY)
  assert(fd >= 0 and size > 0, "cannot map " .. path)
  local p = ffi.C.mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
  ffi.C.close(fd)
  assert(ffi.cast("intptr_t", p) ~= -1, "cannot map " .. path)
  base = ffi.cast("const char *", p)
  step = tonumber(args[2])
  offset = first_line()
  assert(offset < size, path .. " has fewer lines than wrk has threads")
end

function request()
  if offset >= size then offset = first_line() end
  local tab_at = ffi.C.memchr(base + offset, 9, size - offset)
  assert(tab_at ~= nil, "a line without a tab: not a sportello-loadgen bodies file")
  local tab = ffi.cast("const char *", tab_at) - base
  local stop = next_line(tab)
  local body_end = (base[stop - 1] == 10) and stop - 1 or stop
  local sig = ffi.string(base + offset, tab - offset)
  local body = ffi.string(base + tab + 1, body_end - tab - 1)
  offset = stop
  for _ = 2, step do
    if offset < size then offset = next_line(offset) end
  end
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["X-Hub-Signature-256"] = sig}, body)
end
