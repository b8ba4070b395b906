-- POST /api/v1/orders/{orderNo}/{action} on a different order at every request.
-- Arguments: the file of order numbers, the action, the number of wrk threads (each takes every n-th line).
dofile("report.lua") -- also numbers the threads: `id`

local orders, action, n = {}, nil, 0
function init(args)
   action = args[2]
   local threads, i = tonumber(args[3]), 0
   for line in io.lines(args[1]) do
      if line ~= "" then
         if i % threads == id then
            orders[#orders + 1] = line
         end
         i = i + 1
      end
   end
end

function request()
   n = n + 1
   -- past the end of the list the order is unknown: a 404 that the driver reports as too few orders
   local orderNo = orders[n] or "exhausted"
   return wrk.format("POST", "/api/v1/orders/" .. orderNo .. "/" .. action, nil, "")
end
