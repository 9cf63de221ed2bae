"""A hello in every new language, for test_languages.py.  The problem: print
`hello world`."""

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
