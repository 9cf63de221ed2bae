local data = io.read("a")
for token in data:gmatch("%S+") do
  
end
