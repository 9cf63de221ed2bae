main :: IO ()
main = do
  input <- getContents
  let tokens = words input
  return ()
