"""Small programs, one per verdict and language, for the integration tests.
Every one reads the `sum` fixture's input: integers to add up."""

AC = {
    "python": "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n",
    "c": '#include <stdio.h>\nint main(void){long long s=0,x;while(scanf("%lld",&x)==1)s+=x;printf("%lld\\n",s);return 0;}\n',
    "cpp": '#include <iostream>\nint main(){long long s=0,x;while(std::cin>>x)s+=x;std::cout<<s<<"\\n";}\n',
    "java": (
        "import java.util.*;\npublic class SumList {\n  public static void main(String[] a) {\n"
        "    Scanner in = new Scanner(System.in); long s = 0;\n    while (in.hasNextLong()) s += in.nextLong();\n"
        "    System.out.println(s);\n  }\n}\n"
    ),
}

WA = {
    "python": "print(42)\n",
    "c": '#include <stdio.h>\nint main(void){puts("42");return 0;}\n',
    "cpp": '#include <cstdio>\nint main(){std::puts("42");}\n',
    "java": "public class Main { public static void main(String[] a) { System.out.println(42); } }\n",
}

TLE = {
    "python": "while True:\n    pass\n",
    "c": "int main(void){volatile unsigned long x=0;for(;;)x++;}\n",
    "cpp": "int main(){volatile unsigned long x=0;for(;;)x++;}\n",
    "java": "public class Main { public static void main(String[] a) { long x = 0; while (true) { x++; if (x == -1) break; } } }\n",
}

MLE = {
    "python": "data = b'x' * (300 << 20)\nprint(len(data))\n",
    "c": (
        "#include <stdlib.h>\n#include <stdio.h>\nint main(void){size_t n=300u<<20;volatile char*p=malloc(n);long s=0;\n"
        'for(size_t i=0;i<n;i+=4096)p[i]=(char)i;for(size_t i=0;i<n;i+=4096)s+=p[i];printf("%ld\\n",s);return 0;}\n'
    ),
    "cpp": (
        "#include <vector>\n#include <cstdio>\nint main(){std::vector<char> v(300u<<20);long s=0;\n"
        'for(size_t i=0;i<v.size();i+=4096)v[i]=(char)i;for(size_t i=0;i<v.size();i+=4096)s+=v[i];std::printf("%ld\\n",s);}\n'
    ),
    "java": "public class Main { public static void main(String[] a) { long[] big = new long[100_000_000]; big[7] = 1; System.out.println(big[7]); } }\n",
}

RE = {
    "python": "import sys\nsys.exit(3)\n",
    "c": "int main(void){volatile int *p=0;*p=1;return 0;}\n",
    "cpp": "#include <cstdlib>\nint main(){std::abort();}\n",
    "java": 'public class Main { public static void main(String[] a) { throw new IllegalStateException("boom"); } }\n',
}

OLE = {
    "python": "import sys\nline = 'x' * 1023 + '\\n'\nwhile True:\n    sys.stdout.write(line)\n",
    "c": '#include <stdio.h>\nint main(void){for(;;)fputs("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n",stdout);}\n',
    "cpp": '#include <cstdio>\nint main(){for(;;)std::fputs("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n",stdout);}\n',
    "java": (
        "import java.io.*;\npublic class Main { public static void main(String[] a) {\n"
        "  PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));\n"
        '  while (true) out.println("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"); } }\n'
    ),
}

CE = {
    "c": "int main(void) { return missing_variable; }\n",
    "cpp": "int main() { undeclared(); }\n",
    "java": "public class Main { public static void main(String[] a) { int x = ; } }\n",
}
