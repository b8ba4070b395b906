-- GET a storefront search at a different page each request, so that no page is held (CatalogService holds pages for
-- the storefront's generation): the search as read in the database. The cursor is the API's: base64url of "k:<id>".
-- Arguments: the path of the search, the lowest and the highest product id to start a page below.
dofile("report.lua") -- also numbers the threads: `id`

local ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

local function base64url(text)
   local out, bits, value = {}, 0, 0
   for i = 1, #text do
      value = value * 256 + text:byte(i)
      bits = bits + 8
      while bits >= 6 do
         bits = bits - 6
         local index = math.floor(value / 2 ^ bits) % 64
         out[#out + 1] = ALPHABET:sub(index + 1, index + 1)
      end
      value = value % 2 ^ bits
   end
   if bits > 0 then
      local index = (value * 2 ^ (6 - bits)) % 64
      out[#out + 1] = ALPHABET:sub(index + 1, index + 1)
   end
   return table.concat(out)
end

local path, lowest, highest
function init(args)
   path, lowest, highest = args[1], tonumber(args[2]), tonumber(args[3])
   math.randomseed(os.time() + id * 7919)
end

function request()
   return wrk.format("GET", path .. "&cursor=" .. base64url("k:" .. math.random(lowest, highest)))
end
