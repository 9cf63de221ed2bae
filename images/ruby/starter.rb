tokens = $stdin.read.split

