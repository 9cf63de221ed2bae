"""A hello, a wrong answer, a crash, a syntax error and a busy loop in every
new language, for test_languages.py.  The problem: print `hello world`."""

HELLO = {
    "pypy": 'print("hello world")\n',
    "rust": 'fn main() { println!("hello world"); }\n',
    "go": 'package main\nimport "fmt"\nfunc main() { fmt.Println("hello world") }\n',
    "javascript": 'console.log("hello world");\n',
    "kotlin": 'fun main() { println("hello world") }\n',
    "csharp": 'class P { static void Main() { System.Console.WriteLine("hello world"); } }\n',
    "haskell": 'main = putStrLn "hello world"\n',
    "ocaml": 'let () = print_endline "hello world"\n',
    "pascal": "program hello;\nbegin\n  writeln('hello world');\nend.\n",
    "fortran": "program hello\n  print '(a)', 'hello world'\nend program hello\n",
    "ada": 'with Ada.Text_IO;\nprocedure Hello is\nbegin\n   Ada.Text_IO.Put_Line ("hello world");\nend Hello;\n',
    "ruby": 'puts "hello world"\n',
    "perl": 'print "hello world\\n";\n',
    "lua": 'print("hello world")\n',
    "bash": "echo hello world\n",
    "awk": 'BEGIN { print "hello world" }\n',
    "prolog": "main :- write('hello world'), nl.\n",
    "r": 'cat("hello world\\n")\n',
}

WRONG = {lang: code.replace("hello world", "goodbye") for lang, code in HELLO.items()}

CRASH = {
    "pypy": "import sys\nsys.exit(3)\n",
    "rust": "fn main() { std::process::exit(3); }\n",
    "go": 'package main\nimport "os"\nfunc main() { os.Exit(3) }\n',
    "javascript": "process.exit(3);\n",
    "kotlin": "fun main() { kotlin.system.exitProcess(3) }\n",
    "csharp": "class P { static int Main() { return 3; } }\n",
    "haskell": "import System.Exit\nmain = exitWith (ExitFailure 3)\n",
    "ocaml": "let () = exit 3\n",
    "pascal": "program crash;\nbegin\n  halt(3);\nend.\n",
    "fortran": "program crash\n  stop 3\nend program crash\n",
    "ada": "with Ada.Command_Line;\nprocedure Crash is\nbegin\n   Ada.Command_Line.Set_Exit_Status (3);\nend Crash;\n",
    "ruby": "exit 3\n",
    "perl": "exit 3;\n",
    "lua": "os.exit(3)\n",
    "bash": "exit 3\n",
    "awk": "BEGIN { exit 3 }\n",
    "prolog": "main :- halt(3).\n",
    "r": "quit(status = 3)\n",
}

# What a compile (or a syntax check, for the languages that run their source) catches.
SYNTAX_ERROR = {
    "pypy": "print(\n",
    "rust": "fn main() { let x = ; }\n",
    "go": "package main\nfunc main() { x := }\n",
    "javascript": "console.log((;\n",
    "kotlin": "fun main() { val x = }\n",
    "csharp": "class P { static void Main() { int x = ; } }\n",
    "haskell": "main = = 1\n",
    "ocaml": "let () = (\n",
    "pascal": "program bad;\nbegin\n  writeln(;\nend.\n",
    "fortran": "program bad\n  x = (\nend program bad\n",
    "ada": "procedure Bad is\nbegin\n   X := ;\nend Bad;\n",
    "ruby": "def x(\n",
    "perl": "print (;\n",
    "lua": "print((\n",
    "bash": "if then fi (\n",
    "awk": "BEGIN { print 1\n",
    "prolog": "main :- write(hi.\n",
    "r": "x <- (\n",
}

BUSY = {
    "pypy": "while True:\n    pass\n",
    "rust": 'fn main() { let mut x: u64 = 1; loop { x = x.wrapping_mul(6364136223846793005).wrapping_add(1); if x == 0 { break; } } println!("{}", x); }\n',
    "go": "package main\nvar x uint64\nfunc main() { for { x++ } }\n",
    "javascript": "let x = 0; for (;;) { x++; }\n",
    "kotlin": "fun main() { var x = 0L; while (true) { x++; if (x == -1L) break } }\n",
    "csharp": "class P { static void Main() { long x = 0; while (true) { x++; if (x == -1) break; } } }\n",
    "haskell": "main :: IO ()\nmain = print (go 0)\n  where\n    go :: Int -> Int\n    go n = if n == -1 then n else go (n + 1)\n",
    "ocaml": "let () = let x = ref 0 in while true do incr x done\n",
    "pascal": "program busy;\nvar x: int64;\nbegin\n  x := 0;\n  while true do inc(x);\nend.\n",
    "fortran": "program busy\n  integer(8) :: x\n  x = 0\n  do\n    x = x + 1\n  end do\nend program busy\n",
    "ada": "procedure Busy is\n   X : Long_Integer := 0;\n   pragma Volatile (X);\nbegin\n   loop\n      X := X + 1;\n   end loop;\nend Busy;\n",
    "ruby": "x = 0\nloop { x += 1 }\n",
    "perl": "my $x = 0; while (1) { $x++ }\n",
    "lua": "local x = 0\nwhile true do x = x + 1 end\n",
    "bash": "x=0; while true; do x=$((x+1)); done\n",
    "awk": "BEGIN { while (1) x++ }\n",
    "prolog": "loop(X) :- Y is X + 1, loop(Y).\nmain :- loop(0).\n",
    "r": "x <- 0\nrepeat { x <- x + 1 }\n",
}
