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
    "python": "print(sum(map(int, open(0).read().split()))\n",
    "c": "int main(void) { return missing_variable; }\n",
    "cpp": "int main() { undeclared(); }\n",
    "java": "public class Main { public static void main(String[] a) { int x = ; } }\n",
}

# CPU time spent where getrusage(RUSAGE_CHILDREN) never sees it: each prints
# the right sum, so only counting every process of the run makes it TLE.  The
# burning process says on stderr how much CPU it has used so far ("burnt
# <who> <ms>", every 20 ms of it), so a test can hold the measured time to
# at least that, however busy the machine is.
# A child reaped by the kernel (SIGCHLD ignored), burning 1.6 s.
_PY_BURN = (
    "def burn(who, seconds=1.6):\n    mark = 0.02\n    while mark <= seconds:\n"
    "        if time.process_time() >= mark:\n            os.write(2, b'burnt %s %d\\n' % (who, round(mark * 1000)))\n"
    "            mark += 0.02\n"
)
_C_BURN = (
    "static void burn(const char *who){char line[64];for(int ms=20;ms<=1600;ms+=20){\n"
    'while(clock()<(clock_t)ms*(CLOCKS_PER_SEC/1000));write(2,line,snprintf(line,sizeof line,"burnt %s %d\\n",who,ms));}}\n'
)
HIDDEN_CPU = {
    "python": (
        "import os, signal, sys, time\n" + _PY_BURN + "signal.signal(signal.SIGCHLD, signal.SIG_IGN)\n"
        "total = sum(map(int, sys.stdin.read().split()))\n"
        "if os.fork() == 0:\n    burn(b'child')\n    os._exit(0)\ntry:\n    os.wait()\nexcept ChildProcessError:\n    pass\n"
        "print(total)\n"
    ),
    "c": (
        "#include <signal.h>\n#include <stdio.h>\n#include <time.h>\n#include <unistd.h>\n#include <sys/wait.h>\n"
        + _C_BURN
        + 'int main(void){long long s=0,x;while(scanf("%lld",&x)==1)s+=x;signal(SIGCHLD,SIG_IGN);\n'
        'if(fork()==0){burn("child");_exit(0);}\nwait(NULL);printf("%lld\\n",s);return 0;}\n'
    ),
}

# A double-forked daemon (its own session) burning 1.6 s while the program waits for it.
DAEMON_CPU = {
    "python": (
        "import os, sys, time\n" + _PY_BURN + "total = sum(map(int, sys.stdin.read().split()))\nr, w = os.pipe()\n"
        "if os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        burn(b'daemon')\n        os.write(w, b'x')\n"
        "        os._exit(0)\n    os._exit(0)\nos.wait()\nos.close(w)\nos.read(r, 1)\nprint(total)\n"
    ),
    "c": (
        "#include <stdio.h>\n#include <time.h>\n#include <unistd.h>\n#include <sys/wait.h>\n"
        + _C_BURN
        + 'int main(void){long long s=0,x;while(scanf("%lld",&x)==1)s+=x;int p[2];pipe(p);\n'
        'if(fork()==0){setsid();if(fork()==0){burn("daemon");write(p[1],"x",1);_exit(0);}_exit(0);}\n'
        'wait(NULL);close(p[1]);char c;read(p[0],&c,1);printf("%lld\\n",s);return 0;}\n'
    ),
}

# Two threads burning 0.8 s each, at the same time where there are cores for both.
THREADS_CPU = {
    "c": (
        "#include <pthread.h>\n#include <stdio.h>\n#include <time.h>\n#include <unistd.h>\n"
        "static long long used(void){struct timespec t;clock_gettime(CLOCK_THREAD_CPUTIME_ID,&t);return t.tv_sec*1000LL+t.tv_nsec/1000000;}\n"
        "static void *burn(void *who){char line[64];for(int ms=20;ms<=800;ms+=20){while(used()<ms);\n"
        'write(2,line,snprintf(line,sizeof line,"burnt %s %d\\n",(char*)who,ms));}return who;}\n'
        'int main(void){long long s=0,x;while(scanf("%lld",&x)==1)s+=x;pthread_t a,b;pthread_attr_t at;\n'
        "pthread_attr_init(&at);pthread_attr_setstacksize(&at,1<<20);\n"
        'if(pthread_create(&a,&at,burn,"a")||pthread_create(&b,&at,burn,"b"))return 9;\n'
        'pthread_join(a,0);pthread_join(b,0);printf("%lld\\n",s);return 0;}\n'
    ),
}


def burnt(stderr: bytes) -> int:
    """The CPU the burning processes or threads said they used, in ms, together."""
    most: dict[bytes, int] = {}
    for line in stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == b"burnt" and parts[2].isdigit():
            most[parts[1]] = max(most.get(parts[1], 0), int(parts[2]))
    return sum(most.values())


# 100 MB held by a child the kernel reaps (SIGCHLD ignored): its memory is the run's too.
HIDDEN_MEMORY = {
    "python": (
        "import os, signal, sys, time\nsignal.signal(signal.SIGCHLD, signal.SIG_IGN)\n"
        "total = sum(map(int, sys.stdin.read().split()))\n"
        "if os.fork() == 0:\n    blob = bytearray(100 << 20)\n    for i in range(0, len(blob), 4096):\n        blob[i] = 1\n"
        "    os._exit(0)\ntry:\n    os.wait()\nexcept ChildProcessError:\n    pass\nprint(total)\n"
    ),
}


# Forks for ever; each process says once why a fork failed (EAGAIN: the pids limit).
C_FORK_BOMB = (
    "#include <errno.h>\n#include <unistd.h>\nint main(void){int held=0;for(;;)if(fork()<0&&!held){held=1;\n"
    'if(errno==EAGAIN)write(2,"EAGAIN\\n",7);else write(2,"OTHER\\n",6);}}\n'
)
